/// Turns control questions into constraint questions, by grammar rules from ``LanguageRules``.
///
/// ```swift
/// let reframer = Reframer(rules: .english)
/// reframer.reframe("How do I get my partner to open up to me?")?.question
/// // "What is keeping your partner from opening up to you?"
/// reframer.reframe("how can i make my son stop lying")?.question
/// // "What do you think keeps your son lying?"
/// reframer.reframe("How do I get to the station?")  // nil
/// ```
/// Build one per set of rules and keep it: `init` compiles the tables; ``reframe(_:)`` then only
/// tokenises the text once and walks it.
public struct Reframer: Sendable {
    /// What a piece of text is, as far as reframing goes.
    public enum Outcome: Sendable, Hashable {
        /// A control question, reframed.
        case reframed(Reframe)
        /// A control question with hostile, coercive or surveilling behaviour in it, the user's or
        /// the other person's ("force", "make her jealous", "let me check their phone", "stop hitting
        /// me"): never coached; the safety layer should answer it.
        case controlling
        /// Not a "how do I get X to Y" question: statements, greetings, questions about oneself,
        /// places ("get to the station") and skills ("get better at listening").
        case notAReframe

        /// The reframe, when there is one.
        public var reframe: Reframe? {
            if case .reframed(let reframe) = self { return reframe }
            return nil
        }
    }

    public let rules: LanguageRules
    let grammar: Grammar
    let reflection: PhraseReflection
    private let tokenizer: Tokenizer
    private let openers: [PhrasePattern]
    private let leadIns: [PhrasePattern]
    /// Trailing filler phrases as words, longest first.
    private let trailingFillers: [[String]]

    public init(rules: LanguageRules) {
        self.rules = rules
        let grammar = Grammar(rules: rules)
        self.grammar = grammar
        reflection = PhraseReflection(rules: rules)
        tokenizer = Tokenizer(abbreviations: rules.wordClasses[WordClass.abbreviation.rawValue] ?? [])
        openers = rules.questionOpeners.map { PhrasePattern($0, grammar: grammar) }
        leadIns = rules.leadIns.map { PhrasePattern($0, grammar: grammar) }
        trailingFillers = rules.trailingFillers
            .map { $0.lowercased().split(separator: " ").map(String.init) }
            .filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
    }

    /// Every word that can be the verb of control, base forms and gerunds ("get", "getting"). A
    /// text with none of them is never a control question, so a caller that has the words of a
    /// text at hand can skip ``classify(_:)`` for it.
    public var controlVerbs: Set<String> { Set(grammar.controlBases.keys) }

    /// The constraint question for a control question, or nil for anything else
    /// (including hostile control questions: see ``classify(_:)``).
    public func reframe(_ text: String) -> Reframe? {
        classify(text).reframe
    }

    /// Whether `text` is a control question, and its reframe. The first sentence that is a
    /// question of control decides; sentences after it are dropped.
    public func classify(_ text: String) -> Outcome {
        for tokens in tokenizer.sentences(text) {
            let sentence = Sentence(tokens, grammar: grammar)
            if let outcome = classify(sentence) { return outcome }
        }
        return .notAReframe
    }

    private func classify(_ sentence: Sentence) -> Outcome? {
        let end = contentEnd(sentence)
        for start in openerStarts(sentence) {
            for opener in openers {
                for verbIndex in opener.matchEnds(in: sentence.tokens, from: start) {
                    if let outcome = classifyControl(sentence, verbIndex: verbIndex, end: end) {
                        return outcome
                    }
                }
            }
        }
        return nil
    }

    /// Where an opener may start: after fillers ("so", "hi ajar,") and lead-ins ("I was wondering").
    private func openerStarts(_ sentence: Sentence) -> [Int] {
        var starts: [Int] = []
        var index = 0
        // A question does not start after dozens of fillers; the cap keeps odd input linear.
        while index < min(sentence.count, Self.maxFillers) {
            starts.append(index)
            for leadIn in leadIns {
                for var end in leadIn.matchEnds(in: sentence.tokens, from: index) {
                    while end < sentence.count && sentence.tokens[end].kind == .comma { end += 1 }
                    if !starts.contains(end) { starts.append(end) }
                }
            }
            let token = sentence.tokens[index]
            guard token.kind == .comma || grammar.contains(.leadingFiller, token.lower) else { break }
            index += 1
        }
        return starts
    }

    private static let maxFillers = 16

    /// The end of the question's content: trailing commas and fillers ("please", "lol") cut off.
    private func contentEnd(_ sentence: Sentence) -> Int {
        var end = sentence.count
        var changed = true
        while changed && end > 0 {
            changed = false
            if sentence.tokens[end - 1].kind != .word {
                end -= 1
                changed = true
                continue
            }
            for filler in trailingFillers where filler.count <= end {
                let from = end - filler.count
                if (0..<filler.count).allSatisfy({ sentence.tokens[from + $0].lower == filler[$0] }) {
                    end = from
                    changed = true
                    break
                }
            }
        }
        return end
    }

    /// A question with no first person in it ("how do you get your kids to listen to you", "how to
    /// make someone open up to you") is about anyone, so its "you" stays; with one ("how do I get
    /// you to listen to me", "can you help me get ...") "you" is the bot.
    private func isGenericYou(_ sentence: Sentence, end: Int) -> Bool {
        !sentence.tokens[..<end].contains { $0.isIn(.firstPerson) }
    }

    private func classifyControl(_ sentence: Sentence, verbIndex: Int, end: Int) -> Outcome? {
        guard let verb = sentence.word(verbIndex), let base = grammar.controlBase(verb) else { return nil }
        if grammar.contains(.controlHostile, base) {
            return sentence.startsPerson(verbIndex + 1, end: end) ? .controlling : nil
        }
        guard let clause = ControlClause.find(in: sentence, verbIndex: verbIndex, base: base, end: end) else {
            return nil
        }
        let genericYou = isGenericYou(sentence, end: end)
        return ActionBuilder(sentence: sentence, reflection: reflection, end: end, genericYou: genericYou)
            .outcome(for: clause)
    }
}
