import AjarReframer
import Testing

/// One row of a table: an input and what it must become (`nil`: not a reframe).
struct Example: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: String?

    init(_ input: String, _ expected: String?) {
        self.input = input
        self.expected = expected
    }

    var testDescription: String { input }
}

/// Built once: the tests share it as the engine would.
let english = Reframer(rules: .english)
let reflector = Reflector(rules: .english)

/// The shape every reframe has: a capital first, exactly one "?" at the end, no doubled or
/// outer spaces.
func isWellFormedQuestion(_ question: String) -> Bool {
    guard let first = question.first, first.isUppercase, question.hasSuffix("?") else { return false }
    guard !question.dropLast().contains("?") else { return false }
    guard question.first?.isWhitespace == false, !question.contains("  ") else { return false }
    return !question.dropLast().hasSuffix(" ")
}
