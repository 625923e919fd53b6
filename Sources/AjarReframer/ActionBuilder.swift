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
                guard verb + length < end, sentence.token(verb + length)?.has(.gerund) == true else {
                    if verb + length >= end { return nil }
                    start = verb
                    given[verb] = [grammar.gerunds.gerund(of: word)]
                    break
                }
                if negated { return nil }
                persistence = true
                start = verb + length
                from = start
            } else if let begun = beganAction(at: verb) {
                // "start exercising", "start to open up": the action itself.
                persistence = negated
                start = begun.verb
                from = begun.verb
                if !begun.isGerund, let next = sentence.word(begun.verb) { given[begun.verb] = [grammar.gerunds.gerund(of: next)] }
            } else {
                persistence = negated
                start = verb
                given[verb] = [grammar.gerunds.gerund(of: word)]
            }
        case .complement(let at):
            guard let being = grammar.copulaGerunds.min() else { return nil }
            prefix = [being]
            start = at
        case .gerund(let at):
            start = at
        case .persisting(let at):
            persistence = true
            start = at
        case .belief(let verb, let at), .moved(let verb, let at):
            prefix = [grammar.gerunds.gerund(of: verb)]
            start = at
        }
        guard start < end else { return nil }

        let cut = coordinate(from: start, persistence: persistence, given: &given)
        guard start < cut else { return nil }
        from = min(from, start)
        if isHostile(from..<cut, verb: start, given: given) || (!persistence && isManipulative(from..<cut)) {
            return .controlling
        }

        var action = prefix + reflection.reflect(
            tokens, in: from..<cut, given: given, keepingSecondPerson: genericYou, display: sentence.display)
        if persistence, action.count > 1, grammar.copulaGerunds.contains(action[0]) {
            // "keeps him being so angry" -> "keeps him so angry".
            action.removeFirst()
        }
        let person = personWords(clause.person)
        guard !person.isEmpty, action.contains(where: { $0 != "," }) else { return nil }
        let personText = Words.join(person), actionText = Words.join(trimmed(action))
        let template = persistence ? grammar.persistenceTemplate : grammar.constraintTemplate
        return .reframed(Reframe(
            question: template.question(person: personText, action: actionText), person: personText, action: actionText))
    }

    /// Marks coordinated verbs ("lie down and rest": "rest" -> "resting") and returns where the
    /// action ends: at a new clause ("..., she never listens").
    private func coordinate(from start: Int, persistence: Bool, given: inout [Int: [String]]) -> Int {
        let linking = sentence.isWord(start, in: .linkingVerb) || sentence.isWord(start, in: .copula)
        var infinitiveSeen = false
        var index = start + 1
        while index < end {
            let token = tokens[index]
            defer { index += 1 }
            if token.isIn(.infinitive), sentence.isWord(index - 1, in: .catenative), sentence.isWord(index + 1, in: .verb) {
                // "want to spend time and go out": "go" belongs to "spend", not to "want".
                infinitiveSeen = true
            }
            let isConjunction = token.isIn(.conjunction)
            guard token.kind == .comma || isConjunction else { continue }
            var next = index + 1
            if token.kind == .comma, sentence.isWord(next, in: .conjunction) { next += 1 }
            // "that you and I talk" is one subject, not a new clause.
            let compoundSubject = isConjunction && sentence.isWord(index - 1, in: .objectPronoun)
            if startsClause(at: next) && !compoundSubject { return index }
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
            guard !infinitiveSeen, next < end, let verb = sentence.token(next), isCoordinatedVerb(at: next, linking: linking),
                  !isNounCoordination(before: index, given: given) else { continue }
            if let begun = beganAction(at: next) {
                // "and start listening" -> "listening".
                for skipped in next..<begun.verb { given[skipped] = [] }
                if !begun.isGerund { given[begun.verb] = [grammar.gerunds.gerund(of: tokens[begun.verb].lower)] }
            } else {
                given[next] = [grammar.gerunds.gerund(of: verb.lower)]
            }
            for drop in dropped { given[drop] = [] }
            if persistence && !negated {
                // "stop yelling and listen" -> "yelling instead of listening".
                given[index] = grammar.rules.insteadOf.split(separator: " ").map(String.init)
                if token.kind == .comma, sentence.isWord(index + 1, in: .conjunction) { given[index + 1] = [] }
            }
        }
        return end
    }

    /// "start V-ing" or "begin to V" at `index`: where the real action's verb is, and whether it
    /// is a gerund already.
    private func beganAction(at index: Int) -> (verb: Int, isGerund: Bool)? {
        guard sentence.isWord(index, in: .inception), let next = sentence.token(index + 1), index + 1 < end else { return nil }
        if next.has(.gerund) { return (index + 1, true) }
        if next.isIn(.infinitive), sentence.isVerbAfterMarker(index + 2, end: end) { return (index + 2, false) }
        return nil
    }

    /// A new clause after a comma or "and": "she never talks", "please", "because ...".
    private func startsClause(at index: Int) -> Bool {
        guard index < end, let token = sentence.token(index) else { return false }
        if token.isIn(.clauseStarter) { return true }
        guard token.isIn(.subjectPronoun), index + 1 < end, let next = sentence.token(index + 1) else { return false }
        return !next.isIn(.preposition) && !next.isIn(.conjunction)
    }

    /// A listed verb ("rest"), or an unknown word followed by what follows verbs ("promote me").
    private func isCoordinatedVerb(at index: Int, linking: Bool) -> Bool {
        guard let token = sentence.token(index), !token.isIn(.personNoun) else { return false }
        if token.isIn(.verb) || token.isIn(.copula) { return !(linking && token.has(.adjective)) }
        return token.classes == 0 && token.traits.isEmpty && sentence.isBareVerb(index, end: end)
    }

    /// "about school and work": the word before "and" is a noun after a preposition.
    private func isNounCoordination(before conjunction: Int, given: [Int: [String]]) -> Bool {
        guard let noun = sentence.token(conjunction - 1), !sentence.isFunctionWord(noun), given[conjunction - 1] == nil
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
            guard let token = sentence.token(index) else { continue }
            if grammar.hostileForms.contains(token.lower) {
                let verbPosition = index == verb || given[index] != nil || token.has(.gerund)
                    || sentence.isWord(index - 1, in: .infinitive) || sentence.isWord(index - 1, in: .negator)
                if verbPosition { return true }
            }
            if token.isIn(.firstPerson) { firstPerson = true }
            if token.isIn(.surveillance) { surveillance = true }
            if token.isIn(.exposure) { exposure = true }
            if token.isIn(.privateThing) && (exposure || (surveillance && firstPerson)) { return true }
        }
        return false
    }

    /// A state wished on someone to control them ("make my wife jealous", "feel guilty"); not
    /// "less insecure", and not when it is the behaviour that persists ("stop being jealous").
    private func isManipulative(_ range: Range<Int>) -> Bool {
        range.contains { index in
            sentence.isWord(index, in: .manipulative) && !sentence.isWord(index - 1, in: .negator)
                && !sentence.isWord(index - 1, in: .lessening)
        }
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
        lowercaseCommonNouns(in: range.lowerBound..<upper, given: &given)
        return reflection.reflect(
            tokens, in: range.lowerBound..<upper, given: given, keepingSecondPerson: genericYou, display: sentence.display)
    }

    /// "my Husband", "my WIFE", "my Teenage Son": a person noun after a determiner is a common
    /// noun, whatever the user's capitals, so it (and the words between) comes back lower-cased
    /// ("your husband"); a name ("Sam", "my friend Sam") keeps its capital.
    private func lowercaseCommonNouns(in range: Range<Int>, given: inout [Int: [String]]) {
        for index in range where sentence.isWord(index, in: .personNoun) && given[index] == nil {
            var start = index
            while start > range.lowerBound, index - start < 3, sentence.word(start - 1) != nil,
                  !sentence.isWord(start - 1, in: .determiner), !sentence.isWord(start - 1, in: .personNoun) {
                start -= 1
            }
            guard start > range.lowerBound, sentence.isWord(start - 1, in: .determiner) else { continue }
            for word in start...index where given[word] == nil && tokens[word].text != tokens[word].lower {
                given[word] = [tokens[word].lower]
            }
        }
    }

    /// No trailing commas or conjunctions.
    private func trimmed(_ words: [String]) -> [String] {
        var words = words
        while let last = words.last, last == "," || grammar.contains(.conjunction, last) { words.removeLast() }
        return words
    }
}
