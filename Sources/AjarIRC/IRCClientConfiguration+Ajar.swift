import AjarIRCProtocol
public import AjarRuntime
import Foundation

/// Why Ajar's `irc` section cannot make a client.
public struct IRCConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

extension IRCClientConfiguration {
    /// The client `ajar serve` runs for Ajar's `irc` section; `nil` when `irc.host` is unset (no IRC).
    ///
    /// The network's name (in conversation ids) is the host; the flood rates are `irc.flood_burst`
    /// lines (512 bytes of burst each) and `irc.flood_rate` lines a second (512 bytes a second each),
    /// which by default is ``IRCFloodControl/Rates/default``.
    ///
    /// ```swift
    /// if let irc = try IRCClientConfiguration.make(from: configuration.irc) {
    ///     services.append(IRCService(client: IRCClient(configuration: irc, handler: runtime, logger: logger)))
    /// }
    /// ```
    public static func make(from section: AjarConfiguration.IRCSection) throws(IRCConfigurationError) -> IRCClientConfiguration? {
        guard let host = section.host else { return nil }
        guard let nickname = IRCNickname(section.nick) else {
            throw IRCConfigurationError("irc.nick: '\(section.nick)' is not a valid IRC nickname")
        }
        var channels: [IRCChannelName] = []
        for name in section.channels {
            guard let channel = IRCChannelName(name) else { throw IRCConfigurationError("irc.channels: '\(name)' is not a channel name") }
            channels.append(channel)
        }
        let username = section.username ?? defaultUsername(for: nickname)
        guard !username.isEmpty, username.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 32 && $0 != "@" && $0.value != 127 }) else {
            throw IRCConfigurationError("irc.username: '\(username)' is not a valid IRC user name (ASCII, no spaces or '@')")
        }
        // No line breaks or formatting codes in what goes into USER and matches channel lines.
        func oneLine(_ text: String) -> String { IRCFormatting.strip(text).trimmingCharacters(in: .whitespaces) }
        let realname = oneLine(section.realname)
        let prefix = section.prefix.map(oneLine).flatMap { $0.isEmpty ? nil : $0 }
        if let caFile = section.caFile, section.tls, !FileManager.default.isReadableFile(atPath: caFile) {
            throw IRCConfigurationError("irc.ca_file: cannot read '\(caFile)'")
        }
        let session = IRCSessionSettings(
            nickname: nickname, username: username, realname: realname.isEmpty ? "Ajar" : realname,
            serverPassword: section.password?.value,
            sasl: section.saslPassword.map { SASLCredentials(username: nickname.rawValue, password: $0.value) },
            channels: channels)
        let perLine = 512
        let flood = IRCFloodControl.Rates(
            burstLines: section.floodBurst, linesPerSecond: section.floodRate,
            burstBytes: section.floodBurst * perLine, bytesPerSecond: max(Int((section.floodRate * Double(perLine)).rounded()), 1))
        return IRCClientConfiguration(
            host: host, port: section.port,
            security: section.tls ? .tls(certificateAuthorityFile: section.caFile) : .plaintext,
            session: session, commandPrefix: prefix, flood: flood)
    }

    /// A user name from the nick: ASCII letters and digits, at most 10, else `ajar`.
    static func defaultUsername(for nickname: IRCNickname) -> String {
        let kept = nickname.rawValue.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        let name = String(String.UnicodeScalarView(kept.prefix(10))).lowercased()
        return name.isEmpty ? "ajar" : name
    }
}
