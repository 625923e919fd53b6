public import AjarEngine
public import Foundation
import GRDB
import Synchronization

/// The default ``ConversationStore``: one SQLite file through GRDB, in WAL mode.
///
/// The file is created owner-only (0600, its directory 0700), migrated on open, and every method
/// is one committed transaction: a process killed at any moment loses at most the turn it was
/// handling. `synchronous = NORMAL` (the usual WAL setting) survives a killed process; a power cut
/// may lose the last commits but never corrupts the file.
///
/// ```swift
/// let store = try SQLiteConversationStore(path: StoragePaths.defaultDatabasePath(environment: env))
/// ```
public final class SQLiteConversationStore: ConversationStore {
    /// The database file's path.
    public let path: String
    /// How long a request receipt is kept (``record(_:reminders:)`` prunes older ones).
    public let receiptRetention: TimeInterval
    let pool: DatabasePool
    /// When receipts were last pruned (milliseconds, the receipts' clock), so it happens at most once a minute.
    let lastReceiptPrune = Mutex<Int64?>(nil)

    /// Opens (creating when needed) and migrates the database at `path`.
    ///
    /// - Parameter receiptRetention: how long request receipts (webhook idempotency) are kept.
    public init(path: String, receiptRetention: TimeInterval = 24 * 3600) throws {
        self.receiptRetention = receiptRetention
        try StoragePaths.prepareDatabaseFile(at: path)
        var configuration = Configuration()
        configuration.label = "ajar"
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        self.path = path
        self.pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    public func session(for conversation: ConversationID) async throws -> StoredSession? {
        // Synchronous: a WAL read never waits for the writer and takes microseconds, less than
        // the two thread hops of the async `read`.
        let stored = try readNow { db -> (data: String, updatedAt: Int64)? in
            let statement = try db.cachedStatement(sql: "SELECT data, updated_at FROM session WHERE conversation = ?")
            let row = try Row.fetchOne(statement, arguments: [conversation.rawValue])
            return row.map { (data: $0["data"], updatedAt: $0["updated_at"]) }
        }
        guard let stored else { return nil }
        do {
            let session = try Self.decoder.decode(Session.self, from: Data(stored.data.utf8))
            return StoredSession(session: session, updatedAt: Date(milliseconds: stored.updatedAt))
        } catch {
            throw StorageError("stored session of \(conversation) cannot be read: \(error)")
        }
    }

    public func commit(
        _ session: Session, for conversation: ConversationID, at time: Date, reminders: [Reminder],
        cancellingReminders: Bool, snoozingRemindersUntil: Date?, receipt: RequestReceipt?
    ) async throws {
        let data = try Self.encoder.encode(session)
        let json = String(decoding: data, as: UTF8.self)
        try await pool.write { db in
            if cancellingReminders { _ = try Self.cancelPending(of: conversation, in: db) }
            if let until = snoozingRemindersUntil {
                try db.execute(
                    sql: "UPDATE reminder SET due_at = ? WHERE status = 'pending' AND due_at < ? AND (conversation = ? OR target = ?)",
                    arguments: [until.milliseconds, until.milliseconds, conversation.rawValue, conversation.rawValue])
            }
            try db.cachedStatement(sql: """
                    INSERT INTO session (conversation, data, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT (conversation) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at
                    """).execute(arguments: [conversation.rawValue, json, time.milliseconds])
            for reminder in reminders { try Self.insert(reminder, into: db) }
            if let receipt { try insert(receipt, into: db) }
        }
    }

    @discardableResult
    public func forget(_ conversation: ConversationID) async throws -> Int {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM session WHERE conversation = ?", arguments: [conversation.rawValue])
            var deleted = db.changesCount
            try db.execute(
                sql: "DELETE FROM reminder WHERE conversation = ? OR target = ?",
                arguments: [conversation.rawValue, conversation.rawValue])
            deleted += db.changesCount
            try db.execute(sql: "DELETE FROM safety_record WHERE conversation = ?", arguments: [conversation.rawValue])
            deleted += db.changesCount
            return deleted
        }
    }

    @discardableResult
    public func cancelReminders(of conversation: ConversationID) async throws -> Int {
        try await pool.write { db in try Self.cancelPending(of: conversation, in: db) }
    }

    private static func cancelPending(of conversation: ConversationID, in db: Database) throws -> Int {
        try db.execute(
            sql: """
                UPDATE reminder SET status = 'cancelled', claim_token = NULL, claimed_until = NULL
                WHERE status = 'pending' AND (conversation = ? OR target = ?)
                """,
            arguments: [conversation.rawValue, conversation.rawValue])
        return db.changesCount
    }

    public func add(_ reminder: Reminder) async throws {
        try await pool.write { db in try Self.insert(reminder, into: db) }
    }

