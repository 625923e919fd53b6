/// The transports by target scheme: validates targets when reminders are scheduled and picks the
/// transport when they are due. IRC, outgoing webhooks (and tests) plug in here.
///
/// ```swift
/// let router = ReminderRouter([webhooks, irc])
/// try router.validate("webhook:ops")   // throws for unknown schemes or names
/// ```
public struct ReminderRouter: Sendable {
    private let transports: [String: any ReminderTransport]

    /// Later transports of the same scheme replace earlier ones.
    public init(_ transports: [any ReminderTransport]) {
        var byScheme: [String: any ReminderTransport] = [:]
        for transport in transports { byScheme[transport.scheme] = transport }
        self.transports = byScheme
    }

    /// The schemes served, sorted.
    public var schemes: [String] { transports.keys.sorted() }

    /// The transport for `target`'s scheme, if any.
    public func transport(for target: ReminderTarget) -> (any ReminderTransport)? {
        transports[target.scheme]
    }

    /// Parses and checks a target as given in a request; the error says what is wrong.
    @discardableResult
    public func validate(_ text: String) throws(ReminderTargetError) -> ReminderTarget {
        guard let target = ReminderTarget(text) else {
            throw ReminderTargetError("'\(text.prefix(80))' is not a target: expected irc:#channel, irc:nick or webhook:NAME")
        }
        guard let transport = transports[target.scheme] else {
            let known = schemes.isEmpty ? "none is configured" : "configured: " + schemes.joined(separator: ", ")
            throw ReminderTargetError("no transport for '\(target.scheme):' targets (\(known))")
        }
        try transport.validate(target)
        return target
    }
}
