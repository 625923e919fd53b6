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
public struct Engine: Sendable {
    public let dialogue: Dialogue

    public init(dialogue: Dialogue) {
        self.dialogue = dialogue
    }

    /// A new conversation: enters the start state and returns its opening lines.
    /// `variables` pre-set session variables (for example a user's name from the transport).
    public func start(variables: [String: String] = [:]) -> Turn {
        fatalError("not implemented yet")
    }

    /// Handles one user input. Variants with `pick: random` use a generator seeded from the session,
    /// so the result is still deterministic.
    public func respond(to text: String, in session: Session) -> Turn {
        fatalError("not implemented yet")
    }

    /// Handles one user input, drawing `pick: random` variants from `generator`.
    public func respond<Generator: RandomNumberGenerator>(to text: String, in session: Session, using generator: inout Generator) -> Turn {
        fatalError("not implemented yet")
    }

    /// Brings a stored session back: reconciles it with the current script version (a vanished
    /// state moves it to ``Dialogue/resume``) and returns the current state's question again
    /// (its lines and options) so the user knows where they are. No variables change.
    public func resume(_ session: Session) -> Turn {
        fatalError("not implemented yet")
    }
}
