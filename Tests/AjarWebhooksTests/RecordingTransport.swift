import AjarReminders
import Foundation
import Synchronization

/// A transport for tests: records every delivery, and fails the first `failures` attempts of
/// each reminder with the given error.
final class RecordingTransport: ReminderTransport {
    let scheme: String
    let names: Set<String>?
    let failures: Int
    let failure: ReminderDeliveryError
    let delay: Duration
    private let state = Mutex<(deliveries: [ReminderDelivery], attempts: [String: Int])>(([], [:]))

    init(scheme: String, names: Set<String>? = nil, failures: Int = 0, failure: ReminderDeliveryError = .temporary("down"), delay: Duration = .zero) {
        self.scheme = scheme
        self.names = names
        self.failures = failures
        self.failure = failure
        self.delay = delay
    }

    func validate(_ target: ReminderTarget) throws(ReminderTargetError) {
        if let names, !names.contains(target.address) { throw ReminderTargetError("unknown \(target.address)") }
    }

    func deliver(_ delivery: ReminderDelivery) async throws(ReminderDeliveryError) {
        if delay > .zero { try? await Task.sleep(for: delay) }
        let fail = state.withLock { state -> Bool in
            state.attempts[delivery.id, default: 0] += 1
            if state.attempts[delivery.id]! <= failures { return true }
            state.deliveries.append(delivery)
            return false
        }
        if fail { throw failure }
    }

    var deliveries: [ReminderDelivery] { state.withLock { $0.deliveries } }
    func attempts(_ id: String) -> Int { state.withLock { $0.attempts[id] ?? 0 } }
}
