import AjarRuntime
import Foundation
import Hummingbird

/// `POST /v1/conversations/{id}/messages` with `{"text": "..."}`: the HTTP transport of the
/// dialogue. The conversation is `http:{id}`; the answer `200 {"replies": [...]}` is stored
/// under the request's `webhook-id` in the same transaction as the turn it took, so a retried
/// request does not move the dialogue twice, even after a crash at any moment.
struct ConversationRoutes {
    let services: WebhookServices
    let once: SingleFlight<WebhookReceipt>

    func add(to router: Router<AjarRequestContext>) {
        router.post("/v1/conversations/:id/messages") { request, context in
            let body = try await request.body.collect(upTo: .max)
            let rawID = context.parameters.get("id") ?? ""
            let requestHash = WebhookReceipts.requestHash(of: body.readableBytesView)
            let receipt = try await Idempotent.run(context.webhookID, requestHash: requestHash, services: services, once: once) {
                try await respond(to: body, conversation: rawID, webhookID: context.webhookID, requestHash: requestHash)
            }
            return JSONText.response(.init(code: receipt.status), receipt.body)
        }
    }

    private func respond(
        to body: ByteBuffer, conversation rawID: String, webhookID: String?, requestHash: String
    ) async throws -> WebhookReceipt {
        let decoded = rawID.removingPercentEncoding ?? rawID
        guard let conversation = ConversationID(transport: .http, user: decoded) else {
            throw APIError(.badRequest, field: "id", "the conversation id is empty, too long or holds control characters")
        }
        let object = try JSONBody.object(body.readableBytesView, allowed: ["text"])
        let text = try JSONBody.text(object)
        let message = Message(conversation: conversation, sender: decoded, text: text, transport: .http)
        let receipts = services.receipts
        // The runtime commits the receipt with the turn (one transaction): there is no moment at
        // which the dialogue has moved but a retry would not find the answer.
        var receipt: (@Sendable ([String]) -> RequestReceipt)?
        if let webhookID {
            receipt = { replies in receipts.stored(Self.answer(replies), for: webhookID, requestHash: requestHash) }
        }
        let outcome = try await services.runtime.handle(message, receipt: receipt)
        services.metrics.messageHandled(replies: outcome.replies.count)
        return Self.answer(outcome.replies)
    }

    private static func answer(_ replies: [String]) -> WebhookReceipt {
        WebhookReceipt(status: 200, body: JSONText.encode(["replies": replies]))
    }
}
