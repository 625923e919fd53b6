import AjarTestSupport
import Foundation
import Testing

/// `ajar chat` with piped input, through the real binary and a real SQLite file.
@Suite struct PipedChatTests {
    let folder: URL
    init() throws { folder = try ChatFixture.folder() }

    @Test func answersEachLineWithPlainReplyLines() async throws {
        let run = try await AjarBinary.run(ChatFixture.arguments(folder), input: "My name is Ada\n\n   \ni like 7\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutLines == [
            "Hello, I am a test bot.", "What is your name?",
            "Hello, Ada! Which number do you like?",
            "Ada likes 7.",
        ])
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(run.stderr.isEmpty)
    }

    @Test func printsOnlyTheOpeningLinesForEmptyInput() async throws {
        let run = try await AjarBinary.run(ChatFixture.arguments(folder), input: "")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutLines == ["Hello, I am a test bot.", "What is your name?"])
    }

    @Test func acceptsWindowsLineEndingsAndAMissingFinalNewline() async throws {
        let run = try await AjarBinary.run(ChatFixture.arguments(folder), input: "my name is Ada\r\ni like 7")
        #expect(run.stdoutLines.suffix(2) == ["Hello, Ada! Which number do you like?", "Ada likes 7."])
    }

    @Test func resumesTheConversationInASecondRun() async throws {
        let first = try await AjarBinary.run(ChatFixture.arguments(folder), input: "my name is Ada\n")
        #expect(first.status == 0, "\(first.stderr)")
        let second = try await AjarBinary.run(ChatFixture.arguments(folder), input: "i like 3\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stdoutLines.contains("Hello, I am a test bot."))
        #expect(second.stdoutLines.first == "Hello, Ada! Which number do you like?")
        #expect(second.stdoutLines.last == "Ada likes 3.")
    }

    @Test func keepsTwoUsersOfOneDatabaseApart() async throws {
        _ = try await AjarBinary.run(ChatFixture.arguments(folder, user: "alice"), input: "my name is Alice\n")
        _ = try await AjarBinary.run(ChatFixture.arguments(folder, user: "bob"), input: "my name is Bob\n")
        let alice = try await AjarBinary.run(ChatFixture.arguments(folder, user: "alice"), input: "i like 1\n")
        let bob = try await AjarBinary.run(ChatFixture.arguments(folder, user: "bob"), input: "i like 2\n")
        #expect(alice.stdoutLines.last == "Alice likes 1.")
        #expect(bob.stdoutLines.last == "Bob likes 2.")
        #expect(try ChatFixture.count(folder, "SELECT COUNT(*) FROM session") == 2)
    }

    @Test func createsTheDatabaseOwnerOnly() async throws {
        _ = try await AjarBinary.run(ChatFixture.arguments(folder), input: "my name is Ada\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: ChatFixture.databasePath(folder))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func honoursTheStoragePathFromTheEnvironmentAndTheConfigFile() async throws {
        let fromEnvironment = folder.appendingPathComponent("env.sqlite").path
        let dialogue = folder.appendingPathComponent("main.yaml").path
        _ = try await AjarBinary.run(["chat", "--dialogue", dialogue, "--user", "a"], input: "my name is A\n", environment: ["AJAR_STORAGE_PATH": fromEnvironment])
        #expect(FileManager.default.fileExists(atPath: fromEnvironment))

        let fromFile = folder.appendingPathComponent("file.sqlite").path
        let config = folder.appendingPathComponent("ajar.yaml")
        try "storage:\n  path: \(fromFile)\n".write(to: config, atomically: true, encoding: .utf8)
        _ = try await AjarBinary.run(["chat", "--dialogue", dialogue, "--user", "a", "--config", config.path], input: "hi\n")
        #expect(FileManager.default.fileExists(atPath: fromFile))
    }

    @Test func refusesABadConfigurationWithItsLocation() async throws {
        let config = folder.appendingPathComponent("ajar.yaml")
        try "storage:\n  paht: x\n".write(to: config, atomically: true, encoding: .utf8)
        let run = try await AjarBinary.run(ChatFixture.arguments(folder) + ["--config", config.path], input: "hi\n")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines == ["\(config.path):2:3: error: unknown key 'paht' in section 'storage' (did you mean 'path'?)"])
    }

    @Test func printsTheDialoguesDiagnosticsAndExitsOne() async throws {
        let broken = folder.appendingPathComponent("broken.yaml")
        try "dialogue: broken\nstart: nowhere\nstates: {}\n".write(to: broken, atomically: true, encoding: .utf8)
        let run = try await AjarBinary.run(["chat", "--dialogue", broken.path, "--state", ChatFixture.databasePath(folder)], input: "hi\n")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(!run.stderrLines.isEmpty)
        #expect(run.stderrLines.allSatisfy { $0.hasPrefix(broken.path + ":") })
    }

    @Test func runsTheShippedDialogueWithNoOptionsAtAll() async throws {
        let home = folder.appendingPathComponent("home")
        let run = try await AjarBinary.run([], input: "hello\n", environment: ["XDG_DATA_HOME": home.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutLines.count >= 2)
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("ajar/ajar.sqlite").path))
    }
}
