@testable import AjarRuntime

import Testing

@Suite struct ConversationLanesTests {
    @Test func runsOneConversationsWorkOneAtATimeInArrivalOrder() async {
        let lanes = ConversationLanes<String>()
        let log = Locked<[Int]>([])
        let inside = Locked(0)
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    await lanes.run("alice") {
                        let concurrent = inside.withLock { count -> Int in
                            count += 1
                            return count
                        }
                        #expect(concurrent == 1)
                        await Task.yield()
                        log.withLock { $0.append(index) }
                        inside.withLock { $0 -= 1 }
                    }
                }
            }
        }
        #expect(log.withLock { $0.count } == 200)
        #expect(lanes.activeLaneCount == 0)
    }

    @Test func keepsTheOrderOfWorkQueuedWhileTheLaneIsBusy() async {
        let lanes = ConversationLanes<String>()
        let order = Locked<[Int]>([])
        let (gate, open) = AsyncStream<Void>.makeStream()
        let holder = Task {
            await lanes.run("alice") {
                for await _ in gate { break }
                order.withLock { $0.append(0) }
            }
        }
        var waiters: [Task<Void, Never>] = []
        for index in 1...5 {
            try? await Task.sleep(for: .milliseconds(20))  // let each one queue before the next
            waiters.append(Task { await lanes.run("alice") { order.withLock { $0.append(index) } } })
        }
        try? await Task.sleep(for: .milliseconds(20))
        open.yield()
        await holder.value
        for waiter in waiters { await waiter.value }
        #expect(order.withLock { $0 } == [0, 1, 2, 3, 4, 5])
    }

    @Test func runsDifferentConversationsInParallel() async throws {
        let lanes = ConversationLanes<String>()
        let (bobStarted, signal) = AsyncStream<Void>.makeStream()
        // Alice's work waits for Bob's to start: it would never end if lanes ran one at a time.
        async let alice: Void = lanes.run("alice") {
            for await _ in bobStarted { break }
        }
        async let bob: Void = lanes.run("bob") {
            signal.yield()
        }
        _ = await (alice, bob)
        #expect(lanes.activeLaneCount == 0)
    }

    @Test func releasesTheLaneWhenTheWorkThrows() async {
        struct Boom: Error {}
        let lanes = ConversationLanes<String>()
        await #expect(throws: Boom.self) {
            try await lanes.run("alice") { throw Boom() }
        }
        let value = await lanes.run("alice") { 42 }
        #expect(value == 42)
        #expect(lanes.activeLaneCount == 0)
    }
}
