public import Foundation
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
        /// PEM certificates to trust instead of the system's (a private or self-signed server).
        public var caFile: String?
        public var nick: String = "ajar"
        /// The USER name; `nil`: made from the nick.
        public var username: String?
        public var realname: String = "Ajar, an automated coaching bot"
        public var channels: [String] = []
        /// Text that addresses the bot at the start of a channel line, besides `nick:` and `nick,`.
        public var prefix: String?
        /// The server password (PASS), from `AJAR_IRC_PASSWORD` or the file `irc.password_file` names.
        public var password: Secret?
        /// From `AJAR_IRC_SASL_PASSWORD` or the file `irc.sasl_password_file` names.
        public var saslPassword: Secret?
        /// Lines that may go at once after a quiet spell (each line also spends 512 bytes of burst).
        public var floodBurst: Int = 4
        /// Lines per second once the burst is spent (and 512 bytes a second per line).
        public var floodRate: Double = 1
    }

    public struct HTTPSection: Sendable, Equatable {
        public var host: String = "127.0.0.1"
        /// The webhook server's port; `nil`: no server.
        public var port: Int?
        /// From `AJAR_HTTP_SECRET` or the file `http.secret_file` names.
        public var secret: Secret?
        /// A second accepted signing secret while rotating (`AJAR_HTTP_PREVIOUS_SECRET` or its file).
        public var previousSecret: Secret?
        /// The largest request body in bytes; larger ones get 413.
        public var bodyLimit: Int = 64 * 1024
        /// How long a request's `webhook-id` is remembered (a repeat gets the original answer).
        public var receiptRetention: Duration = .seconds(24 * 3600)
    }

    /// When and how reminders are delivered.
    public struct RemindersSection: Sendable, Equatable {
        /// The zone of `quietHours` (and of overrides without their own `@ZONE`).
        public var timeZone: TimeZone = TimeZone(identifier: "UTC")!
        /// When reminders wait; `nil`: never.
        public var quietHours: DailyWindow?
        /// Per target (`irc:#night-owls`, `webhook:pager`): its own window, or `nil` for never quiet.
        public var quietHoursOverrides: [String: QuietHoursOverride] = [:]
        /// Delivery attempts before a reminder is marked failed.
        public var maxAttempts: Int = 8
        /// The first retry's delay; it doubles each time, up to `maxRetryDelay`.
        public var retryDelay: Duration = .seconds(5)
        public var maxRetryDelay: Duration = .seconds(600)
        /// How long a process holds a reminder it is delivering before another may take it
        /// (renewed while the delivery runs; after a crash the reminder waits this long).
        public var claimDuration: Duration = .seconds(30)
    }

    /// A target's own quiet hours: a window in a zone, or never quiet.
    public enum QuietHoursOverride: Sendable, Equatable {
        case off
        case window(DailyWindow, timeZone: TimeZone?)
    }

    /// Outgoing webhooks: the `webhook:NAME` reminder targets.
    public struct WebhooksSection: Sendable, Equatable {
        /// `NAME` -> the URL a `webhook:NAME` reminder is POSTed to.
        public var targets: [String: URL] = [:]
        /// Signs outgoing requests; `nil`: the HTTP secret, else unsigned.
        public var secret: Secret?
        /// Per outgoing request.
        public var timeout: Duration = .seconds(10)
    }

    /// The safety layer's data.
    public struct SafetySection: Sendable, Equatable {
        /// A phrase-and-replies file, or a folder of `<language>.yaml` (and `<language>-<REGION>.yaml`)
        /// files; `nil`: the shipped `config/safety/`.
        public var path: String?
        /// Which file of the folder: `en-GB` -> `en-GB.yaml` if present, else `en.yaml`.
        public var locale: String = "en"
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
    public var reminders = RemindersSection()
    public var webhooks = WebhooksSection()
    public var safety = SafetySection()
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
