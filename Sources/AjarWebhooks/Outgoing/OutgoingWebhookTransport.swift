public import AjarReminders
public import AsyncHTTPClient
public import Foundation
import NIOCore
import NIOHTTP1

/// Delivers `webhook:NAME` reminders: a JSON POST to the URL configured for NAME, signed the
/// Standard Webhooks way with `webhook-id` = the reminder's id (the same on every retry, so the
/// receiver can deduplicate).
///
/// Outcomes: 2xx delivered; 429 and 408 retried (honouring `Retry-After`); 5xx, timeouts and
/// connection errors retried; other 4xx and 3xx (redirects are not followed) fail for good.
///
/// ```swift
/// let transport = OutgoingWebhookTransport(
///     endpoints: ["ops": URL(string: "https://chat.example/hooks/abc")!],
///     signer: WebhookSigner(secret: try WebhookSecret("whsec_...")), client: client)
/// ```
public struct OutgoingWebhookTransport: ReminderTransport {
    public let scheme = "webhook"
    public var endpoints: [String: URL]
    public var signer: WebhookSigner?
    public var timeout: Duration
    private let client: HTTPClient
    private let now: @Sendable () -> Date

    /// - Parameters:
    ///   - signer: signs every request; `nil` sends unsigned requests (not recommended).
    ///   - client: an `HTTPClient` owned by the caller, best made by ``makeHTTPClient(timeout:)``.
    ///   - timeout: for the whole request, connecting included.
    public init(
        endpoints: [String: URL], signer: WebhookSigner?, client: HTTPClient, timeout: Duration = .seconds(10),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.endpoints = endpoints
        self.signer = signer
        self.client = client
        self.timeout = timeout
        self.now = now
    }

    /// A client that follows no redirects and gives up connecting after `timeout`.
    public static func makeHTTPClient(timeout: Duration = .seconds(10)) -> HTTPClient {
        let amount = TimeAmount.nanoseconds(Int64(RetryPolicy.seconds(timeout) * 1e9))
        let configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow, timeout: .init(connect: amount, read: amount))
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func validate(_ target: ReminderTarget) throws(ReminderTargetError) {
        guard endpoints[target.address] != nil else {
            let known = endpoints.keys.sorted()
            throw ReminderTargetError(
                "unknown webhook '\(target.address.prefix(80))'" + (known.isEmpty ? " (none is configured)" : " (configured: \(known.joined(separator: ", ")))"))
        }
    }

    public func deliver(_ delivery: ReminderDelivery) async throws(ReminderDeliveryError) {
        guard let url = endpoints[delivery.target.address] else {
            throw .permanent("webhook '\(delivery.target.address)' is no longer configured")
        }
        let body: Data
        do {
            body = try OutgoingReminderPayload(delivery, sentAt: now()).encoded()
        } catch {
            throw .permanent("cannot encode the reminder: \(error)")
        }
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "user-agent", value: "ajar-webhooks")
        if let signer {
            for header in signer.headers(id: delivery.id, timestamp: now(), body: body) {
                request.headers.add(name: header.name, value: header.value)
            }
        } else {
            request.headers.add(name: WebhookHeaders.id, value: delivery.id)
        }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response: HTTPClientResponse
        do {
            let amount = TimeAmount.nanoseconds(Int64(RetryPolicy.seconds(timeout) * 1e9))
            response = try await client.execute(request, timeout: amount)
            _ = try? await response.body.collect(upTo: 64 * 1024)
        } catch {
            throw .temporary("POST to webhook '\(delivery.target.address)' failed: \(error)")
        }
        try Self.outcome(status: Int(response.status.code), retryAfter: response.headers.first(name: "retry-after"), now: now())
    }

    /// What a response status means for the reminder.
    static func outcome(status: Int, retryAfter: String?, now: Date) throws(ReminderDeliveryError) {
        switch status {
        case 200..<300:
            return
        case 408, 429:
            throw .temporary("the webhook answered \(status)", after: retryAfter.flatMap { Self.retryAfter($0, now: now) })
        case 500..<600:
            throw .temporary("the webhook answered \(status)", after: retryAfter.flatMap { Self.retryAfter($0, now: now) })
        default:
            throw .permanent("the webhook answered \(status)")
        }
    }

    /// `Retry-After` as seconds or as an HTTP date.
    static func retryAfter(_ value: String, now: Date) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return .milliseconds(Int64(max(0, date.timeIntervalSince(now)) * 1000))
    }
}
