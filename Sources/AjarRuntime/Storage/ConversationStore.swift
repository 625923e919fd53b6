public import AjarEngine
public import struct Foundation.Date
public import struct Foundation.UUID

/// Where conversations and reminders live. One protocol, two implementations:
/// ``SQLiteConversationStore`` (a file, the default) and ``MemoryConversationStore`` (tests).
///
/// Every method is one transaction: when it returns, the change is committed.
public protocol ConversationStore: Sendable {
    /// The stored session of a conversation, or `nil` for a conversation never seen (or forgotten).
    func session(for conversation: ConversationID) async throws -> StoredSession?

    /// Saves a conversation's session and the reminders its turn scheduled, in one transaction;
    /// with `cancellingReminders`, its pending reminders are cancelled first, in the same one.
    func commit(
        _ session: Session, for conversation: ConversationID, at time: Date, reminders: [Reminder], cancellingReminders: Bool
    ) async throws

    /// Cancels a conversation's pending reminders (scheduled by it or addressed to it); returns how many.
    @discardableResult
    func cancelReminders(of conversation: ConversationID) async throws -> Int

    /// Deletes everything stored about a conversation: its session and its reminders
    /// (those it scheduled and those addressed to it). Returns how many rows went.
    @discardableResult
    func forget(_ conversation: ConversationID) async throws -> Int

    /// Adds a reminder that belongs to no turn (for example from a webhook request).
    func add(_ reminder: Reminder) async throws

    /// Pending reminders due at `time`, oldest first; only those for `target` when it is given.
    func dueReminders(at time: Date, target: String?, limit: Int) async throws -> [Reminder]

    /// Records a delivery attempt: the new status, and one more attempt.
    func markReminder(_ id: UUID, status: ReminderStatus) async throws

    /// Every reminder of a conversation (scheduled by it or addressed to it), oldest due first.
    func reminders(for conversation: ConversationID) async throws -> [Reminder]
}

extension ConversationStore {
    /// Saves a session and the reminders its turn scheduled, in one transaction.
    public func commit(_ session: Session, for conversation: ConversationID, at time: Date, reminders: [Reminder]) async throws {
        try await commit(session, for: conversation, at: time, reminders: reminders, cancellingReminders: false)
    }
}

/// A session as stored, with the time of its last change.
public struct StoredSession: Sendable, Hashable {
    public var session: Session
    public var updatedAt: Date

    public init(session: Session, updatedAt: Date) {
        self.session = session
        self.updatedAt = updatedAt
    }
}

/// A stored value that could not be read back (for example a session written by a newer version).
public struct StorageError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
