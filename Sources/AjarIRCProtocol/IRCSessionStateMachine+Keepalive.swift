extension IRCSessionStateMachine {
    /// Our PING after a quiet ``IRCSessionTiming/pingInterval``; a dead link after
    /// ``IRCSessionTiming/pingTimeout`` more with nothing received.
    mutating func keepalive(at now: ContinuousClock.Instant) -> [IRCSessionAction] {
        if let sent = pingSentAt {
            guard now - sent >= settings.timing.pingTimeout else { return [] }
            phase = .closed
            return [.disconnect(.pingTimeout)]
        }
        guard let last = lastReceived, now - last >= settings.timing.pingInterval else { return [] }
        pingSentAt = now
        pingCount += 1
        return [.sendUrgently(IRCMessage(command: "PING", parameters: ["ajar-\(pingCount)"]))]
    }
}
