import AjarReminders
import AjarWebhooks
import Foundation
import Testing

/// Parsing `POST /v1/reminders` bodies: every 400 names its field.
@Suite struct ReminderRequestTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let router = ReminderRouter([RecordingTransport(scheme: "irc"), RecordingTransport(scheme: "webhook", names: ["ops"])])

    func parse(_ json: String) throws(APIError) -> ReminderRequest {
        try ReminderRequest(json: Array(json.utf8), router: router, now: now)
    }

    func field(_ json: String) -> String? {
        do throws(APIError) {
            _ = try parse(json)
            return nil
        } catch {
            #expect(error.status == .badRequest)
            return error.field
        }
    }

    @Test(arguments: [
        ("90s", 90), ("10m", 600), ("2h", 7200), ("3d", 259_200), ("1w", 604_800), ("1h30m", 5400), ("0s", 0),
    ])
    func readsDurations(text: String, seconds: Int) {
        #expect(ReminderRequest.seconds(in: text) == seconds)
    }

    @Test(arguments: ["", "10", "m", "10x", "-5m", "1.5h", "10 m", "99999999999999999999s", "1h30"])
    func refusesBadDurations(text: String) {
        #expect(ReminderRequest.seconds(in: text) == nil)
    }

    @Test func schedulesInADurationAtATimeOrNow() throws {
        #expect(try parse(#"{"to":"irc:#ajar","text":"hi","in":"10m"}"#).dueAt == now.addingTimeInterval(600))
        #expect(try parse(#"{"to":"irc:#ajar","text":"hi","at":"2027-02-01T00:00:00Z"}"#).dueAt == RFC3339.date(from: "2027-02-01T00:00:00Z"))
        // A little in the past (clock skew) means now.
        #expect(try parse(#"{"to":"irc:#ajar","text":"hi","at":"2027-01-15T07:58:00Z"}"#).dueAt == now)
        #expect(try parse(#"{"to":"irc:alice","text":"hi"}"#).dueAt == now)
        let offset = try parse(#"{"to":"webhook:ops","text":"hi","at":"2027-02-01T09:00:00.500+01:00"}"#)
        #expect(offset.dueAt == RFC3339.date(from: "2027-02-01T08:00:00.500Z"))
        #expect(offset.target.description == "webhook:ops")
    }

    @Test(arguments: [
        ("", "body"), ("{", "body"), ("[1]", "body"), ("\"x\"", "body"),
        (#"{"text":"hi"}"#, "to"),
        (#"{"to":42,"text":"hi"}"#, "to"),
        (#"{"to":"mail:bob","text":"hi"}"#, "to"),
        (#"{"to":"webhook:nobody","text":"hi"}"#, "to"),
        (#"{"to":"ircnick","text":"hi"}"#, "to"),
        (#"{"to":"irc:#ajar"}"#, "text"),
        (#"{"to":"irc:#ajar","text":"   "}"#, "text"),
        (#"{"to":"irc:#ajar","text":"a\u0000b"}"#, "text"),
        (#"{"to":"irc:#ajar","text":"hi","at":"tomorrow"}"#, "at"),
        (#"{"to":"irc:#ajar","text":"hi","at":"2020-01-01T00:00:00Z"}"#, "at"),
        (#"{"to":"irc:#ajar","text":"hi","in":"soon"}"#, "in"),
        (#"{"to":"irc:#ajar","text":"hi","in":"10000w"}"#, "in"),
        (#"{"to":"irc:#ajar","text":"hi","in":"1m","at":"2027-01-15T08:00:00Z"}"#, "in"),
        (#"{"to":"irc:#ajar","text":"hi","when":"1m"}"#, "when"),
    ])
    func namesTheFieldAtFault(json: String, expected: String) {
        #expect(field(json) == expected)
    }
}
