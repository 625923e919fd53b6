/// Why a configuration was refused: every problem found, each with where it came from.
///
/// ```text
/// config/ajar.yaml:4:3: error: unknown key 'prot' in section 'irc' (did you mean 'port'?)
/// AJAR_IRC_PORT: error: expected a port number (1-65535), got 'abc'
/// ```
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [ConfigurationProblem]

    public init(problems: [ConfigurationProblem]) {
        self.problems = problems
    }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// One thing wrong with the configuration.
public struct ConfigurationProblem: Sendable, Hashable, CustomStringConvertible {
    /// `FILE:LINE:COLUMN`, `FILE`, or the environment variable's name.
    public var location: String
    public var message: String

    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }
}
