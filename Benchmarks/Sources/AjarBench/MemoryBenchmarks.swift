import AjarEngine
import BenchKit
import CHeap
import Foundation

/// Memory per idle session: serialised (the JSON the SQLite store writes) and in memory (C heap
/// bytes, malloc's overhead included, read with glibc's mallinfo2).
struct MemoryBenchmarks {
    let settings: BenchSettings
    let report: Report
    let engine: Engine
    let lines: [String]

    func run(sessions: [String: Session]) throws {
        try serialised(sessions)
        inMemory()
    }

    /// Encoded as `SQLiteConversationStore` encodes it: `JSONEncoder` with sorted keys.
    private func serialised(_ sessions: [String: Session]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let fresh = try encoder.encode(engine.start().session).count
        let sizes = try sessions.values.map { try encoder.encode($0).count }
        let mean = sizes.isEmpty ? Double.nan : Double(sizes.reduce(0, +)) / Double(sizes.count)
        let largest = Double(sizes.max() ?? 0)
        report.add("memory", "JSON per session, new", Format.bytes(Double(fresh)), key: "json_bytes_new", raw: Double(fresh))
        report.add("memory", "JSON per session after the round-robin run, mean / max",
                   "\(Format.bytes(mean)) / \(Format.bytes(largest))", target: "≤ 1 KB", met: largest <= 1_000,
                   key: "json_bytes_mean", raw: mean)
        report.record("json_bytes_max", largest)
        if let example = sessions.values.max(by: { $0.variables.count < $1.variables.count }),
           let text = String(data: try encoder.encode(example), encoding: .utf8) {
            report.note("a session with the most variables, as stored (\(text.utf8.count) bytes): `\(text)`")
        }
    }

    /// Heap growth for `count` users in a `[String: Session]` table: once with every session
    /// fresh (shared storage: the table's own cost) and once after one reply each.
    private func inMemory() {
        let count = settings.quick ? 2_000 : 100_000
        let users = (0..<count).map { "u\($0)" }  // up to 15 bytes: stored inline, no heap
        let tableOnly = heapGrowth {
            var table: [String: Session] = [:]
            let fresh = engine.start().session
            for user in users { table[user] = fresh }
            return table
        }
        func afterOneReply(_ pick: (Int) -> String) -> Double {
            heapGrowth {
                var loop = EngineLoop(engine: engine)
                for (index, user) in users.enumerated() { loop.reply(user, pick(index)) }
                return loop.sessions
            }
        }
        let mixed = afterOneReply { lines[$0 % lines.count] }
        let questions = lines.filter { engine.respond(to: $0, in: engine.start().session).session.state == "await_cause" }
        let reframed = questions.isEmpty ? Double.nan : afterOneReply { questions[$0 % questions.count] }
        let slot = tableOnly / Double(count)
        report.add("memory", "in memory per session, table slot only (String key + \(MemoryLayout<Session>.stride)-byte Session)",
                   Format.bytes(slot), key: "heap_bytes_slot", raw: slot)
        report.add("memory", "in memory per session after one corpus line (slot + its own heap)",
                   Format.bytes(mixed / Double(count)), target: "≤ 1 KB", met: mixed / Double(count) <= 1_000,
                   key: "heap_bytes_mixed", raw: mixed / Double(count))
        report.add("memory", "in memory per session after a reframe (3 variables set)",
                   Format.bytes(reframed / Double(count)), target: "≤ 1 KB", met: reframed / Double(count) <= 1_000,
                   key: "heap_bytes_reframed", raw: reframed / Double(count))
    }

    /// Heap bytes still held by what `build` returns, malloc's overhead included.
    private func heapGrowth<T>(_ build: () -> T) -> Double {
        cheap_trim()
        let before = cheap_heap_in_use()
        let kept = build()
        let after = cheap_heap_in_use()
        withExtendedLifetime(kept) {}
        return Double(Int(after) - Int(before))
    }
}
