import AjarReframer
import Testing

@Suite struct ReframerTests {
    static let questionForms: [Example] = [
        Example("How do I get my partner to open up to me?", "What is keeping your partner from opening up to you?"),
        Example("how can I get my partner to open up?", "What is keeping your partner from opening up?"),
        Example("How could I get my son to call more?", "What is keeping your son from calling more?"),
        Example("How should I get my wife to rest?", "What is keeping your wife from resting?"),
        Example("How would I get my dad to listen?", "What is keeping your dad from listening?"),
        Example("How do we get our son to talk to us?", "What is keeping your son from talking to you?"),
        Example("How can we get our kids to eat dinner with us?", "What is keeping your kids from eating dinner with you?"),
        Example("How am I able to get my son to tell me the truth?", "What is keeping your son from telling you the truth?"),
        Example("How am I supposed to get my husband to open up?", "What is keeping your husband from opening up?"),
        Example("What can I do to get my husband to help around the house?", "What is keeping your husband from helping around the house?"),
        Example("What should I say to get my partner to open up?", "What is keeping your partner from opening up?"),
        Example("Is there a way to get my mom to visit more?", "What is keeping your mom from visiting more?"),
        Example("Is there any way I can get my partner to relax?", "What is keeping your partner from relaxing?"),
        Example("Is there anything I can do to make my partner listen?", "What is keeping your partner from listening?"),
        Example("Is it possible to get my husband to change?", "What is keeping your husband from changing?"),
        Example("What's the best way to get my brother to apologise?", "What is keeping your brother from apologising?"),
        Example("What are some ways to get my teen to talk?", "What is keeping your teen from talking?"),
        Example("how to get my partner to open up", "What is keeping your partner from opening up?"),
        Example("Any tips on how to get my partner to open up?", "What is keeping your partner from opening up?"),
        Example("any advice on getting my teenager to talk to me?", "What is keeping your teenager from talking to you?"),
        Example("how do i go about getting my partner to open up", "What is keeping your partner from opening up?"),
        Example("Can you help me get my partner to open up?", "What is keeping your partner from opening up?"),
        Example("I was wondering how I can get my partner to open up.", "What is keeping your partner from opening up?"),
        Example("my question is how do i get my boyfriend to commit", "What is keeping your boyfriend from committing?"),
        Example("How do I even begin to get my partner to open up?", "What is keeping your partner from opening up?"),
        Example("how do you get a teenager to open up", "What is keeping a teenager from opening up?"),
        Example("How do you get your kids to listen to you?", "What is keeping your kids from listening to you?"),
        Example("How to make someone open up to you", "What is keeping someone from opening up to you?"),
        Example("is there a way to get you to understand me", "What is keeping me from understanding you?"),
    ]

    static let messyText: [Example] = [
        Example("HOW DO I GET MY TEENAGER TO STOP YELLING AT ME", "What do you think keeps your teenager yelling at you?"),
        Example("How Do I Get My Partner To Open Up?", "What is keeping your partner from opening up?"),
        Example("how   do  i   get my partner   to open up???", "What is keeping your partner from opening up?"),
        Example("  How do I get my partner to respect me?!?!  ", "What is keeping your partner from respecting you?"),
        Example("how do i get my partner to open up to me ...", "What is keeping your partner from opening up to you?"),
        Example("how do i get my partner to open up to me", "What is keeping your partner from opening up to you?"),
        Example("How do I get my partner to open up? She never talks to me.", "What is keeping your partner from opening up?"),
        Example("how can i help my girlfriend to put the phone down?? i'm desperate", "What is keeping your girlfriend from putting the phone down?"),
        Example("how do i get my partner to open up to me, she never talks", "What is keeping your partner from opening up to you?"),
        Example("how do i get my in-laws to respect my boundaries? please", "What is keeping your in-laws from respecting your boundaries?"),
        Example("How can I get my partner to open up to me please", "What is keeping your partner from opening up to you?"),
        Example("how do i get my partner to open up lol", "What is keeping your partner from opening up?"),
        Example("ajar: how do I get my partner to open up?", "What is keeping your partner from opening up?"),
        Example("ok but how do i get him to listen", "What is keeping him from listening?"),
        Example("Hi! How do I get my partner to open up?", "What is keeping your partner from opening up?"),
        Example("How do I get my partner’s mom to like me?", "What is keeping your partner's mom from liking you?"),
        Example("How do I get my wife (of 10 years) to talk to me?", "What is keeping your wife from talking to you?"),
        Example("How do I get my partner, who is very shy, to open up?", "What is keeping your partner, who is very shy, from opening up?"),
        Example("How do I get Mr. Smith to call me back?", "What is keeping Mr. Smith from calling you back?"),
        Example("How do I get my partner to STOP yelling?", "What do you think keeps your partner yelling?"),
        Example("How do I get my partner to turn off the TV at dinner?", "What is keeping your partner from turning off the TV at dinner?"),
        Example("how do I get my partner to open up\nI have tried everything", "What is keeping your partner from opening up?"),
        Example("How do I get my partner to open up - she shuts down", "What is keeping your partner from opening up?"),
    ]

