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
        }
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
        configuration.http.host = string("http.host") ?? configuration.http.host
        configuration.http.port = int("http.port")
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
