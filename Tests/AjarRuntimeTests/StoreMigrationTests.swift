import AjarEngine
import AjarRuntime
import AjarTestSupport
import Foundation
import GRDB
import Testing

/// Opening a database written by an older release: a v2 file (reminders with a cancelled status,
/// receipts as `webhook-receipt:` pseudo-sessions), made here with that release's SQL.
@Suite struct StoreMigrationTests {
    let folder: URL
    var path: String { folder.appendingPathComponent("ajar.sqlite").path }
    static let noon = Date(timeIntervalSince1970: 1_800_000_000)
    static let reminderID = UUID()

    init() throws { folder = try AjarBinary.temporaryDirectory() }

    /// The schema exactly as v1 + v2 left it, one pending reminder, one person's session and one
    /// pseudo-session receipt.
    func writeVersion2Database() throws {
        let milliseconds = Int64(Self.noon.timeIntervalSince1970 * 1000)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1: sessions and reminders'), ('v2: cancelled reminders');
                CREATE TABLE session (
                    conversation TEXT PRIMARY KEY NOT NULL,
                    data TEXT NOT NULL,
                    updated_at INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE reminder (
                    id TEXT PRIMARY KEY NOT NULL,
                    conversation TEXT,
                    target TEXT NOT NULL,
                    text TEXT NOT NULL,
                    due_at INTEGER NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
                    attempts INTEGER NOT NULL DEFAULT 0,
                    created_at INTEGER NOT NULL
                );
                CREATE INDEX reminder_due ON reminder (status, due_at);
                CREATE INDEX reminder_conversation ON reminder (conversation);
                CREATE INDEX reminder_target ON reminder (target);
                """)
            try db.execute(
                sql: "INSERT INTO reminder VALUES (?, NULL, 'webhook:ops', 'Did you thank them?', ?, 'pending', 2, ?)",
                arguments: [Self.reminderID.uuidString, milliseconds, milliseconds])
            try db.execute(
                sql: "INSERT INTO session VALUES (?, ?, ?)",
                arguments: ["webhook-receipt:" + String(repeating: "ab", count: 32),
                            #"{"ended":true,"scriptVersion":"webhook-receipt/1","state":"receipt","variables":{"body":"{}","status":"202"}}"#,
                            milliseconds])
            try db.execute(
                sql: "INSERT INTO session VALUES ('terminal:alice', ?, ?)",
                arguments: [String(decoding: try JSONEncoder().encode(Session(scriptVersion: "v", state: "ask")), as: UTF8.self), milliseconds])
        }
    }

    func strings(_ sql: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: sql) }
    }

    func names(_ type: String) throws -> Set<String> {
        try DatabaseQueue(path: path).read { db in
            Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = ?", arguments: [type]))
        }
    }

    @Test func keepsPendingRemindersAndDropsPseudoSessionReceipts() async throws {
        try writeVersion2Database()
        let store = try SQLiteConversationStore(path: path)

        let kept = try await store.reminders(for: ConversationID("webhook:ops")!)
        #expect(kept.map(\.id) == [Self.reminderID])
        #expect(kept.map(\.attempts) == [2])
        #expect(kept.map(\.status) == [.pending])
        let claimed = try await store.claimDueReminders(
            at: Self.noon, claimer: "a", until: Self.noon.addingTimeInterval(30), schemes: ["webhook"], limit: 10)
        #expect(claimed.map(\.id) == [Self.reminderID])

        #expect(try await store.session(for: ConversationID("terminal:alice")!)?.session.state == "ask")
        #expect(try strings("SELECT conversation FROM session") == ["terminal:alice"])

        let indexes = try names("index")
        #expect(!indexes.contains("reminder_due"))
        #expect(indexes.isSuperset(of: ["reminder_due_order", "reminder_claim", "webhook_receipt_created"]))
        #expect(try names("table").contains("webhook_receipt"))
        let receipt = RequestReceipt(key: "k", requestHash: "h", status: 202, body: "{}", createdAt: Self.noon)
        try await store.record(receipt, reminders: [])
        #expect(try await store.receipt(for: "k") == receipt)
    }

    @Test func migratesOnlyOnce() async throws {
        try writeVersion2Database()
        _ = try SQLiteConversationStore(path: path)
        let store = try SQLiteConversationStore(path: path)
        #expect(try await store.reminders(for: ConversationID("webhook:ops")!).count == 1)
        let applied = try strings("SELECT identifier FROM grdb_migrations ORDER BY identifier")
        #expect(applied.filter { $0.hasPrefix("v3") } == ["v3: reminder claims and request receipts"])
    }
}
