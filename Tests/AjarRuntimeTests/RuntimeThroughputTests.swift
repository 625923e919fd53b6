import AjarEngine
import AjarRuntime
import AjarTestSupport
import Foundation
import Testing

/// Messages per second through the runtime and a real SQLite file. Off by default (it measures,
/// it does not check): `AJAR_BENCHMARK=1 swift test -c release --filter RuntimeThroughputTests`.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["AJAR_BENCHMARK"] == "1"))
struct RuntimeThroughputTests {
    static let messagesPerConversation = 20

    func measure(conversations: Int, messages total: Int) async throws {
        let folder = try AjarBinary.temporaryDirectory()
        let path = folder.appendingPathComponent("ajar.sqlite").path
        let runtime = ConversationRuntime(engine: TestDialogue.engine, store: try SQLiteConversationStore(path: path))
        let perConversation = total / conversations
        let clock = ContinuousClock()
        let elapsed = try await clock.measure {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<conversations {
                    group.addTask {
                        let id = ConversationID("bench:\(index)")!
                        for turn in 0..<perConversation {
                            let text = turn % 3 == 0 ? "my name is User\(index)" : (turn % 3 == 1 ? "i like \(turn)" : "hello")
                            _ = try await runtime.handle(Message(conversation: id, sender: "b", text: text, transport: .terminal))
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
        print("""
            throughput: \(conversations) conversation(s), \(perConversation * conversations) messages in \
            \(String(format: "%.2f", seconds)) s = \(Int(Double(perConversation * conversations) / seconds)) messages/s; \
            database \(size) bytes + WAL \(wal) bytes
            """)
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func oneConversation() async throws {
        try await measure(conversations: 1, messages: 5_000)
    }

    @Test func aThousandConversations() async throws {
        try await measure(conversations: 1_000, messages: 20_000)
    }

    /// Database bytes per stored session: 10,000 sessions, checkpointed and vacuumed.
    @Test func bytesPerSession() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        let path = folder.appendingPathComponent("ajar.sqlite").path
        let emptySize: Int
        do {
            _ = try SQLiteConversationStore(path: path)
            emptySize = try Self.vacuumedSize(path)
        }
        let store = try SQLiteConversationStore(path: path)
        let runtime = ConversationRuntime(engine: TestDialogue.engine, store: store)
        for index in 0..<10_000 {
            let id = ConversationID("terminal:user\(index)")!
            _ = try await runtime.handle(Message(conversation: id, sender: "u", text: "my name is User\(index)", transport: .terminal))
        }
        let size = try Self.vacuumedSize(path)
        print("bytes per session: \((size - emptySize) / 10_000) (\(size) bytes for 10,000 sessions)")
        try? FileManager.default.removeItem(at: folder)
    }

    static func vacuumedSize(_ path: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", path, "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    }
}
