extension DialogueCompiler {
    /// The entry script a path names: a directory means its `main.yaml`, a file is itself.
    public func entryScript(for path: String) -> String {
        guard reader.isDirectory(path) else { return path }
        return (path.hasSuffix("/") ? path : path + "/") + "main.yaml"
    }
}
