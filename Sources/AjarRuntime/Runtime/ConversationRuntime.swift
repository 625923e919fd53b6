public import AjarEngine
public import Foundation
public import Logging

/// The transport-neutral heart of Ajar: a message goes in, replies and effects come out.
///
/// For each message, inside that conversation's lane (one message at a time per conversation,
/// different conversations in parallel): the safety screen looks first, then the stored session is
/// loaded, the engine takes its step, and the new session and any reminders are committed in one
/// transaction *before* the replies are returned. Committed reminders are then handed to the
/// scheduler.
///
/// ```swift
/// let runtime = ConversationRuntime(engine: Engine(dialogue: dialogue), store: store, logger: logger)
/// let opening = try await runtime.open(id)             // opening lines, or where we left off
/// let outcome = try await runtime.handle(Message(conversation: id, sender: "alice", text: "hi", transport: .terminal))
/// ```
public final class ConversationRuntime: Sendable {
    public let engine: Engine
    public let store: any ConversationStore
    private let safety: any SafetyScreen
    private let scheduler: any ReminderScheduler
    private let logger: Logger
    private let logUserText: Bool
    private let now: @Sendable () -> Date
    private let timeZone: TimeZone
    private let lanes = ConversationLanes<ConversationID>()

    /// - Parameters:
    ///   - logUserText: log what people type (at `debug`); off by default, for their privacy.
    ///   - now: the wall clock, injected so tests control reminder due times.
    ///   - timeZone: where a reminder's time of day (`remind: { at: "tomorrow 19:00" }`) is read.
    public init(
        engine: Engine,
        store: any ConversationStore,
        safety: any SafetyScreen = PassThroughSafetyScreen(),
        scheduler: any ReminderScheduler = StoredReminderScheduler(),
        logger: Logger = Logger(label: "ajar.runtime"),
        logUserText: Bool = false,
        now: @escaping @Sendable () -> Date = { Date() },
        timeZone: TimeZone = .current
    ) {
        self.engine = engine
        self.store = store
        self.safety = safety
        self.scheduler = scheduler
        self.logger = logger
        self.logUserText = logUserText
        self.now = now
        self.timeZone = timeZone
    }

    /// Begins or resumes a conversation. A new one gets the dialogue's opening lines (and is
    /// stored at once, so the first answer continues it); a stored one gets the engine's resume
    /// lines (the current question again) and ``Opening/resumedFrom``. When the safety screen
    /// has an opening for the person (``SafetyScreen/opening(for:)``), that comes instead, marked
    /// sensitive, and the dialogue is not touched.
    public func open(_ conversation: ConversationID, variables: [String: String] = [:]) async throws -> Opening {
        try await lanes.run(conversation) {
            if let lines = await safety.opening(for: conversation) {
                return Opening(replies: lines, isSensitive: true)
            }
            if let stored = try await store.session(for: conversation) {
                let turn = engine.resume(stored.session)
                if turn.session != stored.session {
                    try await commit(turn, for: conversation)
                }
                logger.debug("resumed conversation", metadata: ["conversation": "\(conversation)"])
                return Opening(replies: turn.replies, resumedFrom: stored.updatedAt)
            }
            let turn = engine.start(variables: variables)
            try await commit(turn, for: conversation)
            logger.debug("started conversation", metadata: ["conversation": "\(conversation)"])
            return Opening(replies: turn.replies)
        }
    }

    /// Handles one message. A conversation with nothing stored starts first: its opening lines
    /// come before the reply. Returns once the new session is committed.
    public func handle(_ message: Message) async throws -> Outcome {
        try await handle(message, receipt: nil)
    }

