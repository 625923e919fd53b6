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
public struct InMemoryScriptReader: ScriptReader {
    public var files: [String: [UInt8]]

    public init(files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) {
        self.files = bytes
    }

    public func read(_ path: String) throws(ScriptReadError) -> [UInt8] {
        guard let bytes = files[path] else { throw ScriptReadError(path: path, reason: "no such file") }
        return bytes
    }

    public func isDirectory(_ path: String) -> Bool {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) }
    }

    public func files(under directory: String) throws(ScriptReadError) -> [String] {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return files.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }
}
