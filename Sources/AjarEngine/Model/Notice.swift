/// A rule checked against every user input before the state handles it: it may only set
/// variables, so it keeps track of something the user said ("he", "she") wherever it is said.
///
/// Every rule whose intent matches and whose condition holds applies, in declaration order, each
/// seeing what the rules before it set. The state then handles the input exactly as it would have
/// without the rules: the transition is picked first, and only its response (its lines, its own
/// `set:`) sees the values the rules set.
///
/// ```yaml
/// notice:
///   - intent: mentions_he
///     if: { equals: { they: "they" } }
///     set: { they: "he", them: "him", their: "his" }
/// ```
public struct Notice: Sendable {
    /// The intent that must match; `nil` checks only the condition (with no condition either,
    /// the rule applies to every input).
    public var intent: IntentID?
    /// Must hold (with the intent's captures) for the rule to apply.
    public var condition: Condition?
    /// Variables to set, in order; values are templates over the variables and the captures.
    public var assignments: [Assignment]
    /// Match only the user's own words: quoted speech (`she said "he left"`) is left out.
    public var outsideQuotes: Bool

    public init(intent: IntentID?, condition: Condition? = nil, assignments: [Assignment], outsideQuotes: Bool = false) {
        self.intent = intent
        self.condition = condition
        self.assignments = assignments
        self.outsideQuotes = outsideQuotes
    }
}
