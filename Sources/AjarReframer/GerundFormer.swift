/// Makes the gerund of a verb by spelling rules, not by a list of words.
///
/// English: "make" -> "making", "see" -> "seeing", "lie" -> "lying", "panic" -> "panicking",
/// "stop" -> "stopping", "commit" -> "committing", but "open" -> "opening", "visit" -> "visiting".
struct GerundFormer: Sendable {
    private let overrides: [String: String]
    /// (ending, replacement), longest ending first; the empty ending last.
    private let endings: [(ending: String, replacement: String)]
    private let defaultEnding: String
    private let vowels: Set<Character>
    private let undoubled: Set<Character>
    private let digraphs: [String]
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
        vowels = Set(rules.vowels)
        undoubled = Set(rules.undoubledFinals)
        digraphs = rules.consonantDigraphs
    }

    /// The gerund of `verb` (lowercase).
    func gerund(of verb: String) -> String {
        if let override = overrides[verb] { return override }
        // "re-open" -> "re-opening": the rules apply to the part after the last hyphen.
        if let hyphen = verb.lastIndex(of: "-"), verb.index(after: hyphen) < verb.endIndex {
            let head = verb[...hyphen]
            return head + gerund(of: String(verb[verb.index(after: hyphen)...]))
        }
        for (ending, replacement) in endings where verb.count > ending.count && verb.hasSuffix(ending) {
            return verb.dropLast(ending.count) + replacement
        }
        if doublesFinalConsonant(verb), let last = verb.last {
            return verb + String(last) + defaultEnding
        }
        return verb + defaultEnding
    }

    /// A final consonant after a single stressed vowel doubles: "get", "plan", "quit", "commit";
    /// not "open", "visit", "fix", "rain", "help".
    func doublesFinalConsonant(_ verb: String) -> Bool {
        guard !vowels.isEmpty else { return false }
        let letters = verbLettersMarkingDigraphs(verb)
        guard letters.count >= 3 else { return false }
        let last = letters[letters.count - 1], middle = letters[letters.count - 2], before = letters[letters.count - 3]
        guard last.isLetter, !isVowel(last), !undoubled.contains(last),
              isVowel(middle), !isVowel(before) else { return false }
        if syllables(letters) == 1 || stressedFinal.contains(verb) { return true }
        // "recommit", "overstep", "reset": a prefix before a verb that doubles.
        for prefix in prefixes where verb.count > prefix.count + 2 && verb.hasPrefix(prefix) {
            let rest = String(verb.dropFirst(prefix.count))
            if stressedFinal.contains(rest) { return true }
            if verbs.contains(rest) && syllables(verbLettersMarkingDigraphs(rest)) == 1 { return true }
        }
        return false
    }

    /// The letters, with each digraph that acts as one consonant written as its first letter and a
    /// marker ("quit" -> "q#it"), so its vowel letter is not counted.
    private func verbLettersMarkingDigraphs(_ verb: String) -> [Character] {
        let letters = Array(verb)
        guard !digraphs.isEmpty else { return letters }
        var result: [Character] = []
        result.reserveCapacity(letters.count)
        var index = 0
        while index < letters.count {
            if index + 1 < letters.count,
               digraphs.contains(where: { $0.count == 2 && $0.first == letters[index] && $0.last == letters[index + 1] }) {
                result.append(letters[index])
                result.append("#")
                index += 2
            } else {
                result.append(letters[index])
                index += 1
            }
        }
        return result
    }

    private func isVowel(_ letter: Character) -> Bool { vowels.contains(letter) }

    /// Groups of vowels; "y" after a consonant counts as a vowel ("try", "deny").
    private func syllables(_ letters: [Character]) -> Int {
        var count = 0
        var previousWasVowel = false
        for (index, letter) in letters.enumerated() {
            let vowel = isVowel(letter) || (letter == "y" && index > 0 && !previousWasVowel)
            if vowel && !previousWasVowel { count += 1 }
            previousWasVowel = vowel
        }
        return count
    }
}
