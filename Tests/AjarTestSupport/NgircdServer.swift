public import Foundation
import NIOCore
import NIOPosix

/// A real ngircd on 127.0.0.1 for one test: its own temp folder, config and free port; started
/// as a child process and stopped (and waited on) by its pid.
public final class NgircdServer: @unchecked Sendable {
    // @unchecked: `process` is only touched by the test task that owns the server, one call at a time.
    public static let executable = ["/usr/sbin/ngircd", "/usr/bin/ngircd"].first { FileManager.default.isExecutableFile(atPath: $0) }
    public static var isAvailable: Bool { executable != nil }

    public let directory: URL
    public let port: Int
    public let tlsPort: Int?
    private var process: Process?

    /// - Parameters:
    ///   - throttle: keep ngircd's default flood throttle (else `MaxPenaltyTime = 0`).
    ///   - tls: also listen with TLS on a second port (a self-signed certificate for 127.0.0.1).
    public init(throttle: Bool = false, tls: Bool = false) async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ajar-ngircd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("conf.d"), withIntermediateDirectories: true)
        // ngircd drops to `nobody` when started as root: its pid file's folder must be writable.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: directory.path)
        port = try await Self.freePort()
        tlsPort = tls ? try await Self.freePort() : nil
        var config = """
        [Global]
        \tName = irc.test.local
        \tInfo = Ajar test server
        \tListen = 127.0.0.1
        \tPorts = \(port)
        \tMotdPhrase = "test"
        \tPidFile = \(directory.path)/ngircd.pid
        \tIncludeDir = \(directory.path)/conf.d
        [Limits]
        \tMaxConnectionsIP = 0
        \tMaxNickLength = 16
        \tPingTimeout = 120
        \tPongTimeout = 20
        \(throttle ? "" : "\tMaxPenaltyTime = 0")
        [Options]
        \tDNS = no
        \tIdent = no
        \tPAM = no

        """
        if let tlsPort {
            try Self.makeCertificate(in: directory)
            config += """
            [SSL]
            \tCertFile = \(directory.path)/cert.pem
            \tKeyFile = \(directory.path)/key.pem
            \tPorts = \(tlsPort)

            """
        }
        try config.write(to: directory.appendingPathComponent("ngircd.conf"), atomically: true, encoding: .utf8)
        try await start()
    }

    public var certificatePath: String { directory.appendingPathComponent("cert.pem").path }

    /// Starts the server and waits until its port accepts connections.
    public func start() async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable ?? "ngircd")
        process.arguments = ["-n", "-f", directory.appendingPathComponent("ngircd.conf").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        try await Self.waitUntilListening(port: tlsPort ?? port)
    }

    /// Stops the server (SIGTERM, then SIGKILL) and reaps it.
    public func stop() {
        guard let process else { return }
        self.process = nil
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(3)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    public static func freePort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 0
        try await channel.close()
        return port
    }

    public static func waitUntilListening(port: Int, timeout: Duration = .seconds(5)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let channel = try? await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.milliseconds(200)).connect(host: "127.0.0.1", port: port).get() {
                try? await channel.close()
                return
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw NgircdError("ngircd did not start listening on port \(port)")
    }

    private static func makeCertificate(in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout", directory.appendingPathComponent("key.pem").path, "-out", directory.appendingPathComponent("cert.pem").path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: directory.appendingPathComponent("key.pem").path)
        guard process.terminationStatus == 0 else { throw NgircdError("openssl could not make a certificate") }
    }
}

/// ngircd could not be started for a test.
public struct NgircdError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
