import AjarReminders
import AjarRuntime
@testable import AjarWebhooks
import AsyncHTTPClient
import Foundation
import ServiceLifecycle
import Testing

/// Reminders POSTed to a second local server that checks their signatures.
@Suite struct OutgoingWebhookTests {
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    /// One client for the suite's tests, never shut down: tests end with the process.
    static let shared = OutgoingWebhookTransport.makeHTTPClient(timeout: .seconds(5))
    static let quick = OutgoingWebhookTransport.makeHTTPClient(timeout: .seconds(1))
    static func client(timeout: Duration) -> HTTPClient { timeout <= .seconds(1) ? quick : shared }

    @Test func aFailingReceiverGetsRetriesAndOneDeliveryWithTheSameID() async throws {
        let receiver = try WebhookReceiver(secret: Self.secret, failFirst: 2)
        let store = MemoryConversationStore()
        let reminder = Reminder(conversation: nil, target: "webhook:ops", text: "Did you thank them?", dueAt: Date().addingTimeInterval(0.2), createdAt: Date())
        await store.add(reminder)
        let client = Self.client(timeout: .seconds(5))

        try await LiveServer.run({ receiver.application(onServerRunning: $0) }) { port in
            let transport = OutgoingWebhookTransport(
                endpoints: ["ops": URL(string: "http://127.0.0.1:\(port)/hook")!],
                signer: WebhookSigner(secret: try WebhookSecret(Self.secret)), client: client)
            let metrics = AjarMetrics()
            let scheduler = ReminderService(
                queue: StoreReminderQueue(store: store), router: ReminderRouter([transport]),
                settings: .init(retry: RetryPolicy(maximumAttempts: 5, initialDelay: .milliseconds(100), jitter: 0)),
                events: metrics, logger: .quiet)
            let group = ServiceGroup(configuration: .init(services: [scheduler], logger: .quiet))
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                #expect(await eventually(timeout: 10) { receiver.acceptedIDs.count == 1 })
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
            }
            #expect(receiver.received.map(\.accepted) == [false, false, true])
            #expect(Set(receiver.received.map(\.id)) == [reminder.id.uuidString.lowercased()])
            #expect(receiver.badSignatures == 0)
            let payload = try JSONSerialization.jsonObject(with: Data(receiver.received[2].body.utf8)) as? [String: Any]
            #expect(payload?["text"] as? String == "Did you thank them?")
            #expect(payload?["to"] as? String == "webhook:ops")
            #expect(payload?["type"] as? String == "reminder.due")
            #expect(payload?["attempt"] as? Int == 3)
            let exposition = metrics.exposition()
            #expect(exposition.contains("ajar_reminders_retried_total 2"))
            #expect(exposition.contains("ajar_reminders_delivered_total 1"))
        }
        let stored = await store.reminders(for: ConversationID("webhook:ops")!)
        #expect(stored.map(\.status) == [.delivered])
    }

    @Test func aClientErrorFailsTheReminderWithoutRetrying() async throws {
        let receiver = try WebhookReceiver(secret: Self.secret, failFirst: 10, failureStatus: .notFound)
        let client = Self.client(timeout: .seconds(5))
        try await LiveServer.run({ receiver.application(onServerRunning: $0) }) { port in
            let transport = OutgoingWebhookTransport(
                endpoints: ["ops": URL(string: "http://127.0.0.1:\(port)/hook")!],
                signer: WebhookSigner(secret: try WebhookSecret(Self.secret)), client: client)
            let delivery = ReminderDelivery(id: "r1", target: ReminderTarget("webhook:ops")!, text: "x", dueAt: Date(), attempt: 1)
            await #expect(throws: ReminderDeliveryError.permanent("the webhook answered 404")) {
                try await transport.deliver(delivery)
            }
        }
    }

    @Test func aReceiverThatIsDownIsATemporaryFailure() async throws {
        let client = Self.client(timeout: .seconds(1))
        let transport = OutgoingWebhookTransport(endpoints: ["ops": URL(string: "http://127.0.0.1:9/hook")!], signer: nil, client: client)
        let delivery = ReminderDelivery(id: "r1", target: ReminderTarget("webhook:ops")!, text: "x", dueAt: Date(), attempt: 1)
        do {
            try await transport.deliver(delivery)
            Issue.record("delivered to a closed port")
        } catch {
            guard case .temporary = error else { Issue.record("expected a temporary failure, got \(error)"); return }
        }
    }

    @Test(arguments: [
        (200, nil, "ok"), (204, nil, "ok"), (301, nil, "permanent"), (400, nil, "permanent"), (404, nil, "permanent"),
        (408, nil, "temporary"), (429, "7", "temporary 7"), (500, nil, "temporary"), (503, "120", "temporary 120"),
    ] as [(Int, String?, String)])
    func classifiesResponses(status: Int, retryAfter: String?, expected: String) {
        do throws(ReminderDeliveryError) {
            try OutgoingWebhookTransport.outcome(status: status, retryAfter: retryAfter, now: Date())
            #expect(expected == "ok")
        } catch {
            switch error {
            case .permanent: #expect(expected == "permanent")
            case .temporary(_, let after):
                #expect(expected == "temporary" + (after.map { " \($0.components.seconds)" } ?? ""))
            }
        }
    }

    @Test func readsRetryAfterAsAnHTTPDate() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(OutgoingWebhookTransport.retryAfter("Fri, 15 Jan 2027 08:01:00 GMT", now: now) == .seconds(60))
        #expect(OutgoingWebhookTransport.retryAfter("soon", now: now) == nil)
    }
}
