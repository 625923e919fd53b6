/// A snapshot of the client, for health checks, logs and tests.
public struct IRCClientStatus: Sendable, Hashable {
    /// A TCP (and TLS) connection is open.
    public var isConnected = false
    /// The server welcomed us on the current connection.
    public var isRegistered = false
    /// Our nick on the current connection.
    public var nickname: String?
    /// Channels we are in, by case-folded name.
    public var joinedChannels: Set<String> = []
    /// Connections that reached registration since the client started.
    public var registrations = 0
    /// Why the last connection ended.
    public var lastDisconnect: String?

    public init() {}
}
