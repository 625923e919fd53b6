import Synchronization

/// Runs jobs one at a time per key (one person's messages in the order they came) and
/// different keys in parallel, in child tasks of ``run()``.
final class ConversationDispatcher<Key: Hashable & Sendable>: Sendable {
    typealias Job = @Sendable () async -> Void

    private let jobs: AsyncStream<(Key, Job)>
    private let sink: AsyncStream<(Key, Job)>.Continuation
    /// Keys with a running worker, and the jobs queued behind it.
    private let waiting = Mutex<[Key: [Job]]>([:])

    init() {
        (jobs, sink) = AsyncStream.makeStream()
    }

    /// Queues a job; it runs after every earlier job with the same key.
    func submit(_ key: Key, _ job: @escaping Job) {
        sink.yield((key, job))
    }

    /// Stops taking jobs; ``run()`` returns once the queued ones are done.
    func finish() {
        sink.finish()
    }

    func run() async {
        await withDiscardingTaskGroup { group in
            for await (key, job) in jobs {
                let startWorker = waiting.withLock { waiting -> Bool in
                    if waiting[key] != nil {
                        waiting[key]!.append(job)
                        return false
                    }
                    waiting[key] = []
                    return true
                }
                if startWorker {
                    group.addTask { await self.work(key, first: job) }
                }
            }
        }
    }

    private func work(_ key: Key, first: Job) async {
        var job = first
        while true {
            await job()
            let next = waiting.withLock { waiting -> Job? in
                guard let queued = waiting[key], !queued.isEmpty else {
                    waiting[key] = nil
                    return nil
                }
                waiting[key]!.removeFirst()
                return queued[0]
            }
            guard let next else { return }
            job = next
        }
    }
}
