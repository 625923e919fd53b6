/// Why a line is not an IRC message. The connection goes on: the line is skipped.
public enum IRCParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The line is empty or only spaces.
    case empty
    /// The line holds NUL, CR or LF (the codec splits lines, so these never belong inside one).
    case forbiddenCharacter(UInt8)
    /// A tag section (`@...`) that is empty or has an empty key.
    case invalidTags
    /// `:` with no source after it.
    case invalidSource
    /// No command after the tags and source.
    case missingCommand
    /// A command that is neither letters nor a three-digit numeric.
    case invalidCommand(String)

    public var description: String {
        switch self {
        case .empty: "empty line"
        case .forbiddenCharacter(let byte): "forbidden character 0x\(String(byte, radix: 16)) in line"
        case .invalidTags: "malformed message tags"
        case .invalidSource: "malformed source"
        case .missingCommand: "missing command"
        case .invalidCommand(let command): "invalid command '\(command)'"
        }
    }
}

/// Why a message cannot be written as a line.
public enum IRCSerialisationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The command is empty or has characters other than letters and digits.
    case invalidCommand(String)
    /// A parameter before the last is empty, holds a space or starts with `:`.
    case invalidMiddleParameter(index: Int)
    /// A tag key is empty or holds characters a key cannot have.
    case invalidTagKey(String)
    /// A source with a space, or an empty one.
    case invalidSource
    /// Longer than the 512 bytes (with CRLF) a server accepts, not counting tags.
    case tooLong(bytes: Int)

    public var description: String {
        switch self {
        case .invalidCommand(let command): "invalid command '\(command)'"
        case .invalidMiddleParameter(let index): "parameter \(index) cannot be a middle parameter"
        case .invalidTagKey(let key): "invalid tag key '\(key)'"
        case .invalidSource: "invalid source"
        case .tooLong(let bytes): "line of \(bytes) bytes is longer than 512 with CRLF"
        }
    }
}
