public import AjarRuntime
import Dispatch
public import Logging

/// `ajar chat` on a terminal: a prompt, colour, wrapped lines, line editing, slash commands, and
/// reminders shown as they fall due.
public final class TerminalChat: Sendable {
    let runtime: ConversationRuntime
    let conversation: ConversationID
    let sender: String
    let style: TerminalStyle
    let notices: NoticeBoard
    let reader: LineReaderThread
    let reminderPoll: Duration
    let reminderText: (@Sendable (Reminder) async -> String)?
    let logger: Logger

    /// - Parameters:
    ///   - editor: reads lines; made with ``makeEditor(notices:style:)`` for the real terminal.
    ///   - reminderPoll: how often the store is asked for this person's due reminders.
    ///   - reminderText: the text to show for a due reminder, asked just before showing it (the
    ///     safety layer's neutral text once abuse has come up); `nil`: the reminder's own.
    public init(
        runtime: ConversationRuntime, conversation: ConversationID, sender: String, style: TerminalStyle,
        notices: NoticeBoard, editor: sending any LineEditor, reminderPoll: Duration = .seconds(2),
        reminderText: (@Sendable (Reminder) async -> String)? = nil, logger: Logger
    ) {
        self.runtime = runtime
        self.conversation = conversation
        self.sender = sender
        self.style = style
        self.notices = notices
        self.reader = LineReaderThread(editor: editor)
        self.reminderPoll = reminderPoll
        self.reminderText = reminderText
        self.logger = logger
    }

    /// libedit when the system has it and the terminal is not `dumb`, else the plain reader.
    public static func makeEditor(notices: NoticeBoard, style: TerminalStyle, environment: [String: String]) -> any LineEditor {
        if environment["TERM"] != "dumb", let editor = EditLineEditor(notices: notices, style: style) {
            return editor
        }
        return PlainLineEditor(notices: notices, style: style)
    }

    /// Talks until `/quit` or the end of input.
    public func run() async throws {
        let opening = try await runtime.open(conversation)
        show(style.note("Type /help for commands; /quit or Ctrl-D to leave."))
        if let welcome = opening.welcomeBack { show(style.note(welcome)) }
        show(opening.replies.flatMap(style.bot))

        let poller = Task { [runtime, conversation, notices, style, reminderPoll, reminderText, logger] in
            while !Task.isCancelled {
                try? await Task.sleep(for: reminderPoll)
                do {
                    var lines: [String] = []
                    for reminder in try await runtime.takeDueReminders(for: conversation) {
                        lines += style.reminder(await reminderText?(reminder) ?? reminder.text)
                    }
                    if !lines.isEmpty { notices.post(lines) }
                } catch {
                    logger.warning("cannot read reminders: \(error)")
                }
            }
        }
        defer { poller.cancel() }

        while let line = await reader.readLine(prompt: style.prompt) {
            let text = line.trimmingWhitespace
            if text.isEmpty { continue }
            reader.addHistory(text)
            if text.hasPrefix("/") {
                guard try await command(text) else { return }
                continue
            }
            let outcome = try await runtime.handle(
                Message(conversation: conversation, sender: sender, text: text, transport: .terminal))
            show(outcome.replies.flatMap(style.bot))
            if outcome.effects.contains(.end) {
                show(style.note("(The conversation is over. Type anything to start again, or /quit.)"))
            }
        }
        StandardStreams.out("\n")
        show(style.note("Bye. Your conversation is saved: run ajar again to pick it up."))
    }

    /// Carries out a slash command; `false` means leave.
    private func command(_ text: String) async throws -> Bool {
        switch text.lowercased() {
        case "/help", "/?":
            show(style.note("""
                /help     this list
                /restart  start the conversation over
                /forget   delete everything stored about you
                /quit     leave (Ctrl-D too); the conversation is saved
                """))
        case "/restart":
            let opening = try await runtime.restart(conversation)
            show(style.note("Starting over."))
            show(opening.replies.flatMap(style.bot))
        case "/forget":
            let rows = try await runtime.forget(conversation)
            show(style.note("Deleted everything stored about \(sender) (\(rows) record\(rows == 1 ? "" : "s")). Type anything to start a new conversation, or /quit."))
        case "/quit", "/exit", "/bye":
            show(style.note("Bye. Your conversation is saved: run ajar again to pick it up."))
            return false
        default:
            show(style.note("Unknown command \(text). Type /help for the commands."))
        }
        return true
    }

    private func show(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        StandardStreams.out(lines.joined(separator: "\n") + "\n")
    }
}

/// Runs the blocking line editor on a thread of its own, one read at a time.
final class LineReaderThread: @unchecked Sendable {
    // The editor is used only on `queue`, and the chat awaits each read before asking for the
    // next, so it is never touched from two threads at once.
    private let editor: any LineEditor
    private let queue = DispatchQueue(label: "ajar.terminal.reader")

    init(editor: sending any LineEditor) {
        self.editor = editor
    }

    func readLine(prompt: String) async -> String? {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.editor.readLine(prompt: prompt)) }
        }
    }

    func addHistory(_ line: String) {
        queue.async { self.editor.addHistory(line) }
    }
}

extension String {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
