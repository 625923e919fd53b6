import AjarEngine
import Yams

extension ScriptParser {
    static let stateKeys = ["say", "options", "on", "skip", "dont_know", "fallback", "reask", "next", "end", "remind"]
    static let optionKeys = ["label", "keywords", "patterns"] + responseKeys
    static let transitionKeys = ["intent", "if"] + responseKeys
    static let reaskKeys = ["limit", "say", "then"]

    /// A state; when its value is not a mapping, an empty state, so its name still counts as defined.
    mutating func parseState(_ named: Fields.Entry) -> State {
        let id = StateID(named.key)
        let what = "state '\(named.key)'"
        guard let fields = fields(named.value, what, allowed: Self.stateKeys) else { return State(id: id) }
        var state = State(id: id)
        for entry in fields.entries {
            switch entry.key {
            case "say":
                state.say = parseLines(entry)
            case "options":
                for item in list(entry) ?? [] {
                    if let option = parseOption(item) { state.options.append(option) }
                }
            case "on":
                state.transitions = parseTransitions(entry)
            case "skip":
                state.onSkip = parseResponse(entry.value, "'skip' of \(what)", at: location(entry))
            case "dont_know":
                state.onDontKnow = parseResponse(entry.value, "'dont_know' of \(what)", at: location(entry))
            case "fallback":
                state.fallback = parseResponse(entry.value, "'fallback' of \(what)", at: location(entry))
            case "reask":
                state.reask = parseReask(entry, what)
            case "next":
                if let target = stateName(entry) {
                    state.next = target.value
                    file.references.nextLocations[id] = target.location
                }
            case "end":
                state.isEnd = bool(entry) ?? false
            case "remind":
                if let effect = parseReminder(entry) { state.effects.append(effect) }
            default:
                break
            }
        }
        if state.isEnd, let next = fields["next"] {
            report(.conflictingKeys, at: location(next.keyNode), "\(what) has both 'end: true' and 'next'", hint: "an end state goes nowhere: remove one")
        }
        return state
    }

    mutating func parseOption(_ node: Node) -> Option? {
        guard let fields = fields(node, "an option", allowed: Self.optionKeys) else { return nil }
        var label: Template?
        if let entry = fields["label"] {
            label = parseTemplate(entry.value, "an option's label", at: location(entry))
        } else {
            reportMissing(in: fields, "an option needs a 'label'")
        }
        var matcher: Matcher?
        if fields["keywords"] != nil || fields["patterns"] != nil {
            matcher = Matcher(
                patterns: fields["patterns"].map { parsePatterns($0) } ?? [],
                keywords: fields["keywords"].map { parseKeywords($0) } ?? [])
        }
        let response = parseResponse(fields: fields, "an option")
        guard let label else { return nil }
        return Option(label: label, matcher: matcher, response: response)
    }

    /// A list of transitions (`on:` of a state, or the global `on:`).
    mutating func parseTransitions(_ entry: Fields.Entry) -> [Transition] {
        var transitions: [Transition] = []
        for item in list(entry) ?? [] {
            guard let fields = fields(item, "a transition", allowed: Self.transitionKeys) else { continue }
            let intent = parseIntentReference(fields)
            let condition = fields["if"].flatMap { parseCondition($0.value, depth: 0) }
            if fields["intent"] == nil, fields["if"] == nil {
                reportMissing(in: fields, "a transition needs an 'intent' (or an 'if')")
            }
            transitions.append(Transition(intent: intent, condition: condition, response: parseResponse(fields: fields, "a transition")))
        }
        return transitions
    }

    /// The `intent:` a transition or a `notice:` rule names, recorded so the checker can report
    /// an unknown one.
    mutating func parseIntentReference(_ fields: Fields) -> IntentID? {
        guard let entry = fields["intent"], let name = string(entry) else { return nil }
        file.references.intents.append(Located(value: IntentID(name.value), location: name.location))
        return IntentID(name.value)
    }

    mutating func parseReask(_ entry: Fields.Entry, _ what: String) -> Reask? {
        guard let fields = fields(entry.value, "'reask' of \(what)", allowed: Self.reaskKeys) else { return nil }
        var limit: Int?
        if let entry = fields["limit"], let value = int(entry) {
            if value < 0 {
                report(.invalidValue, at: location(entry), "the reask limit must not be negative")
            } else {
                limit = value
            }
        } else if fields["limit"] == nil {
            reportMissing(in: fields, "'reask' needs a 'limit'")
        }
        let say = fields["say"].map { parseLines($0) } ?? []
        var then: Response?
        if let entry = fields["then"] {
            then = parseResponse(entry.value, "'then' of 'reask'", at: location(entry))
        } else {
            reportMissing(in: fields, "'reask' needs a 'then' response", hint: "e.g. 'then: { goto: somewhere }'")
        }
        guard let limit, let then else { return nil }
        return Reask(limit: limit, say: say, then: then)
    }
}
