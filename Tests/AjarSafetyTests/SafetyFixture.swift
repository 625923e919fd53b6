import AjarCompiler
import AjarEngine
import AjarRuntime
import AjarSafety
import AjarTestSupport
import Foundation
import Testing

/// The real safety data and the real default dialogue, loaded once for all tests.
enum SafetyFixture {
    static let root = AjarBinary.packageRoot

    static let data: SafetyData = {
        do {
            return try SafetyData.load(directory: root.appendingPathComponent("config/safety").path, locale: "en")
        } catch {
            preconditionFailure("config/safety/en.yaml does not load: \(error)")
        }
    }()

    static let engine: Engine = {
        let result = DialogueCompiler().compile(entry: root.appendingPathComponent("Dialogues/main.yaml").path)
        guard let dialogue = result.dialogue, !result.hasErrors else {
            preconditionFailure("Dialogues/main.yaml does not compile: \(result.diagnostics)")
        }
        return Engine(dialogue: dialogue)
    }()

    static let noon = Date(timeIntervalSince1970: 1_700_000_000)

    /// A runtime over the default dialogue with the safety layer, on `store`.
    static func runtime(store: any ConversationStore = MemoryConversationStore()) -> (ConversationRuntime, SafetyLayer) {
        let layer = SafetyLayer(
            data: data, records: ConversationSafetyRecordStore(store: store), store: store, engine: engine, now: { noon })
        return (ConversationRuntime(engine: engine, store: store, safety: layer, now: { noon }), layer)
    }

    static func message(_ id: ConversationID, _ text: String) -> Message {
        Message(conversation: id, sender: id.rawValue, text: text, transport: .terminal)
    }

    static func id(_ name: String = "terminal:\(UUID().uuidString)") -> ConversationID {
        ConversationID(name)!
    }

    /// The check question for a concern, as the data says it.
    static func check(_ concern: SafetyConcern) -> String {
        let layer = SafetyLayer(data: data, records: MemorySafetyRecordStore())
        return layer.checkQuestion(concern)
    }
}
