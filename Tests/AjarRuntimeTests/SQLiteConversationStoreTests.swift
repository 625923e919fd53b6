import AjarEngine
import AjarRuntime
import AjarTestSupport
import Foundation
import GRDB
import Testing

/// The SQLite store on a real file: permissions, WAL, migrations, and what is really in the rows.
@Suite struct SQLiteConversationStoreTests {
    let folder: URL
    init() throws { folder = try AjarBinary.temporaryDirectory() }

    func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func rawCount(_ path: String, _ sql: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    @Test func createsTheFileOwnerOnlyInsideAnOwnerOnlyFolder() async throws {
        let path = folder.appendingPathComponent("new/deeper/ajar.sqlite").path
        let store = try SQLiteConversationStore(path: path)
        try await store.commit(Session(scriptVersion: "v", state: "s"), for: ConversationID("t:a")!, at: Date(), reminders: [])
        #expect(try mode(path) == 0o600)
        #expect(try mode(folder.appendingPathComponent("new/deeper").path) == 0o700)
        #expect(try mode(folder.appendingPathComponent("new").path) == 0o700)
        #expect(try mode(path + "-wal") == 0o600)
    }

    @Test func runsInWALMode() throws {
        let store = try SQLiteConversationStore(path: folder.appendingPathComponent("ajar.sqlite").path)
        #expect(try store.journalMode() == "wal")
    }

    @Test func migratesOnceAndOpensAgain() async throws {
        let path = folder.appendingPathComponent("ajar.sqlite").path
        let id = ConversationID("terminal:alice")!
        do {
            let store = try SQLiteConversationStore(path: path)
            try await store.commit(Session(scriptVersion: "v", state: "ask"), for: id, at: Date(), reminders: [])
        }
        let reopened = try SQLiteConversationStore(path: path)
        #expect(try await reopened.session(for: id)?.session.state == "ask")
        #expect(try rawCount(path, "SELECT COUNT(*) FROM grdb_migrations") == 4)  // v1 to v4: each applied once
        #expect(try rawCount(path, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('session', 'reminder')") == 2)
    }

    @Test func forgetDeletesTheRowsThemselves() async throws {
        let path = folder.appendingPathComponent("ajar.sqlite").path
        let store = try SQLiteConversationStore(path: path)
        let alice = ConversationID("terminal:alice")!, bob = ConversationID("terminal:bob")!
        let now = Date()
        for id in [alice, bob] {
            let reminder = Reminder(conversation: id, target: id.rawValue, text: "hi", dueAt: now, createdAt: now)
            try await store.commit(Session(scriptVersion: "v", state: "ask"), for: id, at: now, reminders: [reminder])
        }
        #expect(try rawCount(path, "SELECT COUNT(*) FROM session") == 2)
        #expect(try rawCount(path, "SELECT COUNT(*) FROM reminder") == 2)
        try await store.forget(alice)
        #expect(try rawCount(path, "SELECT COUNT(*) FROM session WHERE conversation = 'terminal:alice'") == 0)
        #expect(try rawCount(path, "SELECT COUNT(*) FROM reminder WHERE target = 'terminal:alice'") == 0)
        #expect(try rawCount(path, "SELECT COUNT(*) FROM session") == 1)
        #expect(try rawCount(path, "SELECT COUNT(*) FROM reminder") == 1)
    }

    @Test func storesASessionAsCompactJSON() async throws {
        let path = folder.appendingPathComponent("ajar.sqlite").path
        let store = try SQLiteConversationStore(path: path)
        let session = Session(scriptVersion: "0123456789abcdef", state: "strategies", variables: ["person": "my partner", "action": "open up"], turn: 7)
        try await store.commit(session, for: ConversationID("terminal:alice")!, at: Date(), reminders: [])
        let length = try rawCount(path, "SELECT LENGTH(data) FROM session")
        #expect(length > 0 && length < 200)
    }

    @Test func refusesAPathItCannotCreate() throws {
        let blocker = folder.appendingPathComponent("file")
        try Data().write(to: blocker)
        #expect(throws: (any Error).self) {
            try SQLiteConversationStore(path: blocker.appendingPathComponent("ajar.sqlite").path)
        }
    }

    @Test(arguments: [
        (["XDG_DATA_HOME": "/data", "HOME": "/home/a"], "/data/ajar/ajar.sqlite"),
        (["HOME": "/home/a"], "/home/a/.local/share/ajar/ajar.sqlite"),
        (["XDG_DATA_HOME": "relative", "HOME": "/home/a"], "/home/a/.local/share/ajar/ajar.sqlite"),
        (["XDG_DATA_HOME": "", "HOME": "/home/a"], "/home/a/.local/share/ajar/ajar.sqlite"),
    ])
    func placesTheDefaultDatabaseUnderTheUsersDataDirectory(_ environment: [String: String], _ expected: String) {
        #expect(StoragePaths.defaultDatabasePath(environment: environment) == expected)
    }
}
