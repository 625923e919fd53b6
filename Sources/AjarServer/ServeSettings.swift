public import AjarReminders
public import Foundation

/// The `serve` settings the configuration loader does not know yet, read from the environment
/// under the names proposed for `config/ajar.yaml` (`reminders.quiet_hours` ->
/// `AJAR_REMINDERS_QUIET_HOURS`). Every one has a default; a malformed value stops `serve` with
/// a message naming the variable.
///
/// | variable | default | meaning |
/// | --- | --- | --- |
/// | `AJAR_HTTP_BODY_LIMIT` | `65536` | largest request body in bytes (413 above) |
/// | `AJAR_HTTP_PREVIOUS_SECRET` | none | a second accepted signing secret, while rotating |
/// | `AJAR_REMINDERS_QUIET_HOURS` | none | `HH:MM-HH:MM` when reminders wait |
/// | `AJAR_REMINDERS_TIME_ZONE` | `UTC` | the zone of the quiet hours |
/// | `AJAR_REMINDERS_QUIET_HOURS_OVERRIDES` | none | `TARGET=HH:MM-HH:MM[@ZONE]` or `TARGET=off`, comma-separated |
/// | `AJAR_REMINDERS_MAX_ATTEMPTS` | `8` | delivery attempts before a reminder is failed |
/// | `AJAR_REMINDERS_RETRY_DELAY` | `5s` | the first retry's delay (doubles each time) |
/// | `AJAR_REMINDERS_MAX_RETRY_DELAY` | `10m` | the longest retry delay |
/// | `AJAR_WEBHOOKS_TARGETS` | none | `NAME=URL`, comma-separated: the `webhook:NAME` targets |
/// | `AJAR_WEBHOOKS_SECRET` | the HTTP secret | signs outgoing webhooks |
/// | `AJAR_WEBHOOKS_TIMEOUT` | `10s` | per outgoing request |
public struct ServeSettings: Sendable {
    public var bodyLimit = 64 * 1024
    public var previousSecret: String?
    public var quietHours = QuietHoursPolicy()
    public var retry = RetryPolicy()
    public var webhookTargets: [String: URL] = [:]
    public var webhookSecret: String?
    public var webhookTimeout: Duration = .seconds(10)

    public init() {}

    /// Reads the variables; throws every problem found, one per line.
    public init(environment: [String: String]) throws(ServeSettingsError) {
        var problems: [String] = []
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        func duration(_ name: String) -> Duration? {
            guard let text = value(name) else { return nil }
            guard let seconds = Self.seconds(in: text) else {
                problems.append("\(name): error: expected a duration such as 90s, 10m or 2h, got '\(text)'")
                return nil
            }
            return .seconds(seconds)
        }
        if let text = value("AJAR_HTTP_BODY_LIMIT") {
            if let limit = Int(text), limit >= 256 { bodyLimit = limit } else {
                problems.append("AJAR_HTTP_BODY_LIMIT: error: expected a number of bytes (at least 256), got '\(text)'")
            }
        }
        previousSecret = value("AJAR_HTTP_PREVIOUS_SECRET")
        let zoneName = value("AJAR_REMINDERS_TIME_ZONE") ?? "UTC"
        let zone = TimeZone(identifier: zoneName)
        if zone == nil { problems.append("AJAR_REMINDERS_TIME_ZONE: error: unknown time zone '\(zoneName)'") }
        if let text = value("AJAR_REMINDERS_QUIET_HOURS"), let zone {
            if let hours = QuietHours(text, timeZone: zone) { quietHours.defaultHours = hours } else {
                problems.append("AJAR_REMINDERS_QUIET_HOURS: error: expected HH:MM-HH:MM such as 22:00-08:00, got '\(text)'")
            }
        }
        for entry in Self.list(value("AJAR_REMINDERS_QUIET_HOURS_OVERRIDES")) {
            guard let (target, rest) = Self.pair(entry) else {
                problems.append("AJAR_REMINDERS_QUIET_HOURS_OVERRIDES: error: expected TARGET=HH:MM-HH:MM[@ZONE] or TARGET=off, got '\(entry)'")
                continue
            }
            if rest == "off" { quietHours.overrides[target] = .some(nil); continue }
            let parts = rest.split(separator: "@", maxSplits: 1).map(String.init)
            let overrideZone = parts.count == 2 ? TimeZone(identifier: parts[1]) : zone
            guard let overrideZone, let hours = QuietHours(parts[0], timeZone: overrideZone) else {
                problems.append("AJAR_REMINDERS_QUIET_HOURS_OVERRIDES: error: cannot read '\(entry)'")
                continue
            }
            quietHours.overrides[target] = .some(hours)
        }
        if let text = value("AJAR_REMINDERS_MAX_ATTEMPTS") {
            if let attempts = Int(text), attempts >= 1 { retry.maximumAttempts = attempts } else {
                problems.append("AJAR_REMINDERS_MAX_ATTEMPTS: error: expected a positive number, got '\(text)'")
            }
        }
        if let delay = duration("AJAR_REMINDERS_RETRY_DELAY") { retry.initialDelay = delay }
        if let delay = duration("AJAR_REMINDERS_MAX_RETRY_DELAY") { retry.maximumDelay = delay }
        for entry in Self.list(value("AJAR_WEBHOOKS_TARGETS")) {
            guard let (name, text) = Self.pair(entry), let url = URL(string: text),
                  let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil,
                  !name.contains(where: { $0 == " " || $0 == ":" })
            else {
                problems.append("AJAR_WEBHOOKS_TARGETS: error: expected NAME=http(s)://host/path, got '\(entry)'")
                continue
            }
            webhookTargets[name] = url
        }
        webhookSecret = value("AJAR_WEBHOOKS_SECRET")
        if let timeout = duration("AJAR_WEBHOOKS_TIMEOUT") { webhookTimeout = timeout }
        guard problems.isEmpty else { throw ServeSettingsError(problems: problems) }
    }

    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func pair(_ entry: String) -> (String, String)? {
        guard let equals = entry.firstIndex(of: "=") else { return nil }
        let key = entry[..<equals].trimmingCharacters(in: .whitespaces)
        let value = entry[entry.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        return key.isEmpty || value.isEmpty ? nil : (key, value)
    }

    /// `90s`, `10m`, `2h`, `1d`.
    static func seconds(in text: String) -> Int? {
        guard let unit = text.last, let number = Int(text.dropLast()), number >= 0 else { return nil }
        switch unit {
        case "s": return number
        case "m": return number * 60
        case "h": return number * 3600
        case "d": return number * 86_400
        default: return nil
        }
    }
}

/// The `serve` settings that could not be read.
public struct ServeSettingsError: Error, Sendable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}