    static let verbsOfControl: [Example] = [
        Example("How do I make my husband listen to me?", "What is keeping your husband from listening to you?"),
        Example("How do I have my kids clean up their rooms?", "What is keeping your kids from cleaning up their rooms?"),
        Example("How do I help my partner open up?", "What is keeping your partner from opening up?"),
        Example("How do I help my partner to open up?", "What is keeping your partner from opening up?"),
        Example("How do I convince my wife to see a therapist?", "What is keeping your wife from seeing a therapist?"),
        Example("How do I persuade my dad to take his medication?", "What is keeping your dad from taking his medication?"),
        Example("How do I encourage my son to be more independent?", "What is keeping your son from being more independent?"),
        Example("How do I ask my partner to be more affectionate?", "What is keeping your partner from being more affectionate?"),
        Example("How do I buy my partner to open up?", "What is keeping your partner from opening up?"),
        Example("How do I motivate my son to study?", "What is keeping your son from studying?"),
        Example("How do I talk my partner into going to therapy?", "What is keeping your partner from going to therapy?"),
        Example("How do I convince my wife that I love her?", "What is keeping your wife from believing that you love her?"),
        Example("How do I get my partner talking?", "What is keeping your partner from talking?"),
        Example("How do I make my marriage work?", "What is keeping your marriage from working?"),
        Example("How do I make my partner feel loved?", "What is keeping your partner from feeling loved?"),
        Example("how do i make my kids calm down", "What is keeping your kids from calming down?"),
        Example("How do I make my partner clean his room?", "What is keeping your partner from cleaning his room?"),
        Example("How do I help my kids get along?", "What is keeping your kids from getting along?"),
        Example("How can I make my roommate compromise??", "What is keeping your roommate from compromising?"),
        Example("How do I make my teenage daughter answer my messages?", "What is keeping your teenage daughter from answering your messages?"),
        Example("How do I make my husband of 12 years go to counseling with me?", "What is keeping your husband of 12 years from going to counseling with you?"),
        Example("How do I make my partner actually listen?", "What is keeping your partner from actually listening?"),
        Example("How do I get my in-laws to back off?", "What is keeping your in-laws from backing off?"),
        Example("How do I help my friend get over her breakup?", "What is keeping your friend from getting over her breakup?"),
        Example("How do I convince my boyfriend that I'm not cheating?", "What is keeping your boyfriend from believing that you're not cheating?"),
        Example("How do I help my partner feel less insecure?", "What is keeping your partner from feeling less insecure?"),
        Example("how can i get my ex to actually listen to me for once...", "What is keeping your ex from actually listening to you for once?"),
    ]

    static let people: [Example] = [
        Example("how can I get my wife and kids to spend time with me", "What is keeping your wife and kids from spending time with you?"),
        Example("How could I get my partner's family to accept me?", "What is keeping your partner's family from accepting you?"),
        Example("How should I get Sam to call me back?", "What is keeping Sam from calling you back?"),
        Example("How do I make Sam and Alex get along?", "What is keeping Sam and Alex from getting along?"),
        Example("how would I get him to listen?", "What is keeping him from listening?"),
        Example("How do I get her to trust me again?", "What is keeping her from trusting you again?"),
        Example("How do I get them to talk to each other?", "What is keeping them from talking to each other?"),
        Example("How do I get myself to exercise?", "What is keeping you from exercising?"),
        Example("How can I get myself and my partner to relax?", "What is keeping you and your partner from relaxing?"),
        Example("How can I get my partner and I to communicate better?", "What is keeping your partner and you from communicating better?"),
        Example("How do I get us to talk more?", "What is keeping you from talking more?"),
        Example("How can we get ourselves to slow down?", "What is keeping you from slowing down?"),
        Example("how do I get you to understand me", "What is keeping me from understanding you?"),
        Example("How do I make you happy?", "What is keeping me from being happy?"),
        Example("How do I make her mom like me?", "What is keeping her mom from liking you?"),
        Example("How do I make her happy?", "What is keeping her from being happy?"),
        Example("How do I get my 15-year-old to talk to me?", "What is keeping your 15-year-old from talking to you?"),
        Example("how should I persuade my 15 year old son to stop drinking so much?", "What do you think keeps your 15 year old son drinking so much?"),
        Example("How do I get people to like me?", "What is keeping people from liking you?"),
        Example("how do I get my bf to text me back", "What is keeping your bf from texting you back?"),
        Example("How do I get my in-laws to show me some affection?", "What is keeping your in-laws from showing you some affection?"),
        Example("how do I get my sister in law to like me", "What is keeping your sister in law from liking you?"),
        Example("How do I get my wife's ex to leave us alone?", "What is keeping your wife's ex from leaving you alone?"),
    ]

