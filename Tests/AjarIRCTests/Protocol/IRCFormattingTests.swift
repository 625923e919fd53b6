import AjarIRCProtocol
import Testing

@Suite struct IRCFormattingTests {
    static let cases: [(String, String)] = [
        ("plain text", "plain text"),
        ("\u{2}bold\u{2}", "bold"),
        ("\u{1D}italic\u{1D} \u{1F}under\u{1F} \u{16}rev\u{16} \u{1E}strike\u{1E} \u{11}mono\u{11}\u{F}", "italic under rev strike mono"),
        ("\u{3}4red", "red"),
        ("\u{3}04red", "red"),
        ("\u{3}04,12on blue", "on blue"),
        ("\u{3}4,1", ""),
        ("\u{3}123", "3"),
        ("\u{3},5comma stays", ",5comma stays"),
        ("\u{3}04,text", ",text"),
        ("\u{3}\u{3}x", "x"),
        ("\u{3}", ""),
        ("\u{4}FF0000red\u{4}", "red"),
        ("\u{4}ff0000,00FF00rg", "rg"),
        ("tab\there", "tab here"),
        ("bell\u{7}", "bell"),
        ("caf\u{E9} \u{1F600}", "caf\u{E9} \u{1F600}"),
    ]

    @Test(arguments: cases)
    func stripsFormattingCodes(_ input: String, _ expected: String) {
        #expect(IRCFormatting.strip(input) == expected)
    }
}

@Suite struct CTCPMessageTests {
    static let cases: [(String, CTCPMessage?)] = [
        ("\u{1}ACTION waves\u{1}", .action("waves")),
        ("\u{1}ACTION waves", .action("waves")),
        ("\u{1}action waves hello\u{1}", .action("waves hello")),
        ("\u{1}VERSION\u{1}", .version),
        ("\u{1}PING 12345\u{1}", .ping("12345")),
        ("\u{1}TIME\u{1}", .other(command: "TIME", arguments: "")),
        ("hello", nil),
        ("\u{1}\u{1}", nil),
        ("\u{1}", nil),
    ]

    @Test(arguments: cases)
    func parsesCTCPRequests(_ text: String, _ expected: CTCPMessage?) {
        #expect(CTCPMessage(parsing: text) == expected)
    }

    @Test func repliesAreWrappedAndCannotNestDelimiters() {
        #expect(CTCPMessage.reply(command: "VERSION", arguments: "Ajar 1") == "\u{1}VERSION Ajar 1\u{1}")
        #expect(CTCPMessage.reply(command: "PING", arguments: "1\u{1}2") == "\u{1}PING 12\u{1}")
    }
}
