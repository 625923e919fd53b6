extension IRCSessionStateMachine {
    /// The most alternatives tried during one registration before giving up on the connection.
    public static let maximumAlternatives = 20

    /// 001: registered. The server's first parameter is the nick it gave us.
    mutating func welcomed(_ message: IRCMessage, at now: ContinuousClock.Instant) -> [IRCSessionAction] {
        guard phase != .registered else { return [] }
        phase = .registered
        if let given = message.parameter(0).flatMap(IRCNickname.init) { nickname = given }
        alternativeAttempt = 0
        nextRegainAt = nickname.matches(settings.nickname.rawValue) ? nil : now + settings.timing.nicknameRegainInterval
        var actions: [IRCSessionAction] = [.registered(nickname)]
        for channel in settings.channels {
            pendingJoins[channel.key] = nil
            actions.append(.send(IRCMessage(command: "JOIN", parameters: [channel.rawValue])))
        }
        return actions
    }

    /// 432/433/436/437 for a nick: try the next alternative while registering; later, wait to regain.
    mutating func nicknameRefused(_ message: IRCMessage, at now: ContinuousClock.Instant) -> [IRCSessionAction] {
        guard phase != .registered else {
            nextRegainAt = now + settings.timing.nicknameRegainInterval
            return []
        }
        if message.command == IRCNumeric.erroneousNickname {
            // Often "too long": make every later candidate shorter than the refused one, and try
            // the same suffix again on the shorter base before moving on.
            let refused = message.parameter(1) ?? nickname.rawValue
            nicknameLengthLimit = min(nicknameLengthLimit, max(refused.utf8.count - 1, 2))
            if alternativeAttempt > 0,
               let shorter = Self.alternative(to: settings.nickname, attempt: alternativeAttempt, limit: nicknameLengthLimit),
               !shorter.matches(refused) {
                nickname = shorter
                return [.sendUrgently(IRCMessage(command: "NICK", parameters: [shorter.rawValue]))]
            }
        }
        alternativeAttempt += 1
        guard alternativeAttempt <= Self.maximumAlternatives,
              let candidate = Self.alternative(to: settings.nickname, attempt: alternativeAttempt, limit: nicknameLengthLimit)
        else {
            phase = .closed
            return [.disconnect(.nicknameUnavailable)]
        }
        nickname = candidate
        return [.sendUrgently(IRCMessage(command: "NICK", parameters: [candidate.rawValue]))]
    }

    /// The `attempt`-th alternative to `wanted` within `limit` bytes: `ajar_`, `ajar__`, `ajar1`, `ajar2`, ...
    public static func alternative(to wanted: IRCNickname, attempt: Int, limit: Int = IRCNickname.maximumLength) -> IRCNickname? {
        let suffix = attempt <= 2 ? String(repeating: "_", count: max(attempt, 1)) : String(attempt - 2)
        var base = Substring(wanted.rawValue)
        while base.utf8.count + suffix.utf8.count > limit, !base.isEmpty { base = base.dropLast() }
        guard !base.isEmpty else { return nil }
        return IRCNickname(base + suffix)
    }

    /// `NICK`: ours changed (regained, or forced), or someone freed the nick we want.
    mutating func nickChanged(_ message: IRCMessage, at now: ContinuousClock.Instant) -> [IRCSessionAction] {
        guard let source = message.source, let newName = message.parameter(0) else { return [] }
        if isOwnNickname(source.name), let new = IRCNickname(newName) {
            nickname = new
            nextRegainAt = new.matches(settings.nickname.rawValue) ? nil : now + settings.timing.nicknameRegainInterval
            return [.nicknameChanged(new)]
        }
        return wantedNicknameFreed(by: source.name)
    }

    /// `QUIT`: when the holder of our wanted nick leaves, take it at once.
    mutating func someoneLeft(_ message: IRCMessage) -> [IRCSessionAction] {
        guard let source = message.source else { return [] }
        return wantedNicknameFreed(by: source.name)
    }

    private func wantedNicknameFreed(by name: String) -> [IRCSessionAction] {
        guard phase == .registered, settings.nickname.matches(name), !isOwnNickname(name) else { return [] }
        return [.sendUrgently(IRCMessage(command: "NICK", parameters: [settings.nickname.rawValue]))]
    }

    /// On an alternative nick: ask for the wanted one again every ``IRCSessionTiming/nicknameRegainInterval``.
    mutating func regainNickname(at now: ContinuousClock.Instant) -> [IRCSessionAction] {
        guard let due = nextRegainAt, now >= due, !nickname.matches(settings.nickname.rawValue) else { return [] }
        nextRegainAt = now + settings.timing.nicknameRegainInterval
        return [.send(IRCMessage(command: "NICK", parameters: [settings.nickname.rawValue]))]
    }
}
