import AjarEngine
import AjarIRC
import AjarIRCProtocol
import AjarTestSupport
import Foundation
import Testing

/// The bot against a real ngircd on 127.0.0.1, with real test users. Each test has its own server.
@Suite(.serialized, .enabled(if: NgircdServer.isAvailable, "needs ngircd (apt-get install ngircd)"), .timeLimit(.minutes(2)))
struct NgircdConversationTests {
    @Test func talksInAChannelWhenAddressedAndPrivatelyKeepingPeopleApart() async throws {
        let server = try await NgircdServer()
        let handler = ScriptedHandler()
        let bot = LiveBot(port: server.port, handler: handler)
        try await bot.waitUntilJoined()
        let alice = try await TestIRCUser(nick: "alice", port: server.port)
        let bob = try await TestIRCUser(nick: "bob", port: server.port)
        try await alice.join("#ajar")
        try await bob.join("#ajar")

        try await alice.send("PRIVMSG #ajar :hello everyone")
        try await alice.send("PRIVMSG #ajar :ajar: hello")
        #expect(try await alice.waitForTexts(from: "ajar", count: 1) == ["alice: 1: you said: hello"])
        try await bob.send("PRIVMSG #ajar :Ajar, \u{2}hi\u{2} there")
        #expect(try await bob.waitForTexts(from: "ajar", count: 2).last == "bob: 1: you said: hi there")
        try await bob.send("PRIVMSG #ajar :!ajar via the prefix")
        #expect(try await bob.waitForTexts(from: "ajar", count: 3).last == "bob: 2: you said: via the prefix")

        // Privately, every line is for the bot, and it is the same person's conversation.
        try await alice.send("PRIVMSG ajar :and privately")
        let privateReply = try await alice.waitFor("private reply") { $0.command == "PRIVMSG" && $0.parameter(0) == "alice" }
        #expect(privateReply.parameters.last == "2: you said: and privately")
        try await alice.send("PRIVMSG ajar :\u{1}ACTION waves\u{1}")
        _ = try await alice.waitFor("action reply") { $0.parameters.last == "3: you said: waves" }

        let conversations = Set(await handler.messages.map(\.conversation.rawValue))
        #expect(conversations == ["irc:test/alice", "irc:test/bob"])
        #expect(await handler.messages.contains { $0.text == "hello everyone" } == false)

        try await alice.send("PRIVMSG ajar :\u{1}VERSION\u{1}")
        let version = try await alice.waitFor("CTCP VERSION reply") { $0.command == "NOTICE" && $0.source?.name == "ajar" }
        #expect(version.parameters.last?.hasPrefix("\u{1}VERSION Ajar") == true)

        // Reply latency on loopback: from sending to receiving the answer (user -> server -> bot -> server -> user).
        var latencies: [Duration] = []
        for index in 0..<20 {
            alice.clear()
            let started = ContinuousClock.now
            try await alice.send("PRIVMSG ajar :ping \(index)")
            _ = try await alice.waitFor("reply \(index)", poll: .microseconds(200)) {
                $0.command == "PRIVMSG" && $0.parameters.last?.hasSuffix("ping \(index)") == true
            }
            latencies.append(.now - started)
        }
        let sorted = latencies.sorted()
        print("IRC reply latency on loopback: median \(sorted[sorted.count / 2]), max \(sorted.last!) (20 turns)")
        #expect(sorted[sorted.count / 2] < .milliseconds(500))

        try await alice.send("PRIVMSG ajar :crisis")
        _ = try await alice.waitFor("sensitive reply in private") { $0.parameter(0) == "alice" && $0.parameters.last?.hasPrefix("You matter") == true }

        await alice.close()
        await bob.close()
        await bot.stop()
        server.stop()
    }

    @Test func aLongMultibyteReplyIsSplitAndArrivesWholeWithoutCUT() async throws {
        let server = try await NgircdServer()
        let bot = LiveBot(port: server.port, handler: ScriptedHandler())
        try await bot.waitUntilJoined()
        let alice = try await TestIRCUser(nick: "alice", port: server.port)
        try await alice.join("#ajar")
        try await alice.send("PRIVMSG #ajar :ajar: long")
        let expected = ScriptedHandler.longText
        try await eventually(.seconds(10), "whole long text") {
            alice.texts(from: "ajar").map { String($0.dropFirst("alice: ".count)) }.joined(separator: " ").utf8.count >= expected.utf8.count
        }
        let lines = alice.texts(from: "ajar")
        #expect(lines.count > 4)
        #expect(lines.allSatisfy { $0.hasPrefix("alice: ") && !$0.contains("[CUT]") })
        #expect(lines.map { String($0.dropFirst("alice: ".count)) }.joined(separator: " ") == expected)
        await alice.close()
        await bot.stop()
        server.stop()
    }

