public import AjarEngine
public import AjarRuntime
public import struct Foundation.Date
import Foundation

/// Where the safety layer keeps its ``SafetyRecord``s.
public protocol SafetyRecordStore: Sendable {
    /// The record of a conversation; a fresh one when there is none.
    func record(for conversation: ConversationID) async throws -> SafetyRecord
    func save(_ record: SafetyRecord, for conversation: ConversationID) async throws
}

/// Records in memory, for tests (and for a process that must not write anything).
public actor MemorySafetyRecordStore: SafetyRecordStore {
    private var records: [ConversationID: SafetyRecord] = [:]

    public init() {}

    public func record(for conversation: ConversationID) -> SafetyRecord {
        records[conversation] ?? SafetyRecord()
    }

    public func save(_ record: SafetyRecord, for conversation: ConversationID) {
        records[conversation] = record
    }
}

/// Records kept inside the conversation's stored session, under a variable name no script can
/// write or read (`safety:record` is not a valid identifier), so they live in the same SQLite
/// file, share its owner-only permissions, and go with `forget`.
///
/// Until the runtime has a table of its own for them (see docs/safety.md), this is how a flag
/// survives a restart of the process. A record for a conversation with no session yet makes one
/// (the dialogue's start, as the runtime would).
public struct SessionSafetyRecordStore: SafetyRecordStore {
    /// The session variable holding the record, as compact JSON.
    public static let variable = "safety:record"

    private let store: any ConversationStore
    private let engine: Engine
    private let now: @Sendable () -> Date

    public init(store: any ConversationStore, engine: Engine, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.engine = engine
        self.now = now
    }

    public func record(for conversation: ConversationID) async throws -> SafetyRecord {
        guard let text = try await store.session(for: conversation)?.session.variables[Self.variable] else {
            return SafetyRecord()
        }
        return (try? JSONDecoder().decode(SafetyRecord.self, from: Data(text.utf8))) ?? SafetyRecord()
    }

    public func save(_ record: SafetyRecord, for conversation: ConversationID) async throws {
        let stored = try await store.session(for: conversation)
        var session = stored?.session ?? engine.start().session
        let text = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        let empty = record == SafetyRecord()
        guard session.variables[Self.variable] != (empty ? nil : text) else { return }
        session.variables[Self.variable] = empty ? nil : text
        // Keep the time of the last answered message: this is not one.
        try await store.commit(session, for: conversation, at: stored?.updatedAt ?? now(), reminders: [])
    }
}
