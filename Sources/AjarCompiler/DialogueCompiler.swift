public import AjarEngine

/// The outcome of compiling one entry script: the dialogue (when there is no error) and every diagnostic.
public struct CompilationResult: Sendable {
    /// The entry script's path.
    public var entry: String
    /// The compiled dialogue; `nil` when any diagnostic is an error.
    public var dialogue: Dialogue?
    /// Sorted by file, line, column.
    public var diagnostics: [Diagnostic]

    public init(entry: String, dialogue: Dialogue?, diagnostics: [Diagnostic]) {
        self.entry = entry
        self.dialogue = dialogue
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Compiles dialogue scripts: load (YAML with positions) -> validate -> ``Dialogue``.
///
/// Errors are values: compiling never throws and never traps, whatever the input.
///
/// ```swift
/// let result = DialogueCompiler().compile(entry: "Dialogues/main.yaml")
/// for diagnostic in result.diagnostics { print(diagnostic) }
/// ```
public struct DialogueCompiler: Sendable {
    public let reader: any ScriptReader

    public init(reader: any ScriptReader = FileScriptReader()) {
        self.reader = reader
    }

    /// Compiles the entry script at `path` with everything it includes.
    public func compile(entry path: String) -> CompilationResult {
        CompilationResult(entry: path, dialogue: nil, diagnostics: [])
    }

    /// `ajar check`: for each path, a file is compiled as an entry script; a directory is searched
    /// recursively and each entry script in it is compiled (fragments are checked through the
    /// entries that include them; a fragment nobody includes is checked on its own).
    /// `*.test.yaml` files are skipped. A path that does not exist yields a diagnostic.
    public func check(paths: [String]) -> [CompilationResult] {
        []
    }
}

/// Where the compiler reads scripts from: the disk, or memory in tests and fuzzing.
public protocol ScriptReader: Sendable {
    /// The raw bytes of a file.
    func read(_ path: String) throws(ScriptReadError) -> [UInt8]
    /// Whether `path` is a directory.
    func isDirectory(_ path: String) -> Bool
    /// Files below `directory`, recursively, as paths that start with `directory`; sorted.
    func files(under directory: String) throws(ScriptReadError) -> [String]
}

/// A file that could not be read.
public struct ScriptReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): \(reason)" }
}
