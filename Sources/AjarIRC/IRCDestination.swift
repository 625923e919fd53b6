public import AjarIRCProtocol

/// Where a reminder or webhook text goes on IRC, written as Ajar writes targets:
/// `irc:#channel`, `irc:nick`, or with a network `irc:NETWORK/nick` (the form of an IRC
/// conversation id, so a reminder a dialogue scheduled finds its way back).
///
/// ```swift
/// IRCDestination(parsing: "irc:#ajar")           // channel #ajar on this network
/// IRCDestination(parsing: "irc:libera/alice")    // alice on network "libera"
/// ```
public struct IRCDestination: Sendable, Hashable, CustomStringConvertible {
    public var network: String?
    public var target: IRCTarget

    public init(network: String? = nil, target: IRCTarget) {
        self.network = network
        self.target = target
    }

    /// `nil` unless `text` starts with `irc:` and names a valid channel or nick.
    public init?(parsing text: String) {
        guard text.hasPrefix("irc:") else { return nil }
        let rest = text.dropFirst(4)
        if let first = rest.first, IRCChannelName.prefixes.contains(first) {
            guard let target = IRCTarget(rest) else { return nil }
            self.init(target: target)
        } else if let slash = rest.firstIndex(of: "/") {
            // Nicks cannot hold `/`, so the part before it is the network.
            let network = String(rest[..<slash])
            guard !network.isEmpty, let target = IRCTarget(rest[rest.index(after: slash)...]) else { return nil }
            self.init(network: network, target: target)
        } else {
            guard let target = IRCTarget(rest) else { return nil }
            self.init(target: target)
        }
    }

    public var description: String {
        "irc:" + (network.map { $0 + "/" } ?? "") + target.rawValue
    }
}
