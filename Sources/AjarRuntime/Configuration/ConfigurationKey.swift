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
        ConfigurationKey("irc", "nick", .string),
        ConfigurationKey("irc", "channels", .list),
        ConfigurationKey("irc", "sasl_password", .secret),
        ConfigurationKey("irc", "sasl_password_file", .path),
        ConfigurationKey("http", "host", .string),
        ConfigurationKey("http", "port", .port),
        ConfigurationKey("http", "secret", .secret),
        ConfigurationKey("http", "secret_file", .path),
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
