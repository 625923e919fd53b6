/// A "how do I get X to Y" question turned into a constraint question.
public struct Reframe: Sendable, Hashable {
    /// "What is keeping your partner from opening up to you?"
    public var question: String
    /// The person, reflected: "your partner".
    public var person: String
    /// The action as a gerund phrase, reflected: "opening up to you".
    public var action: String
    public init(question: String, person: String, action: String) {
        self.question = question
        self.person = person
        self.action = action
    }
}
