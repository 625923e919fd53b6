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

    mutating func script(_ path: String) -> Result<Script, ScriptReadError> {
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
