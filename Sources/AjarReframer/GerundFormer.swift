/// Makes the gerund of a verb by spelling rules, not by a list of words.
///
/// English: "make" -> "making", "see" -> "seeing", "lie" -> "lying", "panic" -> "panicking",
/// "stop" -> "stopping", "commit" -> "committing", but "open" -> "opening", "visit" -> "visiting".
struct GerundFormer: Sendable {
    private let overrides: [String: String]
    /// (ending, replacement), longest ending first; the empty ending is ``defaultEnding``.
    private let endings: [(ending: String, replacement: String)]
    private let defaultEnding: String
    private let vowels: Set<Unicode.Scalar>
    private let undoubled: Set<Unicode.Scalar>
    /// Letter pairs that act as one consonant ("qu").
    private let digraphs: [(Unicode.Scalar, Unicode.Scalar)]
    private let stressedFinal: Set<String>
    private let prefixes: [String]
    private let verbs: Set<String>

    init(rules: LanguageRules) {
        let classes = rules.wordClasses
        stressedFinal = classes[WordClass.stressedFinal.rawValue] ?? []
        prefixes = (classes[WordClass.verbPrefix.rawValue] ?? []).sorted { $0.count > $1.count }
        verbs = classes[WordClass.verb.rawValue] ?? []
        overrides = rules.gerunds
        endings = rules.gerundEndings
            .filter { !$0.key.isEmpty }
            .map { (ending: $0.key, replacement: $0.value) }
            .sorted { $0.ending.count != $1.ending.count ? $0.ending.count > $1.ending.count : $0.ending < $1.ending }
        defaultEnding = rules.gerundEndings[""] ?? ""
        vowels = Set(rules.vowels.unicodeScalars)
        undoubled = Set(rules.undoubledFinals.unicodeScalars)
        digraphs = rules.consonantDigraphs.compactMap { pair in
            let scalars = Array(pair.unicodeScalars)
            return scalars.count == 2 ? (scalars[0], scalars[1]) : nil
        }
    }

    /// The gerund of `verb` (lowercase).
    func gerund(of verb: String) -> String {
        if let override = overrides[verb] { return override }
        // "re-open" -> "re-opening": the rules apply to the part after the last hyphen.
        if let hyphen = verb.lastIndex(of: "-"), verb.index(after: hyphen) < verb.endIndex {
            return verb[...hyphen] + gerund(of: String(verb[verb.index(after: hyphen)...]))
        }
        let length = verb.utf8.count
        for (ending, replacement) in endings where length > ending.utf8.count && verb.utf8.hasSuffix(ending.utf8) {
            return verb.utf8.dropLast(ending.utf8.count).string + replacement
        }
        if doublesFinalConsonant(verb), let last = verb.unicodeScalars.last {
            var doubled = verb
            doubled.unicodeScalars.append(last)
            return doubled + defaultEnding
        }
        return verb + defaultEnding
    }

    /// A final consonant after a single stressed vowel doubles: "get", "plan", "quit", "commit";
    /// not "open", "visit", "fix", "rain", "help".
    func doublesFinalConsonant(_ verb: String) -> Bool {
        guard !vowels.isEmpty else { return false }
        let whole = shape(of: verb.unicodeScalars[...])
        guard whole.endsConsonantVowelConsonant else { return false }
        if whole.syllables == 1 || stressedFinal.contains(verb) { return true }
        // "recommit", "overstep", "reset": a prefix before a verb that doubles.
        for prefix in prefixes where verb.utf8.count > prefix.utf8.count + 2 && verb.utf8.starts(with: prefix.utf8) {
            let rest = String(verb.utf8.dropFirst(prefix.utf8.count)) ?? ""
            if stressedFinal.contains(rest) { return true }
            if verbs.contains(rest) && shape(of: rest.unicodeScalars[...]).syllables == 1 { return true }
        }
        return false
    }

    /// Syllables (vowel groups; "y" after a consonant counts) and whether the word ends
    /// consonant-vowel-consonant with a final consonant that may double.
    private func shape(of letters: Substring.UnicodeScalarView) -> (syllables: Int, endsConsonantVowelConsonant: Bool) {
        var syllables = 0
        var previous: Unicode.Scalar?
        var previousSounded = false
        // Vowel flags of the last three letters, the last one first.
        var last = false, middle = false, before = true
        var count = 0
        for letter in letters {
            let inDigraph = previous.map { first in digraphs.contains { $0.0 == first && $0.1 == letter } } ?? false
            let vowel = !inDigraph && vowels.contains(letter)
            let sounded = vowel || (!inDigraph && letter == "y" && count > 0 && !previousSounded)
            if sounded && !previousSounded { syllables += 1 }
            previousSounded = sounded
            before = middle
            middle = last
            last = vowel
            previous = letter
            count += 1
        }
        guard count >= 3, let final = previous, final.properties.isAlphabetic, !undoubled.contains(final) else {
            return (syllables, false)
        }
        return (syllables, !last && middle && !before)
    }
}

extension String.UTF8View {
    /// Byte-wise suffix test: table endings are compared as written.
    func hasSuffix(_ suffix: String.UTF8View) -> Bool {
        let count = suffix.count
        guard self.count >= count else { return false }
        // Both are contiguous for native strings: compare the bytes where they lie.
        let fast: Bool?? = withContiguousStorageIfAvailable { word in
            suffix.withContiguousStorageIfAvailable { end in
                let offset = word.count - end.count
                for index in 0..<end.count where word[offset + index] != end[index] { return false }
                return true
            }
        }
        if let fast, let result = fast { return result }
        return self[index(endIndex, offsetBy: -count)...].elementsEqual(suffix)
    }
}

extension Substring.UTF8View {
    var string: String { String(Substring(self)) }
}
