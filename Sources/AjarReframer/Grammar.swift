/// The word tables of a ``LanguageRules`` compiled for lookup: every word maps to one bit mask
/// of its classes, so a token is looked up once and each grammar question is a mask test.
///
/// Built once per ``Reframer`` and shared by reference; immutable, so `Sendable`.
final class Grammar: Sendable {
    let rules: LanguageRules
    /// Word -> the bits of every class it is in.
    private let bitsByWord: [String: UInt64]
    /// Class name -> its bit: the ``WordClass`` names first, then script-defined names while bits last.
    let bitsByName: [String: UInt64]
    /// Script-defined class names that found no bit; question patterns match them by set.
    let overflowClasses: [String: Set<String>]
    /// Words that are never a verb or the head of a person: determiners, pronouns, prepositions...
    let functionMask: UInt64
    /// Every form of a hostile verb (base and gerund).
    let hostileForms: Set<String>
    /// Control verbs by base form and by gerund ("getting" -> "get").
    let controlBases: [String: String]
    /// Multi-word cessation verbs by first word ("give" -> ["give", "up"]).
    let cessationPhrases: [String: [[String]]]
    let gerunds: GerundFormer
    /// The gerund of the copula ("being"), used for "make X happy" -> "being happy".
    let copulaGerunds: Set<String>
    /// The regular gerund ending ("ing") and the letters that make its stem a syllable.
    private let gerundSuffix: String
    private let stemVowels: Set<Unicode.Scalar>
    let constraintTemplate: Template
    let persistenceTemplate: Template

    init(rules: LanguageRules) {
        self.rules = rules
        var bitsByName: [String: UInt64] = [:]
        for name in WordClass.allCases { bitsByName[name.rawValue] = name.bit }
        var overflow: [String: Set<String>] = [:]
        var nextBit = WordClass.allCases.count
        for name in rules.wordClasses.keys.sorted() where bitsByName[name] == nil {
            if nextBit < 64 {
                bitsByName[name] = 1 << UInt64(nextBit)
                nextBit += 1
            } else {
                overflow[name] = rules.wordClasses[name]
            }
        }
        let gerunds = GerundFormer(rules: rules)
        var bitsByWord: [String: UInt64] = [:]
        for (name, words) in rules.wordClasses {
            guard let bit = bitsByName[name] else { continue }
            for word in words { bitsByWord[word, default: 0] |= bit }
        }
        // Verbs of harm and surveillance are recognised as gerunds too ("stop checking my phone").
        for name: WordClass in [.hostile, .surveillance, .exposure] {
            for verb in rules.wordClasses[name.rawValue] ?? [] { bitsByWord[gerunds.gerund(of: verb), default: 0] |= name.bit }
        }
        self.bitsByName = bitsByName
        self.bitsByWord = bitsByWord
        self.overflowClasses = overflow
        functionMask = [WordClass.determiner, .objectPronoun, .subjectPronoun, .preposition, .particle,
                        .conjunction, .negator, .adverb, .clauseStarter].reduce(0) { $0 | $1.bit }

        self.gerunds = gerunds
        let classes = rules.wordClasses
        func words(_ name: WordClass) -> Set<String> { classes[name.rawValue] ?? [] }
        hostileForms = Set(words(.hostile).flatMap { [$0, gerunds.gerund(of: $0)] })
        copulaGerunds = Set(words(.copula).map { gerunds.gerund(of: $0) })
        gerundSuffix = rules.gerundEndings[""] ?? ""
        stemVowels = Set((rules.vowels + "y").unicodeScalars)
        constraintTemplate = Template(rules.constraintTemplate)
        persistenceTemplate = Template(rules.persistenceTemplate)

        var bases: [String: String] = [:]
        let controlClasses: [WordClass] = [.controlTo, .controlBare, .controlComplement, .controlGerund,
                                           .controlInto, .controlPrevent, .controlHostile]
        for name in controlClasses {
            for verb in words(name) {
                bases[verb] = verb
                bases[gerunds.gerund(of: verb)] = verb
            }
        }
        controlBases = bases

        var phrases: [String: [[String]]] = [:]
        for entry in words(.cessation) {
            let parts = entry.split(separator: " ").map(String.init)
            if let first = parts.first { phrases[first, default: []].append(parts) }
        }
        cessationPhrases = phrases.mapValues { $0.sorted { $0.count > $1.count } }
    }

    func bits(_ word: String) -> UInt64 { bitsByWord[word] ?? 0 }

    func contains(_ name: WordClass, _ word: String) -> Bool { bits(word) & name.bit != 0 }

    /// A token with its classes and traits filled in: the one lookup per word.
    func annotate(_ token: Token) -> Token {
        guard token.isWord else { return token }
        var token = token
        token.classes = bits(token.lower)
        token.traits = traits(of: token.lower, classes: token.classes)
        return token
    }

    private func traits(of word: String, classes: UInt64) -> Token.Traits {
        var traits: Token.Traits = []
        if isNumber(word, classes: classes) { traits.insert(.number) }
        if word.utf8.last == UInt8(ascii: "'") || word.utf8.hasSuffix("'s".utf8) { traits.insert(.possessive) }
        if isAdjective(word, classes: classes) { traits.insert(.adjective) }
        if isGerund(word, classes: classes) { traits.insert(.gerund) }
        if word.utf8.count > 3 && hasEnding(word, in: rules.pluralEndings) && !hasEnding(word, in: rules.nonPluralEndings) {
            traits.insert(.plural)
        }
        return traits
    }

    private func isNumber(_ word: String, classes: UInt64) -> Bool {
        classes & WordClass.number.bit != 0 || (!word.isEmpty && word.allSatisfy(\.isNumber))
    }

    private func hasEnding(_ word: String, in endings: [String]) -> Bool {
        endings.contains { !$0.isEmpty && word.utf8.hasSuffix($0.utf8) }
    }

    /// By table, then by ending ("careful", "interested"); listed verbs are not adjectives by ending.
    private func isAdjective(_ word: String, classes: UInt64) -> Bool {
        if classes & WordClass.adjective.bit != 0 { return true }
        if classes & (WordClass.verb.bit | functionMask) != 0 || word.utf8.count < 5 { return false }
        return hasEnding(word, in: rules.adjectiveEndings) && !hasEnding(word, in: rules.nonAdjectiveEndings)
    }

    /// A gerund already ("talking"), not a noun or verb that ends like one ("something", "bring").
    private func isGerund(_ word: String, classes: UInt64) -> Bool {
        let ending = gerundSuffix.utf8
        guard !ending.isEmpty, word.utf8.count >= ending.count + 2, word.utf8.hasSuffix(ending) else { return false }
        let notGerund = functionMask | WordClass.nonPerson.bit | WordClass.personNoun.bit | WordClass.verb.bit
        if classes & notGerund != 0 { return false }
        return word.unicodeScalars.dropLast(gerundSuffix.unicodeScalars.count).contains { stemVowels.contains($0) }
    }

    /// The base form when `word` is a verb of control, as base or gerund ("getting" -> "get").
    func controlBase(_ word: String) -> String? { controlBases[word] }

    /// A multi-word cessation verb ("give up") starting at `index`: the number of words it spans.
    func cessationLength(_ tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isWord else { return nil }
        for phrase in cessationPhrases[tokens[index].lower] ?? [] where index + phrase.count <= tokens.count {
            if phrase.indices.allSatisfy({ tokens[index + $0].lower == phrase[$0] }) { return phrase.count }
        }
        return nil
    }
}
