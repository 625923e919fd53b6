import AjarReminders
import AjarRuntime
import AjarWebhooks
import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The webhook server on a real loopback port with a real HTTP client.
@Suite struct LiveWebhookServerTests {
    let fixture: WebhookFixture
    init() throws { fixture = try WebhookFixture(bodyTimeout: .milliseconds(500)) }

    func request(_ port: Int, _ path: String, _ body: String, id: String = UUID().uuidString) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = .POST
        for field in fixture.headers(body, id: id) { request.headers.add(name: field.name.rawName, value: field.value) }
        request.body = .bytes(ByteBuffer(string: body))
        return request
    }

    @Test func schedulesOverRealHTTPAndAnswersRepeatsTheSame() async throws {
        try await LiveServer.run({ try buildWebhookApplication(settings: fixture.settings, services: fixture.services, onServerRunning: $0) }) { port in
            let body = #"{"to":"irc:#ajar","text":"live","in":"90s"}"#
            let first = try await HTTPClient.shared.execute(request(port, "/v1/reminders", body, id: "live-1"), timeout: .seconds(5))
            let firstBody = try await first.body.collect(upTo: 4096)
            let second = try await HTTPClient.shared.execute(request(port, "/v1/reminders", body, id: "live-1"), timeout: .seconds(5))
            let secondBody = try await second.body.collect(upTo: 4096)
            #expect(first.status == .accepted)
            #expect(second.status == .accepted)
            #expect(String(buffer: firstBody) == String(buffer: secondBody))
            #expect(try await fixture.reminders(to: "irc:#ajar").count == 1)

            var unsigned = HTTPClientRequest(url: "http://127.0.0.1:\(port)/v1/reminders")
            unsigned.method = .POST
            unsigned.body = .bytes(ByteBuffer(string: body))
            let refused = try await HTTPClient.shared.execute(unsigned, timeout: .seconds(5))
            #expect(refused.status == .unauthorized)
        }
    }

    @Test func refusesAnOversizeBodyWith413() async throws {
        try await LiveServer.run({ try buildWebhookApplication(settings: fixture.settings, services: fixture.services, onServerRunning: $0) }) { port in
            let body = #"{"to":"irc:#ajar","text":""# + String(repeating: "y", count: 70 * 1024) + #""}"#
            let response = try await HTTPClient.shared.execute(request(port, "/v1/reminders", body), timeout: .seconds(5))
            #expect(response.status == .payloadTooLarge)
        }
    }

    @Test func closesOnASlowBodyAndOnAHalfOpenClient() async throws {
        try await LiveServer.run({ try buildWebhookApplication(settings: fixture.settings, services: fixture.services, onServerRunning: $0) }) { port in
            // A body promised but never sent: 408 after the body timeout (0.5 s here).
            let slow = try RawConnection(port: port)
            defer { slow.close() }
            let body = #"{"to":"irc:#ajar","text":"hi"}"#
            var head = "POST /v1/reminders HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"
            for field in fixture.headers(body) { head += "\(field.name.rawName): \(field.value)\r\n" }
            slow.send(head + "\r\n{")
            let answer = await slow.readAll(timeout: 5)
            #expect(answer.hasPrefix("HTTP/1.1 408"))

            // Half a request head, then silence: the idle timeout (2 s here) closes the connection.
            let idle = try RawConnection(port: port)
            defer { idle.close() }
            idle.send("POST /v1/remin")
            let started = Date()
            _ = await idle.readAll(timeout: 10)
            let waited = Date().timeIntervalSince(started)
            #expect(waited > 1 && waited < 8)
        }
    }
}

/// A plain blocking TCP connection, for clients that misbehave on purpose.
final class RawConnection: Sendable {
    let socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    func send(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { Glibc.send(socket, $0.baseAddress, $0.count - 1, 0) }
    }

    /// What has arrived, without waiting; `closed` once the server has closed the connection.
    func poll() -> (text: String, closed: Bool) {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = recv(socket, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if count > 0 {
                bytes += buffer[0..<count]
                continue
            }
            let closed = count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)
            return (String(decoding: bytes, as: UTF8.self), closed)
        }
    }

    /// Everything until the server closes, or `timeout` seconds (never blocking a thread).
    func readAll(timeout: TimeInterval) async -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        while Date() < deadline {
            let (more, closed) = poll()
            text += more
            if closed { break }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return text
    }

    func close() { _ = Glibc.close(socket) }
}
