import AjarTestSupport
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn` and reaped with `waitpid` by this object alone
/// (Foundation's `Process` can hang in `waitUntilExit` when many tests spawn children at once).
/// Standard output and error go to a file.
final class ChildProcess: Sendable {
    let pid: pid_t
    let logPath: String

    init(_ executable: String, _ arguments: [String], environment: [String: String], directory: URL) throws {
        logPath = directory.appendingPathComponent("child-\(UUID().uuidString).log").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // The shell changes folder and then becomes the program (same pid).
        let command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, executable] + arguments
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        self.pid = pid
    }

    /// Everything the child wrote so far.
    var output: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// The wait status once reaped.
    private let exitStatus = Mutex<Int32?>(nil)

    /// Whether the child still runs (reaps it when it has ended).
    var isRunning: Bool {
        if exitStatus.withLock({ $0 }) != nil { return false }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid { exitStatus.withLock { $0 = status } }
        return result == 0
    }

    /// Sends `signal`, waits up to `timeout` seconds, then SIGKILL. Returns the exit code, the
    /// terminating signal's number, or `nil` when it had to be killed.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM, timeout: TimeInterval = 20) -> Int32? {
        if isRunning { kill(pid, signal) }
        let deadline = Date().addingTimeInterval(timeout)
        while isRunning && Date() < deadline { usleep(10_000) }
        if isRunning {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            exitStatus.withLock { $0 = status }
            return nil
        }
        guard let status = exitStatus.withLock({ $0 }) else { return nil }
        return status & 0x7f == 0 ? (status >> 8) & 0xff : status & 0x7f
    }

    deinit { stop(SIGKILL, timeout: 5) }
}

/// `ajar serve` as a child of the test, configured by `arguments` (such as `--config FILE`) and
/// the environment (no `AJAR_*` variable of the test's own environment leaks in).
final class ServeProcess: Sendable {
    let child: ChildProcess

    init(arguments: [String] = [], environment: [String: String], directory: URL) throws {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AJAR_") }
        for (key, value) in environment { env[key] = value }
        child = try ChildProcess(AjarBinary.path, ["serve"] + arguments, environment: env, directory: directory)
    }

    var standardError: String { child.output }
    var isRunning: Bool { child.isRunning }

    /// ``ChildProcess/stop(_:timeout:)`` waited for on a thread of its own, so the test's
    /// cooperative threads stay free.
    func stopped(_ signal: Int32 = SIGTERM, timeout: TimeInterval = 20) async -> Int32? {
        let child = child
        return await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: child.stop(signal, timeout: timeout)) }.start()
        }
    }

    /// A port that was free a moment ago on 127.0.0.1.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(fd, pointer, length) == 0 else { return -1 }
                return getsockname(fd, pointer, &length)
            }
        }
        guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
