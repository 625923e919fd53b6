import AjarCompiler
import AjarEngine
import Foundation
import Testing

/// The scripts shipped in `Dialogues/` must always compile.
@Suite struct RepositoryScriptsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func shippedDialoguesHaveNoDiagnostics() {
        let results = DialogueCompiler().check(paths: [Self.root.appendingPathComponent("Dialogues").path])
        let diagnostics = results.flatMap(\.diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(results.contains { $0.entry.hasSuffix("Dialogues/main.yaml") && $0.dialogue != nil })
    }
}
