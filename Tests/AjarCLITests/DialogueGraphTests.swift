import AjarEngine
import AjarGraph
import Testing

/// Labels come from scripts: quotes, pipes and line breaks must not break either graph language.
struct DialogueGraphTests {
    static let dialogue = Dialogue(
        name: "quotes", versionHash: "0", start: "ask",
        states: [
            "ask": State(id: "ask", options: [
                Option(label: Template("Say \"hi\" | wave\nthen <go>"), response: Response(target: "done")),
            ]),
            "done": State(id: "done", isEnd: true),
        ]
    )

    @Test func dotEscapesQuotesAndFoldsLineBreaks() {
        let dot = DialogueGraph(Self.dialogue).dot()
        #expect(dot.contains(#""ask" -> "done" [label="1. Say \"hi\" | wave then <go>"];"#))
        #expect(dot.contains(#""done" [label="done", shape=doubleoctagon];"#))
    }

    @Test func mermaidUsesEntitiesForQuotesPipesAndAngles() {
        let mermaid = DialogueGraph(Self.dialogue).mermaid()
        #expect(mermaid.contains(#"s0 -->|"1. Say #quot;hi#quot; #124; wave then #lt;go#gt;"| s1"#))
        #expect(mermaid.contains(#"s1(["done"])"#))
    }
}