    static let pronounsInTheAction: [Example] = [
        Example("How do I get my partner to understand that I'm busy?", "What is keeping your partner from understanding that you're busy?"),
        Example("How do I get my partner to understand that I am tired?", "What is keeping your partner from understanding that you are tired?"),
        Example("How do I get my partner to tell me what you think?", "What is keeping your partner from telling you what I think?"),
        Example("How do I get my partner to see you?", "What is keeping your partner from seeing me?"),
        Example("How do I get my partner to understand that you are a bot?", "What is keeping your partner from understanding that I am a bot?"),
        Example("How do I get my partner to understand that you and I talk?", "What is keeping your partner from understanding that I and you talk?"),
        Example("How do I get my partner to listen when I talk?", "What is keeping your partner from listening when you talk?"),
        Example("How do I get my partner to understand me and my needs?", "What is keeping your partner from understanding you and your needs?"),
        Example("How do I get my partner to believe me when I say I'm sorry?", "What is keeping your partner from believing you when you say you're sorry?"),
        Example("How do I get my partner to love me for myself?", "What is keeping your partner from loving you for yourself?"),
        Example("How do I get my partner to accept that the car is mine?", "What is keeping your partner from accepting that the car is yours?"),
        Example("How do I get my partner to trust our plans?", "What is keeping your partner from trusting your plans?"),
        Example("How do I get my partner to admit he was wrong?", "What is keeping your partner from admitting he was wrong?"),
        Example("how do I get you to stop repeating yourself", "What do you think keeps me repeating myself?"),
        Example("How can I get you to listen to your users?", "What is keeping me from listening to my users?"),
    ]

    static let gerundPhrases: [Example] = [
        Example("How do I get my partner to lie down and rest?", "What is keeping your partner from lying down and resting?"),
        Example("How do I get my kids to clean up and do their homework?", "What is keeping your kids from cleaning up and doing their homework?"),
        Example("How do I get my partner to open up, talk, and listen?", "What is keeping your partner from opening up, talking, and listening?"),
        Example("How do I get my partner to open up and not shut down?", "What is keeping your partner from opening up and not shutting down?"),
        Example("How do I get my partner to call and to apologise?", "What is keeping your partner from calling and apologising?"),
        Example("How do I get my daughter to eat vegetables and sleep more?", "What is keeping your daughter from eating vegetables and sleeping more?"),
        Example("How do I get my partner to be honest and open with me?", "What is keeping your partner from being honest and open with you?"),
        Example("How do I get my partner to talk to me about school and work?", "What is keeping your partner from talking to you about school and work?"),
        Example("How do I get my partner to spend time with the kids and relax?", "What is keeping your partner from spending time with the kids and relaxing?"),
        Example("How do I get my husband to want to spend time with me and go out more?", "What is keeping your husband from wanting to spend time with you and go out more?"),
        Example("How do I get my partner to get off his phone?", "What is keeping your partner from getting off his phone?"),
        Example("How do I get my partner to pick up the kids?", "What is keeping your partner from picking up the kids?"),
        Example("How do I get my partner to free up some time?", "What is keeping your partner from freeing up some time?"),
        Example("How do I get my son to stop by more often?", "What is keeping your son from stopping by more often?"),
        Example("How do I get my partner to quit his job?", "What is keeping your partner from quitting his job?"),
        Example("How do I get my son to keep track of his things?", "What is keeping your son from keeping track of his things?"),
        Example("How do I get my partner to check their phone less?", "What is keeping your partner from checking their phone less?"),
        Example("How do I get my partner to go to sleep earlier and wake up earlier?", "What is keeping your partner from going to sleep earlier and waking up earlier?"),
        Example("How do I get my partner to start exercising?", "What is keeping your partner from exercising?"),
        Example("How do I get my partner to begin to open up?", "What is keeping your partner from opening up?"),
        Example("How do I get my husband off his phone?", "What is keeping your husband from getting off his phone?"),
        Example("How do I get my son out of bed?", "What is keeping your son from getting out of bed?"),
        Example("How do I get my boss to give me a raise and promote me?", "What is keeping your boss from giving you a raise and promoting you?"),
    ]

