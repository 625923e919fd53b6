/// Turns a ``ControlClause`` into the reframe: the person reflected, the action as a reflected
/// gerund phrase (each coordinated verb changed), and the question from the templates.
struct ActionBuilder {
    let sentence: Sentence
    let reflection: PhraseReflection
    /// The end of the question's content.
    let end: Int
    /// "How do you get your kids to...": "you" is anyone, so second person is not reflected.
    let genericYou: Bool

    private var grammar: Grammar { sentence.grammar }
    private var tokens: [Token] { sentence.tokens }

    func outcome(for clause: ControlClause) -> Reframer.Outcome? {
        var given: [Int: [String]] = [:]
        var prefix: [String] = []
        var persistence = false
        var start: Int
        var from = clause.leading
        switch clause.action {
        case .verb(let verb, let negated):
            guard let word = sentence.word(verb) else { return nil }
            if let length = grammar.cessationLength(tokens, at: verb), verb + length <= end {
                // "stop yelling" -> "yelling"; a bare "stop" says nothing to reframe.
                guard let next = sentence.word(verb + length), verb + length < end, grammar.isGerund(next) else {
                    if verb + length >= end { return nil }
                    start = verb
                    given[verb] = [grammar.gerunds.gerund(of: word)]
                    break
                }
                if negated { return nil }
                persistence = true
                start = verb + length
                from = start
            } else {
                persistence = negated
                start = verb
                given[verb] = [grammar.gerunds.gerund(of: word)]
            }
        case .complement(let at):
            guard let copula = grammar.rules.wordClasses[WordClass.copula.rawValue]?.min() else { return nil }
            prefix = [grammar.gerunds.gerund(of: copula)]
            start = at
        case .gerund(let at):
            start = at
        case .persisting(let at):
            persistence = true
            start = at
        case .belief(let verb, let at):
            prefix = [grammar.gerunds.gerund(of: verb)]
            start = at
        }
        guard start < end else { return nil }

        let cut = coordinate(from: start, persistence: persistence, given: &given)
        guard start < cut else { return nil }
        from = min(from, start)
        if isHostile(from..<cut, verb: start, given: given) { return .controlling }

        var action = prefix + reflection.reflect(
            tokens, in: from..<cut, given: given, keepingSecondPerson: genericYou, display: sentence.display)
        if persistence, action.count > 1, let copula = grammar.rules.wordClasses[WordClass.copula.rawValue],
           copula.contains(where: { grammar.gerunds.gerund(of: $0) == action[0] }) {
            // "keeps him being so angry" -> "keeps him so angry".
            action.removeFirst()
        }
        let person = personWords(clause.person)
        guard !person.isEmpty, action.contains(where: { $0 != "," }) else { return nil }
        return .reframed(Self.reframe(
            person: Words.join(person), action: Words.join(trimmed(action)),
            template: persistence ? grammar.rules.persistenceTemplate : grammar.rules.constraintTemplate))
    }

    /// Marks coordinated verbs ("lie down and rest": "rest" -> "resting") and returns where the
    /// action ends: at a new clause ("..., she never listens").
    private func coordinate(from start: Int, persistence: Bool, given: inout [Int: [String]]) -> Int {
        let main = sentence.word(start) ?? ""
        let linking = grammar.contains(.linkingVerb, main) || grammar.contains(.copula, main)
        var infinitiveSeen = false
        var index = start + 1
        while index < end {
            let token = tokens[index]
            defer { index += 1 }
            if token.isWord, grammar.contains(.infinitive, token.lower), let next = sentence.word(index + 1),
               grammar.contains(.verb, next) {
                // "want to spend time and go out": "go" belongs to "spend", not to "want".
                infinitiveSeen = true
            }
            let isConjunction = token.isWord && grammar.contains(.conjunction, token.lower)
            guard token.kind == .comma || isConjunction || token.lower == "but" else { continue }
            var next = index + 1
            if token.kind == .comma, sentence.isWord(next, in: .conjunction) { next += 1 }
            if startsClause(at: next) { return index }
            while sentence.isWord(next, in: .adverb) && !sentence.isWord(next, in: .negator) { next += 1 }
            var dropped: [Int] = []
            if sentence.isWord(next, in: .infinitive) {
                dropped.append(next)
                next += 1
            }
            var negated = false
            if sentence.isWord(next, in: .negator) {
                negated = true
                if persistence { dropped.append(next) }
                next += 1
            }
            guard !infinitiveSeen, next < end, let word = sentence.word(next), isCoordinatedVerb(word, linking: linking),
                  !isNounCoordination(before: index, given: given) else { continue }
            given[next] = [grammar.gerunds.gerund(of: word)]
            for drop in dropped { given[drop] = [] }
            if persistence && !negated {
                // "stop yelling and listen" -> "yelling instead of listening".
                given[index] = grammar.rules.insteadOf.split(separator: " ").map(String.init)
                if token.kind == .comma, sentence.isWord(index + 1, in: .conjunction) { given[index + 1] = [] }
            }
        }
        return end
    }

