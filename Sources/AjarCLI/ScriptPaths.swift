import AjarCompiler

/// How command-line paths name dialogue scripts.
enum ScriptPaths {
    /// A directory means its `main.yaml`; a file is itself.
    static func entryScript(for path: String, reader: any ScriptReader = FileScriptReader()) -> String {
        guard reader.isDirectory(path) else { return path }
        return (path.hasSuffix("/") ? path : path + "/") + "main.yaml"
    }
}
