import AjarReframer
import Testing

/// A small seeded generator, so a failing case can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct ReframerPropertyTests {
    /// Characters that stress the tokeniser: marks, joiners, emoji, other scripts, controls.
    static let oddCharacters: [Character] = Array(
        "abcXYZ019 ?!.,;:'’‘`-–—/()[]&\"«»…\n\r\t\u{00A0}\u{200B}\u{200D}\u{FEFF}\u{0301}é👩‍👩‍👧🙂🇺🇸日本語مرحباשלוםΣσς"
            + "\u{202E}\u{0000}\u{FFFD}ǅǈ𝔘ﬁßİı"
    )

    static let openers = [
        "how do i", "How can I", "HOW SHOULD WE", "what can i do to", "is there a way to", "how to",
        "so, how do I even", "How am I able to", "any tips on how to", "Can you help me",
    ]
    static let verbs = ["get", "make", "help", "convince", "persuade", "encourage", "ask", "buy", "have", "talk", "stop"]
    static let people = [
        "my partner", "him", "Sam", "my wife and kids", "you", "myself", "our son", "my partner's family",
        "Zoë", "日本 friend", "my 👩‍👩‍👧", "them", "my in-laws", "", "the the", "to", "my, my,",
    ]
    static let actions = [
        "to open up to me", "open up", "to stop yelling at me", "happy", "to not drink", "into going out",
        "from lying", "to lie down and rest", "to understand that I'm busy", "to school", "that I care",
        "to 😢", "to ?", "to be more patient", "talking", "", "to and and", "to not stop",
    ]
    static let tails = ["?", "???", "", ".", " lol", "? She never talks.", "!!", " please", "...", "\n", ", ok"]

    static func randomText(_ random: inout SplitMix64) -> String {
        let length = Int.random(in: 0...60, using: &random)
        return String((0..<length).map { _ in oddCharacters.randomElement(using: &random)! })
    }

    static func randomQuestion(_ random: inout SplitMix64) -> String {
        var parts = [
            openers.randomElement(using: &random)!, verbs.randomElement(using: &random)!,
            people.randomElement(using: &random)!, actions.randomElement(using: &random)!,
        ]
        if Bool.random(using: &random) {
            parts.insert(randomText(&random), at: Int.random(in: 0...parts.count, using: &random))
        }
        var text = parts.joined(separator: String(repeating: " ", count: Int.random(in: 1...3, using: &random)))
        text += tails.randomElement(using: &random)!
        if Int.random(in: 0..<4, using: &random) == 0 { text = text.uppercased() }
        return text
    }

    static func check(_ text: String) {
        guard let reframe = english.reframe(text) else { return }
        #expect(isWellFormedQuestion(reframe.question), "\(text.debugDescription) -> \(reframe.question.debugDescription)")
        #expect(english.reframe(reframe.question) == nil, "reframing \(reframe.question.debugDescription) again")
        #expect(!reframe.person.isEmpty && !reframe.action.isEmpty)
    }

    @Test func oddUnicodeNeverCrashesAndGivesNilOrAQuestion() {
        var random = SplitMix64(state: 0xA1A2)
        for _ in 0..<3_000 {
            Self.check(Self.randomText(&random))
        }
    }

    @Test func generatedQuestionsComeOutWellFormedAndDoNotReframeAgain() {
        var random = SplitMix64(state: 0x5EED)
        var reframed = 0
        for _ in 0..<3_000 {
            let text = Self.randomQuestion(&random)
            if english.reframe(text) != nil { reframed += 1 }
            Self.check(text)
        }
        // Most generated questions are real control questions.
        #expect(reframed > 300)
    }

    @Test func reflectionNeverCrashesOnOddUnicode() {
        var random = SplitMix64(state: 0xBEEF)
        for _ in 0..<1_000 {
            let reflected = reflector.reflect(Self.randomText(&random))
            #expect(!reflected.contains("  "))
        }
    }

    @Test func veryLongInputStaysFast() {
        let long = String(repeating: "how do I get my partner to open up and talk and ", count: 2_000) + "?"
        let reframe = english.reframe(long)
        #expect(reframe.map { isWellFormedQuestion($0.question) } ?? true)
    }

    /// Odd input with a short name, so test output stays readable.
    struct Pathological: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let text: String
    }

    static let pathological = [
        Pathological(testDescription: "20k open brackets", text: String(repeating: "(", count: 20_000) + "how do I get him to call?"),
        Pathological(testDescription: "20k fillers", text: String(repeating: "ok ", count: 20_000) + "how do I get him to call?"),
        Pathological(testDescription: "20k determiners", text: String(repeating: "my ", count: 20_000) + "to call"),
        Pathological(
            testDescription: "5k coordinated people",
            text: "how do I get " + String(repeating: "my partner and ", count: 5_000) + "him to call?"),
        Pathological(
            testDescription: "5k coordinated verbs",
            text: "how do I get him to " + String(repeating: "call and ", count: 5_000) + "rest?"),
        Pathological(testDescription: "50k question marks", text: String(repeating: "?", count: 50_000)),
        Pathological(
            testDescription: "10k combining marks",
            text: String(repeating: "\u{0301}", count: 10_000) + "how do i get him to call"),
    ]

    @Test(arguments: pathological)
    func pathologicalInputStaysLinear(_ input: Pathological) {
        let clock = ContinuousClock()
        let elapsed = clock.measure { Self.check(input.text) }
        print("reframer: \(input.testDescription): \(elapsed)")
    }

    /// Not an assertion on time: prints reframes per second for the report and benchmarks.
    @Test func measuresThroughput() {
        let inputs = [
            "How do I get my partner to open up to me?", "HOW DO I GET MY TEENAGER TO STOP YELLING AT ME",
            "how can i make my husband listen to me??", "we keep arguing about chores", "hi",
            "What can I do to convince my wife to trust me again?",
        ]
        let clock = ContinuousClock()
        let rounds = 2_000
        var count = 0
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for input in inputs where english.reframe(input) != nil { count += 1 }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("reframer: \(Int(Double(rounds * inputs.count) / seconds)) messages/s (\(count) reframes)")
        let setup = clock.measure { for _ in 0..<100 { _ = Reframer(rules: .english) } }
        print("reframer: Reframer(rules:) takes \(setup / 100)")
    }
}
