import AjarRuntime
import Foundation
import Hummingbird

/// `POST /v1/conversations/{id}/messages` with `{"text": "..."}`: the HTTP transport of the
/// dialogue. The conversation is `http:{id}`; the answer `200 {"replies": [...]}` is stored
/// under the request's `webhook-id`, so a retried request does not move the dialogue twice.
struct ConversationRoutes {
    let services: WebhookServices
    let once: SingleFlight<WebhookReceipt>

    func add(to router: Router<AjarRequestContext>) {
        router.post("/v1/conversations/:id/messages") { request, context in
            let body = try await request.body.collect(upTo: .max)
            let rawID = context.parameters.get("id") ?? ""
            let receipt = try await Idempotent.run(context.webhookID, receipts: services.receipts, once: once) {
                try await respond(to: body, conversation: rawID, webhookID: context.webhookID)
            }
            return JSONText.response(.init(code: receipt.status), receipt.body)
        }
    }

    private func respond(to body: ByteBuffer, conversation rawID: String, webhookID: String?) async throws -> WebhookReceipt {
        let decoded = rawID.removingPercentEncoding ?? rawID
        guard let conversation = ConversationID(transport: .http, user: decoded) else {
            throw APIError(.badRequest, field: "id", "the conversation id is empty, too long or holds control characters")
        }
        let object = try JSONBody.object(body.readableBytesView, allowed: ["text"])
        let text = try JSONBody.text(object)
        let outcome = try await services.runtime.handle(Message(conversation: conversation, sender: decoded, text: text, transport: .http))
        services.metrics.messageHandled(replies: outcome.replies.count)
        let receipt = WebhookReceipt(status: 200, body: JSONText.encode(["replies": outcome.replies]))
        if let webhookID {
            try await services.receipts.record(receipt, for: webhookID, reminders: [])
        }
        return receipt
    }
}
