import AjarReframer
import Testing

@Suite struct ReflectorTests {
    static let examples: [Example] = [
        Example("my partner", "your partner"),
        Example("My partner's family", "your partner's family"),
        Example("I am tired", "you are tired"),
        Example("I'm tired of my job", "you're tired of your job"),
        Example("I was wrong", "you were wrong"),
        Example("I've tried everything", "you've tried everything"),
        Example("you hurt me", "I hurt you"),
        Example("I don't get you", "you don't get me"),
        Example("I love you", "you love me"),
        Example("you are kind", "I am kind"),
        Example("you're a robot", "I'm a robot"),
        Example("are you sure", "am I sure"),
        Example("what do you want from me", "what do I want from you"),
        Example("because you never listen", "because I never listen"),
        Example("I want you to listen", "you want me to listen"),
        Example("help you understand me", "help me understand you"),
        Example("me and you", "you and me"),
        Example("myself", "yourself"),
        Example("your advice", "my advice"),
        Example("yours and mine", "mine and yours"),
        Example("we argue about our money", "you argue about your money"),
        Example("us", "you"),
        Example("he loves her", "he loves her"),
        Example("Sam and his dog", "Sam and his dog"),
        Example("  I   am   here  ", "you are here"),
        Example("I am tired.", "you are tired."),
        Example("my partner, my kids, and me", "your partner, your kids, and you"),
        Example("I don’t know", "you don't know"),
        // A generic "you" before a verb is a subject; after "made", "let", "thank"... an object.
        Example("in his culture you keep things private", "in his culture I keep things private"),
        Example("the way you talk to me", "the way I talk to you"),
        Example("he made you cry", "he made me cry"),
        Example("I let you go", "you let me go"),
        Example("thank you love", "thank me love"),
        Example("I heard you say it", "you heard me say it"),
        Example("", ""),
    ]

    @Test(arguments: examples)
    func reflectsFirstAndSecondPerson(_ example: Example) {
        #expect(reflector.reflect(example.input) == example.expected)
    }

    static let quotations: [Example] = [
        Example("he never said \"I love you\"", "he never said \"I love you\""),
        Example("he never said \u{201C}I love you\u{201D} to me", "he never said \u{201C}I love you\u{201D} to you"),
        Example("I told him \u{2018}I don\u{2019}t need you\u{2019} and I meant it", "you told him \u{2018}I don\u{2019}t need you\u{2019} and you meant it"),
        Example("she said 'you never listen to me', so I left", "she said 'you never listen to me', so you left"),
        Example("\"I'm fine,\" he says, but I know better", "\"I'm fine,\" he says, but you know better"),
        Example("my mum says \u{00AB}I am proud\u{00BB}", "your mum says \u{00AB}I am proud\u{00BB}"),
        Example("he wrote \"I am sorry", "he wrote \"I am sorry"),
        Example("I can't say I'm sorry", "you can't say you're sorry"),
        Example("he said \"I   love\n you\"", "he said \"I love you\""),
        Example("my kids' toys and my dog", "your kids toys and your dog"),
        Example("I don't know", "you don't know"),
    ]

    @Test(arguments: quotations)
    func leavesQuotedSpeechAsWritten(_ example: Example) {
        #expect(reflector.reflect(example.input) == example.expected)
    }

    @Test func neverFlipsAReflectedWordBack() {
        // One pass: "my" -> "your" is not turned back by the "your" -> "my" rule.
        #expect(reflector.reflect("my your my") == "your my your")
    }

    @Test func usesTheScriptsTables() {
        var rules = LanguageRules.english
        rules.reflections["mum"] = "mother"
        #expect(Reflector(rules: rules).reflect("my mum") == "your mother")
    }
}
