import AjarReminders
import AjarRuntime
import AjarWebhooks
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The HTTP contract through Hummingbird's router test client, over a real SQLite file.
@Suite struct WebhookRouterTests {
    let fixture: WebhookFixture
    init() throws { fixture = try WebhookFixture() }

    func post(_ client: some TestClientProtocol, _ uri: String, _ body: String, headers: HTTPFields? = nil) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: headers ?? fixture.headers(body), body: ByteBuffer(string: body))
    }

    @Test func answersHealthAndMetricsWithoutASignature() async throws {
        try await fixture.application().test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            #expect(health.body.text == #"{"status":"ok"}"#)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .ok)
            #expect(metrics.headers[.contentType]?.hasPrefix("text/plain") == true)
            for name in ["ajar_messages_handled_total", "ajar_replies_total", "ajar_reminders_scheduled_total",
                         "ajar_reminders_delivered_total", "ajar_reminders_retried_total", "ajar_reminders_failed_total",
                         "ajar_webhook_rejections_total{reason=\"signature_mismatch\"}", "ajar_irc_connected"] {
                #expect(metrics.body.text.contains(name), "missing \(name)")
            }
        }
    }

    @Test func storesTheReminderBeforeAnswering202() async throws {
        try await fixture.application().test(.router) { client in
            let body = #"{"to":"irc:#ajar","text":"Did you thank them?","in":"10m"}"#
            let response = try await post(client, "/v1/reminders", body)
            #expect(response.status == .accepted)
            let id = try #require(response.body.json["id"] as? String)
            let stored = try await fixture.reminders(to: "irc:#ajar")
            #expect(stored.map { $0.id.uuidString.lowercased() } == [id])
            #expect(stored.first?.text == "Did you thank them?")
            #expect(stored.first.map { abs($0.dueAt.timeIntervalSince(fixture.now) - 600) < 0.01 } == true)
            #expect(response.body.json["due_at"] as? String == RFC3339.string(from: fixture.now.addingTimeInterval(600)))
        }
    }

    @Test func aRepeatedWebhookIDGetsTheOriginalAnswerAndNoSecondReminder() async throws {
        try await fixture.application().test(.router) { client in
            let body = #"{"to":"webhook:ops","text":"once"}"#
            let first = try await post(client, "/v1/reminders", body, headers: fixture.headers(body, id: "msg_1"))
            fixture.setNow(fixture.now.addingTimeInterval(60))   // a retry: fresh timestamp and signature
            let again = try await post(client, "/v1/reminders", body, headers: fixture.headers(body, id: "msg_1"))
            #expect(first.status == .accepted)
            #expect(again.status == .accepted)
            #expect(again.body.text == first.body.text)
            #expect(try await fixture.reminders(to: "webhook:ops").count == 1)
            let other = try await post(client, "/v1/reminders", body, headers: fixture.headers(body, id: "msg_2"))
            #expect(other.body.text != first.body.text)
            #expect(try await fixture.reminders(to: "webhook:ops").count == 2)
        }
    }

    @Test func aRepeatedWebhookIDWithAnotherBodyGetsTheOriginalAnswer() async throws {
        try await fixture.application().test(.router) { client in
            let body = #"{"to":"irc:#ajar","text":"first"}"#
            let other = #"{"to":"irc:#ajar","text":"second"}"#
            let first = try await post(client, "/v1/reminders", body, headers: fixture.headers(body, id: "msg_reused"))
            let again = try await post(client, "/v1/reminders", other, headers: fixture.headers(other, id: "msg_reused"))
            #expect(first.status == .accepted)
            #expect(again.status == .accepted)
            #expect(again.body.text == first.body.text)
            #expect(try await fixture.reminders(to: "irc:#ajar").map(\.text) == ["first"])
        }
    }

    @Test func keepsReceiptsInTheirOwnTableWithTheBodysHash() async throws {
        try await fixture.application().test(.router) { client in
            let reminder = #"{"to":"irc:#ajar","text":"hi"}"#
            let scheduled = try await post(client, "/v1/reminders", reminder, headers: fixture.headers(reminder, id: "msg_r"))
            let message = #"{"text":"hello"}"#
            let answered = try await post(client, "/v1/conversations/bob/messages", message, headers: fixture.headers(message, id: "msg_m"))
            for (id, body, response) in [("msg_r", reminder, scheduled), ("msg_m", message, answered)] {
                let key = WebhookReceipts.key(for: id)
                let stored = try #require(try await fixture.store.receipt(for: key))
                #expect(stored.status == Int(response.status.code))
                #expect(stored.body == response.body.text)
                #expect(stored.requestHash == WebhookReceipts.requestHash(of: Array(body.utf8)))
                #expect(abs(stored.createdAt.timeIntervalSince(fixture.now)) < 0.001)   // stored in milliseconds
                #expect(key.count == 64)
                #expect(try await fixture.store.session(for: ConversationID("webhook-receipt:" + key)!) == nil)
            }
        }
    }

    @Test func concurrentCopiesOfOneWebhookMakeOneReminder() async throws {
        try await fixture.application().test(.router) { client in
            let body = #"{"to":"irc:#ajar","text":"twins"}"#
            let headers = fixture.headers(body, id: "msg_twin")
            let answers = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<8 { group.addTask { try await post(client, "/v1/reminders", body, headers: headers).body.text } }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(Set(answers).count == 1)
            #expect(try await fixture.reminders(to: "irc:#ajar").count == 1)
        }
    }

    @Test func refusesMissingWrongExpiredAndFutureSignaturesWith401() async throws {
        let body = #"{"to":"irc:#ajar","text":"hi"}"#
        let wrong = WebhookSigner(secret: try WebhookSecret(WebhookSecret.generate()))
        let cases: [(HTTPFields, String)] = [
            ([.contentType: "application/json"], "missing_id"),
            (fixture.headers(body, signer: wrong), "signature_mismatch"),
            (fixture.headers(body, at: fixture.now.addingTimeInterval(-301)), "timestamp_too_old"),
            (fixture.headers(body, at: fixture.now.addingTimeInterval(301)), "timestamp_too_new"),
            (fixture.headers(#"{"to":"irc:#ajar","text":"other"}"#), "signature_mismatch"),
        ]
        try await fixture.application().test(.router) { client in
            for (headers, reason) in cases {
                let response = try await post(client, "/v1/reminders", body, headers: headers)
                #expect(response.status == .unauthorized)
                #expect(response.body.json["reason"] as? String == reason)
                #expect(response.headers[.contentType] == "application/json")
            }
            let metrics = try await client.execute(uri: "/metrics", method: .get).body.text
            #expect(metrics.contains(#"ajar_webhook_rejections_total{reason="signature_mismatch"} 2"#))
            #expect(metrics.contains(#"ajar_webhook_rejections_total{reason="timestamp_too_old"} 1"#))
        }
        #expect(try await fixture.reminders(to: "irc:#ajar").isEmpty)
    }

    @Test(arguments: [
        ("not json", "body"),
        (#"{"to":"smtp:bob","text":"hi"}"#, "to"),
        (#"{"to":"webhook:unknown","text":"hi"}"#, "to"),
        (#"{"to":"irc:#ajar","text":""}"#, "text"),
        (#"{"to":"irc:#ajar","text":"hi","at":"next tuesday"}"#, "at"),
        (#"{"to":"irc:#ajar","text":"hi","in":"forever"}"#, "in"),
    ])
    func answers400NamingTheField(body: String, field: String) async throws {
        try await fixture.application().test(.router) { client in
            let response = try await post(client, "/v1/reminders", body)
            #expect(response.status == .badRequest)
            #expect(response.body.json["field"] as? String == field)
            #expect((response.body.json["error"] as? String)?.isEmpty == false)
        }
    }

    @Test func answers413OverTheBodyLimit() async throws {
        let fixture = try WebhookFixture(bodyLimit: 1024)
        try await fixture.application().test(.router) { client in
            let body = #"{"to":"irc:#ajar","text":""# + String(repeating: "x", count: 2000) + #""}"#
            let response = try await client.execute(uri: "/v1/reminders", method: .post, headers: fixture.headers(body), body: ByteBuffer(string: body))
            #expect(response.status == .contentTooLarge)
            #expect(response.body.json["reason"] as? String == "body_too_large")
        }
    }

    @Test func talksThroughTheRuntimeAndARetryDoesNotMoveTheDialogueTwice() async throws {
        try await fixture.application().test(.router) { client in
            let first = try await post(client, "/v1/conversations/alice/messages", #"{"text":"hello"}"#)
            #expect(first.status == .ok)
            #expect(first.body.json["replies"] as? [String] == ["What is your name?", "Sorry?"])
            let body = #"{"text":"my name is Alice"}"#
            let headers = fixture.headers(body, id: "msg_name")
            let second = try await post(client, "/v1/conversations/alice/messages", body, headers: headers)
            #expect(second.body.json["replies"] as? [String] == ["Hello, Alice!"])
            let retried = try await post(client, "/v1/conversations/alice/messages", body, headers: headers)
            #expect(retried.body.text == second.body.text)
            let stored = try await fixture.store.session(for: ConversationID("http:alice")!)
            #expect(stored?.session.turn == 2)
            let metrics = try await client.execute(uri: "/metrics", method: .get).body.text
            #expect(metrics.contains("ajar_messages_handled_total 2"))
            #expect(metrics.contains("ajar_replies_total 3"))
        }
    }

    @Test func acceptsUnsignedRequestsOnlyWhenNoSecretIsSetOnLoopback() async throws {
        let open = try WebhookFixture(secrets: [])
        try await open.application().test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/reminders", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"to":"irc:#ajar","text":"hi"}"#))
            #expect(response.status == .accepted)
        }
        #expect(throws: WebhookServerSettingsError.secretRequired(host: "0.0.0.0")) {
            try WebhookServerSettings(host: "0.0.0.0", port: 8080).validate()
        }
        try WebhookServerSettings(host: "0.0.0.0", port: 8080, secrets: [WebhookSecret(WebhookSecret.generate())]).validate()
        try WebhookServerSettings(host: "::1", port: 8080).validate()
    }
}
