public import AjarEngine
public import struct Foundation.Date
public import struct Foundation.UUID

/// A ``ConversationStore`` in memory, for unit tests. Nothing survives the process.
public actor MemoryConversationStore: ConversationStore {
    private var sessions: [ConversationID: StoredSession] = [:]
    private var remindersByID: [UUID: Reminder] = [:]

    public init() {}

    public func session(for conversation: ConversationID) -> StoredSession? {
        sessions[conversation]
    }

    public func commit(
        _ session: Session, for conversation: ConversationID, at time: Date, reminders: [Reminder], cancellingReminders: Bool
    ) {
        if cancellingReminders { cancelReminders(of: conversation) }
        sessions[conversation] = StoredSession(session: session, updatedAt: time)
        for reminder in reminders { remindersByID[reminder.id] = reminder }
    }

    @discardableResult
    public func forget(_ conversation: ConversationID) -> Int {
        let doomed = remindersByID.values.filter { $0.belongs(to: conversation) }.map(\.id)
        for id in doomed { remindersByID[id] = nil }
        let hadSession = sessions.removeValue(forKey: conversation) != nil
        return doomed.count + (hadSession ? 1 : 0)
    }

    @discardableResult
    public func cancelReminders(of conversation: ConversationID) -> Int {
        let pending = remindersByID.values.filter { $0.status == .pending && $0.belongs(to: conversation) }
        for reminder in pending { remindersByID[reminder.id]?.status = .cancelled }
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
    }

    public func reminders(for conversation: ConversationID) -> [Reminder] {
        remindersByID.values.filter { $0.belongs(to: conversation) }.sorted(by: Reminder.dueFirst)
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
