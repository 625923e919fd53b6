import AjarIRCProtocol
import Testing

@Suite struct IRCMessageParsingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var tags: [IRCTag] = []
        var source: IRCSource?
        var command: String
        var parameters: [String] = []
        var testDescription: String { line }
    }

    static let valid: [Case] = [
        Case(line: "PING :irc.example.org", command: "PING", parameters: ["irc.example.org"]),
        Case(line: "PING irc.example.org", command: "PING", parameters: ["irc.example.org"]),
        Case(line: ":alice!~a@host.example PRIVMSG #ajar :ajar: hello there",
             source: IRCSource(name: "alice", user: "~a", host: "host.example"), command: "PRIVMSG",
             parameters: ["#ajar", "ajar: hello there"]),
        Case(line: ":irc.test.local 001 ajar :Welcome to the Internet Relay Network ajar!~ajar@localhost",
             source: IRCSource(name: "irc.test.local"), command: "001",
             parameters: ["ajar", "Welcome to the Internet Relay Network ajar!~ajar@localhost"]),
        Case(line: ":irc.test.local 433 * ajar :Nickname already in use", source: IRCSource(name: "irc.test.local"),
             command: "433", parameters: ["*", "ajar", "Nickname already in use"]),
        Case(line: "@time=2024-01-01T00:00:00.000Z;msgid=abc :bob PRIVMSG ajar :hi",
             tags: [IRCTag(key: "time", value: "2024-01-01T00:00:00.000Z"), IRCTag(key: "msgid", value: "abc")],
             source: IRCSource(name: "bob"), command: "PRIVMSG", parameters: ["ajar", "hi"]),
        Case(line: "@a=\\:\\s\\\\\\r\\n;b;+example.com/c= CMD", tags: [
            IRCTag(key: "a", value: "; \\\r\n"), IRCTag(key: "b"), IRCTag(key: "+example.com/c"),
        ], command: "CMD"),
        Case(line: "@a=x\\ CMD", tags: [IRCTag(key: "a", value: "x")], command: "CMD"),
        Case(line: "@a=\\b CMD", tags: [IRCTag(key: "a", value: "b")], command: "CMD"),
        Case(line: "privmsg #a :text", command: "PRIVMSG", parameters: ["#a", "text"]),
        Case(line: "PRIVMSG   #a    :  spaced  ", command: "PRIVMSG", parameters: ["#a", "  spaced  "]),
        Case(line: "PRIVMSG #a ::colon", command: "PRIVMSG", parameters: ["#a", ":colon"]),
        Case(line: "PRIVMSG #a :", command: "PRIVMSG", parameters: ["#a", ""]),
        Case(line: "USER ajar 0 * :Ajar the coach", command: "USER", parameters: ["ajar", "0", "*", "Ajar the coach"]),
        Case(line: "CAP * LS * :multi-prefix sasl=PLAIN,EXTERNAL", command: "CAP", parameters: ["*", "LS", "*", "multi-prefix sasl=PLAIN,EXTERNAL"]),
        Case(line: "JOIN #a ", command: "JOIN", parameters: ["#a"]),
        Case(line: ":nick PRIVMSG #a :caf\u{E9} \u{1F469}\u{200D}\u{1F4BB}", source: IRCSource(name: "nick"), command: "PRIVMSG",
             parameters: ["#a", "caf\u{E9} \u{1F469}\u{200D}\u{1F4BB}"]),
        // A space followed by a combining mark is one Character in Swift but still a separator on the wire.
        Case(line: "PRIVMSG #a \u{301}x", command: "PRIVMSG", parameters: ["#a", "\u{301}x"]),
    ]

    @Test(arguments: valid)
    func parsesValidLines(_ example: Case) throws {
        let message = try IRCMessage(parsing: example.line)
        #expect(message.tags == example.tags)
        #expect(message.source == example.source)
        #expect(message.command == example.command)
        #expect(message.parameters == example.parameters)
    }

    static let malformed: [(String, IRCParseError)] = [
        ("", .empty),
        ("    ", .empty),
        ("@ PRIVMSG", .invalidTags),
        ("@=x PRIVMSG", .invalidTags),
        ("@;; PRIVMSG", .invalidTags),
        (": PRIVMSG #a", .invalidSource),
        (":source", .missingCommand),
        ("@a=b", .missingCommand),
        (":source   ", .missingCommand),
        ("PRIV1MSG x", .invalidCommand("PRIV1MSG")),
        ("12 x", .invalidCommand("12")),
        ("1234 x", .invalidCommand("1234")),
        ("PRIVMSG #a :one\ntwo", .forbiddenCharacter(0x0A)),
        ("PRIVMSG #a :one\rtwo", .forbiddenCharacter(0x0D)),
        ("PRIVMSG #a :nul\0", .forbiddenCharacter(0)),
        ("\u{1F600} x", .invalidCommand("\u{1F600}")),
    ]

    @Test(arguments: malformed)
    func refusesMalformedLinesWithATypedError(_ line: String, _ expected: IRCParseError) {
        #expect(throws: expected) { try IRCMessage(parsing: line) }
    }

    @Test func theLastTagWithAKeyWins() throws {
        let message = try IRCMessage(parsing: "@a=1;a=2 CMD")
        #expect(message.tag("a") == "2")
        #expect(message.tag("b") == nil)
    }

    @Test func recognisesNumerics() throws {
        #expect(try IRCMessage(parsing: ":s 001 me :hi").isNumeric)
        #expect(try !IRCMessage(parsing: "PING x").isNumeric)
    }

    @Test func splitsSourcesWithAndWithoutUserAndHost() {
        #expect(IRCSource(parsing: "nick") == IRCSource(name: "nick"))
        #expect(IRCSource(parsing: "nick@host") == IRCSource(name: "nick", host: "host"))
        #expect(IRCSource(parsing: "nick!user") == IRCSource(name: "nick", user: "user"))
        #expect(IRCSource(parsing: "irc.example.org").isServer)
        #expect(!IRCSource(parsing: "alice!a@b").isServer)
    }
}
