import AjarTestSupport
import AjarWebhooks
import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `ajar serve` delivering reminders to a real ngircd, watched by a raw IRC client.
@Suite(.serialized) struct ServeIRCTests {
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

    @Test(.enabled(if: NgircdServer.isAvailable), .timeLimit(.minutes(1)))
    func aReminderArrivesOverIRCAndLineBreaksCannotInjectACommand() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "dialogue: tiny\nstart: ask\nstates:\n  ask:\n    say: \"What is on your mind?\"\n    end: true\n"
            .write(to: folder.appendingPathComponent("main.yaml"), atomically: true, encoding: .utf8)
        let server = try await NgircdServer()
        defer { server.stop() }
        let ircPort = server.port
        let irc = try RawConnection(port: ircPort)
        defer { irc.close() }
        irc.send("NICK watcher\r\nUSER watcher 0 * :watcher\r\nJOIN #ajar\r\n")

        let httpPort = try ServeProcess.freePort()
        let serve = try ServeProcess(environment: [
            "AJAR_HTTP_PORT": String(httpPort), "AJAR_HTTP_SECRET": Self.secret,
            "AJAR_IRC_HOST": "127.0.0.1", "AJAR_IRC_PORT": String(ircPort), "AJAR_IRC_TLS": "false",
            "AJAR_IRC_CHANNELS": "#ajar", "AJAR_IRC_NICK": "ajarbot",
            "AJAR_STORAGE_PATH": folder.appendingPathComponent("ajar.sqlite").path, "AJAR_DIALOGUE_PATH": folder.path,
            "AJAR_LOGGING_LEVEL": "error",
        ], directory: folder)
        var seen = ""
        let joined = await eventually(timeout: 20) {
            seen += await irc.read(timeout: 0.1)
            return seen.contains("JOIN") && seen.contains("ajarbot")
        }
        #expect(joined, "the bot did not join: \(seen) \(serve.standardError)")

        let body = #"{"to":"irc:#ajar","text":"Did you thank them?\r\nQUIT :injected","in":"2s"}"#
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(httpPort)/v1/reminders")
        request.method = .POST
        for header in WebhookSigner(secret: try WebhookSecret(Self.secret)).headers(id: "irc-1", timestamp: Date(), body: Array(body.utf8)) {
            request.headers.add(name: header.name, value: header.value)
        }
        request.body = .bytes(ByteBuffer(string: body))
        let scheduled = Date()
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        #expect(response.status == .accepted)

        var arrived: Date?
        let delivered = await eventually(timeout: 20) {
            seen += await irc.read(timeout: 0.1)
            if arrived == nil, seen.contains("PRIVMSG #ajar :Did you thank them?") { arrived = Date() }
            return seen.contains("PRIVMSG #ajar :QUIT :injected")
        }
        #expect(delivered, "no reminder on IRC: \(seen)")
        let delay = arrived.map { $0.timeIntervalSince(scheduled) } ?? -1
        #expect(delay >= 1.9 && delay < 6, "arrived after \(delay) s")
        seen += await irc.read(timeout: 0.5)
        let commandsFromBot = seen.split(separator: "\r\n").filter { $0.hasPrefix(":ajarbot!") }.map { $0.split(separator: " ")[1] }
        #expect(!commandsFromBot.contains("QUIT"), "the text injected a QUIT: \(seen)")
        #expect(await serve.stopped(SIGTERM) == 0)
        print("irc test: reminder due in 2 s arrived after \(String(format: "%.2f", delay)) s")
    }

    /// The whole `irc` section from a configuration file (user name, real name, command prefix),
    /// the shipped coaching dialogue and safety layer: a coaching question is answered in the
    /// channel; a crisis line is answered privately, with only a note in the channel.
    @Test(.enabled(if: NgircdServer.isAvailable), .timeLimit(.minutes(1)))
    func servesTheShippedDialogueOnIRCFromAConfigFileAndAnswersACrisisPrivately() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try await NgircdServer()
        defer { server.stop() }
        let ircPort = server.port
        let irc = try RawConnection(port: ircPort)
        defer { irc.close() }
        irc.send("NICK watcher\r\nUSER watcher 0 * :watcher\r\nJOIN #ajar\r\n")
        let config = folder.appendingPathComponent("ajar.yaml")
        try """
            dialogue:
              path: \(AjarBinary.packageRoot.appendingPathComponent("Dialogues").path)
            storage:
              path: \(folder.appendingPathComponent("ajar.sqlite").path)
            irc:
              host: 127.0.0.1
              port: \(ircPort)
              tls: false
              nick: coachbot
              username: coach
              realname: "Coach for the tests"
              channels: ["#ajar"]
              prefix: "!ajar"
            logging:
              level: error
            """.write(to: config, atomically: true, encoding: .utf8)
        let serve = try ServeProcess(arguments: ["--config", config.path], environment: [:], directory: folder)
        var seen = ""
        let joined = await eventually(timeout: 20) {
            seen += await irc.read(timeout: 0.1)
            return seen.contains(":coachbot!~coach@") && seen.contains("JOIN")
        }
        #expect(joined, "the bot did not join as coachbot!~coach: \(seen) \(serve.standardError)")
        irc.send("WHOIS coachbot\r\n")
        let whois = await eventually(timeout: 10) {
            seen += await irc.read(timeout: 0.1)
            return seen.contains("Coach for the tests")
        }
        #expect(whois, "WHOIS did not show the real name: \(seen)")

        irc.send("PRIVMSG #ajar :!ajar How do I get my partner to open up to me?\r\n")
        let reframed = await eventually(timeout: 20) {
            seen += await irc.read(timeout: 0.1)
            return seen.contains("PRIVMSG #ajar :watcher: ") && seen.lowercased().contains("keeping")
        }
        #expect(reframed, "no reframe in the channel: \(seen)")

        seen = ""
        irc.send("PRIVMSG #ajar :!ajar I want to kill myself\r\n")
        let answered = await eventually(timeout: 20) {
            seen += await irc.read(timeout: 0.1)
            return seen.contains("PRIVMSG watcher :") && seen.contains("988") && seen.contains("PRIVMSG #ajar :watcher: ")
        }
        #expect(answered, "no private crisis answer with a note in the channel: \(seen) \(serve.standardError)")
        let channelLines = seen.split(separator: "\r\n").filter { $0.contains("PRIVMSG #ajar") }
        #expect(!channelLines.contains { $0.contains("988") }, "crisis resources went to the channel: \(channelLines)")
        #expect(await serve.stopped(SIGTERM) == 0)
    }
}

extension RawConnection {
    /// What arrives within `timeout` seconds (answering PINGs), never blocking a thread.
    func read(timeout: TimeInterval) async -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        repeat {
            text += poll().text
            if !text.isEmpty { break }
            try? await Task.sleep(for: .milliseconds(10))
        } while Date() < deadline
        for line in text.split(separator: "\r\n") where line.hasPrefix("PING ") {
            send("PONG " + line.dropFirst(5) + "\r\n")
        }
        return text
    }
}
