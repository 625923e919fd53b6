public import Foundation
import HTTPTypes
public import Hummingbird
import Logging
import NIOCore

/// Guards every POST: reads the whole body (at most `bodyLimit` bytes, within `bodyTimeout`),
/// then checks its Standard Webhooks signature. Answers 413, 408 or 401 itself (counted in the
/// metrics by reason); lets a verified request through with its body in memory and its
/// `webhook-id` in the context. Other methods pass untouched.
public struct SignedRequestMiddleware: RouterMiddleware {
    public typealias Context = AjarRequestContext

    let verifier: WebhookVerifier?
    let bodyLimit: Int
    let bodyTimeout: Duration
    let metrics: AjarMetrics
    let now: @Sendable () -> Date

    /// - Parameter verifier: `nil` turns signature checks off (loopback development only).
    public init(verifier: WebhookVerifier?, bodyLimit: Int, bodyTimeout: Duration, metrics: AjarMetrics, now: @escaping @Sendable () -> Date) {
        self.verifier = verifier
        self.bodyLimit = bodyLimit
        self.bodyTimeout = bodyTimeout
        self.metrics = metrics
        self.now = now
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post else { return try await next(request, context) }
        // 400s thrown by the handlers are answered and counted here too.
        if let length = request.headers[.contentLength].flatMap(Int.init), length > bodyLimit {
            return reject(APIError(.contentTooLarge, "the body is larger than \(bodyLimit) bytes", reason: "body_too_large"), context)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await collect(request.body)
        } catch let error as APIError {
            return reject(error, context)
        } catch is NIOTooManyBytesError {
            return reject(APIError(.contentTooLarge, "the body is larger than \(bodyLimit) bytes", reason: "body_too_large"), context)
        }
        request.body = RequestBody(buffer: body)
        var context = context
        let id = request.headers[Self.idField]
        if let verifier {
            do throws(WebhookRejection) {
                try verifier.verify(
                    id: id, timestamp: request.headers[Self.timestampField], signature: request.headers[Self.signatureField],
                    body: body.readableBytesView, now: now())
            } catch {
                return reject(APIError(.unauthorized, error.description, reason: error.reason), context)
            }
        }
        context.webhookID = id
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return reject(error, context)
        }
    }

    private func reject(_ error: APIError, _ context: Context) -> Response {
        metrics.rejected(reason: error.reason ?? "bad_request")
        context.logger.notice("request rejected", metadata: ["status": "\(error.status.code)", "reason": "\(error.reason ?? "-")"])
        return error.response
    }

    /// The body, or `APIError` 408 when it does not arrive in time.
    private func collect(_ body: RequestBody) async throws -> ByteBuffer {
        let limit = bodyLimit
        let timeout = bodyTimeout
        return try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask { try await body.collect(upTo: limit) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else {
                throw APIError(.requestTimeout, "the body did not arrive within \(timeout)", reason: "timeout")
            }
            return buffer
        }
    }

    static let idField = HTTPField.Name(WebhookHeaders.id)!
    static let timestampField = HTTPField.Name(WebhookHeaders.timestamp)!
    static let signatureField = HTTPField.Name(WebhookHeaders.signature)!
}
