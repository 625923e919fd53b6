public import struct Foundation.Date

/// What the safety screen keeps about one conversation, in a table of its own (`safety_record`),
/// apart from the dialogue's session: a `/restart`, a new session or a dialogue change leaves it
/// alone, and only `forget` deletes it.
///
/// The store does not interpret it: `concern` is the safety layer's name for what it answered
/// (`crisis`, `abuse`, `harm_to_others`), `state` its own compact JSON (the "Are you safe right
/// now?" question waiting for an answer, and so on).
///
/// ```swift
/// try await store.saveSafetyRecord(
///     StoredSafetyRecord(concern: "abuse", firstFlaggedAt: now, lastFlaggedAt: now, count: 1), for: id)
/// let flagged = try await store.safetyRecord(for: id)?.concern == "abuse"
/// ```
public struct StoredSafetyRecord: Sendable, Hashable {
    /// The concern the layer flagged the conversation for; `nil` while nothing has been flagged
    /// (a gentle question may still be waiting for its answer).
    public var concern: String?
    /// When the conversation was first flagged.
    public var firstFlaggedAt: Date?
    /// When it was last flagged.
    public var lastFlaggedAt: Date?
    /// How many times it was flagged.
    public var count: Int
    /// The safety layer's own state, opaque to the store (compact JSON; `{}` for none).
    public var state: String

    public init(concern: String? = nil, firstFlaggedAt: Date? = nil, lastFlaggedAt: Date? = nil, count: Int = 0, state: String = "{}") {
        self.concern = concern
        self.firstFlaggedAt = firstFlaggedAt
        self.lastFlaggedAt = lastFlaggedAt
        self.count = count
        self.state = state
    }
}
