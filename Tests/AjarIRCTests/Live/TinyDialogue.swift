import AjarEngine
import AjarRuntime
import Logging

/// A two-state dialogue built by hand, and a runtime over an in-memory store: enough to see
/// that a conversation's state lives in the store, not in the IRC connection.
enum TinyDialogue {
    static let dialogue = Dialogue(
        name: "tiny", versionHash: "tiny-1", start: "first",
        states: [
            "first": State(
                id: "first", say: [Line(Template("Welcome."))],
                fallback: Response(say: [Line(Template("Noted, go on."))], target: "second")),
            "second": State(
                id: "second", say: [Line(Template("Second question?"))],
                fallback: Response(say: [Line(Template("Thanks, that helps."))])),
        ])

    static func runtime() -> ConversationRuntime {
        var logger = Logger(label: "ajar.runtime.test")
        logger.logLevel = .critical
        return ConversationRuntime(engine: Engine(dialogue: dialogue), store: MemoryConversationStore(), logger: logger)
    }
}
