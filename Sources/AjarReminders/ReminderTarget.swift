/// Where a reminder goes, parsed from its `target` text: `irc:#channel`, `irc:nick`, `webhook:NAME`,
/// or any other `scheme:rest` (a conversation id such as `terminal:alice`).
///
/// ```swift
/// ReminderTarget("irc:#ajar")      // scheme "irc", address "#ajar"
/// ReminderTarget("webhook:ops")    // scheme "webhook", address "ops"
/// ReminderTarget("nonsense")       // nil: no scheme
/// ```
public struct ReminderTarget: Sendable, Hashable, CustomStringConvertible {
    /// `irc`, `webhook`, `terminal`, ...: picks the transport.
    public let scheme: String
    /// What follows the first colon: a channel, a nick, a webhook name.
    public let address: String

    /// The longest target accepted, in UTF-8 bytes.
    public static let maximumLength = 512

    /// Fails when there is no `scheme:` prefix, the address is empty, or the text has spaces or
    /// control characters.
    public init?(_ text: String) {
        guard text.utf8.count <= Self.maximumLength, let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = String(text[..<colon])
        let address = String(text[text.index(after: colon)...])
        guard !scheme.isEmpty, !address.isEmpty,
              scheme.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }),
              !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " })
        else { return nil }
        self.scheme = scheme
        self.address = address
    }

    /// `scheme:address`, as stored.
    public var description: String { "\(scheme):\(address)" }
}
