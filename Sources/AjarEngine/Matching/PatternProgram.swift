/// A ``Pattern`` compiled into a tiny backtracking program over word identifiers.
///
/// Preferences give the matches script authors expect: `*` and `{name}` take as few words as
/// they can (like RiveScript's `(.+?)`), `[optional]` words are taken when they fit, and
/// alternatives are tried in the order written. So in `why is my {plant} [so] sad *`,
/// "why is my fern so sad" captures "fern", not "fern so".
struct PatternProgram: Sendable {
    enum Op: Sendable {
        /// Consume one word with this identifier.
        case word(Int32)
        /// Consume any one word.
        case any
        /// Try `preferred` first, then `other`.
        case split(preferred: Int, other: Int)
        case jump(Int)
        /// Record the current word position as the start of capture `slot`.
        case open(slot: Int)
        /// Record the current word position as the end of capture `slot`.
        case close(slot: Int)
        /// Succeed if every word was consumed.
        case match
    }

    private(set) var ops: [Op] = []
    /// The variable each capture slot sets.
    private(set) var captureNames: [String] = []
    /// The fewest words any input needs to match: a cheap early rejection.
    private(set) var minimumWords = 0

    init(_ pattern: Pattern, table: inout WordTable) {
        minimumWords = Self.minimumWords(pattern.elements)
        emit(pattern.elements, table: &table)
        ops.append(.match)
    }

    private mutating func emit(_ elements: [Pattern.Element], table: inout WordTable) {
        for element in elements { emit(element, table: &table) }
    }

    private mutating func emit(_ element: Pattern.Element, table: inout WordTable) {
        switch element {
        case .word(let word):
            // Normalised again so hand-built patterns ("Fern", "don’t") agree with the input.
            for id in table.internWords(word) { ops.append(.word(id)) }
        case .wildcard:
            emitLazyLoop()
        case .capture(let name):
            let slot = slot(for: name)
            ops.append(.open(slot: slot))
            ops.append(.any)
            emitLazyLoop()
            ops.append(.close(slot: slot))
        case .optional(let inner):
            let split = placeholder()
            emit(inner, table: &table)
            ops[split] = .split(preferred: split + 1, other: ops.count)
        case .alternatives(let alternatives):
            var jumps: [Int] = []
            for (index, alternative) in alternatives.enumerated() {
                if index == alternatives.count - 1 {
                    emit(alternative, table: &table)
                } else {
                    let split = placeholder()
                    emit(alternative, table: &table)
                    jumps.append(placeholder())
                    ops[split] = .split(preferred: split + 1, other: ops.count)
                }
            }
            for jump in jumps { ops[jump] = .jump(ops.count) }
        }
    }

    /// Zero or more words, as few as possible: `L: split(exit, body); body: any; jump L; exit:`.
    private mutating func emitLazyLoop() {
        let loop = placeholder()
        ops.append(.any)
        ops.append(.jump(loop))
        ops[loop] = .split(preferred: ops.count, other: loop + 1)
    }

    private mutating func placeholder() -> Int {
        ops.append(.match)
        return ops.count - 1
    }

    private mutating func slot(for name: String) -> Int {
        if let slot = captureNames.firstIndex(of: name) { return slot }
        captureNames.append(name)
        return captureNames.count - 1
    }

    private static func minimumWords(_ elements: [Pattern.Element]) -> Int {
        elements.reduce(0) { total, element in
            switch element {
            case .word(let word): total + Normalizer.words(word).count
            case .wildcard, .optional: total
            case .capture: total + 1
            case .alternatives(let alternatives):
                total + (alternatives.map(minimumWords).min() ?? 0)
            }
        }
    }
}
