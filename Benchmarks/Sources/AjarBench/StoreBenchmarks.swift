import AjarEngine
import BenchKit
import AjarRuntime
import Foundation
import GRDB

/// A million stored sessions: created with batched inserts straight through GRDB (the store's
/// schema and JSON, one transaction per 10,000 rows), then read back through the store's API.
struct StoreBenchmarks {
    let settings: BenchSettings
    let report: Report
    let engine: Engine
    let lines: [String]

    func run(sessions: [String: Session]) async throws {
        let path = settings.scratch + "/sessions.sqlite"
        _ = try SQLiteConversationStore(path: path)  // creates and migrates the file, then closes it
        let count = settings.storedSessions
        let label = Format.count(Double(count))
        let created = try create(count, at: path, from: Array(sessions.values))
        report.add("store", "create \(label) sessions (batched inserts, 10,000 per transaction)",
                   Format.duration(nanoseconds: created * 1e9), key: "store_create_s", raw: created)
        report.add("store", "sessions inserted per second", Format.count(Double(count) / created),
                   key: "store_inserts_per_s", raw: Double(count) / created)
        let bytes = RuntimeBenchmarks.fileBytes(path)
        report.add("store", "database file, \(label) sessions (after checkpoint)", Format.bytes(bytes), key: "store_file_bytes", raw: bytes)
        report.add("store", "database file per session", Format.bytes(bytes / Double(count)),
                   key: "store_bytes_per_session", raw: bytes / Double(count))

        let store = try SQLiteConversationStore(path: path)
        try await lookups(store, count: count, label: label)
        try rawLookups(path, count: count)
        try await messagesOnLargeStore(store, count: count, label: label)
    }

    /// Writes `count` sessions `bench:u<i>` (not in key order), each the JSON of one of the
    /// sessions the engine benchmark left, as the store would write it.
    private func create(_ count: Int, at path: String, from sessions: [Session]) throws -> Double {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let pool = sessions.isEmpty ? [engine.start().session] : Array(sessions.prefix(1_000))
        let payloads = try pool.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let batch = 10_000
        let seconds = try Ticks.seconds {
            var next = 0
            while next < count {
                let end = min(next + batch, count)
                try queue.write { db in
                    let statement = try db.cachedStatement(
                        sql: "INSERT INTO session (conversation, data, updated_at) VALUES (?, ?, ?)")
                    for index in next..<end {
                        try statement.execute(arguments: ["bench:u\(index)", payloads[index % payloads.count], now])
                    }
                }
                next = end
            }
        }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        return seconds
    }

    /// `store.session(for:)` for random stored conversations, and for unknown ones.
    private func lookups(_ store: SQLiteConversationStore, count: Int, label: String) async throws {
        var generator = SplitMix64(seed: 7)
        let lookups = settings.quick ? 1_000 : 20_000
        for _ in 0..<200 { _ = try await store.session(for: id(Int.random(in: 0..<count, using: &generator))) }  // warm-up
        var hits = [UInt64](repeating: 0, count: lookups)
        for index in 0..<lookups {
            let conversation = id(Int.random(in: 0..<count, using: &generator))
            let start = Ticks.now()
            let stored = try await store.session(for: conversation)
            hits[index] = Ticks.now() - start
            precondition(stored != nil, "\(conversation) is missing")
        }
        var misses = [UInt64](repeating: 0, count: lookups / 10)
        for index in misses.indices {
            let conversation = id(count + index)
            let start = Ticks.now()
            _ = try await store.session(for: conversation)
            misses[index] = Ticks.now() - start
        }
        let sorted = Samples(hits)
        let p99 = sorted.percentile(0.99)
        report.add("store", "lookup p50, store.session(for:), \(label) stored", Format.duration(nanoseconds: sorted.percentile(0.5)),
                   key: "store_lookup_p50_ns", raw: sorted.percentile(0.5))
        report.add("store", "lookup p99, store.session(for:), \(label) stored", Format.duration(nanoseconds: p99),
                   target: "< 1 ms", met: p99 < 1_000_000, key: "store_lookup_p99_ns", raw: p99)
        report.add("store", "lookup p99.9 / max", "\(Format.duration(nanoseconds: sorted.percentile(0.999))) / \(Format.duration(nanoseconds: sorted.max))",
                   key: "store_lookup_p999_ns", raw: sorted.percentile(0.999))
        let missed = Samples(misses)
        report.add("store", "lookup p50 / p99 of an unknown conversation",
                   "\(Format.duration(nanoseconds: missed.percentile(0.5))) / \(Format.duration(nanoseconds: missed.percentile(0.99)))",
                   key: "store_miss_p99_ns", raw: missed.percentile(0.99))
    }

    /// The same query synchronously through GRDB, without the store's async hop and JSON decoding.
    private func rawLookups(_ path: String, count: Int) throws {
        let queue = try DatabaseQueue(path: path)
        var generator = SplitMix64(seed: 11)
        let lookups = settings.quick ? 1_000 : 20_000
        var samples = [UInt64](repeating: 0, count: lookups)
        try queue.read { db in
            let statement = try db.cachedStatement(sql: "SELECT data, updated_at FROM session WHERE conversation = ?")
            for index in 0..<lookups {
                let conversation = "bench:u\(Int.random(in: 0..<count, using: &generator))"
                let start = Ticks.now()
                let row = try Row.fetchOne(statement, arguments: [conversation])
                samples[index] = Ticks.now() - start
                precondition(row != nil)
            }
        }
        try queue.close()
        let sorted = Samples(samples)
        report.add("store", "of which the SQL query alone (GRDB, cached statement), p50 / p99",
                   "\(Format.duration(nanoseconds: sorted.percentile(0.5))) / \(Format.duration(nanoseconds: sorted.percentile(0.99)))",
                   key: "store_sql_p99_ns", raw: sorted.percentile(0.99))
    }

    /// End-to-end messages for stored conversations picked at random among the million.
    private func messagesOnLargeStore(_ store: SQLiteConversationStore, count: Int, label: String) async throws {
        let runtime = ConversationRuntime(engine: engine, store: store)
        var generator = SplitMix64(seed: 13)
        let messages = settings.quick ? 200 : 5_000
        let seconds = try await Ticks.seconds {
            for index in 0..<messages {
                let conversation = id(Int.random(in: 0..<count, using: &generator))
                _ = try await runtime.handle(RuntimeBenchmarks.message(conversation, lines[index % lines.count]))
            }
        }
        report.add("store", "messages/s end to end, random conversations among \(label)", Format.count(Double(messages) / seconds),
                   key: "store_msgs_per_s", raw: Double(messages) / seconds)
    }

    /// `bench:u<index>`: always a valid identifier (short, no control characters).
    private func id(_ index: Int) -> ConversationID {
        ConversationID("bench:u\(index)")!
    }
}
