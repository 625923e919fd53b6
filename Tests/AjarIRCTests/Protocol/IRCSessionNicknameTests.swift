import AjarIRCProtocol
import Testing

@Suite struct IRCSessionNicknameTests {
    @Test(arguments: [(1, "ajar_"), (2, "ajar__"), (3, "ajar1"), (4, "ajar2"), (12, "ajar10")])
    func alternativesAddASuffix(_ attempt: Int, _ expected: String) {
        #expect(IRCSessionStateMachine.alternative(to: IRCNickname("ajar")!, attempt: attempt)?.rawValue == expected)
    }

    @Test func alternativesShortenTheNickToFitTheLimit() {
        #expect(IRCSessionStateMachine.alternative(to: IRCNickname("coachbot9")!, attempt: 1, limit: 9)?.rawValue == "coachbot_")
        #expect(IRCSessionStateMachine.alternative(to: IRCNickname("coachbot9")!, attempt: 3, limit: 9)?.rawValue == "coachbot1")
    }

    @Test func triesAnAlternativeWhenTheNickIsTakenWhileRegistering() {
        var harness = SessionHarness()
        _ = harness.connect()
        #expect(harness.receive(":s 433 * ajar :Nickname already in use").lines == ["NICK ajar_"])
        #expect(harness.receive(":s 433 * ajar_ :Nickname already in use").lines == ["NICK ajar__"])
        #expect(harness.receive(":s 001 ajar__ :Welcome").first == .registered(IRCNickname("ajar__")!))
        #expect(harness.session.nickname.rawValue == "ajar__")
    }

    @Test func shortensAlternativesWhenTheServerSaysTheNickIsErroneous() {
        var harness = SessionHarness(nickname: "coachbot9")
        _ = harness.connect()
        #expect(harness.receive(":s 433 * coachbot9 :in use").lines == ["NICK coachbot9_"])
        #expect(harness.receive(":s 432 * coachbot9_ :Nickname too long").lines == ["NICK coachbot_"])
    }

    @Test func givesUpAfterTooManyAlternatives() {
        var harness = SessionHarness()
        _ = harness.connect()
        var last: [IRCSessionAction] = []
        for _ in 0...IRCSessionStateMachine.maximumAlternatives {
            last = harness.receive(":s 433 * x :in use")
        }
        #expect(last == [.disconnect(.nicknameUnavailable)])
    }

    @Test func regainsTheWantedNickPeriodically() {
        var harness = SessionHarness()
        _ = harness.connect()
        _ = harness.receive(":s 433 * ajar :in use")
        _ = harness.receive(":s 001 ajar_ :Welcome")
        #expect(harness.advance(.seconds(59)).lines.filter { $0.hasPrefix("NICK") }.isEmpty)
        #expect(harness.advance(.seconds(1)).lines.contains("NICK ajar"))
        #expect(harness.receive(":s 433 ajar_ ajar :in use").isEmpty)
        #expect(harness.advance(.seconds(30)).lines.filter { $0.hasPrefix("NICK") }.isEmpty)
        #expect(harness.advance(.seconds(30)).lines.contains("NICK ajar"))
        #expect(harness.receive(":ajar_!~ajar@h NICK :ajar") == [.nicknameChanged(IRCNickname("ajar")!)])
        #expect(harness.advance(.seconds(120)).lines.filter { $0.hasPrefix("NICK") }.isEmpty)
    }

    @Test func takesTheNickAtOnceWhenItsHolderLeaves() {
        var harness = SessionHarness()
        _ = harness.connect()
        _ = harness.receive(":s 433 * ajar :in use")
        _ = harness.receive(":s 001 ajar_ :Welcome")
        #expect(harness.receive(":Ajar!~x@h QUIT :gone").lines == ["NICK ajar"])
        #expect(harness.receive(":someone!~x@h QUIT :gone").isEmpty)
    }

    @Test func takesTheNickAtOnceWhenItsHolderChangesNick() {
        var harness = SessionHarness()
        _ = harness.connect()
        _ = harness.receive(":s 433 * ajar :in use")
        _ = harness.receive(":s 001 ajar_ :Welcome")
        #expect(harness.receive(":ajar!~x@h NICK :ghost").lines == ["NICK ajar"])
    }

