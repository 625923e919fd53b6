import AjarTestSupport
import Foundation
import Testing

/// `ajar test` through the real binary: the summary line and exit codes.
struct TestCommandTests {
    static var summary: Regex<(Substring, Substring, Substring)> { #/^(\d+) passed, (\d+) failed$/# }

    @Test func shippedExampleConversationsPass() async throws {
        let output = try await AjarBinary.run(["test", "Dialogues"])
        #expect(output.status == 0, "\(output.stderr)")
        let last = try #require(output.stdoutLines.last)
        let match = try #require(last.wholeMatch(of: Self.summary))
        #expect(Int(match.1)! >= 5)
        #expect(match.2 == "0")
    }

    @Test func failingConversationIsLocatedAndCounted() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            dialogue: echo
            start: hello
            intents:
              bye:
                keywords: ["bye"]
            states:
              hello:
                say: "Hello."
                on:
                  - intent: bye
                    goto: done
                fallback:
                  say: "You said: {input}"
              done:
                say: "Bye."
                end: true
            """.write(to: folder.appendingPathComponent("echo.yaml"), atomically: true, encoding: .utf8)
        try """
            script: echo.yaml
            conversations:
              - name: echoes
                turns:
                  - bot: "Hello."
                  - user: "ping"
                  - bot: "You said: ping"
              - name: expects the wrong thing
                turns:
                  - bot: "Hello."
                  - user: "ping"
                  - bot: "You said: pong"
            """.write(to: folder.appendingPathComponent("echo.test.yaml"), atomically: true, encoding: .utf8)

        let output = try await AjarBinary.run(["test", folder.path])
        #expect(output.status == 1)
        #expect(output.stdoutLines.last == "1 passed, 1 failed")
        #expect(output.stderr.contains("echo.test.yaml:12:"), "\(output.stderr)")
        #expect(output.stderr.contains("You said: pong"))
    }

    @Test func brokenExampleFileFails() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "script: [unclosed".write(to: folder.appendingPathComponent("x.test.yaml"), atomically: true, encoding: .utf8)
        let output = try await AjarBinary.run(["test", folder.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains(#/x\.test\.yaml:\d+:\d+: error: /#), "\(output.stderr)")
    }
}
