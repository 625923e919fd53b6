/// One sentence's tokens, annotated once, and the questions the parser asks about positions in it.
struct Sentence {
    let tokens: [Token]
    let grammar: Grammar
    /// Shouted or title-cased ("HOW DO I GET MY SON TO CALL"): every word comes out lowercase,
    /// and capitals say nothing about names.
    let lowercaseAll: Bool

    init(_ tokens: [Token], grammar: Grammar) {
        self.tokens = Self.droppingParentheticals(tokens).map(grammar.annotate)
        self.grammar = grammar
        // Normal text has some word after the first that starts in lowercase.
        lowercaseAll = !self.tokens.dropFirst().contains { $0.isWord && $0.isLowercase }
    }

    /// "(of 10 years)" and its brackets go; an unmatched bracket goes alone.
    private static func droppingParentheticals(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { $0.kind == .open || $0.kind == .close }) else { return tokens }
        // The next ")" after each position, found in one backward pass.
        var nextClose = [Int?](repeating: nil, count: tokens.count + 1)
        for index in tokens.indices.reversed() {
            nextClose[index] = tokens[index].kind == .close ? index : nextClose[index + 1]
        }
        var result: [Token] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .open, let close = nextClose[index + 1] {
                index = close + 1
                continue
            }
            if token.kind != .open && token.kind != .close { result.append(token) }
            index += 1
        }
        return result
    }

    var count: Int { tokens.count }

    private static let neverStartsPerson = WordClass.mask(
        .preposition, .particle, .conjunction, .negator, .adverb, .nonPerson, .clauseStarter, .infinitive,
        .subjectPronoun)
    private static let neverEndsPerson = WordClass.mask(
        .determiner, .preposition, .conjunction, .adjectiveModifier, .negator, .infinitive, .adverb)
    private static let followsVerbs = WordClass.mask(.objectPronoun, .infinitive, .complementizer)

    /// The lowercase word at `index`, or nil past the end or at a mark.
    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count && tokens[index].isWord ? tokens[index].lower : nil
    }

    /// The word token at `index`, or nil.
    func token(_ index: Int) -> Token? {
        index >= 0 && index < tokens.count && tokens[index].isWord ? tokens[index] : nil
    }

    func isWord(_ index: Int, in name: WordClass) -> Bool {
        token(index)?.isIn(name) ?? false
    }

    func isFunctionWord(_ token: Token) -> Bool { token.isIn(mask: grammar.functionMask) }

    /// How a word that is not reflected is spelled in the output: names keep their capitals.
    func display(_ token: Token) -> String {
        lowercaseAll || isFunctionWord(token) ? token.lower : token.text
    }

    /// A name written with a capital in normal text ("Sam", "Mum"), not the first word.
    func isCapitalizedName(_ index: Int) -> Bool {
        !lowercaseAll && index > 0 && tokens[index].isCapitalized && tokens[index].lower != "i"
    }

    /// Could start the person after a verb of control: "my partner", "him", "Sam", "people";
    /// not "to the station", "better at", "home", "ready to", "going".
    func startsPerson(_ index: Int, end: Int) -> Bool {
        guard index < end, let token = token(index) else { return false }
        if token.isIn(.objectPronoun) { return true }
        if token.isIn(mask: Self.neverStartsPerson) || token.has(.gerund) { return false }
        if token.has(.adjective), !isWord(index + 1, in: .personNoun), !token.isIn(.determiner) {
            // "get ready to", "get lazy to": an adjective alone is no person.
            guard let next = self.token(index + 1), !isFunctionWord(next) else { return false }
        }
        return true
    }

    /// A person whose head is not a thing: not "a job", "time", "it".
    func isPlausiblePerson(_ range: Range<Int>) -> Bool {
        guard let head = range.reversed().first(where: { tokens[$0].isWord }) else { return false }
        return !tokens[head].isIn(.nonPerson)
    }

    /// Whether a noun phrase may end with the token at `index`: not after "my", "two", "of",
    /// "and", "more" or "partner's".
    func personCanEnd(at index: Int, start: Int) -> Bool {
        guard index >= start, index < tokens.count else { return false }
        let token = tokens[index]
        if token.kind == .comma { return index > start }
        guard token.isWord else { return false }
        if token.isIn(.objectPronoun) { return true }
        return !token.isIn(mask: Self.neverEndsPerson) && !token.has(.number) && !token.has(.possessive)
    }

    /// The first index from `index` that is not an adverb ("actually", "really"); negators count
    /// as words, not adverbs.
    func skippingAdverbs(from index: Int, end: Int) -> Int {
        var index = index
        while index < end, let token = token(index), token.isIn(.adverb), !token.isIn(.negator) {
            index += 1
        }
        return index
    }

    /// Whether "to" and a verb come somewhere after `index`.
    func hasInfinitive(after index: Int, end: Int) -> Bool {
        ((index + 1)..<max(index + 1, end)).contains { isWord($0, in: .infinitive) && isVerbAfterMarker($0 + 1, end: end) }
    }

    /// Could be the verb right after "to" or "not": "open", "be"; not "the", "school", "Paris".
    func isVerbAfterMarker(_ index: Int, end: Int) -> Bool {
        guard index < end, let token = token(index) else { return false }
        if token.isIn(.verb) || token.isIn(.copula) { return true }
        if isFunctionWord(token) || token.has(.number) || token.has(.possessive) { return false }
        if token.isIn(.destination) || token.isIn(.personNoun) { return false }
        return !isCapitalizedName(index)
    }

    /// A verb straight after the person ("make my son clean up", "help her feel better"):
    /// a listed verb, or an unknown word followed by what follows verbs ("pamper me").
    func isBareVerb(_ index: Int, end: Int) -> Bool {
        guard index < end, let token = token(index) else { return false }
        if token.isIn(.personNoun) || token.has(.number) || token.has(.possessive) || isCapitalizedName(index) {
            return false
        }
        // Before function words: "like" is a preposition too, but after a person it is the verb.
        if token.isIn(.verb) || token.isIn(.copula) { return true }
        if isFunctionWord(token) || token.has(.adjective) || token.has(.plural) || token.has(.gerund) { return false }
        guard index + 1 < end, let next = self.token(index + 1) else { return false }
        // "pamper me", "realise that", "tidy up"; not "breakfast in the morning".
        return next.isIn(mask: Self.followsVerbs) || (next.isIn(.particle) && !next.isIn(.preposition))
    }

    /// An adjective complement starts here: "happy", "more patient", "a little calmer",
    /// "ready to go"; but "clean his room" and "calm down" are verbs, and "old son" is no complement.
    func startsComplement(_ index: Int, end: Int) -> Bool {
        guard index < end, let token = token(index) else { return false }
        var adjective = index
        if token.isIn(.determiner), isWord(index + 1, in: .adjectiveModifier) { adjective += 1 }
        while adjective < end, isWord(adjective, in: .adjectiveModifier) { adjective += 1 }
        if adjective > index {
            // "more patient", "a little calmer"; not "really listen".
            return adjective < end && (self.token(adjective)?.has(.adjective) ?? false)
        }
        guard token.has(.adjective) else { return false }
        guard index + 1 < end else { return true }
        let next = tokens[index + 1]
        if next.kind == .comma { return true }
        guard next.isWord else { return false }
        if next.isIn(.determiner) || next.isIn(.objectPronoun) { return false }
        if token.isIn(.verb) && next.isIn(.particle) { return false }
        return next.has(.adjective) || isFunctionWord(next)
    }
}
