import AjarRuntime
import AjarSafety
import AjarTerminal
import ArgumentParser
import Foundation
import Logging

/// `ajar chat`: a conversation in the terminal.
///
/// Piped (standard input not a terminal): no prompt, no escape codes, no commands; the opening
/// lines, then each input line's replies; exit 0 at the end of input. On a terminal: prompt,
/// colour, line editing, `/help`, `/restart`, `/forget`, `/quit`, reminders as they fall due.
struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Talk with Ajar in the terminal (the default command)."
    )

    @Option(help: "The dialogue script (file or directory) to run.")
    var dialogue: String?

    @Option(help: "The SQLite file that stores conversations.")
    var state: String?

    @Option(help: "Who is talking: each user has their own conversation.")
    var user: String?

    @Option(help: "The configuration file.")
    var config: String?

    func validate() throws {
        if let user, ConversationID(transport: .terminal, user: user) == nil {
            throw ValidationError("--user must be 1 to 500 characters without control characters.")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let setup: ChatSetup
        do {
            setup = try ChatSetup.prepare(dialogue: dialogue, state: state, user: user, config: config, environment: environment)
        } catch {
            for line in error.lines { StandardError.write(line) }
            throw ExitCode(1)
        }
        guard let conversation = ConversationID(transport: .terminal, user: setup.user) else {
            StandardError.write("error: '\(setup.user)' cannot name a conversation; pass --user")
            throw ExitCode(1)
        }
        let logger = Logger(label: "ajar.chat")
        let runtime: ConversationRuntime
        let safety: SafetyLayer
        do {
            (runtime, safety) = try setup.makeRuntime()
        } catch {
            StandardError.write("error: \(error)")
            throw ExitCode(1)
        }
        do {
            if StandardStreams.inputIsTerminal {
                let style = TerminalStyle.detect(
                    environment: environment, outputIsTerminal: StandardStreams.outputIsTerminal,
                    width: StandardStreams.terminalWidth)
                let notices = NoticeBoard()
                let chat = TerminalChat(
                    runtime: runtime, conversation: conversation, sender: setup.user, style: style, notices: notices,
                    editor: TerminalChat.makeEditor(notices: notices, style: style, environment: environment),
                    reminderText: { await safety.deliverableText(for: $0) }, logger: logger)
                try await chat.run()
            } else {
                let chat = PipedChat(runtime: runtime, conversation: conversation, sender: setup.user)
                try await chat.run(lines: StandardInputLines.stream())
            }
        } catch {
            StandardError.write("error: \(error)")
            throw ExitCode(1)
        }
    }
}
