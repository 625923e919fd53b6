import AjarEngine
import AjarTestSupport
import Foundation
import Testing

/// `ajar check` through the real binary: exit codes and the diagnostic line format.
struct CheckCommandTests {
    /// `FILE:LINE:COLUMN: error: MESSAGE`
    static var diagnosticLine: Regex<(Substring, Substring, Substring, Substring, Substring, Substring)> { #/^(.+):(\d+):(\d+): (error|warning): (.+)$/# }

    @Test func shippedDialoguesAreValid() async throws {
        let output = try await AjarBinary.run(["check", "Dialogues"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
    }

    @Test func defaultPathIsTheDialoguesFolder() async throws {
        let output = try await AjarBinary.run(["check"])
        #expect(output.status == 0, "\(output.stderr)")
    }

    @Test func brokenScriptPrintsLocatedDiagnosticsAndExitsOne() async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("broken.yaml")
        try """
            dialogue: broken
            start: hello
            states:
              hello:
                sya: "typo"
                on:
                  - intent: nothing
                    goto: nowhere
            """.write(to: script, atomically: true, encoding: .utf8)

        let output = try await AjarBinary.run(["check", script.path])
        #expect(output.status == 1)
        let diagnostics = output.stderrLines.filter { $0.contains(": error: ") }
        #expect(diagnostics.count >= 3, "\(output.stderr)")
        for line in diagnostics {
            let match = try #require(line.wholeMatch(of: Self.diagnosticLine), "not a diagnostic line: \(line)")
            #expect(match.1 == script.path)
        }
        #expect(output.stderr.contains("broken.yaml:5:5: error:"), "the typo'd key is located: \(output.stderr)")
        #expect(output.stderr.contains("say"), "suggests the right key: \(output.stderr)")
    }

    @Test func missingPathIsAnError() async throws {
        let output = try await AjarBinary.run(["check", "/nonexistent/ajar/script.yaml"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("/nonexistent/ajar/script.yaml:1:1: error:"))
    }

    @Test(arguments: 0..<8)
    func garbageNeverCrashesTheChecker(seed: Int) async throws {
        let folder = try AjarBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SplitMix64(seed: UInt64(seed))
        let length = Int.random(in: 0...4096, using: &generator)
        let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let script = folder.appendingPathComponent("garbage.yaml")
        try Data(bytes).write(to: script)
        let output = try await AjarBinary.run(["check", script.path], timeout: 20)
        #expect(!output.timedOut)
        #expect(output.status == 0 || output.status == 1, "exit \(output.status): \(output.stderr)")
    }
}
