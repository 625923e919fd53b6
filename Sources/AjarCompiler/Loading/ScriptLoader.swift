import Yams

/// One script file read and parsed into a YAML tree with positions, or the reason it could not be.
struct LoadedScript {
    let path: String
    let bytes: [UInt8]
    let source: SourceText?
    let root: Node?
    let diagnostics: [Diagnostic]

    var isEntry: Bool {
        root?.mapping?.keys.contains { $0.scalar?.string == "dialogue" } ?? false
    }
}

/// Bytes -> text -> YAML tree, refusing what would make the parser slow or unsafe first.
enum ScriptLoader {
    /// libyaml refuses deeper documents; the message is reworded as a limit.
    static let maximumNesting = 1000

    static func load(_ bytes: [UInt8], path: String) -> LoadedScript {
        let source: SourceText
        switch SourceText.decode(bytes, path: path) {
        case .failure(let diagnostic):
            return LoadedScript(path: path, bytes: bytes, source: nil, root: nil, diagnostics: [diagnostic])
        case .success(let text):
            source = text
        }
        func failed(_ diagnostic: Diagnostic) -> LoadedScript {
            LoadedScript(path: path, bytes: bytes, source: source, root: nil, diagnostics: [diagnostic])
        }
        if let finding = AnchorScan.first(in: source.text) {
            let location = SourceLocation(file: path, line: finding.line, column: finding.column)
            let what = finding.isAlias ? "alias '*\(finding.name)'" : "anchor '&\(finding.name)'"
            return failed(Diagnostic(
                .anchorsNotSupported, at: location, "YAML \(what): anchors and aliases are not supported in scripts",
                hint: finding.isAlias ? "put text that starts with '*' in quotes" : "put text that starts with '&' in quotes"))
        }
        do {
            guard let root = try Yams.compose(yaml: source.text, .basic, .default, .utf8) else {
                return failed(Diagnostic(.emptyFile, at: SourceLocation(file: path, line: 1, column: 1), "the file holds no YAML document"))
            }
            return LoadedScript(path: path, bytes: bytes, source: source, root: root, diagnostics: [])
        } catch let error as YamlError {
            return failed(diagnostic(for: error, in: source))
        } catch {
            return failed(Diagnostic(.yamlSyntax, at: SourceLocation(file: path, line: 1, column: 1), "invalid YAML: \(error)"))
        }
    }

    static func diagnostic(for error: YamlError, in source: SourceText) -> Diagnostic {
        let path = source.path
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: path, line: max(1, mark.line), column: max(1, mark.column))
        }
        func describe(_ problem: String, _ context: YamlError.Context?) -> String {
            guard let context else { return problem }
            return "\(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if problem.contains("Maximum nesting level") {
                return Diagnostic(.limitExceeded, at: at(mark), "the YAML is nested more than \(maximumNesting) levels deep")
            }
            var hint: String?
            if let context, context.text.contains("scanning an alias") || context.text.contains("scanning an anchor") {
                let indicator = context.text.contains("alias") ? "*" : "&"
                hint = "put text that starts with '\(indicator)' in quotes"
            }
            return Diagnostic(.yamlSyntax, at: at(mark), "invalid YAML: " + describe(problem, context), hint: hint)
        case .reader(let problem, let offset, _, _):
            let location = offset.map(source.location(ofCharacterOffset:)) ?? SourceLocation(file: path, line: 1, column: 1)
            return Diagnostic(.invalidEncoding, at: location, "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let location = secondOccurrence(of: key, after: context.mark, in: source) ?? at(context.mark)
            return Diagnostic(.yamlSyntax, at: location, "invalid YAML: the key '\(key)' appears more than once in the same mapping")
        default:
            return Diagnostic(.yamlSyntax, at: SourceLocation(file: path, line: 1, column: 1), "invalid YAML: \(error)")
        }
    }

    /// Yams reports a duplicated key at its first occurrence; the problem is the second one. In a
    /// block mapping it is the next line that starts with `key:` at the same column.
    static func secondOccurrence(of key: String, after mark: Mark, in source: SourceText) -> SourceLocation? {
        guard mark.line >= 1, mark.column >= 1, !key.isEmpty else { return nil }
        var number = mark.line + 1
        while let line = source.line(number) {
            let indent = line.prefix(mark.column - 1)
            if indent.count == mark.column - 1, indent.allSatisfy({ $0 == " " || $0 == "-" }) {
                let rest = String(String.UnicodeScalarView(line.dropFirst(mark.column - 1)))
                if rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                    return SourceLocation(file: source.path, line: number, column: mark.column)
                }
            }
            number += 1
        }
        return nil
    }
}
