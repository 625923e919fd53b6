public import AjarCompiler
import Yams

/// Reads `*.test.yaml` files into ``ExampleFile`` values, reporting problems as located diagnostics.
public struct ExampleLoader: Sendable {
    public let reader: any ScriptReader

    public init(reader: any ScriptReader = FileScriptReader()) {
        self.reader = reader
    }

    /// Loads one example file.
    public func load(_ path: String) -> (file: ExampleFile?, diagnostics: [Diagnostic]) {
        let start = SourceLocation(file: path, line: 1, column: 1)
        let bytes: [UInt8]
        do {
            bytes = try reader.read(path)
        } catch {
            return (nil, [Diagnostic(.exampleFormat, at: start, "cannot read example file: \(error.reason)")])
        }
        // The compiler's guarded loader: size and nesting limits, no alias bombs, located errors.
        let (node, diagnostics) = ScriptYAML.compose(bytes, path: path)
        guard let root = node else {
            return (nil, diagnostics.isEmpty ? [Diagnostic(.exampleFormat, at: start, "example file is empty")] : diagnostics)
        }
        var parser = ExampleParser(path: path)
        let file = parser.parseFile(root)
        return (parser.diagnostics.isEmpty ? file : nil, parser.diagnostics)
    }
}

/// Walks the YAML of an example file.
struct ExampleParser {
    let path: String
    var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    mutating func fail(_ node: Node, _ message: String) {
        diagnostics.append(Diagnostic(.exampleFormat, at: location(node), message))
    }

    mutating func parseFile(_ root: Node) -> ExampleFile? {
        guard let mapping = root.mapping else {
            fail(root, "an example file is a mapping with `script:` and `conversations:`")
            return nil
        }
        var script = Self.defaultScript(for: path)
        var conversations: [ExampleConversation] = []
        for (key, value) in mapping {
            switch key.string {
            case "script":
                guard let name = value.scalar?.string, !name.isEmpty else {
                    fail(value, "`script` must be a path to an entry script")
                    continue
                }
                script = Self.resolve(name, relativeTo: path)
            case "conversations":
                guard let list = value.sequence else {
                    fail(value, "`conversations` must be a list")
                    continue
                }
                for item in list {
                    if let conversation = parseConversation(item, index: conversations.count + 1) {
                        conversations.append(conversation)
                    }
                }
            default:
                fail(key, "unknown key '\(key.string ?? "?")' in an example file (expected `script` or `conversations`)")
            }
        }
        return ExampleFile(path: path, script: script, conversations: conversations)
    }

    mutating func parseConversation(_ node: Node, index: Int) -> ExampleConversation? {
        guard let mapping = node.mapping else {
            fail(node, "a conversation is a mapping with `name:` and `turns:`")
            return nil
        }
        var name = "conversation \(index)"
        var steps: [ExampleConversation.Step] = []
        for (key, value) in mapping {
            switch key.string {
            case "name":
                name = value.scalar?.string ?? name
            case "turns":
                guard let list = value.sequence else {
                    fail(value, "`turns` must be a list of `user:` and `bot:` items")
                    continue
                }
                for item in list {
                    if let step = parseStep(item) { steps.append(step) }
                }
            default:
                fail(key, "unknown key '\(key.string ?? "?")' in a conversation (expected `name` or `turns`)")
            }
        }
        return ExampleConversation(name: name, location: location(node), steps: steps)
    }

    mutating func parseStep(_ node: Node) -> ExampleConversation.Step? {
        guard let mapping = node.mapping, mapping.count == 1, let (key, value) = mapping.first else {
            fail(node, "a turn is one of `user: TEXT`, `bot: TEXT`, `bot: /REGEX/`, `effects: [...]`, `state: NAME`, `resume: true`")
            return nil
        }
        let at = location(value)
        switch key.string {
        case "user":
            guard let text = value.scalar?.string else {
                fail(value, "`user` takes the text the user types")
                return nil
            }
            return .user(text, at)
        case "bot":
            guard let text = value.scalar?.string else {
                fail(value, "`bot` takes the line the bot says, or /a regular expression/")
                return nil
            }
            if text.count >= 2, text.hasPrefix("/"), text.hasSuffix("/") {
                let pattern = String(text.dropFirst().dropLast())
                guard (try? Regex(pattern)) != nil else {
                    fail(value, "invalid regular expression /\(pattern)/")
                    return nil
                }
                return .bot(.regex(pattern), at)
            }
            return .bot(.exact(text), at)
        case "effects":
            let items = value.sequence ?? [value]
            return .effects(items.compactMap { parseExpectedEffect($0) }, at)
        case "resume":
            return .resume(at)
        case "state":
            guard let state = value.scalar?.string else {
                fail(value, "`state` takes a state name")
                return nil
            }
            return .state(state, at)
        default:
            fail(key, "unknown turn '\(key.string ?? "?")' (expected user, bot, effects, state or resume)")
            return nil
        }
    }

    /// `plants.test.yaml` -> `plants.yaml` beside it.
    static func defaultScript(for path: String) -> String {
        for suffix in [".test.yaml", ".test.yml"] where path.hasSuffix(suffix) {
            return String(path.dropLast(suffix.count)) + ".yaml"
        }
        return path
    }

    static func resolve(_ name: String, relativeTo path: String) -> String {
        if name.hasPrefix("/") { return name }
        guard let slash = path.lastIndex(of: "/") else { return name }
        return String(path[...slash]) + name
    }
}
