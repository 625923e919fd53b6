/// One state of a dialogue: what the bot says on entering it and how it reacts to the next input.
public struct State: Sendable {
    public var id: StateID
    /// Lines said on entering the state.
    public var say: [Line]
    /// Numbered choices, shown after `say`. A reply of `2` or of the option's words picks one.
    public var options: [Option]
    /// Transitions on intents, in declaration order.
    public var transitions: [Transition]
    /// When the user wants to skip the question (built-in intent ``IntentID/skip``).
    public var onSkip: Response?
    /// When the user does not know (built-in intent ``IntentID/dontKnow``); falls back to `onSkip`.
    public var onDontKnow: Response?
    /// When nothing matched. Falls back to the dialogue's global fallback.
    public var fallback: Response?
    /// Re-ask on unmatched input at most `limit` times, then take `then`.
    public var reask: Reask?
    /// Entering this state ends the conversation.
    public var isEnd: Bool
    /// Effects carried out on entering the state.
    public var effects: [EffectTemplate]
    /// Go on to this state at once after entering (no input awaited).
    public var next: StateID?

    public init(
        id: StateID,
        say: [Line] = [],
        options: [Option] = [],
        transitions: [Transition] = [],
        onSkip: Response? = nil,
        onDontKnow: Response? = nil,
        fallback: Response? = nil,
        reask: Reask? = nil,
        isEnd: Bool = false,
        effects: [EffectTemplate] = [],
        next: StateID? = nil
    ) {
        self.id = id
        self.say = say
        self.options = options
        self.transitions = transitions
        self.onSkip = onSkip
        self.onDontKnow = onDontKnow
        self.fallback = fallback
        self.reask = reask
        self.isEnd = isEnd
        self.effects = effects
        self.next = next
    }
}

/// A limit on re-asking a question the user's answer did not match.
public struct Reask: Sendable {
    /// How many times the question is asked again before `then` is taken.
    public var limit: Int
    /// What is said when re-asking (the state's own lines are not repeated unless listed here).
    public var say: [Line]
    /// Taken once the limit is reached.
    public var then: Response

    public init(limit: Int, say: [Line], then: Response) {
        self.limit = limit
        self.say = say
        self.then = then
    }
}

/// A numbered choice offered to the user.
public struct Option: Sendable {
    /// The text shown after the option's number.
    public var label: Template
    /// Extra ways to pick it besides its number and its label's words.
    public var matcher: Matcher?
    public var response: Response

    public init(label: Template, matcher: Matcher? = nil, response: Response) {
        self.label = label
        self.matcher = matcher
        self.response = response
    }
}

/// A transition taken when its intent matches (and its condition holds).
public struct Transition: Sendable {
    /// The intent that triggers it; `nil` means "always", which only makes sense with a condition.
    public var intent: IntentID?
    public var condition: Condition?
    public var response: Response

    public init(intent: IntentID?, condition: Condition? = nil, response: Response) {
        self.intent = intent
        self.condition = condition
        self.response = response
    }
}

/// What the bot does in reaction to an input: say lines, set variables, produce effects, move.
public struct Response: Sendable {
    public var say: [Line]
    /// Variables to set, in order; values are templates over the current variables and captures.
    public var assignments: [Assignment]
    public var effects: [EffectTemplate]
    /// The next state; `nil` stays in the current one without repeating its lines.
    public var target: StateID?
    /// With no `target`: ask the current state's question again after the lines (its lines and
    /// options, as a resume shows them), so a detour ("help", small talk) leads back.
    public var repeatsQuestion: Bool

    public init(
        say: [Line] = [], assignments: [Assignment] = [], effects: [EffectTemplate] = [], target: StateID? = nil,
        repeatsQuestion: Bool = false
    ) {
        self.say = say
        self.assignments = assignments
        self.effects = effects
        self.target = target
        self.repeatsQuestion = repeatsQuestion
    }
}

/// `set: { name: "template" }`.
public struct Assignment: Sendable {
    public var variable: String
    public var value: Template
    public init(variable: String, value: Template) {
        self.variable = variable
        self.value = value
    }
}