    public func dueReminders(at time: Date, target: String?, limit: Int) async throws -> [Reminder] {
        try await pool.read { db in
            let rows = if let target {
                try Row.fetchAll(db, sql: """
                    SELECT * FROM reminder WHERE status = 'pending' AND due_at <= ? AND target = ?
                    ORDER BY due_at, created_at, id LIMIT ?
                    """, arguments: [time.milliseconds, target, limit])
            } else {
                try Row.fetchAll(db, sql: """
                    SELECT * FROM reminder WHERE status = 'pending' AND due_at <= ?
                    ORDER BY due_at, created_at, id LIMIT ?
                    """, arguments: [time.milliseconds, limit])
            }
            return try rows.map(Self.reminder(from:))
        }
    }

    public func markReminder(_ id: UUID, status: ReminderStatus) async throws {
        try await pool.write { db in
            // Cached: one statement per delivery.
            try db.cachedStatement(
                sql: "UPDATE reminder SET status = ?, attempts = attempts + 1, claim_token = NULL, claimed_until = NULL WHERE id = ?"
            ).execute(arguments: [status.rawValue, id.uuidString])
        }
    }

    public func reminders(for conversation: ConversationID) async throws -> [Reminder] {
        try await pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM reminder WHERE conversation = ? OR target = ?
                ORDER BY due_at, created_at, id
                """, arguments: [conversation.rawValue, conversation.rawValue])
            return try rows.map(Self.reminder(from:))
        }
    }

    public func safetyRecord(for conversation: ConversationID) async throws -> StoredSafetyRecord? {
        // Synchronous, like `session(for:)`: asked for every message, before the engine.
        try readNow { db in
            let statement = try db.cachedStatement(sql: """
                SELECT concern, first_flagged_at, last_flagged_at, count, state FROM safety_record WHERE conversation = ?
                """)
            return try Row.fetchOne(statement, arguments: [conversation.rawValue]).map { row in
                let first: Int64? = row["first_flagged_at"]
                let last: Int64? = row["last_flagged_at"]
                return StoredSafetyRecord(
                    concern: row["concern"], firstFlaggedAt: first.map(Date.init(milliseconds:)),
                    lastFlaggedAt: last.map(Date.init(milliseconds:)), count: row["count"], state: row["state"])
            }
        }
    }

    public func saveSafetyRecord(_ record: StoredSafetyRecord?, for conversation: ConversationID) async throws {
        try await pool.write { db in
            guard let record else {
                try db.execute(sql: "DELETE FROM safety_record WHERE conversation = ?", arguments: [conversation.rawValue])
                return
            }
            try db.cachedStatement(sql: """
                    INSERT INTO safety_record (conversation, concern, first_flagged_at, last_flagged_at, count, state)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (conversation) DO UPDATE SET concern = excluded.concern,
                        first_flagged_at = excluded.first_flagged_at, last_flagged_at = excluded.last_flagged_at,
                        count = excluded.count, state = excluded.state
                    """).execute(arguments: [
                        conversation.rawValue, record.concern, record.firstFlaggedAt?.milliseconds,
                        record.lastFlaggedAt?.milliseconds, record.count, record.state,
                    ])
        }
    }

    /// GRDB's synchronous read (from an async function the compiler would pick the async one).
    private func readNow<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read(body)
    }

    /// The journal mode SQLite reports (`wal` once opened), for tests and diagnostics.
    public func journalMode() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    private static let decoder = JSONDecoder()

    /// Cached: a turn or a request may insert many, and each is a hot-path write.
    static func insert(_ reminder: Reminder, into db: Database) throws {
        try db.cachedStatement(sql: """
                INSERT INTO reminder (id, conversation, target, text, due_at, status, attempts, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
            ).execute(arguments: [
                reminder.id.uuidString, reminder.conversation?.rawValue, reminder.target, reminder.text,
                reminder.dueAt.milliseconds, reminder.status.rawValue, reminder.attempts, reminder.createdAt.milliseconds,
            ])
    }

    static func reminder(from row: Row) throws -> Reminder {
        let rawID: String = row["id"]
        let rawStatus: String = row["status"]
        guard let id = UUID(uuidString: rawID), let status = ReminderStatus(rawValue: rawStatus) else {
            throw StorageError("reminder \(rawID) cannot be read")
        }
        let conversation: String? = row["conversation"]
        return Reminder(
            id: id, conversation: conversation.flatMap(ConversationID.init(rawValue:)), target: row["target"],
            text: row["text"], dueAt: Date(milliseconds: row["due_at"]), status: status,
            attempts: row["attempts"], createdAt: Date(milliseconds: row["created_at"]))
    }
}

extension Date {
    /// Whole milliseconds since 1970, as stored.
    var milliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    init(milliseconds: Int64) {
        self.init(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
