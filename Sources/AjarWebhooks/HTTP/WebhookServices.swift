public import AjarReminders
public import AjarRuntime
public import Foundation
public import Logging

/// What the HTTP routes work with, built once by the composition root.
public struct WebhookServices: Sendable {
    /// Handles `POST /v1/conversations/{id}/messages`.
    public var runtime: ConversationRuntime
    /// Where reminders are stored before `202` is answered.
    public var store: any ConversationStore
    /// Answers already given, by `webhook-id`.
    public var receipts: WebhookReceipts
    /// Validates `to` targets.
    public var router: ReminderRouter
    /// Told about new reminders (the ``ReminderService`` wakes up for earlier ones).
    public var scheduler: any ReminderScheduler
    public var metrics: AjarMetrics
    /// The wall clock, injected for signatures and due times.
    public var now: @Sendable () -> Date
    public var logger: Logger

    public init(
        runtime: ConversationRuntime, store: any ConversationStore,
        router: ReminderRouter, scheduler: any ReminderScheduler, metrics: AjarMetrics = AjarMetrics(),
        now: @escaping @Sendable () -> Date = { Date() }, logger: Logger = Logger(label: "ajar.http")
    ) {
        self.runtime = runtime
        self.store = store
        self.receipts = WebhookReceipts(store: store, now: now)
        self.router = router
        self.scheduler = scheduler
        self.metrics = metrics
        self.now = now
        self.logger = logger
    }
}
