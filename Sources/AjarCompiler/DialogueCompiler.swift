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
    ///
    /// The result holds the dialogue when no diagnostic is an error, and every diagnostic sorted
    /// by file, line and column.
    public func compile(entry path: String) -> CompilationResult {
        var cache = ScriptCache(reader: reader)
        return compile(entry: path, cache: &cache).result
    }

    /// Compiles `path` as an entry script; also returns every file it read.
    func compile(entry path: String, cache: inout ScriptCache) -> (result: CompilationResult, files: [String]) {
        let entry: ScriptCache.Script
        switch cache.script(path) {
        case .failure(let error):
            let diagnostic = Diagnostic(.pathNotFound, at: SourceLocation(file: path, line: 1, column: 1), "cannot read '\(path)': \(error.reason)")
            return (CompilationResult(entry: path, dialogue: nil, diagnostics: [diagnostic]), [])
        case .success(let script):
            entry = script
        }
        let resolver = IncludeResolver.resolve(entry, cache: &cache)
        let files = resolver.scripts.map(\.file)
        let paths = files.map(\.path)
        var diagnostics = resolver.diagnostics + files.flatMap(\.diagnostics)
        for fragment in files.dropFirst() {
            diagnostics += Self.entryKeyDiagnostics(fragment, includedBy: path)
        }
        let linked = ScriptLinker.link(files)
        diagnostics += linked.diagnostics
        // Structural checks (reachability, ways out, `next` loops) run only once every part was
        // understood, so a typo is not also reported as the dead ends and unreachable states it causes.
        let understood = !diagnostics.contains { $0.severity == .error }
        let file = entry.file
        let parsed = entry.loaded.root?.mapping != nil
        if parsed, file.name == nil, !file.entryKeys.contains(where: { $0.value == "dialogue" }) {
            diagnostics.append(Diagnostic(.missingKey, at: file.rootLocation, "the entry script has no 'dialogue:' (the dialogue's name)"))
        }
        if parsed, file.start == nil, !file.entryKeys.contains(where: { $0.value == "start" }) {
            diagnostics.append(Diagnostic(.missingKey, at: file.rootLocation, "the entry script has no 'start:' (the first state)"))
        }
        // Whole-dialogue checks only make sense once every file could be read: names defined in
        // a missing or broken file would all be reported as unknown.
        let complete = resolver.scripts.allSatisfy { $0.loaded.root != nil }
            && !resolver.diagnostics.contains { $0.code == .missingInclude }
        if complete {
            diagnostics += DialogueChecker.check(linked, start: file.start, structure: understood)
        }
        diagnostics = Diagnostic.sortedUnique(diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }), let name = file.name, let start = file.start else {
            return (CompilationResult(entry: path, dialogue: nil, diagnostics: diagnostics), paths)
        }
        let dialogue = Dialogue(
            name: name.value,
            versionHash: VersionHash.of(resolver.scripts.map(\.loaded.bytes)),
            start: start.value,
            resume: linked.resume?.value,
            states: linked.states,
            intents: linked.intents,
            globalTransitions: linked.globalTransitions,
            notices: linked.notices,
            globalFallback: linked.globalFallback?.value,
            variables: linked.variables,
            language: linked.language
        )
        return (CompilationResult(entry: path, dialogue: dialogue, diagnostics: diagnostics), paths)
    }

    /// A fragment may not say which dialogue it is or where it starts.
    static func entryKeyDiagnostics(_ fragment: ScriptFile, includedBy entry: String?) -> [Diagnostic] {
        fragment.entryKeys.map { key in
            let why = entry.map { "it is included by \($0)" } ?? "it has no 'dialogue:', so it is not an entry script"
            return Diagnostic(.entryKeyInFragment, at: key.location, "a fragment cannot have '\(key.value):' (\(why))",
                              hint: "move '\(key.value):' to the entry script")
        }
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
