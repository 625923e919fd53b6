import AjarRuntime
import AjarTestSupport
import Foundation
import Logging
import Testing

@Suite struct ConfigurationLoaderTests {
    let folder: URL
    init() throws { folder = try AjarBinary.temporaryDirectory() }

    /// Writes `yaml` to a file and returns its path.
    func file(_ yaml: String, name: String = "ajar.yaml") throws -> String {
        let url = folder.appendingPathComponent(name)
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func problems(_ yaml: String, environment: [String: String] = [:]) throws -> [String] {
        let path = try file(yaml)
        do {
            _ = try ConfigurationLoader(environment: environment).load(file: path)
            return []
        } catch {
            return error.problems.map { $0.description.replacingOccurrences(of: path, with: "FILE") }
        }
    }

    @Test func usesTheDocumentedDefaultsWithNoConfigurationAtAll() throws {
        let configuration = try ConfigurationLoader(environment: [:]).load(file: nil)
        #expect(configuration == AjarConfiguration())
        #expect(configuration.irc.nick == "ajar")
        #expect(configuration.http.host == "127.0.0.1")
        #expect(configuration.http.port == nil)
        #expect(configuration.logging.level == .warning)
        #expect(configuration.logging.logUserText == false)
    }

    @Test func readsEveryKindOfValueFromTheFile() throws {
        let path = try file("""
            dialogue:
              path: Scripts/
            storage:
              path: /tmp/ajar-test.sqlite
            irc:
              host: irc.example.org
              port: 6667
              tls: false
              nick: coach
              channels: ["#ajar", "#help"]
            http:
              port: 8080
            logging:
              level: debug
              log_user_text: true
            """)
        let configuration = try ConfigurationLoader(environment: [:]).load(file: path)
        #expect(configuration.dialogue.path == "Scripts/")
        #expect(configuration.storage.path == "/tmp/ajar-test.sqlite")
        #expect(configuration.irc.host == "irc.example.org")
        #expect(configuration.irc.port == 6667)
        #expect(configuration.irc.tls == false)
        #expect(configuration.irc.nick == "coach")
        #expect(configuration.irc.channels == ["#ajar", "#help"])
        #expect(configuration.http.port == 8080)
        #expect(configuration.logging.level == .debug)
        #expect(configuration.logging.logUserText)
        #expect(configuration.file == path)
    }

    @Test func letsTheEnvironmentOverrideTheFile() throws {
        let path = try file("irc:\n  port: 6667\n  channels: [\"#old\"]\nstorage:\n  path: /from/file\n")
        let configuration = try ConfigurationLoader(environment: [
            "AJAR_IRC_PORT": "7000",
            "AJAR_IRC_CHANNELS": "#one, #two,,",
            "AJAR_STORAGE_PATH": "/from/env.sqlite",
            "AJAR_IRC_TLS": "no",
            "AJAR_LOGGING_LEVEL": "INFO",
            "AJAR_HTTP_SECRET": "whsec_abc",
        ]).load(file: path)
        #expect(configuration.irc.port == 7000)
        #expect(configuration.irc.channels == ["#one", "#two"])
        #expect(configuration.storage.path == "/from/env.sqlite")
        #expect(configuration.irc.tls == false)
        #expect(configuration.logging.level == .info)
        #expect(configuration.http.secret == Secret("whsec_abc"))
        #expect("\(configuration.http.secret!)" == "<secret>")
    }

    @Test func reportsAnUnknownKeyWithItsLineAndColumn() throws {
        #expect(try problems("irc:\n  host: example.org\n  prot: 6667\n") == [
            "FILE:3:3: error: unknown key 'prot' in section 'irc' (did you mean 'port'?)",
        ])
    }

    @Test func reportsAnUnknownSection() throws {
        let found = try problems("storage:\n  path: x\nweb:\n  port: 1\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("FILE:3:1: error: unknown section 'web'") == true)
    }

    @Test(arguments: [
        ("irc:\n  port: 99999\n", "FILE:2:9: error: 'irc.port' expects a port number (1-65535), got '99999'"),
        ("irc:\n  tls: maybe\n", "FILE:2:8: error: 'irc.tls' expects true or false, got 'maybe'"),
        ("irc:\n  channels: \"#ajar\"\n", "FILE:2:13: error: 'irc.channels' expects a list, for example [\"#ajar\"]"),
        ("irc:\n  channels: [ajar]\n", "FILE:2:13: error: 'irc.channels': 'ajar' is not a channel name (they start with # or &)"),
        ("logging:\n  level: loud\n", "FILE:2:10: error: 'logging.level' expects one of trace, debug, info, notice, warning, error, critical, got 'loud'"),
        ("storage: [a]\n", "FILE:1:10: error: expected the keys of section 'storage'"),
    ])
    func reportsABadValueWhereItIsWritten(_ yaml: String, _ expected: String) throws {
        #expect(try problems(yaml) == [expected])
    }

    @Test func reportsEveryProblemNotJustTheFirst() throws {
        #expect(try problems("irc:\n  port: x\n  nik: a\nhttp:\n  port: 0\n").count == 3)
    }

    @Test func refusesASecretWrittenInTheFile() throws {
        let found = try problems("http:\n  secret: whsec_abc\nirc:\n  sasl_password: hunter2\n")
        #expect(found == [
            "FILE:2:11: error: 'http.secret' is a secret and may not be written in the configuration file: set AJAR_HTTP_SECRET or 'http.secret_file'",
            "FILE:4:18: error: 'irc.sasl_password' is a secret and may not be written in the configuration file: set AJAR_IRC_SASL_PASSWORD or 'irc.sasl_password_file'",
        ])
        #expect(found.allSatisfy { !$0.contains("hunter2") })
    }

    @Test func readsASecretFromTheFileItsKeyNames() throws {
        let secretPath = try file("hunter2\n", name: "password")
        let path = try file("irc:\n  sasl_password_file: \(secretPath)\n")
        let configuration = try ConfigurationLoader(environment: [:]).load(file: path)
        #expect(configuration.irc.saslPassword?.value == "hunter2")
        let overridden = try ConfigurationLoader(environment: ["AJAR_IRC_SASL_PASSWORD": "env"]).load(file: path)
        #expect(overridden.irc.saslPassword?.value == "env")
    }

    @Test func reportsAMissingSecretFile() throws {
        let found = try problems("http:\n  secret_file: /nonexistent/secret\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("FILE:2:16: error: cannot read the secret file /nonexistent/secret") == true)
    }

    @Test func reportsABadEnvironmentValueByItsVariable() throws {
        do {
            _ = try ConfigurationLoader(environment: ["AJAR_HTTP_PORT": "eighty", "AJAR_LOGGING_LOG_USER_TEXT": "sure"]).load(file: nil)
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.map(\.description).sorted() == [
                "AJAR_HTTP_PORT: error: 'http.port' expects a port number (1-65535), got 'eighty'",
                "AJAR_LOGGING_LOG_USER_TEXT: error: 'logging.log_user_text' expects true or false, got 'sure'",
            ])
        }
    }

    @Test func reportsInvalidYAMLWithItsPosition() throws {
        let found = try problems("irc:\n  host: [unclosed\n")
        #expect(found.count == 1)
        #expect(found.first?.contains("error: invalid YAML") == true)
        #expect(found.first?.hasPrefix("FILE:") == true)
    }

    @Test func reportsADuplicateKey() throws {
        let found = try problems("irc:\n  nick: a\n  nick: b\n")
        #expect(found.count == 1)
        #expect(found.first?.contains("duplicate key 'nick'") == true)
    }

    @Test func reportsAMissingFile() throws {
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader(environment: [:]).load(file: folder.appendingPathComponent("absent.yaml").path)
        }
    }

    @Test func acceptsAnEmptyFileOrEmptySections() throws {
        #expect(try problems("") == [])
        #expect(try problems("# only comments\n") == [])
        #expect(try problems("irc:\nhttp:\n  port: ~\n") == [])
    }

    @Test func shipsAConfigFileThatDocumentsEveryKeyWithItsDefault() throws {
        let path = AjarBinary.packageRoot.appendingPathComponent("config/ajar.yaml").path
        var configuration = try ConfigurationLoader(environment: [:]).load(file: path)
        configuration.file = nil
        #expect(configuration == AjarConfiguration())
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for key in ConfigurationKey.all {
            #expect(text.contains("\(key.name):"), "config/ajar.yaml does not document \(key.dotted)")
            #expect(text.contains(key.environmentVariable), "config/ajar.yaml does not name \(key.environmentVariable)")
        }
    }
}
