import AjarRuntime
import AjarReminders
import Foundation
import Testing

@Suite struct RetryPolicyTests {
    @Test func doublesUpToTheCapAndHonoursALongerRetryAfter() {
        let policy = RetryPolicy(maximumAttempts: 5, initialDelay: .seconds(2), maximumDelay: .seconds(30), jitter: 0)
        var random = SystemRandomNumberGenerator()
        #expect((1...6).map { policy.delay(afterAttempt: $0, retryAfter: nil, using: &random) }
            == [.seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(30), .seconds(30)])
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(20), using: &random) == .seconds(20))
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(3600), using: &random) == .seconds(30))
        #expect(policy.shouldRetry(afterAttempts: 4))
        #expect(!policy.shouldRetry(afterAttempts: 5))
    }

    @Test func jitterStaysWithinItsBand() {
        let policy = RetryPolicy(initialDelay: .seconds(10), jitter: 0.2)
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let delay = policy.delay(afterAttempt: 1, retryAfter: nil, using: &random)
            #expect(delay >= .seconds(8) && delay <= .seconds(12))
        }
    }
}

@Suite struct QuietHoursTests {
    let utc = TimeZone(identifier: "UTC")!

    func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func aWindowAcrossMidnightDefersToItsEnd() {
        let quiet = QuietHours("22:00-08:00", timeZone: utc)!
        #expect(quiet.deferral(of: date("2027-01-15T21:59:00Z")) == nil)
        #expect(quiet.deferral(of: date("2027-01-15T22:00:00Z")) == date("2027-01-16T08:00:00Z"))
        #expect(quiet.deferral(of: date("2027-01-16T03:00:00Z")) == date("2027-01-16T08:00:00Z"))
        #expect(quiet.deferral(of: date("2027-01-16T08:00:00Z")) == nil)
    }

    @Test func followsTheTargetsTimeZone() {
        let berlin = QuietHours("12:00-13:00", timeZone: TimeZone(identifier: "Europe/Berlin")!)!
        #expect(berlin.deferral(of: date("2027-01-15T11:30:00Z")) == date("2027-01-15T12:00:00Z"))  // 12:30 in Berlin
        #expect(berlin.deferral(of: date("2027-01-15T12:30:00Z")) == nil)
    }

    @Test(arguments: ["", "22:00", "22-08", "25:00-08:00", "22:00-08:60", "08:00-08:00", "a:bc-d:ef"])
    func refusesMalformedWindows(text: String) {
        #expect(QuietHours(text, timeZone: utc) == nil)
    }

    @Test func theRemindersSectionBecomesTheRetryAndQuietHoursPolicies() throws {
        var reminders = AjarConfiguration().reminders
        reminders.timeZone = try #require(TimeZone(identifier: "Europe/Berlin"))
        reminders.quietHours = DailyWindow("22:00-08:00")
        reminders.quietHoursOverrides = [
            "irc:#night-owls": .off,
            "webhook:pager": .window(try #require(DailyWindow("23:00-06:00")), timeZone: TimeZone(identifier: "Asia/Tokyo")),
            "irc:alice": .window(try #require(DailyWindow("12:00-13:00")), timeZone: nil),
        ]
        reminders.maxAttempts = 3
        reminders.retryDelay = .seconds(90)
        reminders.maxRetryDelay = .seconds(30)  // shorter than the first delay: the first wins
        let retry = RetryPolicy(reminders)
        #expect(retry.maximumAttempts == 3 && retry.initialDelay == .seconds(90) && retry.maximumDelay == .seconds(90))
        let quiet = QuietHoursPolicy(reminders)
        #expect(quiet.hours(for: "irc:#ajar")?.description == "22:00-08:00 Europe/Berlin")
        #expect(quiet.hours(for: "irc:#night-owls") == nil)
        #expect(quiet.hours(for: "webhook:pager")?.description == "23:00-06:00 Asia/Tokyo")
        #expect(quiet.hours(for: "irc:alice")?.description == "12:00-13:00 Europe/Berlin")
    }
}
