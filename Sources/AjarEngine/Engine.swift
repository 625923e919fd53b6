/// Runs a compiled ``Dialogue``: pure and deterministic.
///
/// `(dialogue, session, text) -> (session', replies, effects)`. No files, sockets, clocks or
/// global state; randomness only from the generator the caller passes in.
///
/// ```swift
/// let engine = Engine(dialogue: dialogue)
/// var turn = engine.start()                       // opening lines
/// turn = engine.respond(to: "hello", in: turn.session)
/// ```
///
/// Making an `Engine` compiles the dialogue's patterns and indexes its states and intents, so
/// make one per dialogue and reuse it for every conversation (it is `Sendable`).
///
/// Rules the format leaves open, as the engine settles them:
/// - `*` and `{name}` take as few words as they can, `[optional]` words are taken when they
///   fit, alternatives are tried in order; the first pattern of an intent that matches wins.
/// - A response stores its match's captures, runs its `set:` assignments in order, then says
///   its lines (so a line can read what was just set), produces its effects and moves.
/// - A variable reads: this match's captures, the built-in `input` (the trimmed text, never
///   stored), the session's variables, the dialogue's defaults, else "". A condition's
///   "set" means that value is not empty; `equals` compares exactly.
/// - A transition's `if` sees the captures of its own intent's match.
/// - A transition without an intent has priority 0.
/// - `skip` and `dont_know` use the dialogue's intents of those names, else
///   ``Intent/builtInSkip`` and ``Intent/builtInDontKnow``.
/// - A `goto`, `next` or `handoff` to a state the dialogue lacks goes to `resume`, then `start`.
/// - `rotate` picks variant `turn % count`; so the opening line (turn 0) is the first variant.
/// - ``Dialogue/notices`` run after the state has picked what to do with an input and before
///   that is done: they never change the pick, and the picked response sees what they set.
public struct Engine: Sendable {
    /// How many states one step may enter (through `goto`, `handoff` and `next`), so a `next`
    /// cycle in a script can never hang the engine: the step stops in the last state entered.
    public static let maximumStatesPerTurn = 32

    public let dialogue: Dialogue
    let program: EngineProgram

    public init(dialogue: Dialogue) {
        self.dialogue = dialogue
        self.program = EngineProgram(dialogue)
    }

    /// A new conversation: enters the start state and returns its opening lines.
    /// `variables` pre-set session variables (for example a user's name from the transport).
    ///
    /// A dialogue whose start state is missing yields a turn with no replies.
    public func start(variables: [String: String] = [:]) -> Turn {
        let session = Session(scriptVersion: dialogue.versionHash, state: dialogue.start, variables: variables)
        var runner = TurnRunner(program: program, session: session, generator: defaultGenerator(for: session), input: nil)
        if program.startIndex != nil { runner.enter(dialogue.start) }
        return runner.finish()
    }

    /// Handles one user input. Variants with `pick: random` use a generator seeded from the session,
    /// so the result is still deterministic.
    public func respond(to text: String, in session: Session) -> Turn {
        var generator = defaultGenerator(for: session)
        return respond(to: text, in: session, using: &generator)
    }

    /// Handles one user input, drawing `pick: random` variants from `generator`.
    ///
    /// In order: an option (by number, label words or its own matcher); the highest-priority
    /// matching transition; a re-ask; the state's then the global fallback. An input after the
    /// end starts again from `start` with fresh variables; a session whose state no longer
    /// exists moves to `resume`.
    public func respond<Generator: RandomNumberGenerator>(to text: String, in session: Session, using generator: inout Generator) -> Turn {
        let input = InputWords(text, index: program.words)
        var runner = TurnRunner(program: program, session: session, generator: generator, input: input)
        runner.respond()
        generator = runner.generator
        return runner.finish()
    }

    /// Brings a stored session back: reconciles it with the current script version (a vanished
    /// state moves it to ``Dialogue/resume``) and returns the current state's question again
    /// (its lines and options) so the user knows where they are. No variables change.
    ///
    /// An ended conversation has no question to come back to: it starts again (as the next input
    /// would), so a returning user meets the opening lines rather than the last goodbye.
    public func resume(_ session: Session) -> Turn {
        if session.ended { return start() }
        var runner = TurnRunner(program: program, session: session, generator: defaultGenerator(for: session), input: nil)
        if let index = program.stateIndex[session.state] {
            runner.present(program.states[index])
        } else {
            runner.enter(session.state)
        }
        return runner.finish()
    }

    /// The generator `respond(to:in:)` uses: seeded from the turn and the script version.
    private func defaultGenerator(for session: Session) -> SplitMix64 {
        SplitMix64(seed: program.versionSeed ^ (UInt64(bitPattern: Int64(session.turn)) &* 0x9E37_79B9_7F4A_7C15))
    }
}
