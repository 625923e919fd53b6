#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the database lives by default, and how its file is created owner-only.
public enum StoragePaths {
    /// `$XDG_DATA_HOME/ajar/ajar.sqlite`, or `~/.local/share/ajar/ajar.sqlite` when `XDG_DATA_HOME`
    /// is unset, empty or relative (the XDG spec says to ignore a relative value).
    public static func defaultDatabasePath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return xdg + "/ajar/ajar.sqlite"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? homeFromPasswd() ?? "."
        return home + "/.local/share/ajar/ajar.sqlite"
    }

    /// Creates the directories leading to `path` (mode 0700) and the file itself (mode 0600) when
    /// missing. An existing file keeps its mode: the operator may have chosen another one.
    /// SQLite gives its `-wal` and `-shm` files the database file's mode.
    public static func prepareDatabaseFile(at path: String) throws(StorageError) {
        let directory = parentDirectory(of: path)
        if !directory.isEmpty { try makeDirectories(directory) }
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            throw StorageError("cannot create \(path): \(String(cString: strerror(errno)))")
        }
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func makeDirectories(_ directory: String) throws(StorageError) {
        var status = stat()
        if stat(directory, &status) == 0 { return }
        let parent = parentDirectory(of: directory)
        if !parent.isEmpty, parent != directory { try makeDirectories(parent) }
        if mkdir(directory, 0o700) != 0 && errno != EEXIST {
            throw StorageError("cannot create directory \(directory): \(String(cString: strerror(errno)))")
        }
    }

    private static func homeFromPasswd() -> String? {
        guard let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir else { return nil }
        return String(cString: dir)
    }
}
