public import AjarIRCProtocol

/// A line someone said to the bot: who, where (a channel, or privately), and the text meant for it
/// (formatting stripped, address removed, `/me` text included).
public struct IRCConversationRequest: Sendable, Hashable {
    public var sender: IRCNickname
    /// The channel it was said in; `nil` for a private message.
    public var channel: IRCChannelName?
    public var text: String

    public init(sender: IRCNickname, channel: IRCChannelName?, text: String) {
        self.sender = sender
        self.channel = channel
        self.text = text
    }
}

/// What to do with an incoming PRIVMSG.
public enum IRCIncomingDecision: Sendable, Hashable {
    /// Not for the bot (or a NOTICE, which bots never answer).
    case ignore
    /// Answer a CTCP request with this NOTICE.
    case reply(IRCMessage)
    /// Hand this to the conversation.
    case converse(IRCConversationRequest)
}

/// Decides what an incoming message means for the bot: pure, no I/O.
///
/// ```swift
/// let router = IRCIncomingRouter(wantedNickname: nick, commandPrefix: "!ajar", version: "Ajar")
/// router.decide(message, ownNickname: session.nickname)
/// ```
public struct IRCIncomingRouter: Sendable {
    public var wantedNickname: IRCNickname
    public var commandPrefix: String?
    public var version: String

    public init(wantedNickname: IRCNickname, commandPrefix: String? = nil, version: String) {
        self.wantedNickname = wantedNickname
        self.commandPrefix = commandPrefix
        self.version = version
    }

    public func decide(_ message: IRCMessage, ownNickname: IRCNickname) -> IRCIncomingDecision {
        guard message.command == "PRIVMSG", message.parameters.count >= 2,
              let source = message.source, !source.isServer, let sender = IRCNickname(source.name),
              !ownNickname.matches(sender.rawValue)
        else { return .ignore }
        let target = message.parameters[0]
        var channel: IRCChannelName?
        if let first = target.first, IRCChannelName.prefixes.contains(first) {
            guard let name = IRCChannelName(target) else { return .ignore }
            channel = name
        } else if !ownNickname.matches(target) {
            return .ignore  // `@#channel` status messages, or not to us
        }
        var text = message.parameters[1]
        if let ctcp = CTCPMessage(parsing: text) {
            switch ctcp {
            case .action(let action):
                text = action
            case .version:
                return channel == nil ? .reply(notice(to: sender, "VERSION", version)) : .ignore
            case .ping(let token):
                return channel == nil ? .reply(notice(to: sender, "PING", token)) : .ignore
            case .other:
                return .ignore
            }
        }
        let addressing = IRCAddressing(nicknames: [ownNickname.rawValue, wantedNickname.rawValue], commandPrefix: commandPrefix)
        guard let said = addressing.text(of: IRCFormatting.strip(text), inChannel: channel != nil) else { return .ignore }
        return .converse(IRCConversationRequest(sender: sender, channel: channel, text: said))
    }

    private func notice(to nickname: IRCNickname, _ command: String, _ arguments: String) -> IRCMessage {
        IRCMessage(command: "NOTICE", parameters: [nickname.rawValue, CTCPMessage.reply(command: command, arguments: arguments)])
    }
}
