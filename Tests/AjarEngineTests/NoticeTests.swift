import AjarEngine
import Testing

/// `notice:` rules: checked on every input before the state's handling, they only set variables
/// and never change which transition the input takes.
@Suite struct NoticeTests {
    static let intents = [
        Build.intent("he_words", keywords: ["he", "him", "his"]),
        Build.intent("she_words", keywords: ["she", "her"]),
        Build.intent("works", keywords: ["works"]),
        Build.intent("named", patterns: ["* my name is {name}"]),
    ]

    static func set(_ assignments: KeyValuePairs<String, String>) -> [Assignment] {
        assignments.map { Assignment(variable: $0.key, value: Build.template($0.value)) }
    }

    static func chat(_ state: State, notices: [Notice], variables: [String: String] = ["they": "they"]) -> Chat {
        var dialogue = Build.dialogue(states: [state], intents: intents, variables: variables)
        dialogue.notices = notices
        return Chat(dialogue)
    }

    /// Switches `they` to "he" or "she" while it is "they", and only when the input has the
    /// words of one and not of the other: the rules the coaching dialogue uses.
    static let pronounRules: [Notice] = [
        Notice(intent: nil, condition: .equals("they", "they"), assignments: set(["heard": ""])),
        Notice(intent: "he_words", condition: .equals("they", "they"), assignments: set(["heard": "{heard}he"])),
        Notice(intent: "she_words", condition: .equals("they", "they"), assignments: set(["heard": "{heard}she"])),
        Notice(intent: nil, condition: .all([.equals("they", "they"), .equals("heard", "he")]), assignments: set(["they": "he"])),
        Notice(intent: nil, condition: .all([.equals("they", "they"), .equals("heard", "she")]), assignments: set(["they": "she"])),
    ]

    @Test func theResponseOfTheSameInputAlreadySpeaksWithWhatARuleSet() {
        var chat = Self.chat(Build.state("start", fallback: Build.reply("What might {they} fear?")), notices: Self.pronounRules)
        #expect(chat.send("he works late") == ["What might he fear?"])
        #expect(chat.session.variables["they"] == "he")
    }

    @Test func aValueEqualToItsDefaultIsNotKeptInTheSession() {
        var chat = Self.chat(Build.state("start", fallback: Build.reply("What might {they} fear?")), notices: Self.pronounRules)
        #expect(chat.send("it is hard") == ["What might they fear?"])
        // `heard` was reset to "" and `they` is still its default: neither is stored.
        #expect(chat.session.variables.isEmpty)
        #expect(chat.send("he works late") == ["What might he fear?"])
        #expect(chat.session.variables == ["heard": "he", "they": "he"])  // `heard` is reset by the next input
    }

    @Test func aRuleNeverChangesWhichTransitionTheInputTakes() {
        // Both transitions need the same intent; which one is taken depends on `they` as it was
        // before the rules ran, although the rule sets `they` on this very input.
        let state = Build.state("start", on: [
            Transition(intent: "works", condition: .equals("they", "he"), response: Build.reply("gendered: {they}")),
            Transition(intent: "works", condition: .equals("they", "they"), response: Build.reply("as before: {they}")),
        ])
        var chat = Self.chat(state, notices: Self.pronounRules)
        #expect(chat.send("he works late") == ["as before: he"])
        #expect(chat.turn.matchedIntent == "works")
        #expect(chat.send("still works late") == ["gendered: he"])
    }

    @Test func aRuleDoesNotUseUpTheInputOrTheReaskCount() {
        let state = Build.state("start", reask: Reask(limit: 1, say: Build.lines(["Once more?"]), then: Build.reply("Moving on with {they}.")))
        var chat = Self.chat(state, notices: Self.pronounRules)
        #expect(chat.send("she is away") == ["Once more?"])
        #expect(chat.session.reasks == 1)
        #expect(chat.send("hmm") == ["Moving on with she."])
    }

    @Test(arguments: [
        ("he never calls", "he"),
        ("she never calls", "she"),
        ("he told her nothing", "they"),
        ("nobody calls", "they"),
    ])
    func everyMatchingRuleAppliesInOrderSeeingWhatTheOnesBeforeSet(input: String, expected: String) {
        var chat = Self.chat(Build.state("start", fallback: Build.reply("ok")), notices: Self.pronounRules)
        chat.send(input)
        #expect(chat.session.variables["they", default: "they"] == expected)
    }

    @Test func onceARuleHasSwitchedTheConditionKeepsItFromSwitchingBack() {
        var chat = Self.chat(Build.state("start", fallback: Build.reply("{they}")), notices: Self.pronounRules)
        #expect(chat.send("he works late") == ["he"])
        #expect(chat.send("she is his mother") == ["he"])
        #expect(chat.send("she never calls") == ["he"])
    }

    @Test func capturesAreSeenByTheRuleAndNotStored() {
        let notices = [Notice(intent: "named", assignments: Self.set(["user": "{name|capitalize}"]))]
        var chat = Self.chat(Build.state("start", fallback: Build.reply("Hi {user}.")), notices: notices)
        #expect(chat.send("well, my name is sam") == ["Hi Sam."])
        #expect(chat.session.variables["user"] == "Sam")
        #expect(chat.session.variables["name"] == nil)
    }

    @Test func outsideQuotesLeavesQuotedSpeechOut() {
        let own = [Notice(intent: "he_words", assignments: Self.set(["they": "he"]), outsideQuotes: true)]
        let all = [Notice(intent: "he_words", assignments: Self.set(["they": "he"]))]
        let input = "my friend said \u{201C}he will come round\u{201D} to me"
        var quoted = Self.chat(Build.state("start", fallback: Build.reply("{they}")), notices: own)
        #expect(quoted.send(input) == ["they"])
        #expect(quoted.send("he said \"wait\"") == ["he"])
        var plain = Self.chat(Build.state("start", fallback: Build.reply("{they}")), notices: all)
        #expect(plain.send(input) == ["he"])
    }

    @Test func aRuleNamingAnIntentTheDialogueLacksNeverApplies() {
        let notices = [Notice(intent: "missing", assignments: Self.set(["they": "he"]))]
        var chat = Self.chat(Build.state("start", fallback: Build.reply("{they}")), notices: notices)
        #expect(chat.send("he works") == ["they"])
    }

    @Test func anInputAfterTheEndStartsAgainWithoutTheRules() {
        var dialogue = Build.dialogue(states: [Build.state("start", say: ["Hi {they}."], end: true)], intents: Self.intents, variables: ["they": "they"])
        dialogue.notices = Self.pronounRules
        var chat = Chat(dialogue)
        #expect(chat.replies == ["Hi they."])
        #expect(chat.send("he is back") == ["Hi they."])
    }
}
