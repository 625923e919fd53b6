/// A channel name: starts with `#`, `&`, `+` or `!`; no space, comma, BEL or line break; at most 200 bytes.
///
/// ```swift
/// IRCChannelName("#ajar")      // valid
/// IRCChannelName("ajar")       // nil: no channel prefix
/// ```
public struct IRCChannelName: Sendable, Hashable, CustomStringConvertible {
    /// The longest channel name accepted, in UTF-8 bytes.
    public static let maximumLength = 200
    /// The characters a channel name may start with.
    public static let prefixes: Set<Character> = ["#", "&", "+", "!"]

    public let rawValue: String

    public init?(_ rawValue: some StringProtocol) {
        let text = String(rawValue)
        guard let first = text.first, Self.prefixes.contains(first), text.utf8.count >= 2,
              text.utf8.count <= Self.maximumLength,
              !text.utf8.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: ",") || $0 == 0x7F })
        else { return nil }
        self.rawValue = text
    }

    /// The case-folded form, for comparisons and keys.
    public var key: String { IRCCaseMapping.fold(rawValue) }

    /// Whether `other` is the same channel (IRC case-insensitively).
    public func matches(_ other: some StringProtocol) -> Bool {
        IRCCaseMapping.equal(rawValue, other)
    }

    public var description: String { rawValue }
}

/// Where a message goes: a channel or a person.
public enum IRCTarget: Sendable, Hashable, CustomStringConvertible {
    case channel(IRCChannelName)
    case nickname(IRCNickname)

    /// A channel when `text` starts with a channel prefix, else a nickname; `nil` when neither is valid.
    public init?(_ text: some StringProtocol) {
        if let first = text.first, IRCChannelName.prefixes.contains(first) {
            guard let channel = IRCChannelName(text) else { return nil }
            self = .channel(channel)
        } else {
            guard let nickname = IRCNickname(text) else { return nil }
            self = .nickname(nickname)
        }
    }

    public var rawValue: String {
        switch self {
        case .channel(let channel): channel.rawValue
        case .nickname(let nickname): nickname.rawValue
        }
    }

    public var description: String { rawValue }
}
