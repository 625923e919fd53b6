import AjarCompiler
import Foundation
import Logging
import Yams

/// The checked values read so far, by dotted key, each with where it came from; and the problems.
struct ConfigurationValues {
    enum Value: Equatable {
        case string(String)
        case int(Int)
        case bool(Bool)
        case list([String])
        case double(Double)
        case timeZone(TimeZone)
        case window(DailyWindow)
        case urls([String: URL])
        case windows([String: AjarConfiguration.QuietHoursOverride])
    }

    var values: [String: (value: Value, location: String)] = [:]
    var problems: [ConfigurationProblem] = []

    mutating func read(_ key: ConfigurationKey, from node: Node, location: String) {
        if node.isNull { return }  // `key: ~` or `key:` means the default
        if key.kind == .secret {
            problem(location, "'\(key.dotted)' is a secret and may not be written in the configuration file: set \(key.environmentVariable) or '\(key.dotted)_file'")
            return
        }
        if key.kind == .list {
            guard let items = node.sequence else {
                problem(location, "'\(key.dotted)' expects a list, for example [\"#ajar\"]")
                return
            }
            var list: [String] = []
            for item in items {
                guard let text = item.scalar?.string else {
                    problem(item.location(in: Self.file(of: location)), "'\(key.dotted)' expects a list of strings")
                    return
                }
                list.append(text)
            }
            store(key, .list(list), location)
            return
        }
        if key.kind == .urlMap || key.kind == .dailyWindowMap {
            guard let pairs = node.mapping else {
                problem(location, "'\(key.dotted)' expects a mapping of names to values, for example { alerts: \"https://example.org/hook\" }")
                return
            }
            var entries: [(name: String, value: String, location: String)] = []
            for (nameNode, valueNode) in pairs {
                let itemLocation = valueNode.location(in: Self.file(of: location))
                guard let name = nameNode.scalar?.string, let text = valueNode.scalar?.string, !valueNode.isNull else {
                    problem(itemLocation, "'\(key.dotted)' expects each entry to be a name and one value")
                    return
                }
                entries.append((name, text, itemLocation))
            }
            readEntries(key, entries, location)
            return
        }
        guard let scalar = node.scalar else {
            problem(location, "'\(key.dotted)' expects a single value, not a list or a mapping")
            return
        }
        if key.kind == .bool {
            guard scalar.style == .plain, let value = node.bool else {
                problem(location, "'\(key.dotted)' expects true or false, got '\(scalar.string)'")
                return
            }
            store(key, .bool(value), location)
            return
        }
        parse(key, scalar.string, location)
    }

    mutating func read(_ key: ConfigurationKey, fromEnvironment text: String, variable: String) {
        if key.kind == .list {
            let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            store(key, .list(items), variable)
        } else if key.kind == .urlMap || key.kind == .dailyWindowMap {
            var entries: [(name: String, value: String, location: String)] = []
            for entry in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
                guard let equals = entry.firstIndex(of: "=") else {
                    problem(variable, "'\(key.dotted)' expects NAME=VALUE entries separated by commas, got '\(entry)'")
                    return
                }
                let name = entry[..<equals].trimmingCharacters(in: .whitespaces)
                let value = entry[entry.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                entries.append((name, value, variable))
            }
            readEntries(key, entries, variable)
        } else {
            parse(key, text, variable)
        }
    }

