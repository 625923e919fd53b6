/// What follows a verb of control: the person and where the action starts.
///
/// "get | my partner | to | open up to me" -> person 1..<3, action `.verb(at: 4)`.
struct ControlClause: Equatable {
    enum Action: Equatable {
        /// A verb to turn into a gerund ("to open up"); negated by "not"/"never".
        case verb(at: Int, negated: Bool)
        /// An adjective complement ("make X happy"): "being happy".
        case complement(at: Int)
        /// Already a gerund ("get X talking", "talk X into going").
        case gerund(at: Int)
        /// "get X off his phone": the verb of control itself moves them ("getting off his phone").
        case moved(verb: String, at: Int)
        /// "stop X (from) V-ing": the behaviour that persists.
        case persisting(at: Int)
        /// "convince X that ...": "believing that ...".
        case belief(verb: String, at: Int)
    }

    var person: Range<Int>
    var action: Action
    /// Where the action's words start: before the verb when adverbs come first ("actually listen").
    var leading: Int

    /// The longest person a clause may have, in tokens.
    static let maxPersonLength = 12

    /// The clause after the verb of control `base` at `verbIndex`, reading up to `end`.
    static func find(in sentence: Sentence, verbIndex: Int, base: String, end: Int) -> ControlClause? {
        guard let clause = candidate(in: sentence, verbIndex: verbIndex, base: base, end: end),
              sentence.isPlausiblePerson(clause.person) else { return nil }
        return clause
    }

    private static func candidate(in sentence: Sentence, verbIndex: Int, base: String, end: Int) -> ControlClause? {
        let grammar = sentence.grammar
        let start = verbIndex + 1
        guard sentence.startsPerson(start, end: end) else { return nil }
        let takesTo = grammar.contains(.controlTo, base)
        let bare = grammar.contains(.controlBare, base)
        let complement = grammar.contains(.controlComplement, base)
        let gerundObject = grammar.contains(.controlGerund, base)
        let into = grammar.contains(.controlInto, base)
        let prevent = grammar.contains(.controlPrevent, base)
        let belief = grammar.rules.beliefVerbs[base]

        var index = start + 1
        while index < end && index - start <= maxPersonLength {
            defer { index += 1 }
            guard sentence.personCanEnd(at: index - 1, start: start), sentence.word(index) != nil else { continue }
            let person = start..<index
            // "to actually listen", "make him really listen": adverbs before the verb stay with it.
            let leading = index
            func clause(_ action: Action) -> ControlClause {
                ControlClause(person: person, action: action, leading: leading)
            }
            let at = sentence.skippingAdverbs(from: index, end: end)
            guard let token = sentence.token(at) else { continue }
            if token.isIn(.infinitive) {
                guard takesTo || bare else { return nil }
                let verb = sentence.skippingAdverbs(from: at + 1, end: end)
                if sentence.isVerbAfterMarker(verb, end: end) {
                    return ControlClause(person: person, action: .verb(at: verb, negated: false), leading: at + 1)
                }
                if sentence.isWord(verb, in: .negator), sentence.isVerbAfterMarker(verb + 1, end: end) {
                    return ControlClause(person: person, action: .verb(at: verb + 1, negated: true), leading: verb + 1)
                }
                // "get my kids to school": a place, not an action.
                return nil
            }
            if token.isIn(.negator) {
                if takesTo, sentence.isWord(at + 1, in: .infinitive), sentence.isVerbAfterMarker(at + 2, end: end) {
                    return ControlClause(person: person, action: .verb(at: at + 2, negated: true), leading: at + 2)
                }
                if bare, sentence.isVerbAfterMarker(at + 1, end: end) {
                    return ControlClause(person: person, action: .verb(at: at + 1, negated: true), leading: at + 1)
                }
                return nil
            }
            if let belief, token.isIn(.complementizer), at + 1 < end {
                return clause(.belief(verb: belief, at: at))
            }
            if into, token.isIn(.intoMarker), sentence.token(at + 1)?.has(.gerund) == true {
                return ControlClause(person: person, action: .gerund(at: at + 1), leading: at + 1)
            }
            if prevent {
                if token.isIn(.fromMarker), sentence.token(at + 1)?.has(.gerund) == true {
                    return ControlClause(person: person, action: .persisting(at: at + 1), leading: at + 1)
                }
                if token.has(.gerund) { return clause(.persisting(at: at)) }
            }
            if gerundObject, token.has(.gerund) {
                return clause(.gerund(at: at))
            }
            if gerundObject, token.isIn(.particle), at + 1 < end, !sentence.hasInfinitive(after: at, end: end) {
                // "get my son out of bed"; not "get my ex back", which is about the user, and not
                // "get my sister in law to call", where the infinitive comes later.
                return clause(.moved(verb: base, at: at))
            }
            if complement, sentence.startsComplement(index, end: end) {
                return ControlClause(person: person, action: .complement(at: index), leading: index)
            }
            if bare, sentence.isBareVerb(at, end: end) {
                return clause(.verb(at: at, negated: false))
            }
        }
        return nil
    }
}
