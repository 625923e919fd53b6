import NIOCore
import Synchronization

/// Lines waiting to be written: urgent ones (registration, PING, PONG, QUIT) first, then the
/// ordinary ones, which wait until the connection is registered. Lives across reconnects, so
/// replies computed while the link was down go out once it is back.
final class OutgoingQueue: Sendable {
    struct Item: Sendable {
        var line: String
        var urgent: Bool
        /// Completed once the line is written (a delivery waits for it).
        var receipt: DeliveryReceipt?
        var bytes: Int { line.utf8.count + 2 }
    }

    private struct State {
        var urgent: CircularBuffer<Item> = []
        var ordinary: CircularBuffer<Item> = []
        /// Ordinary lines may go (the connection is registered).
        var open = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())
    private let maximumOrdinary: Int

    init(maximumOrdinary: Int) {
        self.maximumOrdinary = max(maximumOrdinary, 1)
    }

    /// Adds a line; returns the number of ordinary lines dropped to stay within the limit.
    @discardableResult
    func enqueue(_ item: Item) -> Int {
        var dropped: [Item] = []
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if item.urgent {
                state.urgent.append(item)
            } else {
                state.ordinary.append(item)
                while state.ordinary.count > maximumOrdinary { dropped.append(state.ordinary.removeFirst()) }
            }
            return Self.takeWaiterIfReady(&state)
        }
        waiter?.resume()
        for item in dropped { item.receipt?.fail(IRCDeliveryError.dropped) }
        return dropped.count
    }

    /// Lets ordinary lines go, or holds them (while not registered).
    func setOpen(_ open: Bool) {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.open = open
            return Self.takeWaiterIfReady(&state)
        }
        waiter?.resume()
    }

    /// Drops urgent lines left from a previous connection (their PONGs mean nothing now).
    func dropUrgent() {
        let dropped = state.withLock { state -> CircularBuffer<Item> in
            defer { state.urgent.removeAll() }
            return state.urgent
        }
        for item in dropped { item.receipt?.fail(IRCDeliveryError.notConnected) }
    }

    /// Fails and removes everything (shutdown).
    func failAll(_ error: IRCDeliveryError) {
        let dropped = state.withLock { state -> [Item] in
            defer { state.urgent.removeAll(); state.ordinary.removeAll() }
            return Array(state.urgent) + Array(state.ordinary)
        }
        for item in dropped { item.receipt?.fail(error) }
    }

    /// The next urgent line, taken off the queue.
    func popUrgent() -> Item? {
        state.withLock { $0.urgent.popFirst() }
    }

    /// The size of the next ordinary line, if one may go.
    func peekOrdinaryBytes() -> Int? {
        state.withLock { $0.open ? $0.ordinary.first?.bytes : nil }
    }

    func popOrdinary() -> Item? {
        state.withLock { $0.open ? $0.ordinary.popFirst() : nil }
    }

    /// Puts back a line whose write failed, at the front.
    func requeue(_ item: Item) {
        state.withLock { state in
            if item.urgent { state.urgent.prepend(item) } else { state.ordinary.prepend(item) }
        }
    }

    /// How many ordinary lines wait.
    var ordinaryCount: Int { state.withLock { $0.ordinary.count } }

    /// Returns when there is something that may be sent (or at once when cancelled).
    func waitForWork() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let ready = state.withLock { state -> Bool in
                    if Self.hasWork(state) || Task.isCancelled { return true }
                    state.waiter?.resume()
                    state.waiter = continuation
                    return false
                }
                if ready { continuation.resume() }
            }
        } onCancel: {
            state.withLock { state -> CheckedContinuation<Void, Never>? in
                defer { state.waiter = nil }
                return state.waiter
            }?.resume()
        }
    }

    private static func hasWork(_ state: State) -> Bool {
        !state.urgent.isEmpty || (state.open && !state.ordinary.isEmpty)
    }

    private static func takeWaiterIfReady(_ state: inout State) -> CheckedContinuation<Void, Never>? {
        guard hasWork(state), let waiter = state.waiter else { return nil }
        state.waiter = nil
        return waiter
    }
}
