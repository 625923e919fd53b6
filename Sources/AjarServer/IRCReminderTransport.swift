import AjarIRC
import AjarIRCProtocol
import AjarReminders

/// Delivers `irc:#channel` and `irc:nick` reminders through the IRC client. IRC cannot carry the
/// reminder's id, so a reminder re-sent after a crash shows twice there (at-least-once).
struct IRCReminderTransport: ReminderTransport {
    let scheme = "irc"
    let client: IRCClient

    func validate(_ target: ReminderTarget) throws(ReminderTargetError) {
        guard IRCDestination(parsing: target.description) != nil else {
            throw ReminderTargetError("'\(target.description.prefix(80))' is not an IRC channel or nick")
        }
    }

    func deliver(_ delivery: ReminderDelivery) async throws(ReminderDeliveryError) {
        do {
            try await client.deliver(delivery.text, to: delivery.target.description, timeout: .seconds(30))
        } catch let error as IRCDeliveryError {
            switch error {
            case .invalidTarget, .otherNetwork, .emptyText:
                throw .permanent(error.description)
            case .notConnected, .dropped, .shutDown, .timedOut:
                throw .temporary(error.description)
            }
        } catch {
            throw .temporary("\(error)")
        }
    }
}
