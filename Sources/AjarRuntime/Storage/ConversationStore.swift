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
    /// with `cancellingReminders`, its pending reminders are cancelled first, in the same one;
    /// with `snoozingRemindersUntil`, its pending reminders due sooner are moved to that time
    /// ("snooze"), also in the same one, before the new reminders are added; with `receipt`, the
    /// answer to the request that carried the turn is recorded in the same one too (a retry of that
    /// request then gets it instead of moving the dialogue again).
    func commit(
        _ session: Session, for conversation: ConversationID, at time: Date, reminders: [Reminder],
        cancellingReminders: Bool, snoozingRemindersUntil: Date?, receipt: RequestReceipt?
    ) async throws

    /// Cancels a conversation's pending reminders (scheduled by it or addressed to it); returns how many.
    @discardableResult
    func cancelReminders(of conversation: ConversationID) async throws -> Int

    /// Deletes everything stored about a conversation: its session, its reminders (those it
    /// scheduled and those addressed to it) and its safety record. Returns how many rows went.
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

    /// The safety screen's record of a conversation, or `nil` when it has none. Kept apart from
    /// the session: only ``forget(_:)`` deletes it.
    func safetyRecord(for conversation: ConversationID) async throws -> StoredSafetyRecord?

    /// Saves (replaces) the safety screen's record of a conversation; `nil` deletes it.
    func saveSafetyRecord(_ record: StoredSafetyRecord?, for conversation: ConversationID) async throws

    // MARK: Claiming reminders (the scheduler)

    /// Claims, in one transaction, up to `limit` pending reminders due at `time`, oldest first, that
    /// nobody holds: never claimed, released, or claimed by another `claimer` whose claim expired
    /// before `time`. Each is marked as held by `claimer` until `expiry`. Only targets whose scheme
    /// (`irc` in `irc:#ajar`) is in `schemes`; every target when `schemes` is `nil`. Two processes
    /// claiming from one database never get the same reminder while a claim runs.
    func claimDueReminders(at time: Date, claimer: String, until expiry: Date, schemes: Set<String>?, limit: Int) async throws -> [Reminder]

    /// When ``claimDueReminders(at:claimer:until:schemes:limit:)`` may next return something for
    /// `claimer`: the earliest due time of a free reminder, or the earliest expiry of another
    /// claimer's claim; `nil` when no pending reminder of `schemes` exists.
    func nextClaimableTime(claimer: String, schemes: Set<String>?) async throws -> Date?

    /// Extends every claim `claimer` holds on a pending reminder to `expiry`; returns how many.
    @discardableResult
    func renewClaims(of claimer: String, until expiry: Date) async throws -> Int

    /// Releases every claim `claimer` holds (graceful shutdown): the reminders are free at once.
    @discardableResult
    func releaseClaims(of claimer: String) async throws -> Int

    /// Moves a pending reminder to a new due time and releases its claim, in one statement; with
    /// `countingAttempt` (a failed delivery) its attempts grow by one, without (quiet hours) they
    /// stay. A reminder no longer pending (cancelled meanwhile) is left as it is.
    func rescheduleReminder(_ id: UUID, to time: Date, countingAttempt: Bool) async throws

    // MARK: Request receipts (idempotency)

    /// The receipt stored under `key`, or `nil` (never recorded, or pruned).
    func receipt(for key: String) async throws -> RequestReceipt?

    /// Records a receipt and the reminders its request created, in one transaction. Receipts older
    /// than the store's retention are pruned on the way (at most once a minute).
    func record(_ receipt: RequestReceipt, reminders: [Reminder]) async throws

    /// Deletes the receipts created before `time`; returns how many.
    @discardableResult
    func pruneReceipts(createdBefore time: Date) async throws -> Int
}

extension ConversationStore {
    /// Saves a session and the reminders its turn scheduled, in one transaction (nothing
    /// cancelled, snoozed or recorded with it).
    public func commit(_ session: Session, for conversation: ConversationID, at time: Date, reminders: [Reminder]) async throws {
        try await commit(
            session, for: conversation, at: time, reminders: reminders,
            cancellingReminders: false, snoozingRemindersUntil: nil, receipt: nil)
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
