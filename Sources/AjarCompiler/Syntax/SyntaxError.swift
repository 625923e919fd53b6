/// A problem in one of the small languages inside a script (patterns, templates, durations).
///
/// `offset` counts Unicode scalars from the start of the string, so the compiler can point at the
/// exact column when the string sits on one line of the script.
public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var hint: String?

    public init(_ message: String, at offset: Int, hint: String? = nil) {
        self.message = message
        self.offset = offset
        self.hint = hint
    }

    public var description: String { "\(message) (at offset \(offset))" }
}

/// Names a script gives to variables and captures: a letter or `_`, then letters, digits or `_`.
enum Identifier {
    static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
