import Foundation
import Yams

/// Reads `config/ajar.yaml` (or another file), applies `AJAR_SECTION_KEY` environment variables,
/// and checks everything against ``ConfigurationKey/all``.
///
/// Unknown sections and keys, values of the wrong kind and secrets written in the file are all
/// reported, each with `FILE:LINE:COLUMN` (or the variable's name), and the whole load fails.
///
/// ```swift
/// let configuration = try ConfigurationLoader(environment: ProcessInfo.processInfo.environment)
///     .load(file: ConfigurationLoader.defaultFile())
/// ```
public struct ConfigurationLoader: Sendable {
    /// Where the configuration file is looked for when none is named.
    public static let defaultRelativePath = "config/ajar.yaml"

    public var environment: [String: String]

    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// `./config/ajar.yaml` if it exists, else `nil` (all defaults).
    public static func defaultFile() -> String? {
        FileManager.default.fileExists(atPath: defaultRelativePath) ? defaultRelativePath : nil
    }

    /// Loads `file` (none: defaults) with the environment on top.
    public func load(file: String?) throws(ConfigurationError) -> AjarConfiguration {
        var values = ConfigurationValues()
        if let file {
            do {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                readYAML(text, file: file, into: &values)
            } catch {
                values.problems.append(ConfigurationProblem(location: file, message: "cannot read the configuration file: \(error.localizedDescription)"))
            }
        }
        readEnvironment(into: &values)
        var configuration = values.configuration()
        configuration.file = file
        resolveSecrets(&configuration, values: &values)
        guard values.problems.isEmpty else { throw ConfigurationError(problems: values.problems) }
        return configuration
    }

    /// Checks one YAML text (for tests and `ajar check`-style tools).
    func readYAML(_ text: String, file: String, into values: inout ConfigurationValues) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            values.problems.append(Self.problem(for: error, file: file))
            return
        }
        guard let root, !root.isNull else { return }  // an empty file: all defaults
        guard let sections = root.mapping else {
            values.problems.append(ConfigurationProblem(location: root.location(in: file), message: "expected sections such as 'storage:' at the top level"))
            return
        }
        for (sectionNode, body) in sections {
            let section = sectionNode.string ?? ""
            guard ConfigurationKey.sections.contains(section) else {
                values.problems.append(ConfigurationProblem(
                    location: sectionNode.location(in: file),
                    message: "unknown section '\(section)'" + Self.suggestion(for: section, among: ConfigurationKey.sections)))
                continue
            }
            if body.isNull { continue }
            guard let keys = body.mapping else {
                values.problems.append(ConfigurationProblem(location: body.location(in: file), message: "expected the keys of section '\(section)'"))
                continue
            }
            let known = ConfigurationKey.all.filter { $0.section == section }
            for (keyNode, valueNode) in keys {
                let name = keyNode.string ?? ""
                guard let key = known.first(where: { $0.name == name }) else {
                    values.problems.append(ConfigurationProblem(
                        location: keyNode.location(in: file),
                        message: "unknown key '\(name)' in section '\(section)'" + Self.suggestion(for: name, among: known.map(\.name))))
                    continue
                }
                values.read(key, from: valueNode, location: valueNode.location(in: file))
            }
        }
    }

    private func readEnvironment(into values: inout ConfigurationValues) {
        for key in ConfigurationKey.all {
            guard let text = environment[key.environmentVariable], !text.isEmpty else { continue }
            values.read(key, fromEnvironment: text, variable: key.environmentVariable)
        }
    }

    /// A secret comes from its variable, else from the file its `_file` key names.
    private func resolveSecrets(_ configuration: inout AjarConfiguration, values: inout ConfigurationValues) {
        func secret(_ name: String) -> Secret? {
            let key = ConfigurationKey.all.first { $0.dotted == name }!
            if case .string(let text) = values.values[key.dotted]?.value { return Secret(text) }
            guard let fileKey = ConfigurationKey.all.first(where: { $0.dotted == name + "_file" }),
                  let entry = values.values[fileKey.dotted], case .string(let path) = entry.value
            else { return nil }
            do {
                var text = try String(contentsOfFile: path, encoding: .utf8)
                while text.last?.isNewline == true { text.removeLast() }
                if text.isEmpty {
                    values.problems.append(ConfigurationProblem(location: entry.location, message: "the secret file \(path) is empty"))
                    return nil
                }
                return Secret(text)
            } catch {
                values.problems.append(ConfigurationProblem(location: entry.location, message: "cannot read the secret file \(path): \(error.localizedDescription)"))
                return nil
            }
        }
        configuration.irc.password = secret("irc.password")
        configuration.irc.saslPassword = secret("irc.sasl_password")
        configuration.http.secret = secret("http.secret")
        configuration.http.previousSecret = secret("http.previous_secret")
        configuration.webhooks.secret = secret("webhooks.secret")
    }

    private static func problem(for error: any Error, file: String) -> ConfigurationProblem {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                return ConfigurationProblem(location: "\(file):\(mark.line):\(mark.column)", message: "invalid YAML: \(problem)")
            case .duplicatedKeysInMapping(let duplicates, let context):
                return ConfigurationProblem(
                    location: "\(file):\(context.mark.line):\(context.mark.column)",
                    message: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
            default:
                break
            }
        }
        return ConfigurationProblem(location: file, message: "invalid YAML: \(error)")
    }

    private static func suggestion(for word: String, among candidates: [String]) -> String {
        let close = candidates.min { editDistance(word, $0) < editDistance(word, $1) }
        guard let close, editDistance(word, close) <= 2 else {
            return " (known: \(candidates.joined(separator: ", ")))"
        }
        return " (did you mean '\(close)'?)"
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

extension Node {
    var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.style == .plain && null != nil }
        return false
    }

    func location(in file: String) -> String {
        guard let mark else { return file }
        return "\(file):\(mark.line):\(mark.column)"
    }
}
