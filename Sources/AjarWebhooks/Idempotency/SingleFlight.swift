/// Runs work once per key at a time: a caller arriving while the same key is running waits for
/// that run's result instead of starting another (two copies of one webhook arriving together).
actor SingleFlight<Value: Sendable> {
    private var running: [String: Task<Value, any Error>] = [:]

    /// The work runs in its own task: a caller that goes away (a client hanging up) does not
    /// cancel a commit half done.
    func run(_ key: String, _ work: @escaping @Sendable () async throws -> Value) async throws -> Value {
        if let task = running[key] { return try await task.value }
        let task = Task { try await work() }
        running[key] = task
        defer { running[key] = nil }
        return try await task.value
    }
}
