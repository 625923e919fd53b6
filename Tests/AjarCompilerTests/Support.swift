import AjarCompiler
import AjarEngine

/// Compiles in-memory files; the first entry of `files` named `entry` is the entry script.
func compile(_ files: [String: String], entry: String = "main.yaml") -> CompilationResult {
    DialogueCompiler(reader: InMemoryScriptReader(files: files)).compile(entry: entry)
}

/// Compiles one in-memory script named `main.yaml`.
func compile(_ script: String) -> CompilationResult {
    compile(["main.yaml": script])
}

/// `file:line:column code` of each diagnostic, for compact expectations.
func summary(_ result: CompilationResult) -> [String] {
    result.diagnostics.map { "\($0.location) \($0.code)" }
}
