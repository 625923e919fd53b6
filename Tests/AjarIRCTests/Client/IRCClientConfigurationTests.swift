import AjarIRC
import AjarIRCProtocol
import AjarRuntime
import Testing

@Suite struct IRCClientConfigurationTests {
    @Test func noHostMeansNoIRC() throws {
        #expect(try IRCClientConfiguration.make(from: AjarConfiguration().irc) == nil)
    }

    @Test func buildsTheClientFromAjarsIRCSection() throws {
        var section = AjarConfiguration().irc
        section.host = "irc.example.org"
        section.channels = ["#ajar", "#Help"]
        section.nick = "Ajar[bot]"
        section.saslPassword = Secret("pw")
        let configuration = try #require(try IRCClientConfiguration.make(from: section))
        #expect(configuration.host == "irc.example.org" && configuration.port == 6697)
        #expect(configuration.network == "irc.example.org")
        #expect(configuration.session.nickname.rawValue == "Ajar[bot]")
        #expect(configuration.session.username == "ajarbot")
        #expect(configuration.session.channels.map(\.rawValue) == ["#ajar", "#Help"])
        #expect(configuration.session.sasl == SASLCredentials(username: "Ajar[bot]", password: "pw"))
        if case .tls = configuration.security {} else { Issue.record("expected TLS by default") }
    }

    @Test func refusesANickThatIsNotOne() {
        var section = AjarConfiguration().irc
        section.host = "irc.example.org"
        section.nick = "two words"
        #expect(throws: IRCConfigurationError.self) { try IRCClientConfiguration.make(from: section) }
    }
}
