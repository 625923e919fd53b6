import AjarEngine
import Testing

/// Whatever the user types, the engine answers without trapping, and the same way every time.
@Suite struct RobustnessTests {
    /// Pieces random inputs are made of: plain words, punctuation, and the Unicode that breaks
    /// naive string code (combining marks, emoji sequences, right-to-left text, case mappings
    /// that change length, NUL, line separators).
    static let fragments = [
        "my", "fern", "is", "wilting", "call", "me", "skip", "I don't know", "1", "2", "3", "42", "once a week",
        " ", "  ", "\t", "\n", "\r\n", ",", ".", "!", "?", "'", "''", "`", "’", "‘", "\"", "-", "*", "{", "}", "(", "|", ")",
        "é", "e\u{301}", "\u{301}", "👍🏽", "👨‍👩‍👧", "🏳️‍🌈", "שלום", "مرحبا", "\u{202E}", "\u{200F}", "\u{200D}", "\u{FEFF}",
        "\0", "ß", "İ", "ﬁ", "ǅ", "Σ", "日本語", "\u{2028}", "٣", "Ⅻ", "\u{1F}", "\u{7F}", "\u{10FFFF}",
    ]

    static let dialogue = Build.dialogue(
        states: [
            Build.state(
                "start", say: ["Hi {name|capitalize}."],
                options: [
                    Option(label: Build.template("Once a week"), response: Build.reply("weekly", goto: "start")),
                    Option(label: Build.template("Ask {name}"), response: Build.reply("ask")),
                ],
                on: [
                    Transition(intent: "plant", response: Build.reply("{plant|reflect} / {plant|uppercase} / {plant|capitalize}")),
                    Transition(intent: "name", response: Build.reply("Hello {name|lowercase}, you said {input}.", goto: "start")),
                ],
                skip: Build.reply("skipped", goto: "bye"),
                reask: Reask(limit: 2, say: Build.lines(["Again?"]), then: Build.reply("ok", goto: "start"))
            ),
            Build.state("bye", say: ["Bye."], end: true),
        ],
        intents: [
            Build.intent("plant", priority: 2, patterns: ["* my {plant} (is|keeps) wilting *", "* {plant} * {x} * wilting"]),
            Build.intent("name", patterns: ["* call me {name}", "{name} (is|am) * [me]"]),
        ],
        variables: ["name": "friend"]
    )

    static func randomInput(_ generator: inout SplitMix64) -> String {
        let length = Int.random(in: 0...24, using: &generator)
        return (0..<length).map { _ in fragments.randomElement(using: &generator)! }.joined()
    }

    static func play(_ inputs: [String], on engine: Engine) -> [Turn] {
        var turn = engine.start()
        var turns = [turn]
        for input in inputs {
            turn = engine.respond(to: input, in: turn.session)
            turns.append(turn)
            turns.append(engine.resume(turn.session))
        }
        return turns
    }

    @Test(arguments: 0..<8)
    func randomInputNeverTrapsAndIsDeterministic(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let inputs = (0..<150).map { _ in Self.randomInput(&generator) }
        let engine = Engine(dialogue: Self.dialogue)
        let first = Self.play(inputs, on: engine)
        #expect(Self.play(inputs, on: engine) == first)
        #expect(Self.play(inputs, on: Engine(dialogue: Self.dialogue)) == first)
    }

    @Test(.timeLimit(.minutes(1)), arguments: [false, true])
    func veryLongInputIsHandled(unicode: Bool) {
        var generator = SplitMix64(seed: 99)
        var text = ""
        while text.unicodeScalars.count < 200_000 {
            text += unicode ? Self.randomInput(&generator) : "my fern and ficus keep on wilting, "
        }
        let engine = Engine(dialogue: Self.dialogue)
        let turn = engine.respond(to: text, in: engine.start().session)
        #expect(turn == engine.respond(to: text, in: engine.start().session))
        if !unicode { #expect(turn.matchedIntent == "plant") }
    }

    @Test(arguments: ["", " ", "\0", "\u{301}", "👨‍👩‍👧", "２", "٢", "'''", "``", "1e3", "0x2", "1.5"])
    func oddInputsFallThroughWithoutTrapping(input: String) {
        var chat = Chat(Self.dialogue)
        chat.send(input)
        #expect(chat.replies == ["Again?"])
    }
}
