/// One sentence's tokens and the questions the parser asks about positions in it.
struct Sentence {
    let tokens: [Token]
    let grammar: Grammar
    /// Shouted or title-cased ("HOW DO I GET MY SON TO CALL"): every word comes out lowercase,
    /// and capitals say nothing about names.
    let lowercaseAll: Bool

    init(_ tokens: [Token], grammar: Grammar) {
        self.tokens = Self.droppingParentheticals(tokens)
        self.grammar = grammar
        // Normal text has some word after the first that starts in lowercase.
        lowercaseAll = !self.tokens.dropFirst().contains { $0.isWord && $0.isLowercase }
    }

    /// "(of 10 years)" and its brackets go; an unmatched bracket goes alone.
    private static func droppingParentheticals(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { $0.kind == .open || $0.kind == .close }) else { return tokens }
        var result: [Token] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .open, let close = tokens[(index + 1)...].firstIndex(where: { $0.kind == .close }) {
                index = close + 1
                continue
            }
            if token.kind != .open && token.kind != .close { result.append(token) }
            index += 1
        }
        return result
    }

    var count: Int { tokens.count }

    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count && tokens[index].isWord ? tokens[index].lower : nil
    }

    func isWord(_ index: Int, in name: WordClass) -> Bool {
        word(index).map { grammar.contains(name, $0) } ?? false
    }

    /// How a word that is not reflected is spelled in the output: names keep their capitals.
    func display(_ token: Token) -> String {
        lowercaseAll || grammar.isFunctionWord(token.lower) ? token.lower : token.text
    }

    /// A name written with a capital in normal text ("Sam", "Mum"), not the first word.
    func isCapitalizedName(_ index: Int) -> Bool {
        !lowercaseAll && index > 0 && tokens[index].isCapitalized && tokens[index].lower != "i"
    }

    /// Could start the person after a verb of control: "my partner", "him", "Sam", "people";
    /// not "to the station", "better at", "home", "ready to", "going".
    func startsPerson(_ index: Int, end: Int) -> Bool {
        guard index < end, let word = word(index) else { return false }
        if grammar.contains(.objectPronoun, word) { return true }
        for name: WordClass in [.preposition, .particle, .conjunction, .negator, .adverb, .nonPerson,
                                .clauseStarter, .infinitive, .subjectPronoun] where grammar.contains(name, word) {
            return false
        }
        if grammar.isGerund(word) { return false }
        if grammar.isAdjective(word), !isWord(index + 1, in: .personNoun), !grammar.contains(.determiner, word) {
            // "get ready to", "get lazy to": an adjective alone is no person.
            guard let next = self.word(index + 1), !grammar.isFunctionWord(next) else { return false }
        }
        return true
    }

    /// A person whose head is not a thing: not "a job", "time", "it".
    func isPlausiblePerson(_ range: Range<Int>) -> Bool {
        guard let head = range.reversed().first(where: { tokens[$0].isWord }) else { return false }
        return !grammar.contains(.nonPerson, tokens[head].lower)
    }

    /// Whether a noun phrase may end with the token at `index`: not after "my", "two", "of",
    /// "and", "more" or "partner's".
    func personCanEnd(at index: Int, start: Int) -> Bool {
        guard index >= start, index < tokens.count else { return false }
        let token = tokens[index]
        if token.kind == .comma { return index > start }
        guard token.isWord else { return false }
        let word = token.lower
        if grammar.contains(.objectPronoun, word) { return true }
        for name: WordClass in [.determiner, .preposition, .conjunction, .adjectiveModifier, .negator,
                                .infinitive, .adverb] where grammar.contains(name, word) {
            return false
        }
        return !grammar.isNumber(word) && !grammar.isPossessive(word)
    }

    /// The first index from `index` that is not an adverb ("actually", "really"); negators count
    /// as words, not adverbs.
    func skippingAdverbs(from index: Int, end: Int) -> Int {
        var index = index
        while index < end, let word = word(index), grammar.contains(.adverb, word), !grammar.contains(.negator, word) {
            index += 1
        }
        return index
    }

    /// Could be the verb right after "to" or "not": "open", "be"; not "the", "school", "Paris".
    func isVerbAfterMarker(_ index: Int, end: Int) -> Bool {
        guard index < end, let word = word(index) else { return false }
        if grammar.contains(.verb, word) || grammar.contains(.copula, word) { return true }
        if grammar.isFunctionWord(word) || grammar.isNumber(word) || grammar.isPossessive(word) { return false }
        if grammar.contains(.destination, word) || grammar.contains(.personNoun, word) { return false }
        return !isCapitalizedName(index)
    }

    /// A verb straight after the person ("make my son clean up", "help her feel better"):
    /// a listed verb, or an unknown word followed by what follows verbs ("pamper me").
    func isBareVerb(_ index: Int, end: Int) -> Bool {
        guard index < end, let word = word(index) else { return false }
        if grammar.contains(.personNoun, word) || grammar.isNumber(word) || grammar.isPossessive(word)
            || isCapitalizedName(index) {
            return false
        }
        // Before function words: "like" is a preposition too, but after a person it is the verb.
        if grammar.contains(.verb, word) || grammar.contains(.copula, word) { return true }
        if grammar.isFunctionWord(word) { return false }
        if grammar.isAdjective(word) || grammar.looksPlural(word) || grammar.isGerund(word) { return false }
        guard let next = self.word(index + 1), index + 1 < end else { return false }
        for name: WordClass in [.objectPronoun, .determiner, .particle, .preposition, .infinitive,
                                .complementizer] where grammar.contains(name, next) {
            return true
        }
        return false
    }

    /// An adjective complement starts here: "happy", "more patient", "a little calmer",
    /// "ready to go"; but "clean his room" and "calm down" are verbs, and "old son" is no complement.
    func startsComplement(_ index: Int, end: Int) -> Bool {
        guard index < end, var word = word(index) else { return false }
        var adjective = index
        if grammar.contains(.determiner, word), isWord(index + 1, in: .adjectiveModifier) { adjective += 1 }
        while adjective < end, let modifier = self.word(adjective), grammar.contains(.adjectiveModifier, modifier) {
            adjective += 1
        }
        if adjective > index {
            // "more patient", "a little calmer"; not "really listen".
            return self.word(adjective).map { adjective < end && grammar.isAdjective($0) } ?? false
        }
        word = tokens[index].lower
        guard grammar.isAdjective(word) else { return false }
        guard index + 1 < end else { return true }
        let next = tokens[index + 1]
        if next.kind == .comma { return true }
        guard next.isWord else { return false }
        let alsoVerb = grammar.contains(.verb, word)
        if grammar.contains(.determiner, next.lower) || grammar.contains(.objectPronoun, next.lower) { return false }
        if alsoVerb && grammar.contains(.particle, next.lower) { return false }
        if grammar.isAdjective(next.lower) { return true }
        return grammar.isFunctionWord(next.lower)
    }
}
