import AjarIRCProtocol
import Testing

@Suite struct IRCSessionRegistrationTests {
    @Test func opensWithCapLSThenNickAndUser() {
        var harness = SessionHarness()
        #expect(harness.connect().lines == ["CAP LS 302", "NICK ajar", "USER ajar 0 * :Ajar coach"])
    }

    @Test func sendsTheServerPasswordFirst() {
        var harness = SessionHarness(serverPassword: "hunter2")
        #expect(harness.connect().lines.first == "PASS hunter2")
    }

    @Test func requestsOnlyOfferedCapabilitiesAcrossMultilineLS() {
        var harness = SessionHarness()
        _ = harness.connect()
        #expect(harness.receive(":s CAP * LS * :multi-prefix message-tags").isEmpty)
        #expect(harness.receive(":s CAP * LS :server-time away-notify").lines == ["CAP REQ :message-tags server-time"])
        #expect(harness.receive(":s CAP * ACK :message-tags server-time").lines == ["CAP END"])
        #expect(harness.session.enabledCapabilities == ["message-tags", "server-time"])
    }

    @Test func endsNegotiationAtOnceWhenNothingWantedIsOffered() {
        var harness = SessionHarness()
        _ = harness.connect()
        #expect(harness.receive(":ngircd CAP * LS :multi-prefix").lines == ["CAP END"])
    }

    @Test func endsNegotiationWhenTheServerRefusesTheRequest() {
        var harness = SessionHarness()
        _ = harness.connect()
        _ = harness.receive(":s CAP * LS :server-time")
        #expect(harness.receive(":s CAP * NAK :server-time").lines == ["CAP END"])
    }

    @Test func authenticatesWithSASLPlainWhenAPasswordIsConfigured() {
        var harness = SessionHarness(sasl: SASLCredentials(username: "ajar", password: "secret"))
        _ = harness.connect()
        #expect(harness.receive(":s CAP * LS :sasl=PLAIN,EXTERNAL server-time").lines == ["CAP REQ :server-time sasl"])
        #expect(harness.receive(":s CAP * ACK :server-time sasl").lines == ["AUTHENTICATE PLAIN"])
        #expect(harness.receive("AUTHENTICATE +").lines == ["AUTHENTICATE AGFqYXIAc2VjcmV0"])
        let done = harness.receive(":s 903 * :SASL authentication successful")
        #expect(done.contains(.authenticated(success: true, detail: "SASL authentication successful")))
        #expect(done.lines == ["CAP END"])
    }

    @Test func goesOnWithoutAnAccountWhenSASLFails() {
        var harness = SessionHarness(sasl: SASLCredentials(username: "ajar", password: "wrong"))
        _ = harness.connect()
        _ = harness.receive(":s CAP * LS :sasl")
        _ = harness.receive(":s CAP * ACK :sasl")
        _ = harness.receive("AUTHENTICATE +")
        let failed = harness.receive(":s 904 * :SASL authentication failed")
        #expect(failed.contains(.authenticated(success: false, detail: "SASL authentication failed")))
        #expect(failed.lines == ["CAP END"])
    }

    @Test func doesNotAskForSASLWhenTheMechanismsExcludePlain() {
        var harness = SessionHarness(sasl: SASLCredentials(username: "ajar", password: "x"))
        _ = harness.connect()
        #expect(harness.receive(":s CAP * LS :sasl=EXTERNAL").lines == ["CAP END"])
    }

    @Test func joinsTheConfiguredChannelsAfterWelcome() {
        var harness = SessionHarness(channels: ["#ajar", "#help"])
        _ = harness.connect()
        _ = harness.receive(":s CAP * LS :multi-prefix")
        let actions = harness.receive(":s 001 ajar :Welcome")
        #expect(actions.first == .registered(IRCNickname("ajar")!))
        #expect(actions.lines == ["JOIN #ajar", "JOIN #help"])
        #expect(harness.session.isRegistered)
    }

    @Test func registersWithServersThatIgnoreCAP() {
        var harness = SessionHarness()
        _ = harness.connect()
        _ = harness.receive(":s 421 * CAP :Unknown command")
        #expect(harness.receive(":s 001 ajar :Welcome").first == .registered(IRCNickname("ajar")!))
    }

    @Test func answersPingAtOnceEvenWhileRegistering() {
        var harness = SessionHarness()
        _ = harness.connect()
        #expect(harness.receive("PING :12345") == [.sendUrgently(IRCMessage(command: "PONG", parameters: ["12345"]))])
    }

    @Test func givesUpWhenRegistrationTakesTooLong() {
        var harness = SessionHarness()
        _ = harness.connect()
        #expect(harness.advance(.seconds(59)).isEmpty)
        #expect(harness.advance(.seconds(1)) == [.disconnect(.registrationTimeout)])
    }

    @Test func disconnectsOnServerError() {
        var harness = SessionHarness()
        harness.register()
        #expect(harness.receive("ERROR :Closing link (Excess Flood)") == [.disconnect(.serverError("Closing link (Excess Flood)"))])
    }

    @Test func quitSaysGoodbyeOnceAndThenIgnoresEverything() {
        var harness = SessionHarness()
        harness.register()
        #expect(harness.session.quit(reason: "bye").lines == ["QUIT bye"])
        #expect(harness.session.quit(reason: "bye").isEmpty)
        #expect(harness.receive("PING :x").isEmpty)
    }
}
