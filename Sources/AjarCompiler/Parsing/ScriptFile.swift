import AjarEngine

/// A value and where it was written.
struct Located<Value> {
    var value: Value
    var location: SourceLocation
}

/// A variable declared under `variables:`.
struct VariableDeclaration {
    var name: String
    var value: String
    var location: SourceLocation
}

/// What one file says, checked on its own (syntax, keys, types, patterns, templates), before the
/// files of a dialogue are merged and checked together.
struct ScriptFile {
    let path: String
    /// `dialogue:` and `start:` keys, which only an entry script may have.
    var entryKeys: [Located<String>] = []
    var name: Located<String>?
    var start: Located<StateID>?
    var resume: Located<StateID>?
    var includes: [Located<String>] = []
    var variables: [VariableDeclaration] = []
    var reflections: [String: String] = [:]
    var gerunds: [String: String] = [:]
    var intents: [Located<Intent>] = []
    var globalTransitions: [Transition] = []
    var notices: [Notice] = []
    var fallback: Located<Response>?
    var states: [Located<State>] = []
    var references = References()
    /// Where the top-level mapping starts (for "missing key" diagnostics).
    var rootLocation: SourceLocation
    var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
        rootLocation = SourceLocation(file: path, line: 1, column: 1)
    }
}

/// Names a file uses, kept with their locations, to be resolved once every file is merged.
struct References {
    /// Every state named by `goto`, `next` or `handoff`.
    var states: [Located<StateID>] = []
    /// Every intent named by a transition.
    var intents: [Located<IntentID>] = []
    /// Every variable read by a line, a `set` value, a reminder or a condition.
    var variableUses: [Located<String>] = []
    /// Variables captured by a pattern or assigned by `set`.
    var definedVariables: Set<String> = []
    /// Where each state's `next:` is written (for `next` cycles).
    var nextLocations: [StateID: SourceLocation] = [:]
}