    /// A new clause after a comma or "and": "she never talks", "please", "because ...".
    private func startsClause(at index: Int) -> Bool {
        guard index < end, let word = sentence.word(index) else { return false }
        if grammar.contains(.clauseStarter, word) { return true }
        guard grammar.contains(.subjectPronoun, word), let next = sentence.word(index + 1), index + 1 < end else {
            return false
        }
        return !grammar.contains(.preposition, next) && !grammar.contains(.conjunction, next)
    }

    private func isCoordinatedVerb(_ word: String, linking: Bool) -> Bool {
        guard grammar.contains(.verb, word) || grammar.contains(.copula, word) else { return false }
        if grammar.contains(.personNoun, word) { return false }
        return !(linking && grammar.isAdjective(word))
    }

    /// "about school and work": the word before "and" is a noun after a preposition.
    private func isNounCoordination(before conjunction: Int, given: [Int: [String]]) -> Bool {
        guard let noun = sentence.word(conjunction - 1), !grammar.isFunctionWord(noun), given[conjunction - 1] == nil
        else { return false }
        return sentence.isWord(conjunction - 2, in: .preposition) && !sentence.isWord(conjunction - 2, in: .infinitive)
    }

    /// A hostile verb where a verb stands ("hit me", "stop hitting", "and hurt"), or surveillance
    /// ("let me check their phone"); not a noun ("keep track of").
    private func isHostile(_ range: Range<Int>, verb: Int, given: [Int: [String]]) -> Bool {
        var surveillance = false
        var exposure = false
        var firstPerson = false
        for index in range {
            guard let word = sentence.word(index) else { continue }
            if grammar.hostileForms.contains(word) {
                let verbPosition = index == verb || given[index] != nil || grammar.isGerund(word)
                    || sentence.isWord(index - 1, in: .infinitive) || sentence.isWord(index - 1, in: .negator)
                if verbPosition { return true }
            }
            if grammar.contains(.firstPerson, word) { firstPerson = true }
            if grammar.contains(.surveillance, word) { surveillance = true }
            if grammar.contains(.exposure, word) { exposure = true }
            if grammar.contains(.privateThing, word) && (exposure || (surveillance && firstPerson)) { return true }
        }
        return false
    }

    /// The person, reflected: a whole-conjunct "myself" is "you", "you" is "me".
    private func personWords(_ range: Range<Int>) -> [String] {
        var upper = range.upperBound
        let commas = tokens[range].filter { $0.kind == .comma }.count
        if commas < 2 { while upper > range.lowerBound && tokens[upper - 1].kind == .comma { upper -= 1 } }
        var given: [Int: [String]] = [:]
        for index in range.lowerBound..<upper {
            guard let word = sentence.word(index), let whole = grammar.rules.personReflections[word],
                  !(genericYou && reflection.isSecondPerson(word)) else { continue }
            let opens = index == range.lowerBound || !tokens[index - 1].isWord || sentence.isWord(index - 1, in: .conjunction)
            let closes = index + 1 == upper || !tokens[index + 1].isWord || sentence.isWord(index + 1, in: .conjunction)
            if opens && closes { given[index] = whole.split(separator: " ").map(String.init) }
        }
        return reflection.reflect(
            tokens, in: range.lowerBound..<upper, given: given, keepingSecondPerson: genericYou, display: sentence.display)
    }

    /// No trailing commas or conjunctions.
    private func trimmed(_ words: [String]) -> [String] {
        var words = words
        while let last = words.last, last == "," || grammar.contains(.conjunction, last) { words.removeLast() }
        return words
    }

    /// The question from a template: first letter capitalised, one question mark, single spaces.
    static func reframe(person: String, action: String, template: String) -> Reframe {
        let filled = template.replacingPlaceholder("{person}", with: person).replacingPlaceholder("{action}", with: action)
        var question = Words.join(filled.split(whereSeparator: { $0.isWhitespace }).map(String.init))
        while let last = question.last, last == "?" || last == "." || last.isWhitespace { question.removeLast() }
        if let first = question.first { question = first.uppercased() + question.dropFirst() }
        return Reframe(question: question + "?", person: person, action: action)
    }
}

extension String {
    /// The first `placeholder` replaced (templates name each placeholder once).
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        guard let range = firstRange(of: placeholder) else { return self }
        return self[..<range.lowerBound] + value + self[range.upperBound...]
    }
}
