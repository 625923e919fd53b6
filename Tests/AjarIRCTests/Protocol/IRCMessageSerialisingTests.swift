import AjarIRCProtocol
import Testing

@Suite struct IRCMessageSerialisingTests {
    static let examples: [(IRCMessage, String)] = [
        (IRCMessage(command: "NICK", parameters: ["ajar"]), "NICK ajar"),
        (IRCMessage(command: "USER", parameters: ["ajar", "0", "*", "Ajar coach"]), "USER ajar 0 * :Ajar coach"),
        (IRCMessage(command: "PRIVMSG", parameters: ["#a", "hi"]), "PRIVMSG #a hi"),
        (IRCMessage(command: "PRIVMSG", parameters: ["#a", ":)"]), "PRIVMSG #a ::)"),
        (IRCMessage(command: "PRIVMSG", parameters: ["#a", ""]), "PRIVMSG #a :"),
        (IRCMessage(command: "QUIT"), "QUIT"),
        (IRCMessage(tags: [IRCTag(key: "+draft/reply", value: "a b;c")], command: "TAGMSG", parameters: ["#a"]),
         "@+draft/reply=a\\sb\\:c TAGMSG #a"),
        (IRCMessage(source: IRCSource(name: "n", user: "u", host: "h"), command: "PRIVMSG", parameters: ["x", "y z"]),
         ":n!u@h PRIVMSG x :y z"),
    ]

    @Test(arguments: examples)
    func writesLines(_ message: IRCMessage, _ expected: String) throws {
        #expect(try message.serialised() == expected)
    }

    static let injections: [String] = [
        "hello\r\nQUIT :bye", "hello\nJOIN #evil", "hello\rMODE ajar +o", "a\0b", "\r\n\r\n", "\n:server 001 x :y",
    ]

    @Test(arguments: injections)
    func lineBreaksInATextCannotStartASecondCommand(_ text: String) throws {
        let line = try IRCMessage(command: "PRIVMSG", parameters: ["#a", text]).serialised()
        #expect(!line.utf8.contains(0x0A) && !line.utf8.contains(0x0D) && !line.utf8.contains(0))
        let back = try IRCMessage(parsing: line)
        #expect(back.command == "PRIVMSG")
        #expect(back.parameters.count == 2)
    }

    @Test func lineBreaksInATargetAreRemovedToo() throws {
        let line = try IRCMessage(command: "PRIVMSG", parameters: ["#a\r\nQUIT", "x"]).serialised()
        #expect(line == "PRIVMSG #aQUIT x")
    }

    @Test func tagValuesAreEscapedNotStripped() throws {
        let message = IRCMessage(tags: [IRCTag(key: "k", value: "a\r\nb")], command: "TAGMSG", parameters: ["#a"])
        let line = try message.serialised()
        #expect(line == "@k=a\\r\\nb TAGMSG #a")
        #expect(try IRCMessage(parsing: line) == message)
    }

    static let invalid: [(IRCMessage, IRCSerialisationError)] = [
        (IRCMessage(command: "PRIVMSG", parameters: ["#a b", "x"]), .invalidMiddleParameter(index: 0)),
        (IRCMessage(command: "PRIVMSG", parameters: [":x", "y"]), .invalidMiddleParameter(index: 0)),
        (IRCMessage(command: "PRIVMSG", parameters: ["", "y"]), .invalidMiddleParameter(index: 0)),
        (IRCMessage(command: "PRIV MSG"), .invalidCommand("PRIV MSG")),
        (IRCMessage(command: ""), .invalidCommand("")),
        (IRCMessage(tags: [IRCTag(key: "a b")], command: "X"), .invalidTagKey("a b")),
        (IRCMessage(source: IRCSource(name: "a b"), command: "X"), .invalidSource),
        (IRCMessage(command: "PRIVMSG", parameters: ["#a", String(repeating: "x", count: 500)]), .tooLong(bytes: 513)),
    ]

    @Test(arguments: invalid)
    func refusesWhatCannotBeOneValidLine(_ message: IRCMessage, _ expected: IRCSerialisationError) {
        #expect(throws: expected) { try message.serialised() }
    }

    @Test func aLineOfExactly512BytesWithCRLFIsAccepted() throws {
        let text = String(repeating: "x", count: 512 - 2 - "PRIVMSG #a ".utf8.count)
        let line = try IRCMessage(command: "PRIVMSG", parameters: ["#a", text]).serialised()
        #expect(line.utf8.count + 2 == 512)
    }
}
