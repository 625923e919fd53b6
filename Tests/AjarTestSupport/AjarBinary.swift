public import Foundation

/// Runs the real `ajar` executable built next to the test bundle, with a time limit.
public enum AjarBinary {
    /// What a run printed and how it ended.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// The run was killed at the time limit.
        public var timedOut: Bool
        public var stdoutLines: [String] {
            stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(stdout.hasSuffix("\n") ? 1 : 0)
        }
        public var stderrLines: [String] {
            stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }
    }

    /// The package's root folder (where Package.swift is).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `AJAR_BINARY`, or `ajar` beside the running test bundle, or `.build/debug/ajar`.
    public static let path: String = {
        if let path = ProcessInfo.processInfo.environment["AJAR_BINARY"] { return path }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent().appendingPathComponent("ajar").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("ajar").path,
            packageRoot.appendingPathComponent(".build/debug/ajar").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    /// Runs `ajar ARGUMENTS` in `directory` (default: the package root) with `input` on stdin.
    public static func run(
        _ arguments: [String],
        input: String = "",
        environment: [String: String] = [:],
        directory: URL? = nil,
        timeout: TimeInterval = 30
    ) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr

        let collected = Collected()
        stdout.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData, to: \.out) }
        stderr.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData, to: \.err) }
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()

        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        stdout.fileHandleForReading.readabilityHandler = nil
        stderr.fileHandleForReading.readabilityHandler = nil
        collected.append(stdout.fileHandleForReading.readDataToEndOfFile(), to: \.out)
        collected.append(stderr.fileHandleForReading.readDataToEndOfFile(), to: \.err)
        let (out, err) = collected.snapshot()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self),
            timedOut: timedOut
        )
    }

    /// Output gathered from two pipes on background threads.
    final class Collected: @unchecked Sendable {
        // Guarded by `lock`: the pipes' handlers run on other threads.
        private let lock = NSLock()
        private var buffers = Buffers()
        struct Buffers {
            var out = Data()
            var err = Data()
        }

        func append(_ data: Data, to keyPath: WritableKeyPath<Buffers, Data>) {
            guard !data.isEmpty else { return }
            lock.lock()
            buffers[keyPath: keyPath].append(data)
            lock.unlock()
        }

        func snapshot() -> (Data, Data) {
            lock.lock()
            defer { lock.unlock() }
            return (buffers.out, buffers.err)
        }
    }

    /// A fresh temporary folder, removed by the caller.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ajar-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
