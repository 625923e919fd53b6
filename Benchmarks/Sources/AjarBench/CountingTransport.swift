import AjarReminders
import Foundation
import Synchronization

/// A real ``ReminderTransport`` that only counts: each delivery notes the time it arrived, how
/// late it was (arrival minus due time) and its id, and returns at once. With it, the firing
/// benchmark measures the scheduler and the SQLite store, nothing else.
final class CountingTransport: ReminderTransport {
    /// What the deliveries so far looked like.
    struct Tally {
        var count = 0
        var first: Date?
        var last: Date?
        /// Arrival minus due time, in seconds, one per delivery.
        var lateness: [Double] = []
        var ids: Set<String> = []
    }

    let scheme: String
    private let tally = Mutex(Tally())

    init(scheme: String, expected: Int) {
        self.scheme = scheme
        tally.withLock { tally in
            tally.lateness.reserveCapacity(expected)
            tally.ids.reserveCapacity(expected)
        }
    }

    func validate(_ target: ReminderTarget) throws(ReminderTargetError) {}

    func deliver(_ delivery: ReminderDelivery) async throws(ReminderDeliveryError) {
        let now = Date()
        tally.withLock { tally in
            tally.count += 1
            tally.first = tally.first ?? now
            tally.last = now
            tally.lateness.append(now.timeIntervalSince(delivery.dueAt))
            tally.ids.insert(delivery.id)
        }
    }

    /// Deliveries so far.
    var count: Int { tally.withLock { $0.count } }

    /// A copy of the tally.
    func snapshot() -> Tally { tally.withLock { $0 } }
}
