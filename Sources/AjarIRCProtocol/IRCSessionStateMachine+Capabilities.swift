extension IRCSessionStateMachine {
    /// `CAP * LS [*] :caps`, `CAP * ACK :caps`, `CAP * NAK :caps`.
    mutating func receivedCapability(_ message: IRCMessage) -> [IRCSessionAction] {
        guard case .negotiating(var negotiation) = phase, let subcommand = message.parameter(1)?.uppercased() else { return [] }
        let list = message.parameters.count > 2 ? message.parameters[message.parameters.count - 1] : ""
        switch subcommand {
        case "LS":
            for item in list.split(separator: " ") {
                let parts = item.split(separator: "=", maxSplits: 1)
                negotiation.offered[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
            }
            phase = .negotiating(negotiation)
            let more = message.parameters.count > 3 && message.parameters[2] == "*"
            guard !more else { return [] }
            let wanted = wantedCapabilities(offered: negotiation.offered)
            guard !wanted.isEmpty else { return endNegotiation() }
            return [.sendUrgently(IRCMessage(command: "CAP", parameters: ["REQ", wanted.joined(separator: " ")]))]
        case "ACK":
            for item in list.split(separator: " ") {
                if item.hasPrefix("-") {
                    enabledCapabilities.remove(String(item.dropFirst()))
                } else {
                    enabledCapabilities.insert(String(item))
                }
            }
            if enabledCapabilities.contains("sasl"), settings.sasl != nil, !negotiation.authenticating {
                negotiation.authenticating = true
                phase = .negotiating(negotiation)
                return [.sendUrgently(IRCMessage(command: "AUTHENTICATE", parameters: ["PLAIN"]))]
            }
            return endNegotiation()
        case "NAK":
            return endNegotiation()
        default:
            return []  // NEW, DEL, LIST: nothing to do for a bot
        }
    }

    /// `AUTHENTICATE +`: the server is ready for the credentials.
    mutating func receivedAuthenticate(_ message: IRCMessage) -> [IRCSessionAction] {
        guard case .negotiating(let negotiation) = phase, negotiation.authenticating,
              message.parameter(0) == "+", let sasl = settings.sasl
        else { return [] }
        return SASLPlain.authenticateParameters(username: sasl.username, password: sasl.password).map {
            .sendUrgently(IRCMessage(command: "AUTHENTICATE", parameters: [$0]))
        }
    }

    /// 903 success, or a failure numeric: either way registration goes on.
    mutating func finishedAuthentication(_ message: IRCMessage) -> [IRCSessionAction] {
        guard case .negotiating(let negotiation) = phase, negotiation.authenticating else { return [] }
        let success = message.command == IRCNumeric.saslSuccess || message.command == IRCNumeric.saslAlready
        return [.authenticated(success: success, detail: message.parameters.last ?? "")] + endNegotiation()
    }

    private func wantedCapabilities(offered: [String: String]) -> [String] {
        var wanted = settings.capabilities.filter { offered[$0] != nil }
        if settings.sasl != nil, let mechanisms = offered["sasl"] {
            // `sasl=PLAIN,EXTERNAL` lists mechanisms; a bare `sasl` (CAP 3.1) does not.
            if mechanisms.isEmpty || mechanisms.split(separator: ",").contains(where: { $0.uppercased() == "PLAIN" }) {
                wanted.append("sasl")
            }
        }
        return wanted
    }

    private mutating func endNegotiation() -> [IRCSessionAction] {
        phase = .registering
        return [.sendUrgently(IRCMessage(command: "CAP", parameters: ["END"]))]
    }
}
