import AjarEngine
import Yams

/// Reads one file's YAML tree into a ``ScriptFile``: every key and type checked, patterns,
/// templates, conditions and durations parsed, the names it uses recorded with their locations.
struct ScriptParser {
    let source: SourceText
    var file: ScriptFile

    static let topLevelKeys = ["dialogue", "start", "resume", "include", "variables", "language", "intents", "on", "notice", "fallback", "states"]

    init(source: SourceText) {
        self.source = source
        file = ScriptFile(path: source.path)
    }

    /// Parses a loaded script; a script that failed to load yields an empty file with its diagnostics.
    static func parse(_ loaded: LoadedScript) -> ScriptFile {
        guard let source = loaded.source, let root = loaded.root else {
            var file = ScriptFile(path: loaded.path)
            file.diagnostics = loaded.diagnostics
            return file
        }
        var parser = ScriptParser(source: source)
        parser.parseRoot(root)
        return parser.file
    }

    mutating func parseRoot(_ root: Node) {
        file.rootLocation = location(root)
        if Self.isNull(root) {
            report(.emptyFile, at: SourceLocation(file: file.path, line: 1, column: 1), "the file holds no YAML document")
            return
        }
        guard let fields = fields(root, "a script", allowed: Self.topLevelKeys) else { return }
        for entry in fields.entries {
            switch entry.key {
            case "dialogue":
                file.entryKeys.append(Located(value: entry.key, location: location(entry.keyNode)))
                if let name = string(entry) {
                    if name.value.trimmingSpaces.isEmpty {
                        report(.emptyText, at: name.location, "the dialogue's name is empty")
                    }
                    file.name = name
                }
            case "start":
                file.entryKeys.append(Located(value: entry.key, location: location(entry.keyNode)))
                file.start = stateName(entry, record: false)
            case "resume":
                file.resume = stateName(entry, record: false)
            case "include":
                for item in list(entry, single: true) ?? [] {
                    guard let path = string(item, "an included path") else { continue }
                    if path.value.trimmingSpaces.isEmpty {
                        report(.emptyText, at: path.location, "the included path is empty")
                    } else {
                        file.includes.append(path)
                    }
                }
            case "variables":
                parseVariables(entry)
            case "language":
                parseLanguage(entry)
            case "intents":
                for named in namedEntries(entry) {
                    file.intents.append(Located(value: parseIntent(named), location: location(named.keyNode)))
                }
            case "on":
                file.globalTransitions = parseTransitions(entry)
            case "notice":
                file.notices += parseNotices(entry)
            case "fallback":
                if let response = parseResponse(entry.value, "the global 'fallback'", at: location(entry)) {
                    file.fallback = Located(value: response, location: location(entry.keyNode))
                }
            case "states":
                for named in namedEntries(entry) {
                    file.states.append(Located(value: parseState(named), location: location(named.keyNode)))
                }
            default:
                break
            }
        }
    }

    mutating func parseVariables(_ entry: Fields.Entry) {
        for named in namedEntries(entry) {
            let where_ = location(named.keyNode)
            guard Identifier.isValid(named.key) else {
                report(.invalidValue, at: where_, "invalid variable name '\(named.key)'", hint: "use letters, digits and '_'")
                continue
            }
            var value = ""
            if !Self.isNull(named.value) {
                guard let text = string(named.value, "the default of variable '\(named.key)'") else { continue }
                value = text.value
            }
            file.variables.append(VariableDeclaration(name: named.key, value: value, location: where_))
        }
    }

    mutating func parseLanguage(_ entry: Fields.Entry) {
        guard let fields = fields(entry.value, "'language'", allowed: ["reflections", "gerunds"]) else { return }
        for table in fields.entries {
            var pairs: [String: String] = [:]
            for named in namedEntries(table) {
                guard let value = string(named.value, "'\(named.key)' under '\(table.key)'") else { continue }
                let key = named.key.trimmingSpaces
                guard !value.value.trimmingSpaces.isEmpty || table.key == "reflections" else {
                    report(.emptyText, at: value.location, "the gerund of '\(key)' is empty")
                    continue
                }
                pairs[key] = value.value.trimmingSpaces
            }
            if table.key == "reflections" {
                file.reflections.merge(pairs) { _, new in new }
            } else {
                file.gerunds.merge(pairs) { _, new in new }
            }
        }
    }
}
