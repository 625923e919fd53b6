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
            let receipt = try await Idempotent.run(context.webhookID, receipts: services.receipts, once: once) {
                try await schedule(body: body, webhookID: context.webhookID)
            }
            return JSONText.response(.init(code: receipt.status), receipt.body)
        }
    }

    private func schedule(body: ByteBuffer, webhookID: String?) async throws -> WebhookReceipt {
        let now = services.now()
        let request = try ReminderRequest(json: body.readableBytesView, router: services.router, now: now)
        let reminder = Reminder(conversation: nil, target: request.target.description, text: request.text, dueAt: request.dueAt, createdAt: now)
        let answer = ReminderAccepted(id: reminder.id.uuidString.lowercased(), dueAt: RFC3339.string(from: reminder.dueAt))
        let receipt = WebhookReceipt(status: 202, body: JSONText.encode(answer))
        if let webhookID {
            try await services.receipts.record(receipt, for: webhookID, reminders: [reminder])
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
enum Idempotent {
    static func run(
        _ webhookID: String?, receipts: any WebhookReceiptStore, once: SingleFlight<WebhookReceipt>,
        _ work: @escaping @Sendable () async throws -> WebhookReceipt
    ) async throws -> WebhookReceipt {
        guard let webhookID else { return try await work() }
        return try await once.run(webhookID) {
            if let stored = try await receipts.receipt(for: webhookID) { return stored }
            return try await work()
        }
    }
}
