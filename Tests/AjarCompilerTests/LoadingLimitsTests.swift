import AjarCompiler
import Foundation
import Testing

/// Hostile and broken input: each must end in located diagnostics, quickly, never a crash.
@Suite struct LoadingLimitsTests {
    static let valid = "dialogue: d\nstart: a\nstates:\n  a:\n    say: hi\n    end: true\n"

    func compileBytes(_ bytes: [UInt8]) -> CompilationResult {
        DialogueCompiler(reader: InMemoryScriptReader(bytes: ["main.yaml": bytes])).compile(entry: "main.yaml")
    }

    /// Compiles and returns the result and the time it took, in seconds.
    func timed(_ bytes: [UInt8]) -> (CompilationResult, Double) {
        let clock = ContinuousClock()
        var result: CompilationResult?
        let duration = clock.measure { result = compileBytes(bytes) }
        return (result!, Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }

    @Test(arguments: [
        ("an empty file", [UInt8]()),
        ("only a byte-order mark", [0xEF, 0xBB, 0xBF]),
        ("only comments and blank lines", Array("# nothing yet\n\n   \n# still nothing\n".utf8)),
        ("only a document marker", Array("---\n".utf8)),
    ])
    func emptyInputIsAnEmptyFile(name: String, bytes: [UInt8]) {
        #expect(summary(compileBytes(bytes)) == ["main.yaml:1:1 AJ0020"])
    }

    @Test(arguments: [
        ("a byte that cannot start a character", Array("a: b\nc: d".utf8) + [0xFF], "main.yaml:2:5 AJ0019"),
        ("a truncated character", Array("say: caf".utf8) + [0xC3], "main.yaml:1:9 AJ0019"),
        ("an overlong encoding", Array("a: ".utf8) + [0xE0, 0x80, 0xAF], "main.yaml:1:4 AJ0019"),
        ("an encoded surrogate", Array("a: ".utf8) + [0xED, 0xA0, 0x80], "main.yaml:1:4 AJ0019"),
        ("a NUL byte", Array("dialogue: d\nstart: a\nstates:\n  a:\n    say: \"h".utf8) + [0] + Array("i\"\n".utf8), "main.yaml:5:12 AJ0019"),
        ("an escape character", Array("a: \u{1B}[31m".utf8), "main.yaml:1:4 AJ0019"),
        ("a position after a multi-byte character", Array("a: é".utf8) + [0x80], "main.yaml:1:5 AJ0019"),
        ("a position after CRLF line breaks", Array("a: b\r\nc: d\r\ne: ".utf8) + [0xFE], "main.yaml:3:4 AJ0019"),
    ])
    func invalidTextIsLocatedAtTheFirstBadByte(name: String, bytes: [UInt8], expected: String) {
        #expect(summary(compileBytes(bytes)) == [expected])
    }

    @Test func aByteOrderMarkIsNotAColumn() {
        let result = compileBytes([0xEF, 0xBB, 0xBF] + Array("sya: x\n".utf8))
        #expect(summary(result).contains("main.yaml:1:1 AJ0002"))
    }

    @Test func crlfLineBreaksCountOnce() {
        let script = Self.valid.replacingOccurrences(of: "say: hi", with: "sya: hi").replacingOccurrences(of: "\n", with: "\r\n")
        #expect(summary(compile(script)) == ["main.yaml:5:5 AJ0002"])
    }

    @Test func tabsInIndentationAreASyntaxError() {
        #expect(summary(compile("dialogue: d\nstart: a\nstates:\n  a:\n\tsay: hi\n")).map { $0.hasSuffix("AJ0001") } == [true])
    }

    @Test func aTenMegabyteFileIsRefusedQuickly() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024)
        let (result, seconds) = timed(bytes)
        #expect(summary(result) == ["main.yaml:1:1 AJ0021"])
        #expect(seconds < 1)
    }

    @Test func aFileJustOverTheLimitIsRefused() {
        let line = "# " + String(repeating: "x", count: 1_000) + "\n"
        let bytes = Array((Self.valid + String(repeating: line, count: 2_200)).utf8)
        #expect(summary(compileBytes(bytes)) == ["main.yaml:1:1 AJ0021"])
    }

    @Test(arguments: [
        ("10,000 nested flow lists", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
        ("10,000 nested flow mappings", String(repeating: "{a: ", count: 10_000) + "b" + String(repeating: "}", count: 10_000)),
        ("5,000 nested block lists", String(repeating: "- ", count: 5_000) + "x\n"),
        ("1,500 nested block mappings", (0..<1_500).map { String(repeating: " ", count: $0) + "k:\n" }.joined()),
    ])
    func deepNestingIsRefused(name: String, text: String) {
        let (result, seconds) = timed(Array(text.utf8))
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.code == .limitExceeded)
        #expect(seconds < 2)
    }

    @Test func nestingUnderTheLimitIsJustTheWrongType() {
        let text = "dialogue: d\nstart: a\nstates:\n  a:\n    say: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "\n    end: true\n"
        #expect(summary(compile(text)) == ["main.yaml:5:11 AJ0003"])
    }

    /// "Billion laughs": nine levels of nine aliases. Refused before Yams expands or hashes it.
    @Test(arguments: [false, true])
    func aliasBombsAreRefusedBeforeParsing(asKey: Bool) {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        if asKey { text += "? *a9\n: boom\n" }
        let (result, seconds) = timed(Array(text.utf8))
        #expect(summary(result) == ["main.yaml:1:5 AJ0022"])
        #expect(seconds < 1)
    }

    @Test func aHundredThousandCharacterLineCompiles() {
        let line = String(repeating: "lorem ipsum ", count: 8_500)
        let (result, seconds) = timed(Array(Self.valid.replacingOccurrences(of: "say: hi", with: "say: \"\(line)\"").utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(result.dialogue != nil)
        #expect(seconds < 2)
    }

    @Test func aHundredThousandCharacterPatternIsRefusedWithoutDeepRecursion() {
        let pattern = String(repeating: "(", count: 100_000)
        let text = "dialogue: d\nstart: a\nintents:\n  x: { patterns: [\"\(pattern)\"] }\nstates:\n  a: { say: hi, end: true }\n"
        #expect(summary(compile(text)).map { $0.hasSuffix("AJ0013") } == [true])
    }

    @Test func textThatLooksLikeAnchorsIsNotRefused() {
        let text = """
            dialogue: d
            start: a
            states:
              a:
                say:
                  - "*quoted* & fine"
                  - 'also *fine*'
                  - plain text with *stars* and &ampersands
                  - |
                    *block* text
                    &more
                  - >-
                    *folded*
                end: true # a comment with *alias and &anchor
            """
        #expect(compile(text).diagnostics.isEmpty)
    }

    @Test func tensOfThousandsOfProblemsAreReportedQuickly() {
        var text = "dialogue: d\nstart: s0\nstates:\n"
        for index in 0..<15_000 {
            text += "  s\(index): { next: gone\(index), say: \"{undefined\(index)}\", sya: x }\n"
        }
        let (result, seconds) = timed(Array(text.utf8))
        #expect(result.diagnostics.count == 45_000)
        #expect(Set(result.diagnostics.map(\.code)) == [.unknownKey, .unknownState, .undefinedVariable])
        #expect(seconds < 10)
    }

    @Test func theGuardedLoaderIsAvailableToOtherYAMLFiles() {
        let (root, diagnostics) = ScriptYAML.compose(Array("script: a.yaml\nturns: [x]\n".utf8), path: "a.test.yaml")
        #expect(diagnostics.isEmpty)
        #expect(root?.mapping?.count == 2)
        let bomb = ScriptYAML.compose(Array("a: &a [x]\nb: [*a, *a]\n".utf8), path: "b.test.yaml")
        #expect(bomb.root == nil)
        #expect(bomb.diagnostics.map(\.description) == [
            "b.test.yaml:1:4: error: YAML anchor '&a': anchors and aliases are not supported in scripts (put text that starts with '&' in quotes) [AJ0022]",
        ])
    }
}
