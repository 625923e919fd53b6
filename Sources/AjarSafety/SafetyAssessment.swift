/// What the detector found in one message.
public struct SafetyAssessment: Sendable, Hashable {
    /// Concerns stated plainly: the full reply with resources.
    public var clear: Set<SafetyConcern> = []
    /// Concerns that might be meant: ask gently first. Never holds a concern that is also clear.
    public var unsure: Set<SafetyConcern> = []
    /// How the message reads as an answer to "Are you safe right now?", if it does.
    public var answer: SafetyAnswer?

    public init(clear: Set<SafetyConcern> = [], unsure: Set<SafetyConcern> = [], answer: SafetyAnswer? = nil) {
        self.clear = clear
        self.unsure = unsure.subtracting(clear)
        self.answer = answer
    }

    /// Nothing of concern was found (the message may still be an answer).
    public var isQuiet: Bool { clear.isEmpty && unsure.isEmpty }
}
