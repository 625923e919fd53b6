extension Diagnostic {
    /// Diagnostics in reading order (file, line, column, then code and message), each once.
    public static func sortedUnique(_ diagnostics: some Sequence<Diagnostic>) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics
            .filter { seen.insert($0).inserted }
            .sorted { lhs, rhs in
                if lhs.location != rhs.location { return lhs.location < rhs.location }
                if lhs.code.rawValue != rhs.code.rawValue { return lhs.code.rawValue < rhs.code.rawValue }
                return lhs.message < rhs.message
            }
    }
}
