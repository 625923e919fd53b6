public import AjarRuntime

/// The safety record of a conversation could not be read, so the safety layer cannot tell
/// whether the person may be coached; the message fails instead.
public struct SafetyRecordUnavailable: Error, Sendable, CustomStringConvertible {
    public var conversation: ConversationID
    public var underlying: String
    public var description: String { "cannot read the safety record of \(conversation): \(underlying)" }
}
