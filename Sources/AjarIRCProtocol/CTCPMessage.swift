/// A CTCP request or reply inside a PRIVMSG or NOTICE: `\u{1}COMMAND arguments\u{1}`.
///
/// ```swift
/// CTCPMessage(parsing: "\u{1}ACTION waves\u{1}")    // .action("waves")
/// CTCPMessage(parsing: "hello")                     // nil: not CTCP
/// ```
public enum CTCPMessage: Sendable, Hashable {
    /// `/me` text.
    case action(String)
    /// A request for the client's name and version.
    case version
    /// A round-trip probe; the reply echoes the token.
    case ping(String)
    /// Anything else, with its command in upper case.
    case other(command: String, arguments: String)

    /// Parses `text` when it starts with `0x01`; the closing `0x01` is optional (some clients omit it).
    public init?(parsing text: String) {
        guard text.unicodeScalars.first == "\u{1}" else { return nil }
        var body = Substring(text).dropFirst()
        if body.unicodeScalars.last == "\u{1}" { body = body.dropLast() }
        let parts = body.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        let command = String(parts.first ?? "").uppercased()
        let arguments = parts.count > 1 ? String(parts[1]) : ""
        guard !command.isEmpty, !command.unicodeScalars.contains("\u{1}") else { return nil }
        switch command {
        case "ACTION": self = .action(arguments)
        case "VERSION": self = .version
        case "PING": self = .ping(arguments)
        default: self = .other(command: command, arguments: arguments)
        }
    }

    /// The reply text for a request: `\u{1}COMMAND arguments\u{1}` (send it in a NOTICE).
    public static func reply(command: String, arguments: String) -> String {
        let clean = arguments.unicodeScalars.filter { $0 != "\u{1}" }
        let text = clean.isEmpty ? command : command + " " + String(String.UnicodeScalarView(clean))
        return "\u{1}" + text + "\u{1}"
    }
}
