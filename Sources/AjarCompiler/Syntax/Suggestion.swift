/// "Did you mean ...?": the closest known name to a misspelt one, by edit distance.
struct Suggestion {
    /// Known names, lower-cased once.
    private let candidates: [(name: String, scalars: [Unicode.Scalar])]

    init(_ names: some Sequence<String>) {
        candidates = names.map { ($0, Array($0.lowercased().unicodeScalars)) }
    }

    /// How many names a lookup compares.
    var count: Int { candidates.count }

    /// The known name nearest to `word`, if it is near enough to be a likely typo.
    func closest(to word: String) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty, target.count <= 64 else { return nil }
        // One- and two-letter names are too short for a typo to be told from another name.
        let allowed = target.count <= 2 ? 0 : target.count <= 4 ? 1 : target.count <= 8 ? 2 : 3
        var best: (name: String, distance: Int)?
        for candidate in candidates where abs(candidate.scalars.count - target.count) <= allowed {
            let distance = Self.editDistance(target, candidate.scalars, limit: allowed)
            if distance <= allowed, distance < (best?.distance ?? .max) {
                best = (candidate.name, distance)
            }
        }
        return best?.name
    }

    /// "did you mean 'x'?" or `nil`.
    func hint(for word: String) -> String? {
        closest(to: word).map { "did you mean '\($0)'?" }
    }

    static func hint(for word: String, among names: some Sequence<String>) -> String? {
        Suggestion(names).hint(for: word)
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit; stops early past `limit`.
    static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar], limit: Int) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var previousPrevious = [Int](repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for i in 1...lhs.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...rhs.count {
                let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return rowMinimum }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[rhs.count]
    }
}
