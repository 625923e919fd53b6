import AjarReminders
import AjarRuntime
import Foundation
import Hummingbird

/// `POST /v1/reminders`: checks the request, stores the reminder (with the request's receipt, in
/// one transaction) and only then answers `202 {"id": ..., "due_at": ...}`.
struct ReminderRoutes {
    let services: WebhookServices
    let once: SingleFlight<WebhookReceipt>

    func add(to router: Router<AjarRequestContext>) {
        router.post("/v1/reminders") { request, context in
            let body = try await request.body.collect(upTo: .max)
            let requestHash = WebhookReceipts.requestHash(of: body.readableBytesView)
            let receipt = try await Idempotent.run(context.webhookID, requestHash: requestHash, services: services, once: once) {
                try await schedule(body: body, webhookID: context.webhookID, requestHash: requestHash)
            }
            return JSONText.response(.init(code: receipt.status), receipt.body)
        }
    }

    private func schedule(body: ByteBuffer, webhookID: String?, requestHash: String) async throws -> WebhookReceipt {
        let now = services.now()
        let request = try ReminderRequest(json: body.readableBytesView, router: services.router, now: now)
        let reminder = Reminder(conversation: nil, target: request.target.description, text: request.text, dueAt: request.dueAt, createdAt: now)
        let answer = ReminderAccepted(id: reminder.id.uuidString.lowercased(), dueAt: RFC3339.string(from: reminder.dueAt))
        let receipt = WebhookReceipt(status: 202, body: JSONText.encode(answer))
        if let webhookID {
            try await services.receipts.record(receipt, for: webhookID, requestHash: requestHash, reminders: [reminder])
        } else {
            try await services.store.add(reminder)
        }
        services.metrics.remindersScheduled()
        await services.scheduler.scheduled([reminder])
        services.logger.info("reminder scheduled", metadata: [
            "reminder": "\(answer.id)", "target": "\(request.target)", "due_at": "\(answer.dueAt)",
        ])
        return receipt
    }
}

/// The `202` body.
struct ReminderAccepted: Codable {
    var id: String
    var dueAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case dueAt = "due_at"
    }
}

/// Runs a request's work once per `webhook-id`: a repeat gets the stored receipt, a concurrent
/// duplicate waits for the first. Errors (400s) are not stored: a repeat is checked again and
/// gets the same answer.
///
/// A repeat whose body differs from the original's (a sender reusing an id by mistake) also gets
/// the original answer, as the contract says a repeated `webhook-id` does (docs/webhooks.md); it
/// is logged, without the body.
enum Idempotent {
    static func run(
        _ webhookID: String?, requestHash: String, services: WebhookServices, once: SingleFlight<WebhookReceipt>,
        _ work: @escaping @Sendable () async throws -> WebhookReceipt
    ) async throws -> WebhookReceipt {
        guard let webhookID else { return try await work() }
        return try await once.run(webhookID) {
            if let stored = try await services.receipts.lookup(webhookID, requestHash: requestHash) {
                if !stored.sameBody {
                    services.logger.notice("a repeated webhook-id came with a different body: answering the original")
                }
                return stored.receipt
            }
            do {
                return try await work()
            } catch {
                // Another process answered the same id meanwhile: its receipt's insert won, ours
                // rolled back with everything it carried. Answer as it did.
                if !(error is APIError), let stored = try? await services.receipts.lookup(webhookID, requestHash: requestHash) {
                    return stored.receipt
                }
                throw error
            }
        }
    }
}
