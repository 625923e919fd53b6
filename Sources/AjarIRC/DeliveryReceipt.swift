import Synchronization

/// Why a text could not be delivered to IRC.
public enum IRCDeliveryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The target is not `irc:#channel`, `irc:nick` or `irc:NETWORK/nick`.
    case invalidTarget(String)
    /// The target names another network than this client's.
    case otherNetwork(String)
    /// Nothing to send after removing blank lines.
    case emptyText
    /// The link was down for the whole wait.
    case notConnected
    /// The queue overflowed and the line was dropped.
    case dropped
    /// The client is shutting down.
    case shutDown
    /// The wait for the line to be written ran out.
    case timedOut

    public var description: String {
        switch self {
        case .invalidTarget(let target): "not an IRC target: '\(target)' (expected irc:#channel or irc:nick)"
        case .otherNetwork(let network): "this client is not connected to network '\(network)'"
        case .emptyText: "nothing to send"
        case .notConnected: "not connected to IRC"
        case .dropped: "dropped: too many lines queued"
        case .shutDown: "the IRC client is shutting down"
        case .timedOut: "timed out waiting to send"
        }
    }
}

/// Completed when a queued line has been written to the socket; a delivery awaits it.
final class DeliveryReceipt: Sendable {
    private enum State {
        case waiting(CheckedContinuation<Void, any Error>?)
        case done(Result<Void, IRCDeliveryError>)
    }

    private let state = Mutex(State.waiting(nil))

    func succeed() { finish(.success(())) }
    func fail(_ error: IRCDeliveryError) { finish(.failure(error)) }

    private func finish(_ result: Result<Void, IRCDeliveryError>) {
        let continuation = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            guard case .waiting(let continuation) = state else { return nil }
            state = .done(result)
            return continuation
        }
        continuation?.resume(with: result.mapError { $0 as any Error })
    }

    /// Returns once the line is written; throws if it never will be, or on cancellation.
    func wait() async throws {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let result = state.withLock { state -> Result<Void, IRCDeliveryError>? in
                    switch state {
                    case .done(let result): return result
                    case .waiting:
                        state = .waiting(continuation)
                        return nil
                    }
                }
                if let result { continuation.resume(with: result.mapError { $0 as any Error }) }
            }
        } onCancel: {
            fail(.timedOut)
        }
    }
}

/// A one-shot flag that tasks can wait for: set once, wakes every waiter.
final class Signal: Sendable {
    private struct State {
        var fired = false
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
        var nextID = 0
    }

    private let state = Mutex(State())

    var isFired: Bool { state.withLock { $0.fired } }

    func fire() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.fired = true
            defer { state.waiters.removeAll() }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns when fired, or when the task is cancelled.
    func wait() async {
        let id = state.withLock { state -> Int in
            state.nextID += 1
            return state.nextID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    if state.fired || Task.isCancelled { return true }
                    state.waiters[id] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
        }
    }
}
