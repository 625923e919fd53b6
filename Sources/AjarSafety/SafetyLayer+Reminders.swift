public import AjarRuntime
import AjarEngine

extension SafetyLayer {
    /// The text to deliver for `reminder`: its own, or the neutral one once abuse has come up
    /// for its conversation (a notification on a shared phone must not speak of the partner).
    /// For the reminder scheduler and the terminal to call just before delivering.
    public func deliverableText(for reminder: Reminder) async -> String {
        guard let conversation = reminder.conversation ?? ConversationID(reminder.target),
              await isFlagged(conversation) else { return reminder.text }
        return data.replies.neutralReminder
    }

    /// Stops every pending reminder of a conversation. The store has no "cancelled" status yet,
    /// so they are marked `failed`, which the scheduler never retries (see docs/safety.md).
    /// Returns how many were stopped.
    @discardableResult
    public func cancelReminders(of conversation: ConversationID) async -> Int {
        guard let store, let reminders = try? await store.reminders(for: conversation) else { return 0 }
        var cancelled = 0
        for reminder in reminders where reminder.status == .pending {
            if (try? await store.markReminder(reminder.id, status: .failed)) != nil { cancelled += 1 }
        }
        return cancelled
    }

    /// "Stop reminders" must always work: when the dialogue's stop intent would match this
    /// message, its pending reminders are stopped before the dialogue answers. A dry run of the
    /// pure engine, so the phrases live in one place (the script).
    func noticeStopReminders(_ message: Message) async {
        guard let intent = stopRemindersIntent, let engine, let store,
              let stored = try? await store.session(for: message.conversation) else { return }
        if engine.respond(to: message.text, in: stored.session).matchedIntent == intent {
            await cancelReminders(of: message.conversation)
        }
    }
}
