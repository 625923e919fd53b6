public import AjarReminders
public import Foundation

/// A checked `POST /v1/reminders` body: `{"to": ..., "text": ..., "at": ... | "in": ...}`.
///
/// Parsing is pure: the targets come from a ``ReminderRouter`` and the time from `now`.
/// Every problem is an ``APIError`` 400 naming its field.
///
/// ```swift
/// let request = try ReminderRequest(json: body, router: router, now: Date())
/// request.target   // irc:#ajar
/// request.dueAt    // now + 10 minutes for "in": "10m"
/// ```
public struct ReminderRequest: Sendable, Hashable {
    public var target: ReminderTarget
    public var text: String
    public var dueAt: Date

    /// The longest reminder text, in characters.
    public static let maximumTextLength = 4000
    /// The furthest ahead a reminder may be scheduled.
    public static let maximumDelay: TimeInterval = 5 * 366 * 86_400
    /// How far in the past an `at` may be (clock skew) and still count as "now".
    public static let pastTolerance: TimeInterval = 300

    public init(json body: some DataProtocol, router: ReminderRouter, now: Date) throws(APIError) {
        let object = try JSONBody.object(body, allowed: ["to", "text", "at", "in"])
        guard let to = try JSONBody.string(object, "to") else {
            throw APIError(.badRequest, field: "to", "missing: expected irc:#channel, irc:nick or webhook:NAME")
        }
        do throws(ReminderTargetError) {
            target = try router.validate(to)
        } catch {
            throw APIError(.badRequest, field: "to", error.description)
        }
        text = try JSONBody.text(object)
        let at = try JSONBody.string(object, "at")
        let delay = try JSONBody.string(object, "in")
        switch (at, delay) {
        case (.some, .some):
            throw APIError(.badRequest, field: "in", "give either 'at' or 'in', not both")
        case (.some(let at), nil):
            guard let date = RFC3339.date(from: at) else {
                throw APIError(.badRequest, field: "at", "expected an RFC 3339 time such as 2026-11-24T20:00:00Z")
            }
            if date < now.addingTimeInterval(-Self.pastTolerance) {
                throw APIError(.badRequest, field: "at", "the time is in the past")
            }
            if date.timeIntervalSince(now) > Self.maximumDelay {
                throw APIError(.badRequest, field: "at", "the time is more than 5 years ahead")
            }
            dueAt = max(date, now)
        case (nil, .some(let delay)):
            guard let seconds = Self.seconds(in: delay) else {
                throw APIError(.badRequest, field: "in", "expected a duration such as 90s, 10m, 2h, 3d, 1w or 1h30m")
            }
            guard Double(seconds) <= Self.maximumDelay else {
                throw APIError(.badRequest, field: "in", "the duration is more than 5 years")
            }
            dueAt = now.addingTimeInterval(TimeInterval(seconds))
        case (nil, nil):
            dueAt = now
        }
    }

    /// Seconds in a duration such as `90s`, `10m`, `2h`, `3d`, `1w`, `1h30m`; `nil` otherwise.
    public static func seconds(in text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 32 else { return nil }
        var total = 0
        var number: Int?
        for character in text {
            if let digit = character.wholeNumberValue, character.isASCII {
                let (times, overflow1) = (number ?? 0).multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(digit)
                guard !overflow1, !overflow2 else { return nil }
                number = sum
                continue
            }
            let unit: Int
            switch character {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3600
            case "d": unit = 86_400
            case "w": unit = 604_800
            default: return nil
            }
            guard let value = number else { return nil }
            let (product, overflow1) = value.multipliedReportingOverflow(by: unit)
            let (sum, overflow2) = total.addingReportingOverflow(product)
            guard !overflow1, !overflow2 else { return nil }
            total = sum
            number = nil
        }
        return number == nil ? total : nil
    }
}

/// Reading the small JSON bodies of the API with errors that name the field.
enum JSONBody {
    static func object(_ body: some DataProtocol, allowed: Set<String>) throws(APIError) -> [String: Any] {
        let data = Data(body)
        guard !data.isEmpty else { throw APIError(.badRequest, field: "body", "the body is empty: expected a JSON object") }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw APIError(.badRequest, field: "body", "malformed JSON")
        }
        guard let object = parsed as? [String: Any] else {
            throw APIError(.badRequest, field: "body", "expected a JSON object")
        }
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw APIError(.badRequest, field: unknown, "unknown field (expected: \(allowed.sorted().joined(separator: ", ")))")
        }
        return object
    }

    /// The string at `key`; `nil` when absent or JSON `null`.
    static func string(_ object: [String: Any], _ key: String) throws(APIError) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let string = value as? String else { throw APIError(.badRequest, field: key, "expected a string") }
        return string
    }

    /// The `text` field: present, not blank, not too long, no control characters but line breaks and tabs.
    static func text(_ object: [String: Any]) throws(APIError) -> String {
        guard let text = try string(object, "text") else { throw APIError(.badRequest, field: "text", "missing") }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError(.badRequest, field: "text", "the text is empty")
        }
        guard text.count <= ReminderRequest.maximumTextLength else {
            throw APIError(.badRequest, field: "text", "the text is longer than \(ReminderRequest.maximumTextLength) characters")
        }
        let allowed: Set<Unicode.Scalar> = ["\n", "\r", "\t"]
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !allowed.contains($0) }) {
            throw APIError(.badRequest, field: "text", "the text holds control characters")
        }
        return text
    }
}