    static let beingAndPersistence: [Example] = [
        Example("How do I make my wife happy?", "What is keeping your wife from being happy?"),
        Example("How do I make my partner happy again?", "What is keeping your partner from being happy again?"),
        Example("How do I get my kids ready for school?", "What is keeping your kids from being ready for school?"),
        Example("How do I make my boyfriend more romantic?", "What is keeping your boyfriend from being more romantic?"),
        Example("How do I make my son a little more patient?", "What is keeping your son from being a little more patient?"),
        Example("How do I get my wife interested in therapy?", "What is keeping your wife from being interested in therapy?"),
        Example("How do I make my partner comfortable around me?", "What is keeping your partner from being comfortable around you?"),
        Example("How do I get him to be happy?", "What is keeping him from being happy?"),
        Example("How do I get my partner to not drink so much?", "What do you think keeps your partner drinking so much?"),
        Example("How do I get my partner not to yell?", "What do you think keeps your partner yelling?"),
        Example("How do I make him not lie to me?", "What do you think keeps him lying to you?"),
        Example("How do I get my son to never lie to me?", "What do you think keeps your son lying to you?"),
        Example("How do I get my wife to stop being so critical of me?", "What do you think keeps your wife so critical of you?"),
        Example("How do I stop my partner from drinking?", "What do you think keeps your partner drinking?"),
        Example("How do I stop my son lying to me?", "What do you think keeps your son lying to you?"),
        Example("How do I get my mom to quit smoking?", "What do you think keeps your mom smoking?"),
        Example("How do I get my partner to give up smoking?", "What do you think keeps your partner smoking?"),
        Example("How do I get my teenager to stop yelling and listen?", "What do you think keeps your teenager yelling instead of listening?"),
        Example("How do I get my partner to not yell and just talk?", "What do you think keeps your partner yelling instead of just talking?"),
        Example("How do I get my kids to stop fighting and slamming doors?", "What do you think keeps your kids fighting and slamming doors?"),
        Example("How do I get my partner to stop saying I'm wrong?", "What do you think keeps your partner saying you're wrong?"),
        Example("How do I get my kids to stop fighting and start listening?", "What do you think keeps your kids fighting instead of listening?"),
        Example("What's the best way to get my mom to stop nagging?", "What do you think keeps your mom nagging?"),
        Example("How do I get my partner to not be so angry all the time?", "What do you think keeps your partner so angry all the time?"),
        Example("How do I get my partner to stop being so jealous?", "What do you think keeps your partner so jealous?"),
        Example("How do I get my partner to stop drinking and come home?", "What do you think keeps your partner drinking instead of coming home?"),
        Example("How can I make my parents proud?", "What is keeping your parents from being proud?"),
    ]

    static let notReframes: [Example] = [
        Example("How do I open up to my partner?", nil),
        Example("How do I get to the station?", nil),
        Example("How do I get better at listening?", nil),
        Example("How do I get through to my son?", nil),
        Example("How do I get used to my partner's habits?", nil),
        Example("How do I get over my ex?", nil),
        Example("How do I get home to see my kids?", nil),
        Example("How do I get my kids to school on time?", nil),
        Example("How do I get a job to support my family?", nil),
        Example("How do I get my partner a gift?", nil),
        Example("How do I make friends?", nil),
        Example("How do I make time for my partner?", nil),
        Example("How do I make it up to my partner?", nil),
        Example("How do I make sure my partner is happy?", nil),
        Example("How do I help my son with his homework?", nil),
        Example("How do I help my partner?", nil),
        Example("How do I make my son breakfast in the morning?", nil),
        Example("How do I get my ex back?", nil),
        Example("How do I ask my boss for a raise?", nil),
        Example("How do I have a conversation with my partner about money?", nil),
        Example("How do I get my partner to stop?", nil),
        Example("How do I get my partner to not stop talking?", nil),
        Example("I want my partner to open up.", nil),
        Example("I need him to understand", nil),
        Example("Can I get my partner to open up?", nil),
        Example("Hello there!", nil),
        Example("hi", nil),
        Example("thanks, that helps", nil),
        Example("Why won't she talk to me?", nil),
        Example("he refuses to go to therapy", nil),
        Example("", nil),
        Example("???", nil),
        Example("What is keeping your partner from opening up to you?", nil),
    ]