    @Test func aDeliveredTextWithLineBreaksCannotInjectCommands() async throws {
        let server = try await NgircdServer()
        let bot = LiveBot(port: server.port, handler: ScriptedHandler())
        try await bot.waitUntilJoined()
        let alice = try await TestIRCUser(nick: "alice", port: server.port)
        try await alice.join("#ajar")

        try await bot.client.deliver("Reminder: thank them\r\nJOIN #evil\nQUIT :injected\r\0MODE ajar +i", to: "irc:alice")
        try await bot.client.deliver("Channel reminder\nPART #ajar", to: "irc:#ajar")
        let texts = try await alice.waitForTexts(from: "ajar", count: 6)
        #expect(texts == ["Reminder: thank them", "JOIN #evil", "QUIT :injected", "MODE ajar +i", "Channel reminder", "PART #ajar"])
        #expect(bot.client.status.isRegistered)
        #expect(bot.client.status.joinedChannels == ["#ajar"])
        #expect(bot.client.status.registrations == 1)

        await #expect(throws: IRCDeliveryError.invalidTarget("irc:bad nick")) { try await bot.client.deliver("x", to: "irc:bad nick") }
        await #expect(throws: IRCDeliveryError.otherNetwork("elsewhere")) { try await bot.client.deliver("x", to: "irc:elsewhere/alice") }
        await #expect(throws: IRCDeliveryError.emptyText) { try await bot.client.deliver("\r\n \n", to: "irc:alice") }
        await alice.close()
        await bot.stop()
        server.stop()
    }

    @Test func aTakenNickGivesAnAlternativeAndTheWantedOneIsRegained() async throws {
        let server = try await NgircdServer()
        let squatter = try await TestIRCUser(nick: "ajar", port: server.port)
        try await squatter.join("#ajar")
        // A long regain interval: the nick must come back because the bot sees its holder quit.
        let bot = LiveBot(port: server.port, handler: ScriptedHandler(), timing: IRCSessionTiming(nicknameRegainInterval: .seconds(300)))
        try await bot.waitUntilJoined()
        #expect(bot.client.status.nickname == "ajar_")

        let alice = try await TestIRCUser(nick: "alice", port: server.port)
        try await alice.send("PRIVMSG ajar_ :hi there")
        _ = try await alice.waitFor("reply from the alternative nick") { $0.source?.name == "ajar_" }

        await squatter.close()
        try await eventually(.seconds(10), "bot regains its nick") { bot.client.status.nickname == "ajar" }
        await alice.close()
        await bot.stop()
        server.stop()
    }

    @Test func aServerRestartReconnectsRejoinsAndTheConversationGoesOnInTheRuntime() async throws {
        let server = try await NgircdServer()
        let runtime = TinyDialogue.runtime()
        let bot = LiveBot(port: server.port, handler: runtime)
        try await bot.waitUntilJoined()
        var alice = try await TestIRCUser(nick: "alice", port: server.port)
        try await alice.join("#ajar")
        try await alice.send("PRIVMSG #ajar :ajar: how do I get my partner to open up?")
        #expect(try await alice.waitForTexts(from: "ajar", count: 3) == ["alice: Welcome.", "alice: Noted, go on.", "alice: Second question?"])

        server.stop()
        try await eventually(.seconds(5), "bot notices the server is gone") { !bot.client.status.isRegistered }
        try await server.start()
        try await eventually(.seconds(15), "bot registers again") { bot.client.status.registrations == 2 }
        try await bot.waitUntilJoined()

        alice = try await TestIRCUser(nick: "Alice", port: server.port)
        try await alice.join("#ajar")
        try await alice.send("PRIVMSG #ajar :ajar: they grew up not talking about feelings")
        #expect(try await alice.waitForTexts(from: "ajar", count: 1) == ["Alice: Thanks, that helps."])
        let id = try #require(bot.client.conversationID(for: IRCNickname("ALICE")!))
        #expect(id.rawValue == "irc:test/alice")
        #expect(try await runtime.store.session(for: id)?.session.state == "second")
        await alice.close()
        await bot.stop()
        server.stop()
    }

    @Test func connectsOverTLS() async throws {
        let server = try await NgircdServer(tls: true)
        let bot = LiveBot(port: server.tlsPort!, handler: ScriptedHandler(), security: .tls(certificateAuthorityFile: server.certificatePath))
        try await bot.waitUntilJoined()
        let alice = try await TestIRCUser(nick: "alice", port: server.port)
        try await alice.send("PRIVMSG ajar :over tls")
        _ = try await alice.waitFor("reply over TLS") { $0.parameters.last == "1: you said: over tls" }
        await alice.close()
        await bot.stop()
        server.stop()
    }
}

/// Flood control against ngircd's default throttle (slow: about 50 seconds).
@Suite(.serialized, .enabled(if: NgircdServer.isAvailable, "needs ngircd (apt-get install ngircd)"), .timeLimit(.minutes(3)))
struct NgircdFloodTests {
    @Test func aFiftyLineReplyArrivesWholeAndInOrderWithoutLagOrDisconnect() async throws {
        let server = try await NgircdServer(throttle: true)
        let bot = LiveBot(port: server.port, handler: ScriptedHandler(), flood: .default)
        try await bot.waitUntilJoined()
        let alice = try await TestIRCUser(nick: "alice", port: server.port)
        try await alice.join("#ajar")
        let started = ContinuousClock.now
        try await alice.send("PRIVMSG #ajar :ajar: fifty")
        let lines = try await alice.waitForTexts(from: "ajar", count: 50, timeout: .seconds(90))
        let elapsed = ContinuousClock.now - started
        #expect(lines == (1...50).map { "alice: line \($0) of 50" })
        #expect(bot.client.status.registrations == 1)
        #expect(bot.client.status.isRegistered)
        // While the reply drains, the bot still answers the server at once: a PING round trip stays short.
        try await alice.send("PRIVMSG ajar :still there?")
        _ = try await alice.waitFor("answer after the flood", timeout: .seconds(10)) { $0.parameters.last?.hasSuffix("still there?") == true }
        print("50-line reply through ngircd's default throttle at the default rates: \(elapsed)")
        await alice.close()
        await bot.stop()
        server.stop()
    }
}
