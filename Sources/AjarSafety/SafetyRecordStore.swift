public import AjarRuntime
import Foundation

/// Where the safety layer keeps its ``SafetyRecord``s.
public protocol SafetyRecordStore: Sendable {
    /// The record of a conversation; a fresh one when there is none.
    func record(for conversation: ConversationID) async throws -> SafetyRecord
    /// Saves a record; a fresh (empty) one removes what was kept.
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
        records[conversation] = record == SafetyRecord() ? nil : record
    }
}

/// Records in the conversation store's own safety table (``ConversationStore/safetyRecord(for:)``):
/// one row per conversation, apart from the dialogue's session, so `/restart`, a new session or a
/// restart of the process keeps the flag, and only `forget` deletes it. In the SQLite file it
/// shares the file's owner-only permissions.
///
/// The flag is in columns (concern, first and last time, count); the open "Are you safe right
/// now?" exchange is the row's `state`, compact JSON.
public struct ConversationSafetyRecordStore: SafetyRecordStore {
    private let store: any ConversationStore

    public init(store: any ConversationStore) {
        self.store = store
    }

    public func record(for conversation: ConversationID) async throws -> SafetyRecord {
        guard let stored = try await store.safetyRecord(for: conversation) else { return SafetyRecord() }
        var record = SafetyRecord()
        record.concern = stored.concern.flatMap(SafetyConcern.init(rawValue:))
        record.flagCount = stored.count
        record.firstFlaggedAt = stored.firstFlaggedAt
        record.lastFlaggedAt = stored.lastFlaggedAt
        // State that cannot be read back loses only the open question, never the flag.
        if let state = try? JSONDecoder().decode(OpenExchange.self, from: Data(stored.state.utf8)) {
            record.pending = state.pending
            record.pendingAfterReply = state.pendingAfterReply ?? false
            record.askedAgain = state.askedAgain ?? false
            record.lastReply = state.lastReply
            record.flaggedTurns = state.flaggedTurns ?? 0
        }
        return record
    }

    public func save(_ record: SafetyRecord, for conversation: ConversationID) async throws {
        guard record != SafetyRecord() else {
            try await store.saveSafetyRecord(nil, for: conversation)
            return
        }
        let state = OpenExchange(
            pending: record.pending, pendingAfterReply: record.pendingAfterReply ? true : nil,
            askedAgain: record.askedAgain ? true : nil, lastReply: record.lastReply,
            flaggedTurns: record.flaggedTurns == 0 ? nil : record.flaggedTurns)
        let stored = StoredSafetyRecord(
            concern: record.concern?.rawValue, firstFlaggedAt: record.firstFlaggedAt, lastFlaggedAt: record.lastFlaggedAt,
            count: record.flagCount, state: String(decoding: try Self.encoder.encode(state), as: UTF8.self))
        try await store.saveSafetyRecord(stored, for: conversation)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// The row's `state`: the exchange still open, with short keys and nothing for defaults.
    private struct OpenExchange: Codable {
        var pending: SafetyConcern?
        var pendingAfterReply: Bool?
        var askedAgain: Bool?
        var lastReply: SafetyConcern?
        var flaggedTurns: Int?

        enum CodingKeys: String, CodingKey {
            case pending = "p"
            case pendingAfterReply = "r"
            case askedAgain = "g"
            case lastReply = "l"
            case flaggedTurns = "f"
        }
    }
}
