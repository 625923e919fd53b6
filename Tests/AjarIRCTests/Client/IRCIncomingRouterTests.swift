import AjarIRC
import AjarIRCProtocol
import Testing

@Suite struct IRCIncomingRouterTests {
    let router = IRCIncomingRouter(wantedNickname: IRCNickname("ajar")!, commandPrefix: "!ajar", version: "Ajar test")
    let own = IRCNickname("ajar")!

    private func decide(_ line: String, own: IRCNickname? = nil) -> IRCIncomingDecision {
        router.decide(try! IRCMessage(parsing: line), ownNickname: own ?? self.own)
    }

    private func converse(_ sender: String, _ channel: String?, _ text: String) -> IRCIncomingDecision {
        .converse(IRCConversationRequest(sender: IRCNickname(sender)!, channel: channel.map { IRCChannelName($0)! }, text: text))
    }

    @Test func anAddressedChannelLineIsAConversation() {
        #expect(decide(":alice!~a@h PRIVMSG #ajar :ajar: hello there") == converse("alice", "#ajar", "hello there"))
        #expect(decide(":alice!~a@h PRIVMSG #ajar :!ajar hello") == converse("alice", "#ajar", "hello"))
    }

    @Test func otherChannelChatterIsIgnored() {
        #expect(decide(":alice!~a@h PRIVMSG #ajar :hello everyone") == .ignore)
    }

    @Test func everyPrivateLineIsAConversation() {
        #expect(decide(":bob!~b@h PRIVMSG ajar :hi") == converse("bob", nil, "hi"))
    }

    @Test func answersToTheAlternativeNickAndTheWantedOne() {
        let alternative = IRCNickname("ajar_")!
        #expect(decide(":bob!~b@h PRIVMSG ajar_ :hi", own: alternative) == converse("bob", nil, "hi"))
        #expect(decide(":bob!~b@h PRIVMSG #ajar :ajar_: hi", own: alternative) == converse("bob", "#ajar", "hi"))
        #expect(decide(":bob!~b@h PRIVMSG #ajar :ajar: hi", own: alternative) == converse("bob", "#ajar", "hi"))
    }

    @Test func formattingIsStrippedBeforeTheDialogueSeesIt() {
        #expect(decide(":bob!~b@h PRIVMSG ajar :\u{2}bold\u{2} \u{3}04red") == converse("bob", nil, "bold red"))
        #expect(decide(":bob!~b@h PRIVMSG #ajar :\u{2}ajar\u{2}: hi") == converse("bob", "#ajar", "hi"))
    }

    @Test func actionIsUnderstoodAsText() {
        #expect(decide(":bob!~b@h PRIVMSG ajar :\u{1}ACTION waves\u{1}") == converse("bob", nil, "waves"))
        #expect(decide(":bob!~b@h PRIVMSG #ajar :\u{1}ACTION waves\u{1}") == .ignore)
    }

    @Test func answersCTCPVersionAndPingPrivatelyWithANotice() {
        #expect(decide(":bob!~b@h PRIVMSG ajar :\u{1}VERSION\u{1}") == .reply(IRCMessage(command: "NOTICE", parameters: ["bob", "\u{1}VERSION Ajar test\u{1}"])))
        #expect(decide(":bob!~b@h PRIVMSG ajar :\u{1}PING 42\u{1}") == .reply(IRCMessage(command: "NOTICE", parameters: ["bob", "\u{1}PING 42\u{1}"])))
        #expect(decide(":bob!~b@h PRIVMSG ajar :\u{1}FINGER\u{1}") == .ignore)
    }

    @Test func ignoresNoticesServersOurselvesAndStatusMessages() {
        #expect(decide(":bob!~b@h NOTICE ajar :hi") == .ignore)
        #expect(decide(":irc.test.local PRIVMSG ajar :hi") == .ignore)
        #expect(decide(":ajar!~a@h PRIVMSG #ajar :ajar: echo") == .ignore)
        #expect(decide(":bob!~b@h PRIVMSG @#ajar :ajar: ops only") == .ignore)
        #expect(decide(":bob!~b@h PRIVMSG someoneelse :hi") == .ignore)
    }
}

@Suite struct IRCReplyRendererTests {
    let renderer = IRCReplyRenderer(budget: IRCLineBudget(nickname: "ajar", username: "ajar"))
    let alice = IRCNickname("alice")!
    let channel = IRCChannelName("#ajar")!

    @Test func inAChannelEveryLineStartsWithTheNick() throws {
        let request = IRCConversationRequest(sender: alice, channel: channel, text: "hi")
        let lines = try renderer.messages(for: ["Hello.", "What is keeping them?"], to: request, sensitive: false).map { try $0.serialised() }
        #expect(lines == ["PRIVMSG #ajar :alice: Hello.", "PRIVMSG #ajar :alice: What is keeping them?"])
    }

    @Test func privatelyLinesGoAsTheyAre() throws {
        let request = IRCConversationRequest(sender: alice, channel: nil, text: "hi")
        let lines = try renderer.messages(for: ["Hello.\nSecond line"], to: request, sensitive: false).map { try $0.serialised() }
        #expect(lines == ["PRIVMSG alice Hello.", "PRIVMSG alice :Second line"])
    }

    @Test func sensitiveRepliesGoPrivatelyWithANoteInTheChannel() throws {
        let request = IRCConversationRequest(sender: alice, channel: channel, text: "help")
        let lines = try renderer.messages(for: ["You matter."], to: request, sensitive: true).map { try $0.serialised() }
        #expect(lines == ["PRIVMSG alice :You matter.", "PRIVMSG #ajar :alice: I have replied to you in a private message."])
    }

    @Test func longRepliesFitTheLineWithTheWorstCasePrefix() throws {
        let request = IRCConversationRequest(sender: alice, channel: channel, text: "hi")
        let long = Array(repeating: "caf\u{E9} \u{1F469}\u{200D}\u{1F4BB} constraint", count: 60).joined(separator: " ")
        let messages = renderer.messages(for: [long], to: request, sensitive: false)
        #expect(messages.count > 3)
        for message in messages {
            let relayed = ":ajar!~ajar@" + String(repeating: "h", count: 63) + " " + (try message.serialised()) + "\r\n"
            #expect(relayed.utf8.count <= 512)
        }
        let text = messages.map { String($0.parameters[1].dropFirst("alice: ".count)) }.joined(separator: " ")
        #expect(text == long)
    }
}

@Suite struct IRCDestinationTests {
    @Test(arguments: [
        ("irc:#ajar", nil, "#ajar"), ("irc:alice", nil, "alice"), ("irc:libera/alice", "libera", "alice"),
        ("irc:127.0.0.1/bob", "127.0.0.1", "bob"), ("irc:#a/b", nil, "#a/b"),
    ] as [(String, String?, String)])
    func parsesTargets(_ text: String, _ network: String?, _ target: String) {
        let destination = IRCDestination(parsing: text)
        #expect(destination?.network == network)
        #expect(destination?.target.rawValue == target)
    }

    @Test(arguments: ["irc:", "#ajar", "webhook:x", "irc:bad nick", "irc:/alice", "irc:net/", "irc:alice\r\nQUIT"])
    func refusesInvalidTargets(_ text: String) {
        #expect(IRCDestination(parsing: text) == nil)
    }
}
