public import AjarRuntime
import Foundation
public import Logging
public import ServiceLifecycle
import Synchronization

/// The reminder scheduler: a service that sleeps until the next reminder is due, delivers it
/// through its target's transport, and marks it delivered only after the transport succeeded.
///
/// - No polling: it sleeps until the earliest due time (at most ``Settings/maximumSleep``, so a
///   jumping wall clock is noticed) and wakes early when ``scheduled(_:)`` hears of an earlier one.
/// - Overdue reminders (found at start-up, after a crash) are delivered at once, oldest first.
/// - Failures are retried with ``RetryPolicy`` backoff, then marked failed.
/// - Quiet hours hold a reminder until its target's window ends.
/// - Retry and quiet-hours times are stored (``ReminderQueue/retry(_:at:)``), so a restart keeps them.
/// - Claims are renewed every ``Settings/claimRenewal`` while it runs, so another process on the
///   same database does not take a reminder this one is still working on.
/// - On graceful shutdown it takes no new work, waits for deliveries in flight, then releases the
///   claims it did not get to.
///
/// ```swift
/// let scheduler = ReminderService(queue: StoreReminderQueue(store: store), router: ReminderRouter([webhooks]))
/// let runtime = ConversationRuntime(engine: engine, store: store, scheduler: scheduler)
/// let group = ServiceGroup(services: [scheduler], gracefulShutdownSignals: [.sigterm], logger: logger)
/// ```
public final class ReminderService: Service, ReminderScheduler {
    /// How the scheduler paces itself.
    public struct Settings: Sendable {
        public var retry: RetryPolicy
        public var quietHours: QuietHoursPolicy
        /// Deliveries in flight at once.
        public var maximumConcurrentDeliveries: Int
        /// Due reminders claimed from the store at once (a burst is worked off from memory).
        public var claimBatchSize: Int
        /// The longest single sleep.
        public var maximumSleep: Duration
        /// How long to wait before looking again after the store failed.
        public var storeErrorPause: Duration
        /// How often the queue's claims are renewed: well under their duration (30 s by default).
        public var claimRenewal: Duration

        public init(
            retry: RetryPolicy = RetryPolicy(), quietHours: QuietHoursPolicy = QuietHoursPolicy(),
            maximumConcurrentDeliveries: Int = 32, claimBatchSize: Int = 512, maximumSleep: Duration = .seconds(300),
            storeErrorPause: Duration = .seconds(1), claimRenewal: Duration = .seconds(10)
        ) {
            self.claimRenewal = claimRenewal
            self.claimBatchSize = max(1, claimBatchSize)
            self.retry = retry
            self.quietHours = quietHours
            self.maximumConcurrentDeliveries = max(1, maximumConcurrentDeliveries)
            self.maximumSleep = maximumSleep
            self.storeErrorPause = storeErrorPause
        }
    }

    private struct State {
        var stopping = false
        var running = 0
        /// When the loop will next look on its own; earlier reminders ring the doorbell.
        var wakeAt: Date?
        var random = SystemRandomNumberGenerator()
    }

    private let queue: any ReminderQueue
    private let router: ReminderRouter
    private let settings: Settings
    private let clock: any ReminderClock
    private let events: any ReminderEvents
    private let logger: Logger
    private let reminderText: (@Sendable (Reminder) async -> String)?
    private let doorbell = Doorbell()
    private let state = Mutex(State())

    /// - Parameter reminderText: the text to deliver, asked just before each attempt (the safety
    ///   layer swaps in a neutral text once abuse came up in the reminder's conversation).
    public init(
        queue: any ReminderQueue, router: ReminderRouter, settings: Settings = Settings(),
        clock: any ReminderClock = SystemReminderClock(), events: any ReminderEvents = NoReminderEvents(),
        logger: Logger = Logger(label: "ajar.reminders"), reminderText: (@Sendable (Reminder) async -> String)? = nil
    ) {
        self.reminderText = reminderText
        self.queue = queue
        self.router = router
        self.settings = settings
        self.clock = clock
        self.events = events
        self.logger = logger
    }

    /// Told by the runtime and the HTTP API once reminders are committed: wakes the loop when
    /// one is due before it would have woken.
    public func scheduled(_ reminders: [Reminder]) async {
        guard let earliest = reminders.map(\.dueAt).min() else { return }
        let wake = state.withLock { state in state.wakeAt.map { earliest < $0 } ?? true }
        if wake { doorbell.ring() }
    }

