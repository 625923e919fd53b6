import AjarCompiler
import Testing

/// Compiling must stay fast and linear: a script of a few hundred lines takes milliseconds.
@Suite struct PerformanceTests {
    /// A valid script of `states` states, about eight lines each, chained by options and transitions.
    static func script(states: Int) -> String {
        var text = "dialogue: big\nstart: s0\nvariables:\n  plant: \"your plant\"\nintents:\n"
        for index in 0..<max(1, states / 10) {
            text += "  i\(index):\n    patterns: [\"* my {thing\(index)} (is|keeps) [so] sad *\"]\n    keywords: [\"word\(index)\"]\n"
        }
        text += "states:\n"
        for index in 0..<states {
            let next = index + 1 < states ? "s\(index + 1)" : "s0"
            text += """
                  s\(index):
                    say: ["Line {plant|reflect} \(index).", { text: "More {plant}.", if: plant }]
                    options:
                      - { label: "Go on", goto: \(next) }
                      - { label: "Stop", end: true }
                    on:
                      - { intent: i\(index % max(1, states / 10)), goto: \(next), set: { plant: "{input}" } }
                    remind: { in: "1h30m", text: "Back to {plant}?" }

                """
        }
        return text
    }

    static func secondsToCompile(_ text: String, runs: Int) -> Double {
        let clock = ContinuousClock()
        var times: [Duration] = []
        for _ in 0..<runs {
            times.append(clock.measure { _ = compile(text) })
        }
        // The fastest run: the least disturbed by whatever else the machine is doing.
        let fastest = times.min() ?? .zero
        return Double(fastest.components.seconds) + Double(fastest.components.attoseconds) / 1e18
    }

    @Test func aFewHundredLinesCompileInMilliseconds() {
        let text = Self.script(states: 40)
        #expect(text.split(separator: "\n").count > 300)
        #expect(compile(text).diagnostics.isEmpty, "\(compile(text).diagnostics.prefix(3))")
        let seconds = Self.secondsToCompile(text, runs: 9)
        // About 3 ms in release and 30 ms in debug; the bound leaves room for a busy machine.
        #expect(seconds < 0.25, "took \(seconds * 1000) ms")
    }

    @Test func compileTimeGrowsLinearly() {
        let small = Self.secondsToCompile(Self.script(states: 100), runs: 5)
        let large = Self.secondsToCompile(Self.script(states: 1_000), runs: 3)
        // Linear is 10 times; quadratic would be 100.
        #expect(large < small * 40, "100 states: \(small * 1000) ms, 1000 states: \(large * 1000) ms")
    }
}
