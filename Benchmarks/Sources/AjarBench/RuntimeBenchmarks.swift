import AjarEngine
import BenchKit
import AjarRuntime
import Foundation

/// Messages per second end to end through `ConversationRuntime` with the SQLite store: lane,
/// load the session (SQL + JSON), engine step, commit the session (JSON + SQL, one transaction).
struct RuntimeBenchmarks {
    let settings: BenchSettings
    let report: Report
    let engine: Engine
    let lines: [String]

    func run() async throws {
        let path = settings.scratch + "/runtime.sqlite"
        let store = try SQLiteConversationStore(path: path)
        let runtime = ConversationRuntime(engine: engine, store: store)
        try await oneConversation(runtime)
        try await manyConversations(runtime)
        if let id = ConversationID("bench:solo"), let stored = try await store.session(for: id) {
            try await RuntimeBreakdown(settings: settings, report: report, session: stored.session).run()
        }
    }

    /// One conversation, one message at a time, each awaited.
    private func oneConversation(_ runtime: ConversationRuntime) async throws {
        guard let id = ConversationID("bench:solo") else { return }
        let count = settings.runtimeMessages
        for line in lines.prefix(100) { _ = try await runtime.handle(message(id, line)) }  // warm-up
        var samples = [UInt64](repeating: 0, count: count)
        let seconds = try await Ticks.seconds {
            for index in 0..<count {
                let start = Ticks.now()
                _ = try await runtime.handle(message(id, lines[index % lines.count]))
                samples[index] = Ticks.now() - start
            }
        }
        let sorted = Samples(samples)
        report.add("runtime", "messages/s end to end, 1 conversation", Format.count(Double(count) / seconds),
                   key: "runtime_msgs_per_s_one", raw: Double(count) / seconds)
        report.add("runtime", "p50 / p99 per message, 1 conversation",
                   "\(Format.duration(nanoseconds: sorted.percentile(0.5))) / \(Format.duration(nanoseconds: sorted.percentile(0.99)))",
                   key: "runtime_p99_ns_one", raw: sorted.percentile(0.99))
    }

    /// `runtimeConversations` conversations at once, each sending its messages one after another.
    private func manyConversations(_ runtime: ConversationRuntime) async throws {
        let conversations = settings.runtimeConversations
        let perConversation = max(1, settings.runtimeMessages / conversations)
        let ids = (0..<conversations).compactMap { ConversationID("bench:c\($0)") }
        let lines = self.lines
        let seconds = try await Ticks.seconds {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (number, id) in ids.enumerated() {
                    group.addTask {
                        for step in 0..<perConversation {
                            _ = try await runtime.handle(Self.message(id, lines[(number * 7 + step) % lines.count]))
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        let total = Double(ids.count * perConversation)
        report.add("runtime", "messages/s end to end, \(Format.count(Double(conversations))) conversations at once (2 cores)",
                   Format.count(total / seconds), key: "runtime_msgs_per_s_many", raw: total / seconds)
    }

    private func message(_ id: ConversationID, _ text: String) -> Message {
        Self.message(id, text)
    }

    static func message(_ id: ConversationID, _ text: String) -> Message {
        Message(conversation: id, sender: "bench", text: text, transport: "bench")
    }

    /// The database file and its WAL and shared-memory files, in bytes.
    static func fileBytes(_ path: String) -> Double {
        ["", "-wal", "-shm"].reduce(0.0) { total, suffix in
            let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)?.doubleValue
            return total + (size ?? 0)
        }
    }
}
