import AjarReframer

/// Everything the engine can work out once per dialogue: word identifiers, compiled patterns,
/// state lookups and each state's sorted candidates. Built by ``Engine/init(dialogue:)``.
final class EngineProgram: Sendable {
    let words: WordIndex
    let intents: [IntentProgram]
    let states: [StateProgram]
    let stateIndex: [StateID: Int]
    let start: StateID
    let startIndex: Int?
    let defaults: [String: String]
    let globalFallback: ResponseProgram?
    /// The dialogue's `notice:` rules, in declaration order.
    let notices: [NoticeProgram]
    let links: StateLinks
    let versionHash: String
    /// Mixed into the default generator's seed so two script versions draw differently.
    let versionSeed: UInt64
    let reflector: Reflector
    let reframer: Reframer
    /// `isControlVerb[id]`: the word can be the reframer's verb of control. An input with no such
    /// word is never reframed, so matchers skip the reframer for it.
    let isControlVerb: [Bool]

    init(_ dialogue: Dialogue) {
        var table = WordTable()

        // Intents by identifier: the first definition wins; built-ins fill in what is missing.
        var intents: [IntentProgram] = []
        var intentIndex: [IntentID: Int] = [:]
        for intent in dialogue.intents + Intent.builtIns where intentIndex[intent.id] == nil {
            intentIndex[intent.id] = intents.count
            intents.append(IntentProgram(id: intent.id, priority: intent.priority, matcher: MatcherProgram(intent.matcher, table: &table)))
        }

        // Sorted by name so indices (and so everything derived) do not depend on hashing order.
        let sortedStates = dialogue.states.sorted { $0.key.rawValue < $1.key.rawValue }
        var stateIndex: [StateID: Int] = [:]
        for (offset, entry) in sortedStates.enumerated() { stateIndex[entry.key] = offset }
        let links = StateLinks(index: stateIndex, start: dialogue.start, resume: dialogue.resume)

        /// What a transition or a `notice:` rule naming `id` waits for.
        func trigger(for id: IntentID?) -> Candidate.Trigger {
            guard let id else { return .always }
            return intentIndex[id].map { .intent($0) } ?? .never
        }
        func candidate(_ transition: Transition) -> Candidate {
            let trigger = trigger(for: transition.intent)
            let priority = if case .intent(let index) = trigger { intents[index].priority } else { 0 }
            return Candidate(
                trigger: trigger, intentID: transition.intent, priority: priority,
                condition: transition.condition, response: ResponseProgram(transition.response, links: links)
            )
        }
        let globals = dialogue.globalTransitions.map(candidate)
        self.notices = dialogue.notices.map { NoticeProgram(notice: $0, trigger: trigger(for: $0.intent)) }

        var states: [StateProgram] = []
        for (id, state) in sortedStates {
            var own = state.transitions
            if let skip = state.onSkip { own.append(Transition(intent: .skip, response: skip)) }
            if let dontKnow = state.onDontKnow ?? state.onSkip { own.append(Transition(intent: .dontKnow, response: dontKnow)) }
            let candidates = Self.stableSortedByPriority(own.map(candidate) + globals)
            let options = state.options.enumerated().map { number, option in
                OptionProgram(option, number: number + 1, table: &table, links: links)
            }
            states.append(StateProgram(id: id, state: state, options: options, candidates: candidates, links: links))
        }

        let reframer = Reframer(rules: dialogue.language)
        let controlIDs = reframer.controlVerbs.flatMap { table.internWords($0) }
        var isControlVerb = [Bool](repeating: false, count: table.count)
        for id in controlIDs { isControlVerb[Int(id)] = true }
        self.isControlVerb = isControlVerb

        self.words = table.index
        self.intents = intents
        self.states = states
        self.stateIndex = stateIndex
        self.start = dialogue.start
        self.startIndex = stateIndex[dialogue.start]
        self.defaults = dialogue.variables
        self.globalFallback = dialogue.globalFallback.map { ResponseProgram($0, links: links) }
        self.links = links
        self.versionHash = dialogue.versionHash
        self.versionSeed = SplitMix64.stableHash(dialogue.versionHash)
        self.reflector = Reflector(rules: dialogue.language)
        self.reframer = reframer
    }

    /// Whether the input has a word that can be a verb of control (see ``isControlVerb``).
    func mayReframe(_ input: InputWords) -> Bool {
        input.ids.contains { $0 >= 0 && isControlVerb[Int($0)] }
    }

    /// The state to enter for `id`: itself, else `resume`, else `start`, else none.
    func resolve(_ id: StateID) -> Int? {
        links.resolve(id)
    }

    private static func stableSortedByPriority(_ candidates: [Candidate]) -> [Candidate] {
        candidates.enumerated()
            .sorted { lhs, rhs in
                lhs.element.priority != rhs.element.priority
                    ? lhs.element.priority > rhs.element.priority
                    : lhs.offset < rhs.offset
            }
            .map(\.element)
    }
}

/// A `notice:` rule with its intent looked up once (a class, like ``Candidate``: read on every input).
final class NoticeProgram: Sendable {
    let notice: Notice
    let trigger: Candidate.Trigger

    init(notice: Notice, trigger: Candidate.Trigger) {
        self.notice = notice
        self.trigger = trigger
    }
}

/// An intent with its matcher compiled.
final class IntentProgram: Sendable {
    let id: IntentID
    let priority: Int
    let matcher: MatcherProgram

    init(id: IntentID, priority: Int, matcher: MatcherProgram) {
        self.id = id
        self.priority = priority
        self.matcher = matcher
    }
}
