import AjarEngine
import Testing

/// Patterns and keywords, seen through a one-state dialogue whose single intent reports a match.
@Suite struct PatternMatchingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var pattern: String
        var input: String
        /// `nil`: the pattern must not match.
        var captures: [String: String]?
        var testDescription: String { "\"\(pattern)\" vs \"\(input)\"" }
    }

    static func probe(patterns: [String] = [], keywords: [String] = []) -> Chat {
        Chat(Build.dialogue(
            states: [Build.state("start", on: [Transition(intent: "probe", response: Build.reply("matched"))])],
            intents: [Build.intent("probe", patterns: patterns, keywords: keywords)]
        ))
    }

    static let cases: [Case] = [
        Case(pattern: "hello", input: "Hello!", captures: [:]),
        Case(pattern: "hello", input: "hello there", captures: nil),
        Case(pattern: "hello", input: "oh hello", captures: nil),
        Case(pattern: "* hello *", input: "well, hello there", captures: [:]),
        Case(pattern: "* hello *", input: "hello", captures: [:]),
        Case(pattern: "my {plant} is wilting", input: "My Fern is wilting", captures: ["plant": "Fern"]),
        Case(pattern: "my {plant} is wilting", input: "my is wilting", captures: nil),
        Case(pattern: "why is my {plant} [so] sad *", input: "Why is my fern so sad?", captures: ["plant": "fern"]),
        Case(pattern: "why is my {plant} [so] sad *", input: "why is my fern sad", captures: ["plant": "fern"]),
        Case(pattern: "* my {plant} (is|keeps) wilting *", input: "Help: my  Big   Fern keeps wilting!!", captures: ["plant": "Big Fern"]),
        Case(pattern: "* my {plant} (is|keeps) wilting *", input: "my fern was wilting", captures: nil),
        Case(pattern: "(good morning|hi there|hey) *", input: "Good morning, bot", captures: [:]),
        Case(pattern: "(good morning|hi there|hey) *", input: "good evening", captures: nil),
        Case(pattern: "(call me {name}|my name is {name})", input: "My name is  Ada  Lovelace", captures: ["name": "Ada Lovelace"]),
        Case(pattern: "i (really [really] like|love) {thing}", input: "I really really like tea", captures: ["thing": "tea"]),
        Case(pattern: "i (really [really] like|love) {thing}", input: "i love green tea", captures: ["thing": "green tea"]),
        Case(pattern: "i (really [really] like|love) {thing}", input: "i like tea", captures: nil),
        Case(pattern: "(* about {topic}|{topic} please)", input: "tell me about the moon", captures: ["topic": "the moon"]),
        Case(pattern: "i don't know {who}", input: "I don’t know Bob", captures: ["who": "Bob"]),
        Case(pattern: "call me {name}", input: "call me O’Brien", captures: ["name": "O'Brien"]),
        Case(pattern: "call me {name}", input: "call me Zoë", captures: ["name": "Zoë"]),
        Case(pattern: "{a} and {b}", input: "salt and pepper and oil", captures: ["a": "salt", "b": "pepper and oil"]),
        Case(pattern: "*", input: "", captures: [:]),
        Case(pattern: "{x}", input: "  ", captures: nil),
    ]

    @Test(arguments: cases)
    func patternsMatchTheWholeInputAndCaptureTheUsersSpelling(_ testCase: Case) {
        var chat = Self.probe(patterns: [testCase.pattern])
        let replies = chat.send(testCase.input)
        if let captures = testCase.captures {
            #expect(replies == ["matched"])
            #expect(chat.turn.matchedIntent == "probe")
            #expect(chat.session.variables == captures)
        } else {
            #expect(replies.isEmpty)
            #expect(chat.turn.matchedIntent == nil)
        }
    }

    @Test(arguments: [
        ("thank you", "well thank you so much", true),
        ("thank you", "Thank-you!", true),
        ("thank you", "thank the cook, you", false),
        ("thanks", "thanksgiving plans", false),
        ("don't know", "I DON’T KNOW", true),
    ])
    func keywordsMatchAsWholeWordsAnywhere(keyword: String, input: String, matches: Bool) {
        var chat = Self.probe(keywords: [keyword])
        #expect(chat.send(input) == (matches ? ["matched"] : []))
    }

    @Test func aPatternWordWrittenWithCapitalsOrPunctuationIsNormalised() {
        let pattern = Pattern(elements: [.word("Hello,"), .wildcard], source: "Hello, *")
        var chat = Chat(Build.dialogue(
            states: [Build.state("start", on: [Transition(intent: "hi", response: Build.reply("matched"))])],
            intents: [Intent(id: "hi", matcher: Matcher(patterns: [pattern]))]
        ))
        #expect(chat.send("hello there") == ["matched"])
    }

    @Test func theFirstMatchingPatternOfAnIntentProvidesTheCaptures() {
        var chat = Self.probe(patterns: ["my name is {name}", "* {name}"])
        chat.send("my name is Ada")
        #expect(chat.session.variables == ["name": "Ada"])
    }

    @Test(.timeLimit(.minutes(1)))
    func pathologicalPatternsAgainstLongInputsFinishQuickly() {
        let words = Array(repeating: "a", count: 10_000).joined(separator: " ")
        let clock = ContinuousClock()
        var chat = Self.probe(patterns: ["* * * * * x", "* {a} * {b} * {c} * x", "(a|a a|*) (a|*) [a] * x"])
        let elapsed = clock.measure {
            #expect(chat.send(words).isEmpty)
            #expect(chat.send(words + " x") == ["matched"])
        }
        #expect(elapsed < .seconds(5))
    }
}
