/// Pronoun reflection over tokens: one left-to-right pass, longest phrase first.
///
/// Output goes to a new list, so a reflected word is never looked at again ("my" -> "your" never
/// flips back to "my"): the placeholders of ELIZA-style engines, without the string surgery.
/// "you" is "me" in object position ("I don't get you" -> "you don't get me") and "I" in subject
/// position ("you hurt me" -> "I hurt you").
struct PhraseReflection: Sendable {
    private struct Entry: Sendable {
        var words: [String]
        var replacement: [String]
    }

    private let table: [String: [Entry]]
    private let subjectTable: [String: [Entry]]
    /// First-person words ("me", "my"): what second-person words reflect into.
    let firstPerson: Set<String>
    private let auxiliaries: Set<String>
    private let subjectMarkers: Set<String>
    private let subjectPronouns: Set<String>
    private let conjunctions: Set<String>
    private let verbs: Set<String>
    private let objectBeforeVerb: Set<String>
    /// Words after which "you" is still an object: prepositions, conjunctions, pronouns, adverbs.
    private let notAVerb: Set<String>

    init(rules: LanguageRules) {
        table = Self.index(rules.reflections)
        subjectTable = Self.index(rules.subjectReflections)
        let classes = rules.wordClasses
        firstPerson = classes[WordClass.firstPerson.rawValue] ?? []
        auxiliaries = classes[WordClass.auxiliary.rawValue] ?? []
        subjectMarkers = classes[WordClass.subjectMarker.rawValue] ?? []
        subjectPronouns = classes[WordClass.subjectPronoun.rawValue] ?? []
        conjunctions = classes[WordClass.conjunction.rawValue] ?? []
        verbs = classes[WordClass.verb.rawValue] ?? []
        objectBeforeVerb = classes[WordClass.objectBeforeVerb.rawValue] ?? []
        var notAVerb = Set<String>()
        for name: WordClass in [.preposition, .conjunction, .objectPronoun, .adverb] {
            notAVerb.formUnion(classes[name.rawValue] ?? [])
        }
        self.notAVerb = notAVerb
    }

    private static func index(_ phrases: [String: String]) -> [String: [Entry]] {
        var table: [String: [Entry]] = [:]
        for (phrase, replacement) in phrases {
            let words = phrase.lowercased().split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            table[first, default: []].append(Entry(words: words, replacement: replacement.split(separator: " ").map(String.init)))
        }
        return table.mapValues { entries in
            entries.sorted { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.lexicographicallyPrecedes($1.words) }
        }
    }

    /// The reflected words of `tokens[range]`. Indices in `given` come out as given (gerunds, the
    /// person) and no phrase spans them; `display` spells every word that is not reflected.
    /// With `keepingSecondPerson` ("how do you get your kids to..." asks about anyone), second-person
    /// words stay as they are.
    func reflect(
        _ tokens: [Token], in range: Range<Int>, given: [Int: [String]] = [:], keepingSecondPerson: Bool = false,
        display: (Token) -> String
    ) -> [String] {
        var output: [String] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let words = given[index] {
                output += words
                index += 1
                continue
            }
            let token = tokens[index]
            guard token.isWord else {
                output.append(token.text)
                index += 1
                continue
            }
            let general = longestMatch(table, tokens, at: index, in: range, given: given)
            var entry = general
            if subjectTable[token.lower] != nil, isSubject(tokens, at: index, in: range),
               let subject = longestMatch(subjectTable, tokens, at: index, in: range, given: given),
               subject.words.count >= (general?.words.count ?? 0) {
                entry = subject
            }
            if let found = entry, keepingSecondPerson, intoFirstPerson(found) { entry = nil }
            if let entry {
                output += entry.replacement
                index += entry.words.count
            } else {
                output.append(display(token))
                index += 1
            }
        }
        return output
    }

    /// Whether a reflection turns second person into first ("you" -> "me").
    private func intoFirstPerson(_ entry: Entry) -> Bool {
        entry.replacement.first.map { firstPerson.contains($0.lowercased()) } ?? false
    }

    /// Whether `word` reflects into the first person ("you", "u", "your").
    func isSecondPerson(_ word: String) -> Bool {
        table[word]?.contains { $0.words.count == 1 && intoFirstPerson($0) } ?? false
    }

    private func longestMatch(
        _ table: [String: [Entry]], _ tokens: [Token], at index: Int, in range: Range<Int>, given: [Int: [String]]
    ) -> Entry? {
        guard let entries = table[tokens[index].lower] else { return nil }
        for entry in entries where index + entry.words.count <= range.upperBound {
            var matches = true
            for offset in 1..<max(entry.words.count, 1) {
                let token = tokens[index + offset]
                if !token.isWord || given[index + offset] != nil || token.lower != entry.words[offset] {
                    matches = false
                    break
                }
            }
            if matches { return entry }
        }
        return nil
    }

    /// Subject position: before an auxiliary ("you are", "you never"); after a clause opener when
    /// a verb follows ("what you want", "because you left"); or inverted ("can you", "what do you").
    func isSubject(_ tokens: [Token], at index: Int, in range: Range<Int>) -> Bool {
        let next: Token? = index + 1 < range.upperBound ? tokens[index + 1] : nil
        let previous: Token? = index > range.lowerBound ? tokens[index - 1] : nil
        if let next, next.isWord, auxiliaries.contains(next.lower) { return true }
        // "you and I talk": a compound subject.
        if let next, conjunctions.contains(next.lower), index + 2 < range.upperBound,
           subjectPronouns.contains(tokens[index + 2].lower) {
            return true
        }
        let opensClause = previous.map { !$0.isWord || subjectMarkers.contains($0.lower) } ?? true
        if opensClause, let next, next.isWord, !notAVerb.contains(next.lower) {
            return true
        }
        // "in his culture you keep things private": a verb right after, and nothing before that
        // takes "you" as its object ("made you cry", "let you go", "thank you").
        if let next, next.isWord, verbs.contains(next.lower), let previous, previous.isWord,
           !objectBeforeVerb.contains(previous.lower), !notAVerb.contains(previous.lower), !verbs.contains(previous.lower) {
            return true
        }
        if let previous, previous.isWord, auxiliaries.contains(previous.lower) {
            let beforePrevious: Token? = index - 1 > range.lowerBound ? tokens[index - 2] : nil
            return beforePrevious.map { !$0.isWord || subjectMarkers.contains($0.lower) } ?? true
        }
        return false
    }
}
