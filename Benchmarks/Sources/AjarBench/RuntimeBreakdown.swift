import AjarEngine
import BenchKit
import AjarRuntime
import Foundation
import GRDB

/// Where a runtime message's time goes: each step the runtime takes, timed on its own, on a
/// database of the store's schema and settings (WAL, `synchronous = NORMAL`).
struct RuntimeBreakdown {
    let settings: BenchSettings
    let report: Report
    let session: Session

    func run() async throws {
        let path = settings.scratch + "/breakdown.sqlite"
        _ = try SQLiteConversationStore(path: path)  // the schema
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let pool = try DatabasePool(path: path, configuration: configuration)
        let iterations = settings.quick ? 200 : 5_000
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(session)
        let text = String(decoding: json, as: UTF8.self)
        let upsert = """
            INSERT INTO session (conversation, data, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (conversation) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at
            """
        let select = "SELECT data, updated_at FROM session WHERE conversation = ?"

        var sink = 0
        add("JSONEncoder().encode(session)", try median(iterations) { sink &+= try encoder.encode(session).count })
        add("JSONDecoder().decode(Session.self)", try median(iterations) { sink &+= try JSONDecoder().decode(Session.self, from: json).turn })
        add("upsert, synchronous pool.write", try median(iterations) {
            try pool.write { db in try db.execute(sql: upsert, arguments: ["bench:b", text, 1]) }
        })
        add("select, synchronous pool.read", try median(iterations) {
            try pool.read { db in sink &+= try Row.fetchOne(db, sql: select, arguments: ["bench:b"]) == nil ? 0 : 1 }
        })
        add("upsert, async pool.write", try await medianAsync(iterations) {
            try await pool.write { db in try db.execute(sql: upsert, arguments: ["bench:b", text, 1]) }
        })
        add("select, async pool.read", try await medianAsync(iterations) {
            sink &+= try await pool.read { db in try Row.fetchOne(db, sql: select, arguments: ["bench:b"]) == nil ? 0 : 1 }
        })
        report.record("breakdown_checksum", Double(sink))
    }

    private func add(_ step: String, _ nanoseconds: Double) {
        let key = "breakdown_" + step.lowercased().filter { $0.isLetter || $0 == " " }.replacingOccurrences(of: " ", with: "_")
        report.add("runtime", "per-message step: \(step) (median)", Format.duration(nanoseconds: nanoseconds), key: key + "_ns", raw: nanoseconds)
    }

    private func median(_ count: Int, _ body: () throws -> Void) rethrows -> Double {
        var samples = [UInt64](repeating: 0, count: count)
        for index in 0..<count {
            let start = Ticks.now()
            try body()
            samples[index] = Ticks.now() - start
        }
        return Samples(samples).percentile(0.5)
    }

    private func medianAsync(_ count: Int, _ body: () async throws -> Void) async rethrows -> Double {
        var samples = [UInt64](repeating: 0, count: count)
        for index in 0..<count {
            let start = Ticks.now()
            try await body()
            samples[index] = Ticks.now() - start
        }
        return Samples(samples).percentile(0.5)
    }
}
