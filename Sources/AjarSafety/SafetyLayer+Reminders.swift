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

    /// Stops every pending reminder of a conversation (marked `cancelled`); returns how many.
    @discardableResult
    public func cancelReminders(of conversation: ConversationID) async -> Int {
        guard let store else { return 0 }
        return (try? await store.cancelReminders(of: conversation)) ?? 0
    }
}
