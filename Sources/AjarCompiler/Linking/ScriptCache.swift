/// Every file read during one `compile` or `check`, read and parsed once even when several
/// entry scripts include it.
struct ScriptCache {
    struct Script {
        var loaded: LoadedScript
        var file: ScriptFile
    }

    let reader: any ScriptReader
    private var scripts: [String: Result<Script, ScriptReadError>] = [:]

    init(reader: any ScriptReader) {
        self.reader = reader
    }

    /// The file at `path`, read and parsed on first use. Paths are normalised (`./a/../b.yaml` is
    /// `b.yaml`), so a file reached by two spellings is one file, named one way in diagnostics.
    mutating func script(_ path: String) -> Result<Script, ScriptReadError> {
        let path = ScriptPath.normalize(path)
        if let cached = scripts[path] { return cached }
        let result: Result<Script, ScriptReadError>
        do {
            let loaded = ScriptLoader.load(try reader.read(path), path: path)
            result = .success(Script(loaded: loaded, file: ScriptParser.parse(loaded)))
        } catch {
            result = .failure(error)
        }
        scripts[path] = result
        return result
    }
}
