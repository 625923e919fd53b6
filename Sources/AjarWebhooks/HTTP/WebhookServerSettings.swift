public import Foundation

/// How the webhook server listens and what it accepts.
///
/// ```swift
/// var settings = WebhookServerSettings(host: "127.0.0.1", port: 8080)
/// settings.secrets = [try WebhookSecret(environment["AJAR_HTTP_SECRET"]!)]
/// try settings.validate()   // refuses a non-loopback host without a secret
/// ```
public struct WebhookServerSettings: Sendable {
    public var host: String
    /// 0 picks a free port (tests).
    public var port: Int
    /// Accepted signing secrets (current first). Empty: signatures are not checked, which
    /// ``validate()`` allows only on a loopback address.
    public var secrets: [WebhookSecret]
    /// Larger request bodies are refused with 413.
    public var bodyLimit: Int
    /// The whole request body must arrive within this time, else 408.
    public var bodyTimeout: Duration
    /// A connection with no complete request head for this long is closed.
    public var idleTimeout: Duration
    /// The signature timestamp window, either way.
    public var signatureTolerance: TimeInterval

    public init(
        host: String = "127.0.0.1", port: Int, secrets: [WebhookSecret] = [], bodyLimit: Int = 64 * 1024,
        bodyTimeout: Duration = .seconds(10), idleTimeout: Duration = .seconds(30), signatureTolerance: TimeInterval = 300
    ) {
        self.host = host
        self.port = port
        self.secrets = secrets
        self.bodyLimit = bodyLimit
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.signatureTolerance = signatureTolerance
    }

    /// Whether `host` only accepts connections from this machine.
    public var isLoopback: Bool {
        let host = host.lowercased()
        return host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// Throws when the server must not start: a non-loopback host without a secret.
    public func validate() throws(WebhookServerSettingsError) {
        if secrets.isEmpty && !isLoopback { throw .secretRequired(host: host) }
        if !(0...65535).contains(port) { throw .invalidPort(port) }
    }
}

/// Why the webhook server refuses to start.
public enum WebhookServerSettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    case secretRequired(host: String)
    case invalidPort(Int)

    public var description: String {
        switch self {
        case .secretRequired(let host):
            "refusing to serve webhooks on \(host) without a signing secret: set AJAR_HTTP_SECRET (or http.secret_file), or listen on 127.0.0.1"
        case .invalidPort(let port):
            "invalid HTTP port \(port)"
        }
    }
}
