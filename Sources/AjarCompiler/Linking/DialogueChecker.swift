import AjarEngine

/// The checks that need the whole dialogue: names resolved, every state reachable and able to
/// move on, no `next` loops, every variable defined.
struct DialogueChecker {
    /// Variables the engine sets by itself.
    static let builtInVariables: Set<String> = ["input", "reframe", "person", "action"]

    let linked: LinkedScript
    let start: Located<StateID>?
    private(set) var diagnostics: [Diagnostic] = []
    /// "Did you mean" compares a name with every known one: hints stop after this many
    /// comparisons, so a file with thousands of broken names among thousands of states stays fast.
    private var suggestionBudget = 100_000

    /// Names and variables are always checked; `structure` adds `next` loops, reachability and ways out.
    static func check(_ linked: LinkedScript, start: Located<StateID>?, structure: Bool) -> [Diagnostic] {
        var checker = DialogueChecker(linked: linked, start: start)
        checker.checkNames()
        checker.checkVariables()
        guard structure else { return checker.diagnostics }
        checker.checkNextCycles()
        checker.checkReachability()
        checker.checkWaysOut()
        return checker.diagnostics
    }

    private mutating func report(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(code, at: location, message, hint: hint))
    }

    private mutating func suggestion(for name: String, among candidates: Suggestion) -> String? {
        guard suggestionBudget >= candidates.count else { return nil }
        suggestionBudget -= max(1, candidates.count)
        return candidates.hint(for: name)
    }

    private mutating func checkNames() {
        let names = Suggestion(linked.stateOrder.map(\.value.rawValue))
        var unknown: [(reference: Located<StateID>, what: String)] = []
        if let start { unknown.append((start, "the start state ")) }
        if let resume = linked.resume { unknown.append((resume, "the resume state ")) }
        unknown += linked.references.states.map { ($0, "state ") }
        for (reference, what) in unknown where linked.states[reference.value] == nil {
            report(.unknownState, at: reference.location, "\(what)'\(reference.value)' is not defined",
                   hint: suggestion(for: reference.value.rawValue, among: names))
        }

        let intents = Set(linked.intents.map(\.id))
        let intentNames = Suggestion(linked.intents.map(\.id.rawValue))
        for reference in linked.references.intents where !intents.contains(reference.value) {
            report(.unknownIntent, at: reference.location, "intent '\(reference.value)' is not defined",
                   hint: suggestion(for: reference.value.rawValue, among: intentNames) ?? "define it under 'intents:'")
        }
    }

    private mutating func checkVariables() {
        let defined = Self.builtInVariables.union(linked.variables.keys).union(linked.references.definedVariables)
        let candidates = Suggestion(defined.sorted())
        for use in linked.references.variableUses where !defined.contains(use.value) {
            report(.undefinedVariable, at: use.location, "variable '\(use.value)' is never declared, captured or set",
                   hint: suggestion(for: use.value, among: candidates) ?? "declare it under 'variables:'")
        }
    }

    /// States joined only by `next` form chains; a chain that comes back on itself never waits for input.
    private mutating func checkNextCycles() {
        var done: Set<StateID> = []
        let order = Dictionary(linked.stateOrder.enumerated().map { ($1.value, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in linked.stateOrder where !done.contains(entry.value) {
            var path: [StateID] = []
            var onPath: Set<StateID> = []
            var current: StateID? = entry.value
            while let id = current, !done.contains(id), !onPath.contains(id), let state = linked.states[id] {
                path.append(id)
                onPath.insert(id)
                current = state.next
            }
            if let id = current, onPath.contains(id), let first = path.firstIndex(of: id) {
                let loop = Array(path[first...])
                let reported = loop.min { order[$0, default: .max] < order[$1, default: .max] } ?? id
                let names = (loop + [loop[0]]).map { "'\($0)'" }.joined(separator: " -> ")
                let message = loop.count == 1
                    ? "state '\(id)' goes on to itself with 'next'"
                    : "states \(names) follow each other with 'next' in a loop"
                if let location = linked.references.nextLocations[reported] {
                    report(.nextCycle, at: location, message, hint: "one of them must wait for an answer or end")
                }
            }
            done.formUnion(path)
        }
    }

    private mutating func checkReachability() {
        guard let start, linked.states[start.value] != nil else { return }
        var reachable: Set<StateID> = []
        var queue: [StateID] = [start.value]
        if let resume = linked.resume?.value, linked.states[resume] != nil { queue.append(resume) }
        // Global transitions and the global fallback lead out of every state.
        let globalResponses = linked.globalTransitions.map(\.response) + (linked.globalFallback.map { [$0.value] } ?? [])
        queue += globalResponses.compactMap(\.target)
        while let id = queue.popLast() {
            guard !reachable.contains(id), let state = linked.states[id] else { continue }
            reachable.insert(id)
            queue += Self.responses(of: state).compactMap(\.target)
            if let next = state.next { queue.append(next) }
        }
        for entry in linked.stateOrder where !reachable.contains(entry.value) {
            report(.unreachableState, at: entry.location, "state '\(entry.value)' is unreachable: no path from '\(start.value)' leads to it",
                   hint: "add a 'goto', 'next' or 'handoff' to it, or remove it")
        }
    }

    private mutating func checkWaysOut() {
        let globalResponses = linked.globalTransitions.map(\.response) + (linked.globalFallback.map { [$0.value] } ?? [])
        guard !globalResponses.contains(where: Self.leaves) else { return }
        for entry in linked.stateOrder {
            guard let state = linked.states[entry.value], !state.isEnd, state.next == nil else { continue }
            if Self.responses(of: state).contains(where: Self.leaves) { continue }
            report(.deadEnd, at: entry.location, "state '\(entry.value)' has no way out and is not an end state",
                   hint: "add 'goto' to a response, 'next', or 'end: true'")
        }
    }

    /// Every response of a state: options, transitions, skip, dont_know, fallback, reask's `then`.
    static func responses(of state: State) -> [Response] {
        state.options.map(\.response) + state.transitions.map(\.response)
            + [state.onSkip, state.onDontKnow, state.fallback, state.reask?.then].compactMap { $0 }
    }

    /// Whether a response moves the conversation on: to another state, or to its end.
    static func leaves(_ response: Response) -> Bool {
        response.target != nil || response.effects.contains { effect in
            if case .end = effect { return true }
            return false
        }
    }
}
