import AjarIRCProtocol
import Testing

@Suite struct IRCNamesTests {
    @Test(arguments: ["ajar", "Ajar_", "a[m]", "x{y}|z", "nick-9", "`back", "^caret", "\u{E9}l\u{E8}ve"])
    func acceptsNicknamesServersHandOut(_ name: String) {
        #expect(IRCNickname(name)?.rawValue == name)
    }

    @Test(arguments: ["", "two words", "a,b", "a!b", "a@b", "#chan", "&chan", "9lives", "-dash", "a.b", ":colon", "a\r\nb", "a\0b", "a*", "a\u{1}b", String(repeating: "n", count: 65)])
    func refusesNicknamesThatCouldBreakALine(_ name: String) {
        #expect(IRCNickname(name) == nil)
    }

    @Test(arguments: ["#ajar", "&local", "+modeless", "!12345abc", "#caf\u{E9}", "##double"])
    func acceptsChannelNames(_ name: String) {
        #expect(IRCChannelName(name)?.rawValue == name)
    }

    @Test(arguments: ["ajar", "#", "#a b", "#a,#b", "#bell\u{7}", "#a\nb", String(repeating: "#", count: 201)])
    func refusesBadChannelNames(_ name: String) {
        #expect(IRCChannelName(name) == nil)
    }

    @Test func comparesNamesWithTheRFC1459CaseMapping() {
        #expect(IRCNickname("Alice[m]")!.matches("alice{m}"))
        #expect(IRCNickname("a\\b^")!.key == "a|b~")
        #expect(IRCChannelName("#Ajar")!.key == IRCChannelName("#ajar")!.key)
        #expect(!IRCNickname("alice")!.matches("alicia"))
    }

    @Test func aTargetIsAChannelOrANickname() {
        #expect(IRCTarget("#ajar") == .channel(IRCChannelName("#ajar")!))
        #expect(IRCTarget("bob") == .nickname(IRCNickname("bob")!))
        #expect(IRCTarget("#bad name") == nil)
        #expect(IRCTarget("bad name") == nil)
    }
}
