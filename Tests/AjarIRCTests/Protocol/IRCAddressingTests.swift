import AjarIRCProtocol
import Testing

@Suite struct IRCAddressingTests {
    let addressing = IRCAddressing(nicknames: ["ajar", "ajar_"], commandPrefix: "!coach")

    static let channel: [(String, String?)] = [
        ("ajar: how do I get my partner to open up?", "how do I get my partner to open up?"),
        ("ajar, hello", "hello"),
        ("AJAR: hello", "hello"),
        ("Ajar:hello", "hello"),
        ("  ajar:   spaced  ", "spaced"),
        ("ajar_: on the alternative nick", "on the alternative nick"),
        ("!coach tell me more", "tell me more"),
        ("ajar:", nil),
        ("ajar: ", nil),
        ("ajar hello", nil),
        ("ajarbot: hello", nil),
        ("hello ajar", nil),
        ("hello everyone", nil),
        ("aja", nil),
    ]

    @Test(arguments: channel)
    func inAChannelAnswersOnlyWhenAddressed(_ line: String, _ expected: String?) {
        #expect(addressing.text(of: line, inChannel: true) == expected)
    }

    static let privately: [(String, String?)] = [
        ("hello", "hello"),
        ("ajar: hello", "hello"),
        ("!coach is just text here", "!coach is just text here"),
        ("   ", nil),
    ]

    @Test(arguments: privately)
    func inPrivateEveryLineIsForTheBot(_ line: String, _ expected: String?) {
        #expect(addressing.text(of: line, inChannel: false) == expected)
    }

    @Test func withoutAPrefixOnlyTheNickAddresses() {
        let plain = IRCAddressing(nicknames: ["ajar"])
        #expect(plain.text(of: "!coach hi", inChannel: true) == nil)
    }
}
