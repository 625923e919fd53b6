import AjarTestSupport
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// `ajar serve` as a child process of the test: started with an environment only, stopped by a
/// signal, always reaped.
final class ServeProcess: Sendable {
    private let process: Process
    private let pipe = Pipe()
    private let errors = OutputBuffer()

    init(environment: [String: String], directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: AjarBinary.path)
        process.arguments = ["serve"]
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AJAR_") }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let errors = self.errors
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil } else { errors.append(data) }  // empty: end of file
        }
        try process.run()
        self.process = process
    }

    var standardError: String { errors.text }
    var isRunning: Bool { process.isRunning }

    /// Sends `signal` and waits (at most `timeout` seconds) for the exit; returns the status, or
    /// `nil` when it had to be killed.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM, timeout: TimeInterval = 20) -> Int32? {
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            pipe.fileHandleForReading.readabilityHandler = nil
            return nil
        }
        process.waitUntilExit()
        pipe.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        pipe.fileHandleForReading.readabilityHandler = nil
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

/// Bytes gathered from a pipe on another thread.
final class OutputBuffer: Sendable {
    private let data = Mutex(Data())
    func append(_ bytes: Data) { data.withLock { $0.append(bytes) } }
    var text: String { data.withLock { String(decoding: $0, as: UTF8.self) } }
}