    @Test func followsAServerForcedNickChange() {
        var harness = SessionHarness()
        harness.register()
        #expect(harness.receive(":ajar!~ajar@h NICK Guest123") == [.nicknameChanged(IRCNickname("Guest123")!)])
        #expect(harness.session.isOwnNickname("guest123"))
    }
}

@Suite struct IRCSessionKeepaliveTests {
    @Test func pingsAQuietServerAndDisconnectsWhenNoAnswerComes() {
        var harness = SessionHarness()
        harness.register()
        #expect(harness.advance(.seconds(89)).isEmpty)
        #expect(harness.advance(.seconds(1)) == [.sendUrgently(IRCMessage(command: "PING", parameters: ["ajar-1"]))])
        #expect(harness.advance(.seconds(59)).isEmpty)
        #expect(harness.advance(.seconds(1)) == [.disconnect(.pingTimeout)])
        #expect(harness.advance(.seconds(100)).isEmpty)
    }

    @Test func anyLineFromTheServerKeepsTheLinkAlive() {
        var harness = SessionHarness()
        harness.register()
        _ = harness.advance(.seconds(90))
        _ = harness.advance(.seconds(30))
        _ = harness.receive(":s PONG s :ajar-1")
        #expect(harness.advance(.seconds(59)).isEmpty)
        #expect(harness.advance(.seconds(31)).lines == ["PING ajar-2"])
    }

    @Test func followsTheConfiguredTiming() {
        var harness = SessionHarness(timing: IRCSessionTiming(pingInterval: .seconds(2), pingTimeout: .seconds(1)))
        harness.register()
        #expect(harness.advance(.seconds(2)).lines == ["PING ajar-1"])
        #expect(harness.advance(.seconds(1)) == [.disconnect(.pingTimeout)])
    }
}

@Suite struct IRCSessionChannelTests {
    @Test func recordsOurJoins() {
        var harness = SessionHarness()
        harness.register()
        #expect(harness.receive(":ajar!~ajar@h JOIN #Ajar") == [.joined(IRCChannelName("#Ajar")!)])
        #expect(harness.session.joinedChannels == ["#ajar"])
        #expect(harness.receive(":bob!~b@h JOIN #ajar").isEmpty)
    }

    @Test func rejoinsAfterAKickAfterAPause() {
        var harness = SessionHarness()
        harness.register()
        _ = harness.receive(":ajar!~ajar@h JOIN #ajar")
        let kicked = harness.receive(":op!~o@h KICK #ajar ajar :behave")
        #expect(kicked == [.removed(from: IRCChannelName("#ajar")!, reason: "kicked by op: behave")])
        #expect(harness.session.joinedChannels.isEmpty)
        #expect(harness.advance(.seconds(9)).lines.isEmpty)
        #expect(harness.advance(.seconds(1)).lines == ["JOIN #ajar"])
        _ = harness.receive(":ajar!~ajar@h JOIN #ajar")
        #expect(harness.advance(.seconds(600)).lines.filter { $0.hasPrefix("JOIN") }.isEmpty)
    }

    @Test func ignoresKicksOfOthersAndOfUnconfiguredChannels() {
        var harness = SessionHarness()
        harness.register()
        #expect(harness.receive(":op!~o@h KICK #ajar bob :bye").isEmpty)
        _ = harness.receive(":op!~o@h KICK #other ajar :bye")
        #expect(harness.advance(.seconds(60)).lines.filter { $0.hasPrefix("JOIN") }.isEmpty)
    }

    @Test func retriesARefusedChannelMuchLater() {
        var harness = SessionHarness()
        harness.register()
        #expect(harness.receive(":s 474 ajar #ajar :Cannot join channel (+b)") == [.joinFailed(IRCChannelName("#ajar")!, reason: "Cannot join channel (+b)")])
        #expect(harness.advance(.seconds(299)).lines.filter { $0.hasPrefix("JOIN") }.isEmpty)
        #expect(harness.advance(.seconds(1)).lines.contains("JOIN #ajar"))
    }

    @Test func aReconnectStartsAfresh() {
        var harness = SessionHarness()
        harness.register()
        _ = harness.receive(":ajar!~ajar@h JOIN #ajar")
        #expect(harness.connect().lines.first == "CAP LS 302")
        #expect(harness.session.joinedChannels.isEmpty)
        #expect(!harness.session.isRegistered)
    }
}
