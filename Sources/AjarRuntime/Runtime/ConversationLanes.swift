import Synchronization

/// Runs work for one key at a time, in arrival order, while different keys run in parallel.
///
/// A lane exists only while someone holds or waits for it: it is created on first use and dropped
/// when its last waiter is done, so idle conversations cost nothing. Lanes live in shards (striped
/// locks, each held only for a dictionary update), so there is no single lock every message takes.
///
/// ```swift
/// let lanes = ConversationLanes<ConversationID>()
/// let outcome = try await lanes.run(id) { try await handleInOrder() }
/// ```
final class ConversationLanes<Key: Hashable & Sendable>: Sendable {
    private struct Lane {
        /// Tasks waiting for the lane, in arrival order; the lane's holder is not in it.
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    /// One stripe of the lane table (`Mutex` cannot be copied into an array, a class holds it).
    private final class Shard: Sendable {
        let lanes = Mutex<[Key: Lane]>([:])
    }

    private let shards: [Shard]

    init(shardCount: Int = 64) {
        shards = (0..<max(1, shardCount)).map { _ in Shard() }
    }

    /// Runs `body` once every earlier `run` for `key` has finished.
    func run<Result: Sendable>(_ key: Key, _ body: () async throws -> Result) async rethrows -> Result {
        let shard = shards[Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))]
        await acquire(key, in: shard)
        defer { release(key, in: shard) }
        return try await body()
    }

    /// How many lanes exist now (for tests: zero when everything is done).
    var activeLaneCount: Int {
        shards.reduce(0) { count, shard in count + shard.lanes.withLock { $0.count } }
    }

    private func acquire(_ key: Key, in shard: Shard) async {
        // Cheap path: nobody holds the lane, so take it without suspending.
        let taken = shard.lanes.withLock { lanes -> Bool in
            guard lanes[key] == nil else { return false }
            lanes[key] = Lane()
            return true
        }
        if taken { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumeNow = shard.lanes.withLock { lanes -> Bool in
                if lanes[key] == nil {
                    lanes[key] = Lane()  // released in the meantime: take it
                    return true
                }
                lanes[key]!.waiters.append(continuation)
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }

    private func release(_ key: Key, in shard: Shard) {
        let next = shard.lanes.withLock { lanes -> CheckedContinuation<Void, Never>? in
            guard var lane = lanes[key], !lane.waiters.isEmpty else {
                lanes[key] = nil
                return nil
            }
            // Hand the lane straight to the next waiter: it stays taken.
            let next = lane.waiters.removeFirst()
            lanes[key] = lane
            return next
        }
        next?.resume()
    }
}
