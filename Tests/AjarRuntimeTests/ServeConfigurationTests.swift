import AjarRuntime
import AjarTestSupport
import Foundation
import Testing

/// The `irc`, `http`, `reminders`, `webhooks` and `safety` keys `ajar serve` reads.
@Suite struct ServeConfigurationTests {
    let folder: URL
    init() throws { folder = try AjarBinary.temporaryDirectory() }

    func load(_ yaml: String, environment: [String: String] = [:]) throws -> AjarConfiguration {
        let url = folder.appendingPathComponent("ajar.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return try ConfigurationLoader(environment: environment).load(file: url.path)
    }

    func problems(_ yaml: String, environment: [String: String] = [:]) throws -> [String] {
        do {
            _ = try load(yaml, environment: environment)
            return []
        } catch let error as ConfigurationError {
            let path = folder.appendingPathComponent("ajar.yaml").path
            return error.problems.map { $0.description.replacingOccurrences(of: path, with: "FILE") }
        }
    }

    @Test func readsTheServeSectionsFromTheFile() throws {
        let configuration = try load("""
            irc:
              host: irc.example.org
              username: coach
              realname: The coach
              prefix: "!ajar"
              flood_burst: 6
              flood_rate: 1.5
            http:
              body_limit: 4096
            reminders:
              time_zone: Europe/Berlin
              quiet_hours: 22:00-07:30
              quiet_hours_overrides:
                "irc:#night-owls": off
                "webhook:pager": 23:00-06:00@America/New_York
                "irc:alice": 12:00-13:00
              max_attempts: 3
              retry_delay: 90s
              max_retry_delay: 2h
            webhooks:
              targets:
                alerts: https://example.org/hook
                home: http://127.0.0.1:8123/ajar
              timeout: 1m
            safety:
              path: config/safety
              locale: de
            """)
        #expect(configuration.irc.username == "coach")
        #expect(configuration.irc.realname == "The coach")
        #expect(configuration.irc.prefix == "!ajar")
        #expect(configuration.irc.floodBurst == 6)
        #expect(configuration.irc.floodRate == 1.5)
        #expect(configuration.http.bodyLimit == 4096)
        let reminders = configuration.reminders
        #expect(reminders.timeZone.identifier == "Europe/Berlin")
        #expect(reminders.quietHours == DailyWindow("22:00-07:30"))
        #expect(reminders.quietHours?.start == 22 * 60)
        #expect(reminders.quietHours?.end == 7 * 60 + 30)
        #expect(reminders.quietHoursOverrides["irc:#night-owls"] == .off)
        #expect(reminders.quietHoursOverrides["webhook:pager"]
            == .window(DailyWindow("23:00-06:00")!, timeZone: TimeZone(identifier: "America/New_York")))
        #expect(reminders.quietHoursOverrides["irc:alice"] == .window(DailyWindow("12:00-13:00")!, timeZone: nil))
        #expect(reminders.maxAttempts == 3)
        #expect(reminders.retryDelay == .seconds(90))
        #expect(reminders.maxRetryDelay == .seconds(7200))
        #expect(configuration.webhooks.targets == [
            "alerts": URL(string: "https://example.org/hook")!, "home": URL(string: "http://127.0.0.1:8123/ajar")!,
        ])
        #expect(configuration.webhooks.timeout == .seconds(60))
        #expect(configuration.safety.path == "config/safety")
        #expect(configuration.safety.locale == "de")
    }

    @Test func theEnvironmentOverridesWithFlatValues() throws {
        let configuration = try load("reminders:\n  max_attempts: 3\n", environment: [
            "AJAR_REMINDERS_MAX_ATTEMPTS": "5",
            "AJAR_REMINDERS_QUIET_HOURS_OVERRIDES": "irc:#night-owls=off, webhook:pager=23:00-06:00@Asia/Tokyo",
            "AJAR_WEBHOOKS_TARGETS": "alerts=https://example.org/hook,home=http://127.0.0.1:9/x",
            "AJAR_IRC_FLOOD_RATE": "0.5",
            "AJAR_HTTP_PREVIOUS_SECRET": "whsec_b2xkLXNlY3JldA==",
            "AJAR_IRC_PASSWORD": "server-pass",
        ])
        #expect(configuration.reminders.maxAttempts == 5)
        #expect(configuration.reminders.quietHoursOverrides.count == 2)
        #expect(configuration.reminders.quietHoursOverrides["webhook:pager"]
            == .window(DailyWindow("23:00-06:00")!, timeZone: TimeZone(identifier: "Asia/Tokyo")))
        #expect(configuration.webhooks.targets["home"] == URL(string: "http://127.0.0.1:9/x"))
        #expect(configuration.irc.floodRate == 0.5)
        #expect(configuration.http.previousSecret?.value == "whsec_b2xkLXNlY3JldA==")
        #expect(configuration.irc.password?.value == "server-pass")
        #expect("\(configuration.irc.password!)" == "<secret>")
    }

    @Test func secretsOfTheNewSectionsComeFromFilesNeverTheYAML() throws {
        let secretFile = folder.appendingPathComponent("webhooks.secret")
        try "whsec_c2VjcmV0\n".write(to: secretFile, atomically: true, encoding: .utf8)
        let configuration = try load("webhooks:\n  secret_file: \(secretFile.path)\n")
        #expect(configuration.webhooks.secret?.value == "whsec_c2VjcmV0")
        let found = try problems("irc:\n  password: hunter2\nwebhooks:\n  secret: abc\n")
        #expect(found == [
            "FILE:2:13: error: 'irc.password' is a secret and may not be written in the configuration file: set AJAR_IRC_PASSWORD or 'irc.password_file'",
            "FILE:4:11: error: 'webhooks.secret' is a secret and may not be written in the configuration file: set AJAR_WEBHOOKS_SECRET or 'webhooks.secret_file'",
        ])
    }

    @Test func reportsEveryBadValueWithWhereItIs() throws {
        let found = try problems("""
            irc:
              flood_burst: 0
              flood_rate: fast
            http:
              body_limit: 12
            reminders:
              time_zone: Mars/Olympus
              quiet_hours: 25:00-07:00
              quiet_hours_overrides:
                "irc:#a": sometimes
              retry_delay: 5
            webhooks:
              targets:
                pager: ftp://example.org/x
              timeout: [1s]
            """)
        #expect(found == [
            "FILE:2:16: error: 'irc.flood_burst' expects a whole number of at least 1, got '0'",
            "FILE:3:15: error: 'irc.flood_rate' expects a number above 0 (such as 0.5 or 2), got 'fast'",
            "FILE:5:15: error: 'http.body_limit' expects a whole number of at least 256, got '12'",
            "FILE:7:14: error: 'reminders.time_zone' expects a time zone such as UTC or Europe/Berlin, got 'Mars/Olympus'",
            "FILE:8:16: error: 'reminders.quiet_hours' expects HH:MM-HH:MM such as 22:00-08:00, got '25:00-07:00'",
            "FILE:10:15: error: 'reminders.quiet_hours_overrides': 'irc:#a' expects HH:MM-HH:MM, HH:MM-HH:MM@ZONE or off, got 'sometimes'",
            "FILE:11:16: error: 'reminders.retry_delay' expects a duration above zero with its unit, such as 90s, 10m, 2h, 1d or 1h30m, got '5'",
            "FILE:14:12: error: 'webhooks.targets': 'pager' expects an http:// or https:// URL, got 'ftp://example.org/x'",
            "FILE:15:12: error: 'webhooks.timeout' expects a single value, not a list or a mapping",
        ])
    }

    @Test func reportsABadEnvironmentEntryByItsVariable() throws {
        let found = try problems("", environment: [
            "AJAR_WEBHOOKS_TARGETS": "alerts",
            "AJAR_REMINDERS_QUIET_HOURS": "late",
        ])
        #expect(found.sorted() == [
            "AJAR_REMINDERS_QUIET_HOURS: error: 'reminders.quiet_hours' expects HH:MM-HH:MM such as 22:00-08:00, got 'late'",
            "AJAR_WEBHOOKS_TARGETS: error: 'webhooks.targets' expects NAME=VALUE entries separated by commas, got 'alerts'",
        ])
    }

    @Test(arguments: [
        ("22:00-08:00", 1320, 480), ("0:00-6:30", 0, 390), ("12:00-13:00", 720, 780), (" 07:05 - 09:10 ", 425, 550),
    ])
    func readsDailyWindows(text: String, start: Int, end: Int) {
        let window = DailyWindow(text)
        #expect(window?.start == start)
        #expect(window?.end == end)
    }

    @Test(arguments: ["", "22:00", "22:00-22:00", "24:00-01:00", "10:60-11:00", "1:2-3:45", "aa:bb-cc:dd", "+1:00-02:00", "22:00-08:00-09:00"])
    func refusesMalformedDailyWindows(text: String) {
        #expect(DailyWindow(text) == nil)
    }

    @Test func aWindowAcrossMidnightContainsLateAndEarlyMinutes() throws {
        let window = try #require(DailyWindow("22:00-08:00"))
        #expect(window.contains(minute: 23 * 60))
        #expect(window.contains(minute: 0))
        #expect(window.contains(minute: 7 * 60 + 59))
        #expect(!window.contains(minute: 8 * 60))
        #expect(!window.contains(minute: 12 * 60))
        #expect(window.description == "22:00-08:00")
    }
}
