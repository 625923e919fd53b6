/// Lexical path arithmetic for includes, so `ScriptReader`s need no file system.
enum ScriptPath {
    /// `path` as written in an `include:` of the file at `including`, normalised.
    static func resolve(_ path: String, relativeTo including: String) -> String {
        if path.hasPrefix("/") { return normalize(path) }
        return normalize(directory(of: including) + path)
    }

    /// The directory part of `path`, with a trailing `/`, or "" for a bare file name.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// Removes `.` and empty components and folds `dir/..`; keeps leading `..` of relative paths.
    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".":
                continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(part)
                }
            default:
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// Whether `path` names a script (`.yaml`/`.yml`) rather than example conversations (`.test.yaml`).
    static func isScript(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return false }
        return !(name.hasSuffix(".test.yaml") || name.hasSuffix(".test.yml"))
    }
}
