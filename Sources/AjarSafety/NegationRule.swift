/// "I'm not going to hurt myself": a negation shortly before a phrase cancels it.
///
/// A negator counts when it is in the same clause, and only bridge words ("going", "to", "ever",
/// "really", ...) stand between it and the phrase, at most `window` of them. So "I would never
/// hurt myself" is negated, but "I'm not okay I want to die" is not ("okay" is no bridge).
/// A negator inside a phrase's `...` gap cancels it too ("he does not ... hit me").
struct NegationRule: Sendable {
    var negators: [[String]]
    var window: Int
    var bridges: Set<String>

    func negates(_ hit: PhraseSet.Hit, in text: SafetyText) -> Bool {
        for index in hit.gapWords where negators.contains(where: { $0.count == 1 && $0[0] == text.words[index] }) {
            return true
        }
        let start = hit.range.lowerBound
        var bridged = 0
        var position = start
        while position > 0, text.clauses[position - 1] == text.clauses[start] {
            for negator in negators where negator.count <= position {
                let from = position - negator.count
                if text.clauses[from] == text.clauses[start], text.words[from..<position].elementsEqual(negator) {
                    return true
                }
            }
            let word = text.words[position - 1]
            guard bridges.contains(word), bridged < window else { return false }
            bridged += 1
            position -= 1
        }
        return false
    }
}
