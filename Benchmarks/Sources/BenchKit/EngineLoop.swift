public import AjarEngine

/// bench.py's `reply(user, text)` for Ajar: each user's session is kept in a dictionary, a user
/// never seen starts from a fresh session, and every reply is one ``Engine/respond(to:in:)``.
///
/// The peers keep their per-user state in dictionaries too (RiveScript's user vars, AIML's
/// session predicates, the nltk adapter's dict), so both sides pay for a lookup and an update.
public struct EngineLoop {
    public let engine: Engine
    /// What a new user starts from: the start state entered, its opening lines discarded.
    public let fresh: Session
    public private(set) var sessions: [String: Session] = [:]
    /// Characters replied so far: read at the end, so no reply can be optimised away.
    public private(set) var checksum = 0

    public init(engine: Engine) {
        self.engine = engine
        fresh = engine.start().session
    }

    /// One turn for `user`: one hash lookup for a known user (the session is replaced through
    /// its index), two for a new one.
    @inline(__always)
    public mutating func reply(_ user: String, _ text: String) {
        let turn: Turn
        if let index = sessions.index(forKey: user) {
            turn = engine.respond(to: text, in: sessions.values[index])
            sessions.values[index] = turn.session
        } else {
            turn = engine.respond(to: text, in: fresh)
            sessions[user] = turn.session
        }
        for line in turn.replies { checksum &+= line.utf8.count }
    }

    /// Forgets every session (a new timed run starts from none, as a fresh bench.py process does).
    public mutating func reset() {
        sessions = [:]
    }
}
