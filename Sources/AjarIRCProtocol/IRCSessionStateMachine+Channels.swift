extension IRCSessionStateMachine {
    /// `JOIN` from us: we are in.
    mutating func joinedChannel(_ message: IRCMessage) -> [IRCSessionAction] {
        guard let source = message.source, isOwnNickname(source.name),
              let channel = message.parameter(0).flatMap(IRCChannelName.init)
        else { return [] }
        joinedChannels.insert(channel.key)
        pendingJoins[channel.key] = nil
        return [.joined(channel)]
    }

    /// `KICK #channel victim :reason`: when we are the victim, rejoin after a pause.
    mutating func kicked(_ message: IRCMessage, at now: ContinuousClock.Instant) -> [IRCSessionAction] {
        guard let name = message.parameter(0), let victim = message.parameter(1), isOwnNickname(victim),
              let channel = IRCChannelName(name)
        else { return [] }
        let reason = "kicked by \(message.source?.name ?? "?"): \(message.parameter(2) ?? "")"
        return removed(from: channel, reason: reason, rejoinAt: now + settings.timing.rejoinDelay)
    }

    /// `PART` from us that we did not ask for (we never part): treated like a kick.
    mutating func parted(_ message: IRCMessage, at now: ContinuousClock.Instant) -> [IRCSessionAction] {
        guard let source = message.source, isOwnNickname(source.name),
              let channel = message.parameter(0).flatMap(IRCChannelName.init)
        else { return [] }
        return removed(from: channel, reason: "parted: \(message.parameter(1) ?? "")", rejoinAt: now + settings.timing.rejoinDelay)
    }

    /// 471/473/474/475/477 (and 437 for a channel): retry a configured channel much later.
    mutating func joinRefused(_ message: IRCMessage, at now: ContinuousClock.Instant) -> [IRCSessionAction] {
        guard let channel = message.parameter(1).flatMap(IRCChannelName.init) else { return [] }
        if isConfigured(channel) { pendingJoins[channel.key] = now + settings.timing.joinRetryDelay }
        return [.joinFailed(channel, reason: message.parameters.last ?? message.command)]
    }

    /// Joins whose pause is over.
    mutating func dueJoins(at now: ContinuousClock.Instant) -> [IRCSessionAction] {
        var actions: [IRCSessionAction] = []
        for channel in settings.channels {
            guard let due = pendingJoins[channel.key], now >= due else { continue }
            // Retry later too if this JOIN goes unanswered; JOIN or a refusal updates it.
            pendingJoins[channel.key] = now + settings.timing.joinRetryDelay
            actions.append(.send(IRCMessage(command: "JOIN", parameters: [channel.rawValue])))
        }
        return actions
    }

    private mutating func removed(from channel: IRCChannelName, reason: String, rejoinAt: ContinuousClock.Instant) -> [IRCSessionAction] {
        joinedChannels.remove(channel.key)
        if isConfigured(channel) { pendingJoins[channel.key] = rejoinAt }
        return [.removed(from: channel, reason: reason)]
    }

    private func isConfigured(_ channel: IRCChannelName) -> Bool {
        settings.channels.contains { $0.key == channel.key }
    }
}
