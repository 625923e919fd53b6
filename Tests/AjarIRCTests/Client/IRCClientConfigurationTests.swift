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

    @Test func readsTheOptionalKeysOfTheSection() throws {
        var section = AjarConfiguration().irc
        section.host = "irc.example.org"
        section.tls = false
        section.username = "coach"
        section.realname = "The\r\nQUIT coach\u{2}"
        section.prefix = " !ajar\n"
        section.password = Secret("server-pass")
        section.floodBurst = 6
        section.floodRate = 1.5
        let configuration = try #require(try IRCClientConfiguration.make(from: section))
        #expect(configuration.session.username == "coach")
        #expect(configuration.session.realname == "TheQUIT coach")
        #expect(configuration.commandPrefix == "!ajar")
        #expect(configuration.session.serverPassword == "server-pass")
        #expect(configuration.flood == IRCFloodControl.Rates(burstLines: 6, linesPerSecond: 1.5, burstBytes: 3072, bytesPerSecond: 768))
        if case .plaintext = configuration.security {} else { Issue.record("expected plain TCP with tls: false") }
    }

    @Test func theDefaultsGiveTheMeasuredFloodRates() throws {
        var section = AjarConfiguration().irc
        section.host = "irc.example.org"
        #expect(try IRCClientConfiguration.make(from: section)?.flood == .default)
    }

    @Test func refusesABadUserNameOrAnUnreadableCertificateFile() {
        var section = AjarConfiguration().irc
        section.host = "irc.example.org"
        section.username = "two words"
        #expect(throws: IRCConfigurationError.self) { try IRCClientConfiguration.make(from: section) }
        section.username = nil
        section.caFile = "/nonexistent/ca.pem"
        #expect(throws: IRCConfigurationError.self) { try IRCClientConfiguration.make(from: section) }
    }
}