    public func run() async throws {
        logger.info("reminder scheduler started", metadata: ["transports": "\(router.schemes.joined(separator: ","))"])
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { renewal in
                renewal.addTask { await self.renewClaims() }
                await withDiscardingTaskGroup { group in
                    await loop(group: &group)
                }
                renewal.cancelAll()
            }
        } onGracefulShutdown: {
            self.state.withLock { $0.stopping = true }
            self.doorbell.ring()
        }
        do {
            try await queue.releaseClaims()
        } catch {
            logger.warning("cannot release reminder claims: they expire on their own", metadata: ["error": "\(error)"])
        }
        logger.info("reminder scheduler stopped")
    }

    /// Deliveries running now (for tests and diagnostics).
    public var deliveriesInFlight: Int { state.withLock { $0.running } }

    private var isStopping: Bool { state.withLock { $0.stopping } || Task.isCancelled }

    private func loop(group: inout DiscardingTaskGroup) async {
        let maximum = settings.maximumConcurrentDeliveries
        // Claim in batches: while most slots are busy, wait for deliveries to finish rather than
        // asking the store for one reminder at a time; claim ahead into a backlog (still pending
        // in the store, so a crash loses nothing) to spare the store a query per delivery.
        let batch = max(1, maximum / 4)
        var backlog: ArraySlice<Reminder> = []
        while !isStopping {
            let now = clock.now()
            let running = state.withLock { $0.running }
            let capacity = maximum - running
            do {
                var next: Date?
                if capacity >= batch || (running == 0 && capacity > 0) {
                    var fetchedFull = false
                    if backlog.isEmpty {
                        let limit = max(capacity, settings.claimBatchSize)
                        backlog = try await queue.claimDue(at: now, limit: limit)[...]
                        fetchedFull = backlog.count == limit
                    }
                    let starting = backlog.prefix(capacity)
                    backlog = backlog.dropFirst(starting.count)
                    for reminder in starting { try await start(reminder, now: now, group: &group) }
                    if fetchedFull || !backlog.isEmpty || starting.count == capacity { continue }  // maybe more due
                    next = try await queue.nextDueTime()
                }
                let ceiling = now.addingTimeInterval(RetryPolicy.seconds(settings.maximumSleep))
                let wake = min(next ?? ceiling, ceiling)
                if wake <= clock.now() && next != nil { continue }
                state.withLock { $0.wakeAt = wake }
                await sleep(until: wake)
                state.withLock { $0.wakeAt = nil }
            } catch {
                logger.error("reminder store failed", metadata: ["error": "\(error)"])
                await sleep(until: clock.now().addingTimeInterval(RetryPolicy.seconds(settings.storeErrorPause)))
            }
        }
    }

    private func start(_ reminder: Reminder, now: Date, group: inout DiscardingTaskGroup) async throws {
        guard let delivery = ReminderDelivery(reminder) else {
            try await queue.markFailed(reminder.id)
            logger.error("reminder has an invalid target", metadata: ["reminder": "\(reminder.id)"])
            return
        }
        if let quiet = settings.quietHours.hours(for: reminder.target), let until = quiet.deferral(of: now) {
            try await queue.defer(reminder.id, until: until)
            events.deferred(delivery, until: .milliseconds(Int64(until.timeIntervalSince(now) * 1000)))
            return
        }
        state.withLock { $0.running += 1 }
        group.addTask {
            var delivery = delivery
            if let reminderText = self.reminderText { delivery.text = await reminderText(reminder) }
            await self.deliver(delivery, reminderID: reminder.id)
            self.state.withLock { $0.running -= 1 }
            self.doorbell.ring()
        }
    }

    private func deliver(_ delivery: ReminderDelivery, reminderID: UUID) async {
        var failure: ReminderDeliveryError
        if let transport = router.transport(for: delivery.target) {
            do {
                try await transport.deliver(delivery)
                await mark { try await queue.markDelivered(reminderID) }
                let lateness = clock.now().timeIntervalSince(delivery.dueAt)
                events.delivered(delivery, lateness: .milliseconds(Int64(max(0, lateness) * 1000)))
                logger.debug("reminder delivered", metadata: ["reminder": "\(delivery.id)", "target": "\(delivery.target)"])
                return
            } catch {
                failure = error
            }
        } else {
            failure = .permanent("no transport for \(delivery.target.scheme): targets")
        }
        if case .temporary(_, let after) = failure, settings.retry.shouldRetry(afterAttempts: delivery.attempt) {
            let delay = state.withLock { settings.retry.delay(afterAttempt: delivery.attempt, retryAfter: after, using: &$0.random) }
            await mark { try await queue.retry(reminderID, at: clock.now().addingTimeInterval(RetryPolicy.seconds(delay))) }
            events.retrying(delivery, error: failure, delay: delay)
            logger.notice("reminder delivery failed, will retry", metadata: [
                "reminder": "\(delivery.id)", "target": "\(delivery.target)", "attempt": "\(delivery.attempt)",
                "error": "\(failure)", "delay": "\(delay)",
            ])
        } else {
            await mark { try await queue.markFailed(reminderID) }
            events.failed(delivery, error: failure)
            logger.warning("reminder failed", metadata: [
                "reminder": "\(delivery.id)", "target": "\(delivery.target)", "attempt": "\(delivery.attempt)", "error": "\(failure)",
            ])
        }
    }

    /// Records an outcome, trying a few times: a reminder left unmarked is delivered again after
    /// a restart, which the receiver's deduplication absorbs, but better avoided.
    private func mark(_ body: () async throws -> Void) async {
        for attempt in 1...3 {
            do {
                return try await body()
            } catch {
                logger.error("cannot record a reminder's outcome", metadata: ["error": "\(error)", "attempt": "\(attempt)"])
                try? await Task.sleep(for: .milliseconds(100 * attempt))
            }
        }
    }

    /// Renews the queue's claims until cancelled. Paced by real time, not the injected clock: the
    /// renewal keeps claims alive in the store and says nothing about when reminders are due.
    private func renewClaims() async {
        while true {
            do {
                try await Task.sleep(for: settings.claimRenewal)
            } catch {
                return
            }
            do {
                try await queue.renewClaims(at: clock.now())
            } catch {
                logger.error("cannot renew reminder claims", metadata: ["error": "\(error)"])
            }
        }
    }

    private func sleep(until deadline: Date) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await self.clock.sleep(until: deadline) }
            group.addTask { await self.doorbell.wait() }
            await group.next()
            group.cancelAll()
        }
    }
}
