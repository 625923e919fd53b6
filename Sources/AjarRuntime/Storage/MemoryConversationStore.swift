public import AjarEngine
public import struct Foundation.Date
public import typealias Foundation.TimeInterval
public import struct Foundation.UUID

/// A ``ConversationStore`` in memory, for unit tests. Nothing survives the process.
public actor MemoryConversationStore: ConversationStore {
    private var sessions: [ConversationID: StoredSession] = [:]
    private var remindersByID: [UUID: Reminder] = [:]
    private var safetyRecords: [ConversationID: StoredSafetyRecord] = [:]
    private var claims: [UUID: (claimer: String, until: Date)] = [:]
    private var receipts: [String: RequestReceipt] = [:]
    private var lastReceiptPrune: Date?
    /// How long a request receipt is kept.
    public let receiptRetention: TimeInterval

    public init(receiptRetention: TimeInterval = 24 * 3600) {
        self.receiptRetention = receiptRetention
    }

    public func session(for conversation: ConversationID) -> StoredSession? {
        sessions[conversation]
    }

    public func commit(
        _ session: Session, for conversation: ConversationID, at time: Date, reminders: [Reminder],
        cancellingReminders: Bool, snoozingRemindersUntil: Date?, receipt: RequestReceipt?
    ) throws {
        if let receipt { try checkNew(receipt) }
        if cancellingReminders { cancelReminders(of: conversation) }
        if let until = snoozingRemindersUntil {
            let early = remindersByID.values.filter { $0.status == .pending && $0.dueAt < until && $0.belongs(to: conversation) }
            for reminder in early { remindersByID[reminder.id]?.dueAt = until }
        }
        sessions[conversation] = StoredSession(session: session, updatedAt: time)
        for reminder in reminders { remindersByID[reminder.id] = reminder }
        if let receipt { insert(receipt) }
    }

    @discardableResult
    public func forget(_ conversation: ConversationID) -> Int {
        let doomed = remindersByID.values.filter { $0.belongs(to: conversation) }.map(\.id)
        for id in doomed {
            remindersByID[id] = nil
            claims[id] = nil  // as the rows' claim columns go with them
        }
        let hadSession = sessions.removeValue(forKey: conversation) != nil
        let hadSafetyRecord = safetyRecords.removeValue(forKey: conversation) != nil
        return doomed.count + (hadSession ? 1 : 0) + (hadSafetyRecord ? 1 : 0)
    }

    @discardableResult
    public func cancelReminders(of conversation: ConversationID) -> Int {
        let pending = remindersByID.values.filter { $0.status == .pending && $0.belongs(to: conversation) }
        for reminder in pending {
            remindersByID[reminder.id]?.status = .cancelled
            claims[reminder.id] = nil
        }
        return pending.count
    }

    public func add(_ reminder: Reminder) {
        remindersByID[reminder.id] = reminder
    }

    public func dueReminders(at time: Date, target: String?, limit: Int) -> [Reminder] {
        let due = remindersByID.values.filter { reminder in
            reminder.status == .pending && reminder.dueAt <= time && (target == nil || reminder.target == target)
        }
        return Array(due.sorted(by: Reminder.dueFirst).prefix(limit))
    }

    public func markReminder(_ id: UUID, status: ReminderStatus) {
        remindersByID[id]?.status = status
        remindersByID[id]?.attempts += 1
        claims[id] = nil
    }

    public func reminders(for conversation: ConversationID) -> [Reminder] {
        remindersByID.values.filter { $0.belongs(to: conversation) }.sorted(by: Reminder.dueFirst)
    }

    public func safetyRecord(for conversation: ConversationID) -> StoredSafetyRecord? {
        safetyRecords[conversation]
    }

    public func saveSafetyRecord(_ record: StoredSafetyRecord?, for conversation: ConversationID) {
        safetyRecords[conversation] = record
    }

    public func claimDueReminders(at time: Date, claimer: String, until expiry: Date, schemes: Set<String>?, limit: Int) -> [Reminder] {
        let free = remindersByID.values.filter { reminder in
            guard reminder.status == .pending, reminder.dueAt <= time, Self.matches(reminder, schemes) else { return false }
            guard let claim = claims[reminder.id] else { return true }
            return claim.until <= time && claim.claimer != claimer
        }
        let claimed = Array(free.sorted(by: Reminder.dueFirst).prefix(max(0, limit)))
        for reminder in claimed { claims[reminder.id] = (claimer, expiry) }
        return claimed
    }

    public func nextClaimableTime(claimer: String, schemes: Set<String>?) -> Date? {
        remindersByID.values.compactMap { reminder -> Date? in
            guard reminder.status == .pending, Self.matches(reminder, schemes) else { return nil }
            guard let claim = claims[reminder.id] else { return reminder.dueAt }
            return claim.claimer == claimer ? nil : max(reminder.dueAt, claim.until)
        }.min()
    }

    @discardableResult
    public func renewClaims(of claimer: String, until expiry: Date) -> Int {
        let held = claims.filter { id, claim in claim.claimer == claimer && remindersByID[id]?.status == .pending }.keys
        for id in held { claims[id]?.until = expiry }
        return held.count
    }

    @discardableResult
    public func releaseClaims(of claimer: String) -> Int {
        let held = claims.filter { $0.value.claimer == claimer }.keys
        for id in held { claims[id] = nil }
        return held.count
    }

    public func rescheduleReminder(_ id: UUID, to time: Date, countingAttempt: Bool) {
        guard remindersByID[id]?.status == .pending else { return }
        remindersByID[id]?.dueAt = time
        if countingAttempt { remindersByID[id]?.attempts += 1 }
        claims[id] = nil
    }

    public func receipt(for key: String) -> RequestReceipt? {
        receipts[key]
    }

    public func record(_ receipt: RequestReceipt, reminders: [Reminder]) throws {
        try checkNew(receipt)
        for reminder in reminders { remindersByID[reminder.id] = reminder }
        insert(receipt)
    }

    @discardableResult
    public func pruneReceipts(createdBefore time: Date) -> Int {
        let old = receipts.filter { $0.value.createdAt < time }.keys
        for key in old { receipts[key] = nil }
        return old.count
    }

    /// A second receipt for one key fails, as the table's primary key does.
    private func checkNew(_ receipt: RequestReceipt) throws {
        if receipts[receipt.key] != nil { throw StorageError("a receipt for \(receipt.key) is already recorded") }
    }

    private func insert(_ receipt: RequestReceipt) {
        let now = receipt.createdAt
        if lastReceiptPrune.map({ now < $0 || now.timeIntervalSince($0) >= 60 }) ?? true {
            lastReceiptPrune = now
            pruneReceipts(createdBefore: now.addingTimeInterval(-receiptRetention))
        }
        receipts[receipt.key] = receipt
    }

    private static func matches(_ reminder: Reminder, _ schemes: Set<String>?) -> Bool {
        guard let schemes else { return true }
        guard let colon = reminder.target.firstIndex(of: ":") else { return false }
        return schemes.contains(String(reminder.target[..<colon]))
    }

    /// How many sessions are stored (for tests).
    public var sessionCount: Int { sessions.count }
}

extension Reminder {
    func belongs(to conversation: ConversationID) -> Bool {
        self.conversation == conversation || target == conversation.rawValue
    }

    static func dueFirst(_ lhs: Reminder, _ rhs: Reminder) -> Bool {
        (lhs.dueAt, lhs.createdAt, lhs.id.uuidString) < (rhs.dueAt, rhs.createdAt, rhs.id.uuidString)
    }
}
