/// The word tables of a ``LanguageRules`` as sets, with the questions the parser asks of a word.
///
/// Built once per ``Reframer``; every question is a few set lookups.
struct Grammar: Sendable {
    let rules: LanguageRules
    private let classes: [WordClass: Set<String>]
    /// Words that are never a verb or the head of a person: determiners, pronouns, prepositions...
    let functionWords: Set<String>
    /// Every form of a hostile verb (base and gerund).
    let hostileForms: Set<String>
    /// Control verbs by base form and by gerund ("getting" -> "get").
    let controlBases: [String: String]
    /// Multi-word cessation verbs by first word ("give" -> ["give", "up"]).
    let cessationPhrases: [String: [[String]]]
    let gerunds: GerundFormer

    init(rules: LanguageRules) {
        self.rules = rules
        var classes: [WordClass: Set<String>] = [:]
        for name in WordClass.allCases {
            classes[name] = rules.wordClasses[name.rawValue] ?? []
        }
        self.classes = classes
        let gerunds = GerundFormer(rules: rules)
        self.gerunds = gerunds

        var function = Set<String>()
        for name: WordClass in [.determiner, .objectPronoun, .subjectPronoun, .preposition, .particle,
                                .conjunction, .negator, .adverb, .clauseStarter] {
            function.formUnion(classes[name] ?? [])
        }
        self.functionWords = function

        var hostile = Set<String>()
        for verb in classes[.hostile] ?? [] {
            hostile.insert(verb)
            hostile.insert(gerunds.gerund(of: verb))
        }
        self.hostileForms = hostile

        var bases: [String: String] = [:]
        let controlClasses: [WordClass] = [.controlTo, .controlBare, .controlComplement, .controlGerund,
                                           .controlInto, .controlPrevent, .controlHostile]
        for name in controlClasses {
            for verb in classes[name] ?? [] {
                bases[verb] = verb
                bases[gerunds.gerund(of: verb)] = verb
            }
        }
        self.controlBases = bases

        var phrases: [String: [[String]]] = [:]
        for entry in classes[.cessation] ?? [] {
            let words = entry.split(separator: " ").map(String.init)
            if let first = words.first { phrases[first, default: []].append(words) }
        }
        self.cessationPhrases = phrases.mapValues { $0.sorted { $0.count > $1.count } }
    }

    func contains(_ name: WordClass, _ word: String) -> Bool {
        classes[name]?.contains(word) ?? false
    }

    func isFunctionWord(_ word: String) -> Bool { functionWords.contains(word) }

    func isNumber(_ word: String) -> Bool {
        if !word.isEmpty && word.allSatisfy(\.isNumber) { return true }
        return contains(.number, word)
    }

    /// "partner's", "kids'" and "one's" need a noun after them.
    func isPossessive(_ word: String) -> Bool {
        word.hasSuffix("'s") || word.hasSuffix("'")
    }

    func hasEnding(_ word: String, in endings: [String]) -> Bool {
        endings.contains { !$0.isEmpty && word.hasSuffix($0) }
    }

    /// By table, then by ending ("careful", "interested"); listed verbs are not adjectives by ending.
    func isAdjective(_ word: String) -> Bool {
        if contains(.adjective, word) { return true }
        if contains(.verb, word) || isFunctionWord(word) || word.count < 5 { return false }
        return hasEnding(word, in: rules.adjectiveEndings) && !hasEnding(word, in: rules.nonAdjectiveEndings)
    }

    /// "kids", "messages"; not "boss", "focus", "this".
    func looksPlural(_ word: String) -> Bool {
        word.count > 3 && hasEnding(word, in: rules.pluralEndings) && !hasEnding(word, in: rules.nonPluralEndings)
    }

    /// A gerund already ("talking"), not a noun that ends like one ("something", "thing").
    func isGerund(_ word: String) -> Bool {
        guard let ending = rules.gerundEndings[""], !ending.isEmpty, word.hasSuffix(ending),
              word.count >= ending.count + 2 else { return false }
        if isFunctionWord(word) || contains(.nonPerson, word) || contains(.personNoun, word) || contains(.verb, word) {
            return false
        }
        let stem = word.dropLast(ending.count)
        return stem.contains { rules.vowels.contains($0) || $0 == "y" }
    }

    /// The base form when `word` is a verb of control, as base or gerund ("getting" -> "get").
    func controlBase(_ word: String) -> String? { controlBases[word] }

    /// A multi-word cessation verb ("give up") starting at `index`: the number of words it spans.
    func cessationLength(_ tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isWord else { return nil }
        for phrase in cessationPhrases[tokens[index].lower] ?? [] {
            guard index + phrase.count <= tokens.count else { continue }
            var matches = true
            for offset in 0..<phrase.count where tokens[index + offset].lower != phrase[offset] {
                matches = false
                break
            }
            if matches { return phrase.count }
        }
        return nil
    }
}
