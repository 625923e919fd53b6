public import AjarRuntime
public import Foundation

/// A ``ReminderQueue`` over the runtime's ``ConversationStore``, for one `ajar serve` process.
///
/// The store has no claim or reschedule columns yet, so claims, retry times and quiet-hours
/// deferrals live in this actor's memory (the attempt count is durable: ``retry(_:at:)`` counts
/// it with `markReminder(_:status: .pending)`). Consequences: after a restart, reminders waiting
/// for a retry are due at once; two processes sharing one database would both deliver. Reminders
/// whose target this process cannot deliver (`accepts` says no, e.g. `terminal:`) are left alone.
public actor StoreReminderQueue: ReminderQueue {
    private enum Hold {
        case claimed
        case until(Date)
        /// Marked in the store at this generation: excluded until a read starts after it.
        case finished(generation: Int)
    }

    private let store: any ConversationStore
    private let accepts: @Sendable (Reminder) -> Bool
    private var holds: [UUID: Hold] = [:]
    private var ignored: Set<UUID> = []
    private var generation = 0

    /// - Parameter accepts: whether this process delivers the reminder (its scheme has a transport).
    public init(store: any ConversationStore, accepts: @escaping @Sendable (Reminder) -> Bool = { _ in true }) {
        self.store = store
        self.accepts = accepts
    }

    public func claimDue(at time: Date, limit: Int) async throws -> [Reminder] {
        guard limit > 0 else { return [] }
        let readStart = beginRead()
        let asked = limit + holds.count + ignored.count
        let rows = try await store.dueReminders(at: time, target: nil, limit: asked)
        purgeFinished(before: readStart)
        if rows.count < asked {
            // Every pending due reminder was read: a waiting one not among them was marked or
            // deleted meanwhile (forgotten, cancelled by the safety layer): drop its hold.
            let present = Set(rows.map(\.id))
            holds = holds.filter { id, hold in
                if case .until(let date) = hold, date <= time, !present.contains(id) { return false }
                return true
            }
        }
        var claimed: [Reminder] = []
        for reminder in rows where claimed.count < limit && !ignored.contains(reminder.id) {
            switch holds[reminder.id] {
            case .claimed?, .finished?: continue
            case .until(let date)? where date > time: continue
            case .until?, nil: break
            }
            guard accepts(reminder) else {
                ignored.insert(reminder.id)
                continue
            }
            holds[reminder.id] = .claimed
            claimed.append(reminder)
        }
        return claimed
    }

    public func nextDueTime() async throws -> Date? {
        let readStart = beginRead()
        let rows = try await store.dueReminders(at: .distantFuture, target: nil, limit: holds.count + ignored.count + 1)
        purgeFinished(before: readStart)
        var earliest: Date?
        for case .until(let date) in holds.values { earliest = min(earliest ?? date, date) }
        for reminder in rows where holds[reminder.id] == nil && !ignored.contains(reminder.id) {
            if accepts(reminder) {
                earliest = min(earliest ?? reminder.dueAt, reminder.dueAt)
                break  // rows are in due order: the first free one is the earliest
            }
            ignored.insert(reminder.id)
        }
        return earliest
    }

    public func markDelivered(_ id: UUID) async throws {
        try await store.markReminder(id, status: .delivered)
        finish(id)
    }

    public func markFailed(_ id: UUID) async throws {
        try await store.markReminder(id, status: .failed)
        finish(id)
    }

    public func retry(_ id: UUID, at time: Date) async throws {
        try await store.markReminder(id, status: .pending)
        holds[id] = .until(time)
    }

    public func `defer`(_ id: UUID, until time: Date) {
        holds[id] = .until(time)
    }

    /// How many reminders are claimed, waiting or recently finished (for tests).
    public var heldCount: Int { holds.count }

    private func beginRead() -> Int {
        generation += 1
        return generation
    }

    private func finish(_ id: UUID) {
        holds[id] = .finished(generation: generation)
    }

    /// A reminder marked before a read began is seen as marked by that read: forget its hold.
    private func purgeFinished(before readStart: Int) {
        holds = holds.filter { _, hold in
            if case .finished(let marked) = hold { return marked >= readStart }
            return true
        }
    }
}
