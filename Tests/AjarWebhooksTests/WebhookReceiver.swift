import AjarWebhooks
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

/// A second local server standing in for a chat service's incoming webhook: it checks every
/// request's signature, deduplicates by `webhook-id`, and can fail the first requests on purpose.
final class WebhookReceiver: Sendable {
    struct Received: Sendable {
        var id: String
        var body: String
        var accepted: Bool
    }

    private struct State {
        var received: [Received] = []
        var failuresLeft: Int
        var badSignatures = 0
    }

    private let state: Mutex<State>
    let verifier: WebhookVerifier
    let failureStatus: HTTPResponse.Status

    /// How long each request takes to answer (a slow receiver keeps deliveries in flight).
    let delay: Duration

    init(secret: String, failFirst: Int = 0, failureStatus: HTTPResponse.Status = .serviceUnavailable, delay: Duration = .zero) throws {
        verifier = WebhookVerifier(secrets: [try WebhookSecret(secret)])
        self.delay = delay
        state = Mutex(State(failuresLeft: failFirst))
        self.failureStatus = failureStatus
    }

    var received: [Received] { state.withLock { $0.received } }
    /// Distinct ids accepted (what a deduplicating receiver keeps).
    var acceptedIDs: Set<String> { Set(received.filter(\.accepted).map(\.id)) }
    var badSignatures: Int { state.withLock { $0.badSignatures } }

    func application(onServerRunning: @escaping @Sendable (any Channel) async -> Void) -> some ApplicationProtocol {
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            if self.delay > .zero { try await Task.sleep(for: self.delay) }
            let headers = request.headers
            do throws(WebhookRejection) {
                try self.verifier.verify(
                    id: headers[HTTPField.Name("webhook-id")!], timestamp: headers[HTTPField.Name("webhook-timestamp")!],
                    signature: headers[HTTPField.Name("webhook-signature")!], body: body.readableBytesView, now: Date())
            } catch {
                self.state.withLock { $0.badSignatures += 1 }
                return Response(status: .unauthorized)
            }
            let id = headers[HTTPField.Name("webhook-id")!] ?? ""
            let fail = self.state.withLock { state -> Bool in
                let fail = state.failuresLeft > 0
                if fail { state.failuresLeft -= 1 }
                state.received.append(Received(id: id, body: String(buffer: body), accepted: !fail))
                return fail
            }
            return Response(status: fail ? self.failureStatus : .noContent)
        }
        return Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: onServerRunning, logger: .quiet)
    }
}
