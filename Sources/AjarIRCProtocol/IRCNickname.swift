/// A nickname that can be sent as a message target: validated on creation.
///
/// Accepts what servers hand out (letters, digits, `[]\`_^{|}-` and non-ASCII letters) and refuses
/// anything that could break a line or change its meaning: spaces, commas, `!@*?.:`, control
/// characters, a leading channel or prefix character, a leading digit or `-`.
///
/// ```swift
/// IRCNickname("ajar")        // valid
/// IRCNickname("bad nick")    // nil
/// ```
public struct IRCNickname: Sendable, Hashable, CustomStringConvertible {
    /// The longest nickname accepted, in UTF-8 bytes (servers advertise less, often 9 to 30).
    public static let maximumLength = 64

    public let rawValue: String

    public init?(_ rawValue: some StringProtocol) {
        let text = String(rawValue)
        guard let first = text.unicodeScalars.first, text.utf8.count <= Self.maximumLength else { return nil }
        guard !Self.forbiddenFirst.contains(first), !("0"..."9").contains(first) else { return nil }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x21 || scalar.value == 0x7F || Self.forbidden.contains(scalar) { return nil }
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format { return nil }
        }
        self.rawValue = text
    }

    /// The case-folded form: two nicknames with equal keys are the same person.
    public var key: String { IRCCaseMapping.fold(rawValue) }

    /// Whether `other` names the same person (IRC case-insensitively).
    public func matches(_ other: some StringProtocol) -> Bool {
        IRCCaseMapping.equal(rawValue, other)
    }

    public var description: String { rawValue }

    private static let forbidden: Set<Unicode.Scalar> = [" ", ",", "!", "@", "*", "?", ".", ":", "\u{1}"]
    private static let forbiddenFirst: Set<Unicode.Scalar> = ["#", "&", "+", "$", "~", "%", "-", "'"]
}
