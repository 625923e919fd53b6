import AjarRuntime
import AjarTestSupport
import AjarWebhooks
import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `ajar serve` through the real binary, configured by the environment alone.
@Suite(.serialized) struct ServeBinaryTests {
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    let folder: URL
    init() throws {
        folder = try AjarBinary.temporaryDirectory()
        try "dialogue: tiny\nstart: ask\nstates:\n  ask:\n    say: \"What is on your mind?\"\n    end: true\n"
            .write(to: folder.appendingPathComponent("main.yaml"), atomically: true, encoding: .utf8)
    }

    func environment(port: Int, receiverPort: Int? = nil) -> [String: String] {
        var environment = [
            "AJAR_HTTP_PORT": String(port),
            "AJAR_HTTP_SECRET": Self.secret,
            "AJAR_STORAGE_PATH": folder.appendingPathComponent("ajar.sqlite").path,
            "AJAR_DIALOGUE_PATH": folder.path,
            "AJAR_LOGGING_LEVEL": "error",
            "AJAR_REMINDERS_RETRY_DELAY": "1s",
            // A killed server's claims lapse after this; the restarted one then takes them.
            "AJAR_REMINDERS_CLAIM_DURATION": "3s",
        ]
        if let receiverPort { environment["AJAR_WEBHOOKS_TARGETS"] = "sink=http://127.0.0.1:\(receiverPort)/hook" }
        return environment
    }

    func waitUntilHealthy(_ port: Int, _ serve: ServeProcess) async -> Bool {
        await eventually(timeout: 20) {
            guard serve.isRunning else { return true }
            let request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/healthz")
            return (try? await HTTPClient.shared.execute(request, timeout: .seconds(1)).status == .ok) ?? false
        } && serve.isRunning
    }

    /// Schedules one reminder, returns its id.
    func schedule(_ port: Int, text: String) async throws -> String {
        let body = #"{"to":"webhook:sink","text":"\#(text)","in":"2s"}"#
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/v1/reminders")
        request.method = .POST
        let signer = WebhookSigner(secret: try WebhookSecret(Self.secret))
        for header in signer.headers(id: "msg_\(text)", timestamp: Date(), body: Array(body.utf8)) {
            request.headers.add(name: header.name, value: header.value)
        }
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let answer = try await response.body.collect(upTo: 4096)
        guard response.status == .accepted,
              let object = try JSONSerialization.jsonObject(with: Data(answer.readableBytesView)) as? [String: Any],
              let id = object["id"] as? String
        else { throw POSIXError(.EPROTO) }
        return id
    }

    @Test(.timeLimit(.minutes(2)))
    func aKilledServerLosesNoReminderAndTheReceiverSeesEachIDOnce() async throws {
        let count = 1000
        let receiver = try WebhookReceiver(secret: Self.secret, delay: .milliseconds(10))
        try await LiveServer.run({ receiver.application(onServerRunning: $0) }) { receiverPort in
            let port = try ServeProcess.freePort()
            let first = try ServeProcess(environment: environment(port: port, receiverPort: receiverPort), directory: folder)
            #expect(await waitUntilHealthy(port, first), "serve did not start: \(first.standardError)")

            let ids = try await withThrowingTaskGroup(of: [String].self) { group in
                for lane in 0..<8 {
                    group.addTask {
                        var ids: [String] = []
                        for index in stride(from: lane, to: count, by: 8) { ids.append(try await schedule(port, text: "r\(index)")) }
                        return ids
                    }
                }
                return try await group.reduce(into: Set<String>()) { $0.formUnion($1) }
            }
            #expect(ids.count == count)

            // Kill -9 in the middle of delivering.
            #expect(await eventually(timeout: 30) { receiver.acceptedIDs.count >= count / 5 })
            #expect(await first.stopped(SIGKILL) == SIGKILL)
            let beforeRestart = receiver.acceptedIDs.count
            #expect(beforeRestart < count, "all delivered before the kill: make the receiver slower")

            let second = try ServeProcess(environment: environment(port: port, receiverPort: receiverPort), directory: folder)
            #expect(await waitUntilHealthy(port, second), "serve did not restart: \(second.standardError)")
            #expect(await eventually(timeout: 60) { receiver.acceptedIDs.count >= count })
            try await Task.sleep(for: .milliseconds(500))
            #expect(await second.stopped(SIGTERM) == 0, "no graceful exit: \(second.standardError)")

            #expect(receiver.acceptedIDs == ids)
            let duplicates = receiver.received.count - receiver.acceptedIDs.count
            #expect(duplicates <= 32, "more re-deliveries than deliveries in flight: \(duplicates)")
            #expect(receiver.badSignatures == 0)
            let store = try SQLiteConversationStore(path: folder.appendingPathComponent("ajar.sqlite").path)
            let stored = try await store.reminders(for: ConversationID("webhook:sink")!)
            #expect(stored.count == count)
            #expect(stored.allSatisfy { $0.status == .delivered })
            print("crash test: \(beforeRestart) delivered before kill -9, \(duplicates) delivered again after restart")
        }
    }

    @Test func refusesANonLoopbackAddressWithoutASecret() async throws {
        var environment = environment(port: try ServeProcess.freePort())
        environment["AJAR_HTTP_SECRET"] = nil
        environment["AJAR_HTTP_HOST"] = "0.0.0.0"
        let output = try await AjarBinary.run(["serve"], environment: environment, directory: folder, timeout: 20)
        #expect(output.status == 1)
        #expect(output.stderr.contains("without a signing secret"))
    }

    @Test func refusesToRunWithNothingToServe() async throws {
        let environment = ["AJAR_DIALOGUE_PATH": folder.path, "AJAR_STORAGE_PATH": folder.appendingPathComponent("x.sqlite").path]
        let output = try await AjarBinary.run(["serve"], environment: environment, directory: folder, timeout: 20)
        #expect(output.status == 1)
        #expect(output.stderr.contains("nothing to serve"))
    }
}
