import AjarCompiler
import AjarEngine
import Testing

/// `notice:` rules as the compiler reads them: merged across files like `on:`, then run.
@Suite struct NoticeCompilationTests {
    static let files = [
        "main.yaml": """
        dialogue: d
        start: ask
        include: [pronouns.yaml]
        variables: { they: "they" }
        notice:
          - intent: he_words
            if: { equals: { they: "they" } }
            set: { they: "he" }
        states:
          ask:
            say: "Tell me about them."
            fallback: { say: "What might {they} fear?" }
            skip: { end: true }
        """,
        "pronouns.yaml": """
        intents:
          he_words: { keywords: ["he", "him"] }
          she_words: { keywords: ["she", "her"] }
        notice:
          - intent: she_words
            if: { equals: { they: "they" } }
            set: { they: "she" }
            outside_quotes: true
        """,
    ]

    @Test func rulesFromEveryFileAreKeptInIncludeOrder() throws {
        let result = compile(Self.files)
        let dialogue = try #require(result.dialogue, "\(result.diagnostics.map(\.description))")
        #expect(dialogue.notices.map(\.intent) == ["he_words", "she_words"])
        #expect(dialogue.notices.map(\.outsideQuotes) == [false, true])
        #expect(dialogue.notices[0].condition == .equals("they", "they"))
        #expect(dialogue.notices[1].assignments.map(\.variable) == ["they"])
    }

    @Test func theCompiledRulesSwitchOnceAndLeaveQuotedSpeechOut() throws {
        let dialogue = try #require(compile(Self.files).dialogue)
        let engine = Engine(dialogue: dialogue)
        var turn = engine.start()
        turn = engine.respond(to: "my friend said \u{201C}she is fine\u{201D}", in: turn.session)
        #expect(turn.replies == ["What might they fear?"])
        turn = engine.respond(to: "she never calls", in: turn.session)
        #expect(turn.replies == ["What might she fear?"])
        turn = engine.respond(to: "he is her brother", in: turn.session)
        #expect(turn.replies == ["What might she fear?"])
    }

    @Test func aRuleWithAnActionIsReportedAtTheKeyAndTheDialogueDoesNotCompile() {
        var files = Self.files
        files["pronouns.yaml"]! += "\n    goto: ask\n"
        let result = compile(files)
        #expect(summary(result) == ["pronouns.yaml:9:5 AJ0029"])
        #expect(result.diagnostics.first?.message == "a notice rule cannot have 'goto': it may only 'set' variables")
        #expect(result.dialogue == nil)
    }
}
