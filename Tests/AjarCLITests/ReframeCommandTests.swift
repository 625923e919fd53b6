import AjarTestSupport
import Testing

/// `ajar reframe`: one output line per input, empty for what is not a control question.
struct ReframeCommandTests {
    @Test func reframesArgumentsOneLineEach() async throws {
        let output = try await AjarBinary.run(["reframe", "How do I get my partner to open up to me?", "The weather is nice."])
        #expect(output.status == 0)
        #expect(output.stdoutLines == ["What is keeping your partner from opening up to you?", ""])
    }

    @Test func readsStandardInputLineByLine() async throws {
        let input = "how can i make my son listen\nhello there\n\nhow do i get Sam to call me back\n"
        let output = try await AjarBinary.run(["reframe"], input: input)
        #expect(output.status == 0)
        #expect(output.stdoutLines.count == 4)
        #expect(output.stdoutLines[1] == "")
        #expect(output.stdoutLines[2] == "")
        #expect(output.stdoutLines[0].hasPrefix("What is keeping your son from listening"))
        #expect(output.stdoutLines[3].hasPrefix("What is keeping Sam from calling you back"))
    }

    @Test func oddInputNeverFails() async throws {
        let input = "\u{0}\u{1}\n💥🔥\nhow do i get\n" + String(repeating: "how do i get x to ", count: 2000) + "\n\u{202E}evil\n"
        let output = try await AjarBinary.run(["reframe"], input: input)
        #expect(output.status == 0)
        #expect(output.stdoutLines.count == 5)
    }
}
