import Foundation

/// Reads scripts from the file system.
public struct FileScriptReader: ScriptReader {
    public init() {}

    public func read(_ path: String) throws(ScriptReadError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw ScriptReadError(path: path, reason: exists ? "cannot read file" : "no such file")
        }
        return [UInt8](data)
    }

    public func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public func files(under directory: String) throws(ScriptReadError) -> [String] {
        // The enumerator does not descend into a symbolic link itself: list what it points to.
        let target = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: target) else {
            throw ScriptReadError(path: directory, reason: "cannot list directory")
        }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = base + "/" + relative
            if !isDirectory(path) { paths.append(path) }
        }
        return paths.sorted()
    }
}

/// Scripts held in memory: for tests and fuzzing.
///
/// Paths are compared normalised, as the compiler resolves includes: `./a/../b.yaml` is `b.yaml`.
public struct InMemoryScriptReader: ScriptReader {
    /// File contents by normalised path.
    public var files: [String: [UInt8]]

    public init(files: [String: String]) {
        self.init(bytes: files.mapValues { Array($0.utf8) })
    }

    public init(bytes: [String: [UInt8]]) {
        self.files = Dictionary(bytes.map { (ScriptPath.normalize($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
    }

    public func read(_ path: String) throws(ScriptReadError) -> [UInt8] {
        guard let bytes = files[ScriptPath.normalize(path)] else { throw ScriptReadError(path: path, reason: "no such file") }
        return bytes
    }

    public func isDirectory(_ path: String) -> Bool {
        let prefix = Self.prefix(of: path)
        return files[ScriptPath.normalize(path)] == nil && files.keys.contains { $0.hasPrefix(prefix) }
    }

    public func files(under directory: String) throws(ScriptReadError) -> [String] {
        let prefix = Self.prefix(of: directory)
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return files.keys.filter { $0.hasPrefix(prefix) }.map { base + "/" + $0.dropFirst(prefix.count) }.sorted()
    }

    /// What the normalised paths of files below `directory` start with.
    private static func prefix(of directory: String) -> String {
        let normalized = ScriptPath.normalize(directory)
        if normalized == "." { return "" }
        return normalized == "/" ? "/" : normalized + "/"
    }
}
