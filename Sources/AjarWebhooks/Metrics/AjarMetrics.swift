public import AjarReminders
import CoreMetrics
public import Prometheus

/// Ajar's counters and gauges, kept in one Prometheus registry and served by `GET /metrics`.
///
/// Each instance has its own registry (no global bootstrap), so tests and several servers in one
/// process do not mix their numbers. Every metric exists from the start (at 0).
///
/// ```swift
/// let metrics = AjarMetrics()
/// metrics.messageHandled(replies: 2)
/// print(metrics.exposition())   // Prometheus text format
/// ```
public final class AjarMetrics: Sendable, ReminderEvents {
    public let registry: PrometheusCollectorRegistry
    private let messages: CoreMetrics.Counter
    private let replies: CoreMetrics.Counter
    private let scheduled: CoreMetrics.Counter
    private let delivered: CoreMetrics.Counter
    private let retried: CoreMetrics.Counter
    private let failed: CoreMetrics.Counter
    private let deferred: CoreMetrics.Counter
    private let rejections: [String: CoreMetrics.Counter]
    private let ircConnected: CoreMetrics.Gauge
    private let lateness: CoreMetrics.Timer

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets["ajar_reminder_lateness_seconds"] = [
            .milliseconds(10), .milliseconds(50), .milliseconds(100), .milliseconds(500),
            .seconds(1), .seconds(5), .seconds(30), .seconds(60), .seconds(300), .seconds(3600),
        ]
        messages = Counter(label: "ajar_messages_handled_total", factory: factory)
        replies = Counter(label: "ajar_replies_total", factory: factory)
        scheduled = Counter(label: "ajar_reminders_scheduled_total", factory: factory)
        delivered = Counter(label: "ajar_reminders_delivered_total", factory: factory)
        retried = Counter(label: "ajar_reminders_retried_total", factory: factory)
        failed = Counter(label: "ajar_reminders_failed_total", factory: factory)
        deferred = Counter(label: "ajar_reminders_deferred_total", factory: factory)
        var rejections: [String: CoreMetrics.Counter] = [:]
        for reason in WebhookRejection.allCases.map(\.reason) + Self.requestRejectionReasons {
            rejections[reason] = Counter(label: "ajar_webhook_rejections_total", dimensions: [("reason", reason)], factory: factory)
        }
        self.rejections = rejections
        ircConnected = Gauge(label: "ajar_irc_connected", factory: factory)
        lateness = Timer(label: "ajar_reminder_lateness_seconds", factory: factory)
    }

    /// Rejection reasons besides signature problems.
    public static let requestRejectionReasons = ["body_too_large", "bad_request", "timeout"]

    /// The registry in the Prometheus text format.
    public func exposition() -> String { registry.emitToString() }

    /// A message went through the runtime (any transport) and produced `replies` lines.
    public func messageHandled(replies count: Int) {
        messages.increment()
        replies.increment(by: Int64(count))
    }

    public func remindersScheduled(_ count: Int = 1) {
        scheduled.increment(by: Int64(count))
    }

    /// A request refused before it reached a handler; `reason` is a ``WebhookRejection/reason``
    /// or one of ``requestRejectionReasons``.
    public func rejected(reason: String) {
        (rejections[reason] ?? rejections["bad_request"])?.increment()
    }

    /// For the IRC transport: 1 while registered with the server, 0 otherwise.
    public func setIRCConnected(_ connected: Bool) {
        ircConnected.record(connected ? 1 : 0)
    }

    public func delivered(_ delivery: ReminderDelivery, lateness: Duration) {
        delivered.increment()
        self.lateness.recordNanoseconds(Int64(RetryPolicy.seconds(lateness) * 1e9))
    }

    public func retrying(_ delivery: ReminderDelivery, error: ReminderDeliveryError, delay: Duration) {
        retried.increment()
    }

    public func failed(_ delivery: ReminderDelivery, error: ReminderDeliveryError) {
        failed.increment()
    }

    public func deferred(_ delivery: ReminderDelivery, until: Duration) {
        deferred.increment()
    }
}