    private mutating func parse(_ key: ConfigurationKey, _ text: String, _ location: String) {
        switch key.kind {
        case .string, .secret:
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                problem(location, "'\(key.dotted)' may not be empty")
                return
            }
            store(key, .string(text), location)
        case .path:
            guard !text.isEmpty else {
                problem(location, "'\(key.dotted)' may not be empty")
                return
            }
            store(key, .string(Self.expandingHome(text)), location)
        case .port:
            guard let port = Int(text), (1...65535).contains(port) else {
                problem(location, "'\(key.dotted)' expects a port number (1-65535), got '\(text)'")
                return
            }
            store(key, .int(port), location)
        case .bool:
            switch text.lowercased() {
            case "true", "yes", "on", "1": store(key, .bool(true), location)
            case "false", "no", "off", "0": store(key, .bool(false), location)
            default: problem(location, "'\(key.dotted)' expects true or false, got '\(text)'")
            }
        case .logLevel:
            guard Logger.Level(rawValue: text.lowercased()) != nil else {
                let levels = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
                problem(location, "'\(key.dotted)' expects one of \(levels), got '\(text)'")
                return
            }
            store(key, .string(text.lowercased()), location)
        case .list:
            store(key, .list([text]), location)
        case .count(let minimum):
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)), number >= minimum else {
                problem(location, "'\(key.dotted)' expects a whole number of at least \(minimum), got '\(text)'")
                return
            }
            store(key, .int(number), location)
        case .rate:
            guard let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite, number > 0 else {
                problem(location, "'\(key.dotted)' expects a number above 0 (such as 0.5 or 2), got '\(text)'")
                return
            }
            store(key, .double(number), location)
        case .duration:
            guard let seconds = DurationParser.seconds(text) else {
                problem(location, "'\(key.dotted)' expects a duration above zero with its unit, such as 90s, 10m, 2h, 1d or 1h30m, got '\(text)'")
                return
            }
            store(key, .int(seconds), location)
        case .timeZone:
            guard let zone = TimeZone(identifier: text) else {
                problem(location, "'\(key.dotted)' expects a time zone such as UTC or Europe/Berlin, got '\(text)'")
                return
            }
            store(key, .timeZone(zone), location)
        case .dailyWindow:
            guard let window = DailyWindow(text) else {
                problem(location, "'\(key.dotted)' expects HH:MM-HH:MM such as 22:00-08:00, got '\(text)'")
                return
            }
            store(key, .window(window), location)
        case .urlMap, .dailyWindowMap:
            problem(location, "'\(key.dotted)' expects a mapping of names to values")
        }
    }

    /// Reads the entries of a mapping key into their typed values; any wrong entry is reported
    /// and the key is left unset.
    private mutating func readEntries(_ key: ConfigurationKey, _ entries: [(name: String, value: String, location: String)], _ location: String) {
        var urls: [String: URL] = [:]
        var windows: [String: AjarConfiguration.QuietHoursOverride] = [:]
        for (name, value, entryLocation) in entries {
            if key.kind == .urlMap {
                guard !name.isEmpty, !name.contains(where: { $0 == " " || $0 == ":" || $0 == "," || $0 == "=" }) else {
                    problem(entryLocation, "'\(key.dotted)': '\(name)' is not a usable name (no spaces, ':', ',' or '=')")
                    return
                }
                guard let url = Self.webURL(value) else {
                    problem(entryLocation, "'\(key.dotted)': '\(name)' expects an http:// or https:// URL, got '\(value)'")
                    return
                }
                urls[name] = url
            } else {
                guard !name.isEmpty else {
                    problem(entryLocation, "'\(key.dotted)' has an entry without a target")
                    return
                }
                guard let window = Self.quietHoursOverride(value) else {
                    problem(entryLocation, "'\(key.dotted)': '\(name)' expects HH:MM-HH:MM, HH:MM-HH:MM@ZONE or off, got '\(value)'")
                    return
                }
                windows[name] = window
            }
        }
        values[key.dotted] = (key.kind == .urlMap ? .urls(urls) : .windows(windows), location)
    }

    private static func webURL(_ text: String) -> URL? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return nil }
        return url
    }

    private static func quietHoursOverride(_ text: String) -> AjarConfiguration.QuietHoursOverride? {
        if text.lowercased() == "off" { return .off }
        let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
        guard let window = DailyWindow(parts.first ?? "") else { return nil }
        guard parts.count == 2 else { return .window(window, timeZone: nil) }
        guard let zone = TimeZone(identifier: parts[1]) else { return nil }
        return .window(window, timeZone: zone)
    }

    private mutating func store(_ key: ConfigurationKey, _ value: Value, _ location: String) {
        if key.dotted == "irc.channels", case .list(let channels) = value,
           let bad = channels.first(where: { !($0.hasPrefix("#") || $0.hasPrefix("&")) || $0.contains(" ") }) {
            problem(location, "'irc.channels': '\(bad)' is not a channel name (they start with # or &)")
            return
        }
        values[key.dotted] = (value, location)
    }

    private mutating func problem(_ location: String, _ message: String) {
        problems.append(ConfigurationProblem(location: location, message: message))
    }

    /// The typed configuration (secrets are resolved afterwards by the loader).
    func configuration() -> AjarConfiguration {
        var configuration = AjarConfiguration()
        configuration.dialogue.path = string("dialogue.path")
        configuration.storage.path = string("storage.path")
        configuration.irc.host = string("irc.host")
        configuration.irc.port = int("irc.port") ?? configuration.irc.port
        configuration.irc.tls = bool("irc.tls") ?? configuration.irc.tls
        configuration.irc.nick = string("irc.nick") ?? configuration.irc.nick
        configuration.irc.channels = list("irc.channels") ?? configuration.irc.channels
        configuration.irc.caFile = string("irc.ca_file")
        configuration.irc.username = string("irc.username")
        configuration.irc.realname = string("irc.realname") ?? configuration.irc.realname
        configuration.irc.prefix = string("irc.prefix")
        configuration.irc.floodBurst = int("irc.flood_burst") ?? configuration.irc.floodBurst
        configuration.irc.floodRate = double("irc.flood_rate") ?? configuration.irc.floodRate
        configuration.http.host = string("http.host") ?? configuration.http.host
        configuration.http.port = int("http.port")
        configuration.http.bodyLimit = int("http.body_limit") ?? configuration.http.bodyLimit
        configuration.http.receiptRetention = int("http.receipt_retention").map { .seconds($0) } ?? configuration.http.receiptRetention
        if case .timeZone(let zone) = values["reminders.time_zone"]?.value { configuration.reminders.timeZone = zone }
        if case .window(let window) = values["reminders.quiet_hours"]?.value { configuration.reminders.quietHours = window }
        if case .windows(let windows) = values["reminders.quiet_hours_overrides"]?.value {
            configuration.reminders.quietHoursOverrides = windows
        }
        configuration.reminders.maxAttempts = int("reminders.max_attempts") ?? configuration.reminders.maxAttempts
        configuration.reminders.retryDelay = int("reminders.retry_delay").map { .seconds($0) } ?? configuration.reminders.retryDelay
        configuration.reminders.maxRetryDelay = int("reminders.max_retry_delay").map { .seconds($0) } ?? configuration.reminders.maxRetryDelay
        configuration.reminders.claimDuration = int("reminders.claim_duration").map { .seconds(max($0, 1)) } ?? configuration.reminders.claimDuration
        if case .urls(let urls) = values["webhooks.targets"]?.value { configuration.webhooks.targets = urls }
        configuration.webhooks.timeout = int("webhooks.timeout").map { .seconds($0) } ?? configuration.webhooks.timeout
        configuration.safety.path = string("safety.path")
        configuration.safety.locale = string("safety.locale") ?? configuration.safety.locale
        configuration.logging.level = string("logging.level").flatMap(Logger.Level.init(rawValue:)) ?? configuration.logging.level
        configuration.logging.logUserText = bool("logging.log_user_text") ?? configuration.logging.logUserText
        return configuration
    }

    private func string(_ key: String) -> String? {
        if case .string(let value) = values[key]?.value { return value }
        return nil
    }

    private func int(_ key: String) -> Int? {
        if case .int(let value) = values[key]?.value { return value }
        return nil
    }

    private func bool(_ key: String) -> Bool? {
        if case .bool(let value) = values[key]?.value { return value }
        return nil
    }

    private func double(_ key: String) -> Double? {
        if case .double(let value) = values[key]?.value { return value }
        return nil
    }

    private func list(_ key: String) -> [String]? {
        if case .list(let value) = values[key]?.value { return value }
        return nil
    }

    private static func file(of location: String) -> String {
        String(location.split(separator: ":", maxSplits: 1).first ?? Substring(location))
    }

    private static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessEnvironment.home else { return path }
        return home + path.dropFirst()
    }
}

enum ProcessEnvironment {
    static var home: String? {
        guard let home = getenv("HOME") else { return nil }
        return String(cString: home)
    }
}
