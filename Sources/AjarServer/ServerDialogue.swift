import AjarCompiler
import AjarEngine
import AjarRuntime
import Foundation

/// Compiles the configured dialogue for `serve`: a directory means its `main.yaml`.
enum ServerDialogue {
    static func load(path configured: String?) throws(AjarServerError) -> Dialogue {
        let compiler = DialogueCompiler()
        let entry = configured.map { compiler.entryScript(for: $0) }
            ?? InstallationPaths.find("Dialogues/main.yaml") ?? "Dialogues/main.yaml"
        let result = compiler.compile(entry: entry)
        guard let dialogue = result.dialogue, !result.hasErrors else {
            let lines = result.diagnostics.map(\.description)
            throw AjarServerError(lines: lines.isEmpty ? ["\(entry): error: the dialogue could not be compiled"] : lines)
        }
        return dialogue
    }
}

/// Why `serve` could not start: lines for standard error.
public struct AjarServerError: Error, Sendable, CustomStringConvertible {
    public var lines: [String]
    public init(lines: [String]) { self.lines = lines }
    public var description: String { lines.joined(separator: "\n") }
}