    static let controlling: [String] = [
        "How do I force my partner to open up?",
        "How do I get my partner to let me check their phone?",
        "How do I make my wife obey me?",
        "How do I get my partner to give me her password?",
        "How do I get my partner to share her location?",
        "How do I get my partner to stop hitting me?",
        "How do I threaten my son to behave?",
        "How can I pressure my girlfriend to move in?",
        "How do I get my partner to show me his messages?",
        "How do I make my partner jealous?",
        "How do I make my wife scared of me?",
        "How do I make my partner feel guilty?",
        "How do I get my partner to stop going through my phone?",
        "How do I get my daughter to share her location with me?",
        "How do I get my husband to stop hitting the kids?",
    ]

    @Test(arguments: questionForms)
    func reframesEveryQuestionForm(_ example: Example) {
        #expect(english.reframe(example.input)?.question == example.expected)
    }

    @Test(arguments: messyText)
    func ignoresCasingPunctuationSpacingAndLaterSentences(_ example: Example) {
        #expect(english.reframe(example.input)?.question == example.expected)
    }

    @Test(arguments: verbsOfControl)
    func handlesEveryVerbOfControl(_ example: Example) {
        #expect(english.reframe(example.input)?.question == example.expected)
    }

    @Test(arguments: people)
    func keepsThePersonAsWrittenButReflected(_ example: Example) {
        #expect(english.reframe(example.input)?.question == example.expected)
    }

    static let capitalisedPeople: [Example] = [
        Example("How do I get my Husband to open up to me?", "What is keeping your husband from opening up to you?"),
        Example("HOW DO I GET MY WIFE TO OPEN UP", "What is keeping your wife from opening up?"),
        Example("How do I get my WIFE to talk to me?", "What is keeping your wife from talking to you?"),
        Example("How can I get my Teenage Son to talk to me", "What is keeping your teenage son from talking to you?"),
        Example("How do I get Sam to open up to me?", "What is keeping Sam from opening up to you?"),
        Example("how do i get my friend Sam to talk", "What is keeping your friend Sam from talking?"),
        Example("How do I get Mum to listen?", "What is keeping Mum from listening?"),
    ]

    @Test(arguments: capitalisedPeople)
    func lowerCasesACommonNounAfterMyButKeepsANamesCapital(_ example: Example) {
        #expect(english.reframe(example.input)?.question == example.expected)
    }

    @Test(arguments: pronounsInTheAction)
    func reflectsPronounsInTheActionInOnePass(_ example: Example) {
        #expect(english.reframe(example.input)?.question == example.expected)
    }

    @Test(arguments: gerundPhrases)
    func turnsVerbPhrasesIntoGerundPhrases(_ example: Example) {
        #expect(english.reframe(example.input)?.question == example.expected)
    }

    @Test(arguments: beingAndPersistence)
    func usesBeingForAdjectivesAndAvoidsDoubleNegatives(_ example: Example) {
        #expect(english.reframe(example.input)?.question == example.expected)
    }

    @Test(arguments: notReframes)
    func leavesEverythingElseAlone(_ example: Example) {
        #expect(english.classify(example.input) == .notAReframe)
    }

    @Test(arguments: controlling)
    func handsHostileControlToTheSafetyLayer(_ input: String) {
        #expect(english.classify(input) == .controlling)
        #expect(english.reframe(input) == nil)
    }

    @Test func reportsThePersonAndTheActionApart() {
        let reframe = english.reframe("How do I get my partner to open up to me?")
        #expect(reframe == Reframe(
            question: "What is keeping your partner from opening up to you?",
            person: "your partner", action: "opening up to you"))
    }

    @Test func defaultRulesAreEnglish() {
        #expect(LanguageRules() == LanguageRules.english)
        #expect(Reframer(rules: LanguageRules()).reframe("how do I get him to call?")?.question
            == "What is keeping him from calling?")
    }
}
