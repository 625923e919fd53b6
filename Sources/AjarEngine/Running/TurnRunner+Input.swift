/// Handling one input: options, then transitions, then re-asking, then fallbacks.
extension TurnRunner {
    /// The whole of ``Engine/respond(to:in:using:)`` after the runner is made.
    mutating func respond() {
        session.turn &+= 1
        if session.ended {
            session.variables = [:]
            session.ended = false
            enter(program.start)
            return
        }
        guard let index = program.stateIndex[session.state], let input else {
            enter(session.state)  // a removed state: `enter` resolves it to `resume`
            return
        }
        handle(input, in: program.states[index])
    }

    /// What the state makes of an input, decided before the `notice:` rules run so that they
    /// never change it.
    private enum Choice {
        case response(ResponseProgram, [Capture], intent: IntentID?)
        case reask([Line])
        case nothing
    }

    private mutating func handle(_ input: InputWords, in current: StateProgram) {
        let choice = choose(input, in: current)
        if !program.notices.isEmpty { notice(input) }
        switch choice {
        case .response(let response, let captures, let intent):
            if let intent { matchedIntent = intent }
            perform(response, captures: captures)
        case .reask(let lines):
            session.reasks &+= 1
            say(lines)
        case .nothing:
            break
        }
    }

    private mutating func choose(_ input: InputWords, in current: StateProgram) -> Choice {
        // A number always picks its option; an intent ranked above 0 ("bye", a crisis) beats an
        // option picked by its words; then options; then the remaining intents.
        if let response = pickOptionByNumber(input, in: current) {
            return .response(response, [], intent: nil)
        }
        // Intents that failed in the first pass are not matched again in the second.
        var failed = IntentSet()
        if let (candidate, captures) = pickCandidate(input, in: current, abovePriority: 0, failed: &failed) {
            return .response(candidate.response, captures, intent: candidate.intentID)
        }
        if let (response, captures) = pickOption(input, in: current) {
            return .response(response, captures, intent: nil)
        }
        if let (candidate, captures) = pickCandidate(input, in: current, failed: &failed) {
            return .response(candidate.response, captures, intent: candidate.intentID)
        }
        if let reask = current.state.reask, let then = current.reaskThen {
            return session.reasks < reask.limit ? .reask(reask.say) : .response(then, [], intent: nil)
        }
        if let fallback = current.fallback ?? program.globalFallback {
            return .response(fallback, [], intent: nil)
        }
        return .nothing
    }

    /// Applies every `notice:` rule whose intent matches and whose condition holds, in order;
    /// a rule's captures are seen by its own `if` and `set` only.
    private mutating func notice(_ input: InputWords) {
        var ownWords: InputWords?
        for rule in program.notices {
            var words = input
            if rule.notice.outsideQuotes {
                if ownWords == nil {
                    let text = program.reflector.removingQuotedSpeech(from: input.text)
                    ownWords = text == input.text ? input : InputWords(text, index: program.words)
                }
                words = ownWords ?? input
            }
            var captures: [Capture] = []
            switch rule.trigger {
            case .never:
                continue
            case .always:
                break
            case .intent(let index):
                guard let matched = program.intents[index].matcher.match(words, in: program) else { continue }
                captures = matched
            }
            if let condition = rule.notice.condition, !holds(condition, captures: captures) { continue }
            for assignment in rule.notice.assignments {
                assign(assignment.variable, render(assignment.value, captures: captures))
            }
        }
    }

    /// An option picked by its number ("2", "2.").
    private func pickOptionByNumber(_ input: InputWords, in current: StateProgram) -> ResponseProgram? {
        let options = current.options
        guard input.count == 1, let number = input.number(0), number >= 1, number <= options.count else { return nil }
        return options[number - 1].response
    }

    /// An option picked by its label's words or its own matcher.
    private mutating func pickOption(_ input: InputWords, in current: StateProgram) -> (ResponseProgram, [Capture])? {
        let options = current.options
        guard !options.isEmpty else { return nil }
        var normalized: [String]?
        for option in options {
            if let words = option.labelWords {
                if MatcherProgram.contains(input.ids, words) { return (option.response, []) }
            } else {
                let label = Normalizer.words(render(option.option.label))
                if normalized == nil { normalized = input.allNormalized() }
                if let normalized, Self.contains(normalized, label) { return (option.response, []) }
            }
            if let matcher = option.matcher,
               let captures = matcher.match(input, in: program) {
                return (option.response, captures)
            }
        }
        return nil
    }

    /// The first candidate, in priority order, whose intent matches and whose condition holds;
    /// with `abovePriority`, only candidates ranked higher than it are considered.
    private mutating func pickCandidate(
        _ input: InputWords, in current: StateProgram, abovePriority: Int = .min, failed: inout IntentSet
    ) -> (Candidate, [Capture])? {
        for candidate in current.candidates {
            if candidate.priority <= abovePriority { break }  // candidates are sorted, highest first
            switch candidate.trigger {
            case .never:
                continue
            case .always:
                if let condition = candidate.condition, !holds(condition) { continue }
                return (candidate, [])
            case .intent(let index):
                guard !failed.contains(index) else { continue }
                guard let captures = program.intents[index].matcher.match(input, in: program) else {
                    failed.insert(index)
                    continue
                }
                if let condition = candidate.condition, !holds(condition, captures: captures) { continue }
                return (candidate, captures)
            }
        }
        return nil
    }

    private static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}

/// Intents already known not to match this input (the first 128; later ones are simply retried).
struct IntentSet {
    private var bits: (UInt64, UInt64) = (0, 0)

    func contains(_ index: Int) -> Bool {
        switch index {
        case 0..<64: bits.0 & (1 << UInt64(index)) != 0
        case 64..<128: bits.1 & (1 << UInt64(index - 64)) != 0
        default: false
        }
    }

    mutating func insert(_ index: Int) {
        switch index {
        case 0..<64: bits.0 |= 1 << UInt64(index)
        case 64..<128: bits.1 |= 1 << UInt64(index - 64)
        default: break
        }
    }
}
