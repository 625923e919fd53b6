/// One configuration key: `section.name` in the YAML file, `AJAR_SECTION_NAME` in the environment.
public struct ConfigurationKey: Sendable, Hashable {
    /// What values a key takes.
    public enum Kind: Sendable, Hashable {
        case string
        /// A file or directory; a leading `~/` means the home directory.
        case path
        /// A TCP port, 1 to 65535.
        case port
        /// `true`/`false` (also `yes`/`no`, `on`/`off`, `1`/`0` in the environment).
        case bool
        /// A YAML list of strings; comma-separated in the environment.
        case list
        /// `trace`, `debug`, `info`, `notice`, `warning`, `error` or `critical`.
        case logLevel
        /// Secret text: only from the environment (or the key's `_file` companion), never the YAML.
        case secret
        /// A whole number at least `minimum`.
        case count(minimum: Int)
        /// A number above zero (`0.5`, `2`).
        case rate
        /// A duration with its unit: `90s`, `10m`, `2h`, `1d`.
        case duration
        /// An IANA time zone: `UTC`, `Europe/Berlin`.
        case timeZone
        /// A daily window `HH:MM-HH:MM` (``DailyWindow``).
        case dailyWindow
        /// A mapping of names to `http://` or `https://` URLs; `NAME=URL,NAME=URL` in the environment.
        case urlMap
        /// A mapping of reminder targets to `HH:MM-HH:MM`, `HH:MM-HH:MM@ZONE` or `off`;
        /// `TARGET=VALUE,...` in the environment.
        case dailyWindowMap
    }

    public let section: String
    public let name: String
    public let kind: Kind

    public init(_ section: String, _ name: String, _ kind: Kind) {
        self.section = section
        self.name = name
        self.kind = kind
    }

    /// `irc.port`.
    public var dotted: String { "\(section).\(name)" }
    /// `AJAR_IRC_PORT`.
    public var environmentVariable: String { "AJAR_\(section.uppercased())_\(name.uppercased())" }
}

extension ConfigurationKey {
    /// Every key Ajar knows, in the order `config/ajar.yaml` documents them.
    /// A key added here must be added to `config/ajar.yaml` and `docs/configuration.md` too
    /// (a test checks the YAML file).
    public static let all: [ConfigurationKey] = [
        ConfigurationKey("dialogue", "path", .path),
        ConfigurationKey("storage", "path", .path),
        ConfigurationKey("irc", "host", .string),
        ConfigurationKey("irc", "port", .port),
        ConfigurationKey("irc", "tls", .bool),
        ConfigurationKey("irc", "ca_file", .path),
        ConfigurationKey("irc", "nick", .string),
        ConfigurationKey("irc", "username", .string),
        ConfigurationKey("irc", "realname", .string),
        ConfigurationKey("irc", "channels", .list),
        ConfigurationKey("irc", "prefix", .string),
        ConfigurationKey("irc", "password", .secret),
        ConfigurationKey("irc", "password_file", .path),
        ConfigurationKey("irc", "sasl_password", .secret),
        ConfigurationKey("irc", "sasl_password_file", .path),
        ConfigurationKey("irc", "flood_burst", .count(minimum: 1)),
        ConfigurationKey("irc", "flood_rate", .rate),
        ConfigurationKey("http", "host", .string),
        ConfigurationKey("http", "port", .port),
        ConfigurationKey("http", "secret", .secret),
        ConfigurationKey("http", "secret_file", .path),
        ConfigurationKey("http", "previous_secret", .secret),
        ConfigurationKey("http", "previous_secret_file", .path),
        ConfigurationKey("http", "body_limit", .count(minimum: 256)),
        ConfigurationKey("http", "receipt_retention", .duration),
        ConfigurationKey("reminders", "time_zone", .timeZone),
        ConfigurationKey("reminders", "quiet_hours", .dailyWindow),
        ConfigurationKey("reminders", "quiet_hours_overrides", .dailyWindowMap),
        ConfigurationKey("reminders", "max_attempts", .count(minimum: 1)),
        ConfigurationKey("reminders", "retry_delay", .duration),
        ConfigurationKey("reminders", "max_retry_delay", .duration),
        ConfigurationKey("reminders", "claim_duration", .duration),
        ConfigurationKey("webhooks", "targets", .urlMap),
        ConfigurationKey("webhooks", "secret", .secret),
        ConfigurationKey("webhooks", "secret_file", .path),
        ConfigurationKey("webhooks", "timeout", .duration),
        ConfigurationKey("safety", "path", .path),
        ConfigurationKey("safety", "locale", .string),
        ConfigurationKey("logging", "level", .logLevel),
        ConfigurationKey("logging", "log_user_text", .bool),
    ]

    /// The sections, in order.
    public static var sections: [String] {
        var seen: [String] = []
        for key in all where !seen.contains(key.section) { seen.append(key.section) }
        return seen
    }
}
