/// Where something is in a script: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// How bad a diagnostic is. Any error makes the script invalid.
public enum Severity: String, Sendable, Hashable {
    case error
    case warning
}

/// One problem found in a script, as a value.
///
/// Rendered as `FILE:LINE:COLUMN: error: MESSAGE [AJ0002]` (the command-line contract).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    /// A suggestion, when one is obvious ("did you mean 'say'?").
    public var hint: String?

    public init(_ code: DiagnosticCode, at location: SourceLocation, severity: Severity = .error, _ message: String, hint: String? = nil) {
        self.code = code
        self.location = location
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// One line: `FILE:LINE:COLUMN: error: MESSAGE (HINT) [CODE]`.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text + " [\(code.rawValue)]"
    }
}

/// A stable diagnostic code (`AJ0001` ...). Each is documented in `docs/diagnostics.md`.
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
