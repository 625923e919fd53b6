public import AjarEngine

/// The states and transitions of a dialogue as a graph, rendered for Graphviz or Mermaid.
///
/// ```swift
/// print(DialogueGraph(dialogue).dot())
/// ```
public struct DialogueGraph: Sendable {
    /// A drawn transition.
    public struct Edge: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// Taken on user input.
            case input
            /// Taken with no input (`next`).
            case automatic
            /// A change of flow (`handoff`).
            case handoff
        }

        /// `nil` means "from any state" (a global transition).
        public var from: StateID?
        public var to: StateID
        public var label: String
        public var kind: Kind
    }

    public let start: StateID
    /// States in drawing order: the start first, then by name.
    public let states: [StateID]
    public let endStates: Set<StateID>
    public let edges: [Edge]

    public init(_ dialogue: Dialogue) {
        start = dialogue.start
        states = dialogue.states.keys.sorted { lhs, rhs in
            if lhs == dialogue.start || rhs == dialogue.start { return lhs == dialogue.start && rhs != dialogue.start }
            return lhs.rawValue < rhs.rawValue
        }
        endStates = Set(dialogue.states.values.filter(\.isEnd).map(\.id))
        var edges: [Edge] = []
        for id in states {
            guard let state = dialogue.states[id] else { continue }
            edges += Self.edges(from: id, state: state)
        }
        for transition in dialogue.globalTransitions {
            edges += Self.edges(from: nil, response: transition.response, label: Self.label(transition))
        }
        if let fallback = dialogue.globalFallback {
            edges += Self.edges(from: nil, response: fallback, label: "fallback")
        }
        self.edges = edges
    }

    static func edges(from id: StateID, state: State) -> [Edge] {
        var edges: [Edge] = []
        for (index, option) in state.options.enumerated() {
            edges += Self.edges(from: id, response: option.response, label: "\(index + 1). \(Self.text(option.label))")
        }
        for transition in state.transitions {
            edges += Self.edges(from: id, response: transition.response, label: Self.label(transition))
        }
        if let skip = state.onSkip { edges += Self.edges(from: id, response: skip, label: "skip") }
        if let dontKnow = state.onDontKnow { edges += Self.edges(from: id, response: dontKnow, label: "don't know") }
        if let reask = state.reask { edges += Self.edges(from: id, response: reask.then, label: "after \(reask.limit) re-ask(s)") }
        if let fallback = state.fallback { edges += Self.edges(from: id, response: fallback, label: "fallback") }
        for effect in state.effects {
            if case .handoff(let target) = effect { edges.append(Edge(from: id, to: target, label: "handoff", kind: .handoff)) }
        }
        if let next = state.next { edges.append(Edge(from: id, to: next, label: "next", kind: .automatic)) }
        return edges
    }

    static func edges(from id: StateID?, response: Response, label: String) -> [Edge] {
        guard let target = response.target else { return [] }
        let isHandoff = response.effects.contains { effect in
            if case .handoff = effect { return true }
            return false
        }
        return [Edge(from: id, to: target, label: label, kind: isHandoff ? .handoff : .input)]
    }

    static func label(_ transition: Transition) -> String {
        transition.intent?.rawValue ?? "if …"
    }

    /// A template as written, with its slots.
    static func text(_ template: Template) -> String {
        template.parts.map { part in
            switch part {
            case .text(let text): text
            case .variable(let name, let filters): "{" + ([name] + filters.map(\.rawValue)).joined(separator: "|") + "}"
            }
        }.joined()
    }
}