    /// Handles one message as ``handle(_:)`` does.
    ///
    /// - Parameter receipt: for a transport with retries (HTTP): the answer to record for these
    ///   replies, committed in the turn's own transaction (or alone when the safety screen answered
    ///   and no turn was taken), so a retry finds it and never moves the dialogue twice.
    public func handle(_ message: Message, receipt: (@Sendable (_ replies: [String]) -> RequestReceipt)?) async throws -> Outcome {
        let conversation = message.conversation
        return try await lanes.run(conversation) {
            let clock = ContinuousClock.now
            if case .intervene(let replies) = try await safety.screen(message) {
                logger.info("safety screen intervened", metadata: ["conversation": "\(conversation)"])
                if let receipt { try await store.record(receipt(replies), reminders: []) }
                return Outcome(replies: replies, isSensitive: true)
            }
            var replies: [String] = []
            var effects: [Effect] = []
            var session: Session
            if let stored = try await store.session(for: conversation) {
                session = stored.session
                if engine.dialogue.states[session.state] == nil {
                    session = engine.resume(session).session  // its state left the script
                }
            } else {
                let opening = engine.start()
                replies = opening.replies
                effects = opening.effects
                session = opening.session
            }
            var turn = engine.respond(to: message.text, in: session)
            turn.replies = replies + turn.replies
            turn.effects = effects + turn.effects
            try await commit(turn, for: conversation, receipt: receipt?(turn.replies))
            log(message, turn, elapsed: ContinuousClock.now - clock)
            return Outcome(replies: turn.replies, effects: turn.effects)
        }
    }

    /// Starts the conversation over from the dialogue's start; its reminders and its safety
    /// record stay (a safety opening, when there is one, replaces the dialogue's lines).
    public func restart(_ conversation: ConversationID, variables: [String: String] = [:]) async throws -> Opening {
        try await lanes.run(conversation) {
            let turn = engine.start(variables: variables)
            try await commit(turn, for: conversation)
            if let lines = await safety.opening(for: conversation) {
                return Opening(replies: lines, isSensitive: true)
            }
            return Opening(replies: turn.replies)
        }
    }

    /// Deletes everything stored about a conversation (its session, reminders and safety
    /// record). Returns the number of rows deleted. The next message starts a new conversation.
    @discardableResult
    public func forget(_ conversation: ConversationID) async throws -> Int {
        try await lanes.run(conversation) {
            let deleted = try await store.forget(conversation)
            logger.info("forgot conversation", metadata: ["conversation": "\(conversation)", "rows": "\(deleted)"])
            return deleted
        }
    }

    /// Pending reminders addressed to `conversation` that are due now, marked delivered: for a
    /// transport that shows them itself (the terminal). At most once: a crash between marking
    /// and showing loses the reminder rather than showing it twice.
    public func takeDueReminders(for conversation: ConversationID, limit: Int = 20) async throws -> [Reminder] {
        try await lanes.run(conversation) {
            let due = try await store.dueReminders(at: now(), target: conversation.rawValue, limit: limit)
            for reminder in due {
                try await store.markReminder(reminder.id, status: .delivered)
            }
            return due
        }
    }

    private func commit(_ turn: Turn, for conversation: ConversationID, receipt: RequestReceipt? = nil) async throws {
        let time = now()
        let reminders = turn.effects.compactMap { effect -> Reminder? in
            let dueAt: Date
            let text: String
            switch effect {
            case .remind(let seconds, let remindText):
                (dueAt, text) = (time.addingTimeInterval(TimeInterval(seconds)), remindText)
            case .remindAt(let wish, let remindText):
                (dueAt, text) = (wish.dueDate(after: time, in: timeZone), remindText)
            default:
                return nil
            }
            return Reminder(conversation: conversation, target: conversation.rawValue, text: text, dueAt: dueAt, createdAt: time)
        }
        // Several snoozes in one turn: the longest wins.
        let snooze = turn.effects.compactMap { effect -> Int? in
            if case .snoozeReminders(let seconds) = effect { seconds } else { nil }
        }.max()
        try await store.commit(
            turn.session, for: conversation, at: time, reminders: reminders,
            cancellingReminders: turn.effects.contains(.cancelReminders),
            snoozingRemindersUntil: snooze.map { time.addingTimeInterval(TimeInterval($0)) }, receipt: receipt)
        if !reminders.isEmpty {
            await scheduler.scheduled(reminders)
        }
    }

    private func log(_ message: Message, _ turn: Turn, elapsed: Duration) {
        guard logger.logLevel <= .debug else { return }
        var metadata: Logger.Metadata = [
            "conversation": "\(message.conversation)",
            "transport": "\(message.transport)",
            "state": "\(turn.session.state)",
            "intent": "\(turn.matchedIntent?.rawValue ?? "-")",
            "replies": "\(turn.replies.count)",
            "elapsed": "\(elapsed)",
        ]
        if logUserText { metadata["text"] = "\(message.text)" }
        logger.debug("handled message", metadata: metadata)
    }
}
