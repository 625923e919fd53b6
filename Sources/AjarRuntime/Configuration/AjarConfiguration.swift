public import Logging

/// Ajar's configuration, after the file, the environment and the defaults are merged and checked.
///
/// Every field has the default `config/ajar.yaml` documents. Load it with ``ConfigurationLoader``.
public struct AjarConfiguration: Sendable, Equatable {
    public struct DialogueSection: Sendable, Equatable {
        /// The scripts to load; `nil` means the default (`Dialogues/`; `ajar chat` runs its `main.yaml`).
        public var path: String?
    }

    public struct StorageSection: Sendable, Equatable {
        /// The SQLite file; `nil` means ``StoragePaths/defaultDatabasePath(environment:)``.
        public var path: String?
    }

    public struct IRCSection: Sendable, Equatable {
        /// The IRC server; `nil`: no IRC.
        public var host: String?
        public var port: Int = 6697
        public var tls: Bool = true
        public var nick: String = "ajar"
        public var channels: [String] = []
        /// From `AJAR_IRC_SASL_PASSWORD` or the file `irc.sasl_password_file` names.
        public var saslPassword: Secret?
    }

    public struct HTTPSection: Sendable, Equatable {
        public var host: String = "127.0.0.1"
        /// The webhook server's port; `nil`: no server.
        public var port: Int?
        /// From `AJAR_HTTP_SECRET` or the file `http.secret_file` names.
        public var secret: Secret?
    }

    public struct LoggingSection: Sendable, Equatable {
        /// Log messages below this level are dropped (logs go to standard error).
        public var level: Logger.Level = .warning
        /// Whether what people type may appear in logs. Off: only lengths, states and intents.
        public var logUserText: Bool = false
    }

    public var dialogue = DialogueSection()
    public var storage = StorageSection()
    public var irc = IRCSection()
    public var http = HTTPSection()
    public var logging = LoggingSection()
    /// The file the configuration was read from, if any.
    public var file: String?

    /// All defaults: what `ajar` runs with when there is no configuration at all.
    public init() {}
}

/// Secret text (a password, a signing key): its description never shows it.
public struct Secret: Sendable, Equatable, CustomStringConvertible {
    public let value: String
    public init(_ value: String) { self.value = value }
    public var description: String { "<secret>" }
}
