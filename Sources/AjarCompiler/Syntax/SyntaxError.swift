/// A problem in one of the small languages inside a script (patterns, templates, durations).
///
/// `offset` counts Unicode scalars from the start of the string, so the compiler can point at the
/// exact column when the string sits on one line of the script.
public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in a phrase: "unclosed '('".
    public var message: String
    /// Where, in Unicode scalars from the start of the string.
    public var offset: Int
    /// How to fix it, when that is obvious.
    public var hint: String?

    public init(_ message: String, at offset: Int, hint: String? = nil) {
        self.message = message
        self.offset = offset
        self.hint = hint
    }

    public var description: String { "\(message) (at offset \(offset))" }
}
