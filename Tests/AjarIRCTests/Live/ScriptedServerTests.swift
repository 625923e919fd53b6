import AjarIRC
import Synchronization
import AjarIRCProtocol
import Testing

/// Behaviour a real test server cannot show: SASL, and a server that goes silent.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct ScriptedServerTests {
    @Test func authenticatesWithSASLPlainBeforeRegistering() async throws {
        let server = try await ScriptedIRCServer { connection in
            #expect(try await connection.next("CAP").parameters == ["LS", "302"])
            _ = try await connection.next("USER")
            try await connection.send(":irc.test CAP * LS * :multi-prefix message-tags")
            try await connection.send(":irc.test CAP * LS :sasl=PLAIN,EXTERNAL server-time")
            #expect(try await connection.next("CAP").parameters == ["REQ", "message-tags server-time sasl"])
            try await connection.send(":irc.test CAP * ACK :message-tags server-time sasl")
            #expect(try await connection.next("AUTHENTICATE").parameters == ["PLAIN"])
            try await connection.send("AUTHENTICATE +")
            let credentials = try await connection.next("AUTHENTICATE").parameters[0]
            #expect(Base64.decode(credentials) == Array("\0ajar\0s3cret pass".utf8))
            try await connection.send(":irc.test 900 ajar ajar!ajar@h ajar :You are now logged in as ajar")
            try await connection.send(":irc.test 903 ajar :SASL authentication successful")
            #expect(try await connection.next("CAP").parameters == ["END"])
            try await connection.send(":irc.test 001 ajar :Welcome")
            _ = try await connection.next("JOIN")
            try await connection.send(":ajar!ajar@h JOIN #ajar")
            _ = try await connection.next("QUIT", timeout: .seconds(30))
        }
        let bot = LiveBot(port: server.port, handler: ScriptedHandler(), sasl: SASLCredentials(username: "ajar", password: "s3cret pass"))
        try await bot.waitUntilJoined()
        await bot.stop()
        await server.stop()
    }

    @Test func aSilentServerIsDetectedByPingTimeoutAndTheBotReconnects() async throws {
        let server = try await ScriptedIRCServer { connection in
            _ = try await connection.next("USER")
            try await connection.send(":irc.test 001 ajar :Welcome")
            // Then silence: no PONG, nothing, until the bot gives up on us.
            for await _ in connection.lines {}
        }
        let timing = IRCSessionTiming(pingInterval: .seconds(1), pingTimeout: .seconds(1))
        let bot = LiveBot(port: server.port, channels: [], handler: ScriptedHandler(), timing: timing)
        try await eventually(.seconds(15), "bot reconnects after a ping timeout") { server.connections >= 2 }
        #expect(bot.client.status.lastDisconnect == "ping timeout")
        await bot.stop()
        await server.stop()
    }

    @Test func shutdownSendsQuitWithTheConfiguredMessage() async throws {
        let quit = QuitBox()
        let server = try await ScriptedIRCServer { connection in
            _ = try await connection.next("USER")
            try await connection.send(":irc.test 001 ajar :Welcome")
            let message = try await connection.next("QUIT", timeout: .seconds(30))
            quit.set(message.parameters.first)
            try await connection.send("ERROR :Closing link")
        }
        let bot = LiveBot(port: server.port, channels: [], handler: ScriptedHandler())
        try await eventually(.seconds(5), "registered") { bot.client.status.isRegistered }
        let started = ContinuousClock.now
        await bot.stop()
        #expect(ContinuousClock.now - started < .seconds(3))
        #expect(quit.value == "Ajar is going away for now")
        await server.stop()
    }
}

final class QuitBox: Sendable {
    private let box = Mutex<String?>(nil)
    func set(_ value: String?) { box.withLock { $0 = value } }
    var value: String? { box.withLock { $0 } }
}
