/// A state prepared for fast input handling: its candidates pre-sorted, its options pre-rendered.
///
/// Classes rather than structs: the hot path reads these from arrays, and copying a struct full
/// of arrays costs a retain and release per array; a class reference costs one.
final class StateProgram: Sendable {
    /// The name the dialogue's `states` table files it under (the session stores this).
    let id: StateID
    let state: State
    let options: [OptionProgram]
    /// The state's transitions, its skip / dont_know handlers and the global transitions, sorted
    /// by intent priority (highest first); the sort is stable, so ties keep the order
    /// "state's `on`, skip, dont_know, global `on`", each in declaration order.
    let candidates: [Candidate]
    /// Where `next` leads, resolved.
    let nextIndex: Int?
    let fallback: ResponseProgram?
    let reaskThen: ResponseProgram?

    init(id: StateID, state: State, options: [OptionProgram], candidates: [Candidate], links: StateLinks) {
        self.id = id
        self.state = state
        self.options = options
        self.candidates = candidates
        nextIndex = state.next.flatMap(links.resolve)
        fallback = state.fallback.map { ResponseProgram($0, links: links) }
        reaskThen = state.reask.map { ResponseProgram($0.then, links: links) }
    }
}

/// A response with the state it leads to looked up once, when the engine is made.
final class ResponseProgram: Sendable {
    let response: Response
    /// The state to enter: the `goto` target, else the first `handoff`'s; `nil` stays.
    /// A target the dialogue lacks resolves like a removed state: to `resume`, then `start`.
    let destination: Int?

    init(_ response: Response, links: StateLinks) {
        self.response = response
        let handoff = response.effects.lazy.compactMap { effect -> StateID? in
            if case .handoff(let target) = effect { return target }
            return nil
        }.first
        destination = (response.target ?? handoff).flatMap(links.resolve)
    }
}

/// State names to indices, for resolving links while the program is built.
struct StateLinks: Sendable {
    var index: [StateID: Int]
    var start: StateID
    var resume: StateID

    /// The state to enter for `id`: itself, else `resume`, else `start`, else none.
    func resolve(_ id: StateID) -> Int? {
        index[id] ?? index[resume] ?? index[start]
    }
}

/// A numbered option with its label's words ready to compare with the input.
final class OptionProgram: Sendable {
    let option: Option
    let response: ResponseProgram
    /// "2. Once a week", when the label has no variables; otherwise rendered on each entry.
    let display: String?
    /// The label's normalised word identifiers, when the label has no variables.
    let labelWords: [Int32]?
    let matcher: MatcherProgram?

    init(_ option: Option, number: Int, table: inout WordTable, links: StateLinks) {
        self.option = option
        response = ResponseProgram(option.response, links: links)
        if let text = option.label.staticText {
            display = "\(number). \(text)"
            labelWords = table.internWords(text)
        } else {
            display = nil
            labelWords = nil
        }
        matcher = option.matcher.map { MatcherProgram($0, table: &table) }
    }
}

/// One way out of a state through an intent.
final class Candidate: Sendable {
    enum Trigger: Sendable {
        /// The intent at this index of ``EngineProgram/intents`` must match.
        case intent(Int)
        /// No intent: taken whenever the condition holds (priority 0).
        case always
        /// The transition names an intent the dialogue does not define: never taken.
        case never
    }

    let trigger: Trigger
    /// Reported in ``Turn/matchedIntent``.
    let intentID: IntentID?
    let priority: Int
    let condition: Condition?
    let response: ResponseProgram

    init(trigger: Trigger, intentID: IntentID?, priority: Int, condition: Condition?, response: ResponseProgram) {
        self.trigger = trigger
        self.intentID = intentID
        self.priority = priority
        self.condition = condition
        self.response = response
    }
}
