import AjarTestSupport
import Foundation
import Testing

/// `ajar chat` on a pseudo-terminal: prompt, colour, commands, resume, reminders.
@Suite(.serialized) struct TerminalChatTests {
    let folder: URL
    init() throws { folder = try ChatFixture.folder() }

    static let prompt = "you> "

    @Test func showsAColouredPromptAndColouredBotLines() throws {
        let result = try PseudoTerminal.run(ChatFixture.arguments(folder), steps: [
            .init(expect: Self.prompt, send: "my name is Ada"),
            .init(expect: "Which number", send: "/quit"),
        ])
        #expect(!result.timedOut, "\(result.output)")
        #expect(result.status == 0)
        #expect(result.output.contains("\u{1B}[1;32myou> "), "no green prompt in: \(result.output.debugDescription)")
        #expect(result.output.contains("\u{1B}[36mHello, I am a test bot.\u{1B}[0m"))
        #expect(result.output.contains("\u{1B}[36mHello, Ada! Which number do you like?\u{1B}[0m"))
    }

    @Test func leavesColourOutWhenNoColorIsSet() throws {
        let result = try PseudoTerminal.run(ChatFixture.arguments(folder), steps: [
            .init(expect: Self.prompt, send: "/quit"),
        ], environment: ["NO_COLOR": "1"])
        #expect(result.status == 0)
        #expect(result.output.contains("Hello, I am a test bot."))
        #expect(!result.output.contains("\u{1B}[36m"))
        #expect(!result.output.contains("\u{1B}[1;32m"))
    }

    @Test func wrapsLongBotLinesToTheTerminalWidth() throws {
        let result = try PseudoTerminal.run(ChatFixture.arguments(folder), steps: [
            .init(expect: Self.prompt, send: "/quit"),
        ], environment: ["NO_COLOR": "1"], columns: 20)
        #expect(result.output.contains("Hello, I am a test\r\nbot."), "\(result.output.debugDescription)")
    }

    @Test func resumesAndSaysSoWhenComingBack() throws {
        let first = try PseudoTerminal.run(ChatFixture.arguments(folder), steps: [
            .init(expect: Self.prompt, send: "my name is Ada"),
            .init(expect: "Which number", eof: true),
        ])
        #expect(first.status == 0, "\(first.output)")
        let second = try PseudoTerminal.run(ChatFixture.arguments(folder), steps: [
            .init(expect: Self.prompt, send: "i like 5"),
            .init(expect: "Ada likes 5.", send: "/quit"),
        ])
        #expect(second.status == 0, "\(second.output)")
        #expect(second.output.contains("Welcome back"))
        #expect(!second.output.contains("Hello, I am a test bot."))
    }

    @Test func forgetDeletesTheRowsAndConfirms() throws {
        let result = try PseudoTerminal.run(ChatFixture.arguments(folder), steps: [
            .init(expect: Self.prompt, send: "my name is Ada"),
            .init(expect: "Which number", send: "i like 9"),
            .init(expect: "Ada likes 9.", send: "/forget"),
            .init(expect: "Deleted everything stored about alice", send: "/quit"),
        ])
        #expect(result.status == 0, "\(result.output)")
        #expect(try ChatFixture.count(folder, "SELECT COUNT(*) FROM session WHERE conversation = 'terminal:alice'") == 0)
        #expect(try ChatFixture.count(folder, "SELECT COUNT(*) FROM reminder WHERE target = 'terminal:alice'") == 0)
    }

    @Test func restartsAndListsTheCommands() throws {
        let result = try PseudoTerminal.run(ChatFixture.arguments(folder), steps: [
            .init(expect: Self.prompt, send: "my name is Ada"),
            .init(expect: "Which number", send: "/help"),
            .init(expect: "/forget", send: "/restart"),
            .init(expect: "Starting over.", send: "/quit"),
        ], environment: ["NO_COLOR": "1"])
        #expect(result.status == 0, "\(result.output)")
        let afterRestart = result.output.components(separatedBy: "Starting over.").last ?? ""
        #expect(afterRestart.contains("What is your name?"))
    }

    @Test func showsAReminderThatFallsDueDuringTheChat() throws {
        // The fixture's last state schedules a reminder one second ahead.
        let result = try PseudoTerminal.run(ChatFixture.arguments(folder), steps: [
            .init(expect: Self.prompt, send: "my name is Ada"),
            .init(expect: "Which number", send: "i like 4"),
            .init(expect: "Reminder: Still liking 4, Ada?", send: "/quit"),
        ], environment: ["NO_COLOR": "1"])
        #expect(!result.timedOut, "\(result.output)")
        #expect(try ChatFixture.count(folder, "SELECT COUNT(*) FROM reminder WHERE status = 'delivered'") == 1)
    }

    @Test func showsTheNeutralTextForAReminderOfAPersonFlaggedForAbuse() async throws {
        let piped = try await AjarBinary.run(ChatFixture.arguments(folder), input: "my name is Ada\ni like 4\nhe hits me\n")
        #expect(piped.stdout.contains("1-800-799-7233"), "\(piped.stdout)")
        #expect(try ChatFixture.count(folder, "SELECT COUNT(*) FROM reminder WHERE status = 'cancelled'") == 1)
        // A reminder still pending for the flagged person (as a webhook could add one).
        try ChatFixture.execute(folder, "UPDATE reminder SET status = 'pending'")
        let result = try PseudoTerminal.run(ChatFixture.arguments(folder), steps: [
            .init(expect: "Reminder: A message from Ajar: checking in.", send: "/quit"),
        ], environment: ["NO_COLOR": "1"])
        #expect(!result.timedOut, "\(result.output)")
        #expect(!result.output.contains("Still liking"))
    }

    @Test func leavesOnCtrlD() throws {
        let result = try PseudoTerminal.run(ChatFixture.arguments(folder), steps: [
            .init(expect: Self.prompt, eof: true),
        ])
        #expect(!result.timedOut)
        #expect(result.status == 0)
        #expect(result.output.contains("Bye."))
    }
}
