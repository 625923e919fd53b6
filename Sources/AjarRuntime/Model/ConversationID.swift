/// Identifies one conversation: one person on one transport (`terminal:alice`, `irc:nick`).
///
/// Validated on creation: not empty, at most 512 UTF-8 bytes, no control characters, so an id
/// from the outside can be stored, logged and used as a key safely.
///
/// ```swift
/// let id = ConversationID("terminal:alice")!   // nil for "" or "a\nb"
/// ```
public struct ConversationID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The longest id accepted, in UTF-8 bytes.
    public static let maximumLength = 512

    public let rawValue: String

    /// Fails for an empty id, one longer than ``maximumLength`` bytes, or one with control characters.
    public init?(rawValue: String) {
        guard !rawValue.isEmpty, rawValue.utf8.count <= Self.maximumLength,
              !rawValue.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        self.rawValue = rawValue
    }

    /// Same as ``init(rawValue:)``.
    public init?(_ rawValue: String) {
        self.init(rawValue: rawValue)
    }

    /// The id of `user`'s conversation on `transport`: `"\(transport):\(user)"`.
    public init?(transport: Transport, user: String) {
        self.init(rawValue: "\(transport.rawValue):\(user)")
    }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let id = ConversationID(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid conversation id")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
