extension DialogueCompiler {
    /// `ajar check`: compiles every entry script named by `paths` or found below them.
    ///
    /// - A directory is searched recursively for `.yaml`/`.yml` files (not `*.test.yaml`); the
    ///   ones with a top-level `dialogue:` key are entry scripts and are compiled with what they
    ///   include. A directory with no entry script yields ``DiagnosticCode/noEntryScript``.
    /// - A file is compiled as an entry script when it has `dialogue:`, else checked as a fragment.
    /// - A fragment that no entry script includes is checked on its own: syntax, keys, types,
    ///   patterns, templates and its includes (its result never has a dialogue).
    /// - A path that does not exist yields ``DiagnosticCode/pathNotFound``.
    ///
    /// Results are sorted by entry path. Each diagnostic appears once across all results (a
    /// problem in a fragment that two entries include is listed with the first), so
    /// `results.flatMap(\.diagnostics)` is what to print.
    public func check(paths: [String]) -> [CompilationResult] {
        var cache = ScriptCache(reader: reader)
        var results: [CompilationResult] = []
        var entries: Set<String> = []
        var fragments: Set<String> = []
        for path in paths {
            if reader.isDirectory(path) {
                let found: [String]
                do {
                    found = try reader.files(under: path).filter(ScriptPath.isScript)
                } catch {
                    results.append(failure(path, .pathNotFound, "cannot list '\(path)': \(error.reason)"))
                    continue
                }
                var maybeEntry = false
                for file in found {
                    classify(file, cache: &cache, entries: &entries, fragments: &fragments, results: &results, maybeEntry: &maybeEntry)
                }
                if !maybeEntry {
                    let what = found.isEmpty ? "no dialogue scripts (.yaml files)" : "no entry script (a file with 'dialogue:')"
                    results.append(failure(path, .noEntryScript, "\(what) found in '\(path)'"))
                }
            } else {
                var maybeEntry = false
                classify(path, cache: &cache, entries: &entries, fragments: &fragments, results: &results, maybeEntry: &maybeEntry)
            }
        }
        var included: Set<String> = []
        for entry in entries.sorted() {
            let (result, files) = compile(entry: entry, cache: &cache)
            results.append(result)
            included.formUnion(files)
        }
        for fragment in fragments.sorted() where !included.contains(fragment) {
            results.append(checkFragment(fragment, cache: &cache))
        }
        return Self.withUniqueDiagnostics(results.sorted { $0.entry < $1.entry })
    }

    private func failure(_ path: String, _ code: DiagnosticCode, _ message: String) -> CompilationResult {
        CompilationResult(entry: path, dialogue: nil, diagnostics: [Diagnostic(code, at: SourceLocation(file: path, line: 1, column: 1), message)])
    }

    /// Sorts `path` into entries or fragments; `maybeEntry` turns true for an entry or for a file
    /// that does not parse (it may be the entry, broken).
    private func classify(_ path: String, cache: inout ScriptCache, entries: inout Set<String>, fragments: inout Set<String>,
                          results: inout [CompilationResult], maybeEntry: inout Bool) {
        switch cache.script(path) {
        case .failure(let error):
            results.append(failure(path, .pathNotFound, "cannot read '\(path)': \(error.reason)"))
        case .success(let script):
            let path = script.loaded.path
            if script.loaded.isEntry {
                entries.insert(path)
                maybeEntry = true
            } else {
                fragments.insert(path)
                if script.loaded.root == nil { maybeEntry = true }
            }
        }
    }

    /// A fragment on its own: its own problems and those of what it includes, with no
    /// whole-dialogue checks (they belong to the entry scripts).
    func checkFragment(_ path: String, cache: inout ScriptCache) -> CompilationResult {
        guard case .success(let script) = cache.script(path) else {
            return failure(path, .pathNotFound, "cannot read '\(path)'")
        }
        let resolver = IncludeResolver.resolve(script, cache: &cache)
        var diagnostics = resolver.diagnostics
        for file in resolver.scripts.map(\.file) {
            diagnostics += file.diagnostics
            diagnostics += Self.entryKeyDiagnostics(file, includedBy: file.path == path ? nil : path)
        }
        return CompilationResult(entry: path, dialogue: nil, diagnostics: Diagnostic.sortedUnique(diagnostics))
    }

    /// Each diagnostic kept only in the first result that has it.
    static func withUniqueDiagnostics(_ results: [CompilationResult]) -> [CompilationResult] {
        var seen: Set<Diagnostic> = []
        return results.map { result in
            var result = result
            result.diagnostics = result.diagnostics.filter { seen.insert($0).inserted }
            return result
        }
    }
}
