import AjarCompiler
import AjarEngine
import Testing

@Suite struct PatternParserTests {
    @Test func parsesNestedAlternativesOptionalsAndCaptures() throws {
        let pattern = try PatternParser.parse("* (my|our [dear] {who}) won't [ever] (talk | open up) *").get()
        #expect(pattern.elements == [
            .wildcard,
            .alternatives([[.word("my")], [.word("our"), .optional([.word("dear")]), .capture("who")]]),
            .word("won't"), .optional([.word("ever")]),
            .alternatives([[.word("talk")], [.word("open"), .word("up")]]),
            .wildcard,
        ])
        #expect(PatternParser.captures(in: pattern.elements) == ["who"])
    }

    @Test func normalisesWordsLikeTheEngine() throws {
        let pattern = try PatternParser.parse("Why is MY plant so sad?! Don’t")
        #expect(try pattern.get().elements == Normalizer.words("why is my plant so sad don't").map(Pattern.Element.word))
    }

    @Test(arguments: [
        ("(a|b", 0, "unclosed '('"),
        ("a [b", 2, "unclosed '['"),
        ("a {b", 2, "unclosed '{': a capture is '{name}'"),
        ("a ) b", 2, "unexpected ')' with no matching opening bracket"),
        ("a } b", 2, "unexpected '}' with no matching '{'"),
        ("(a||b)", 3, "empty alternative"),
        ("a []", 2, "empty optional '[]'"),
        ("{ }", 0, "empty capture '{}': name the variable it sets"),
        ("{a b}", 1, "invalid capture name 'a b'"),
        ("...", 0, "the pattern has no words"),
    ])
    func reportsTheOffsetOfTheProblem(source: String, offset: Int, message: String) {
        guard case .failure(let error) = PatternParser.parse(source) else {
            Issue.record("'\(source)' should not parse")
            return
        }
        #expect(error.offset == offset)
        #expect(error.message == message)
    }

    @Test func refusesDeepNestingWithoutRecursingFurther() {
        let source = String(repeating: "(", count: 100_000)
        guard case .failure(let error) = PatternParser.parse(source) else {
            Issue.record("should not parse")
            return
        }
        #expect(error.offset == PatternParser.maximumNesting)
    }
}

@Suite struct TemplateParserTests {
    @Test func parsesSlotsFiltersAndEscapes() throws {
        let parsed = try TemplateParser.parseWithOffsets("{{x}} {name|reflect|capitalize}, {b}!").get()
        #expect(parsed.template.parts == [
            .text("{x} "), .variable(name: "name", filters: [.reflect, .capitalize]), .text(", "),
            .variable(name: "b", filters: []), .text("!"),
        ])
        #expect(parsed.variables.map(\.name) == ["name", "b"])
        #expect(parsed.variables.map(\.offset) == [6, 33])
    }

    @Test(arguments: [
        ("Hi {name", 3, "unclosed '{'"),
        ("Hi {a {b}", 3, "unclosed '{'"),
        ("a } b", 2, "unmatched '}'"),
        ("{}", 0, "empty variable name in '{}'"),
        ("{a-b}", 1, "invalid variable name 'a-b'"),
        ("{a|shout}", 3, "unknown filter 'shout'"),
        ("{a|}", 3, "empty filter after '|'"),
    ])
    func reportsTheOffsetOfTheProblem(source: String, offset: Int, message: String) {
        guard case .failure(let error) = TemplateParser.parse(source) else {
            Issue.record("'\(source)' should not parse")
            return
        }
        #expect(error.offset == offset)
        #expect(error.message == message)
    }
}

@Suite struct DurationParserTests {
    @Test(arguments: [("90s", 90), ("10m", 600), ("2h", 7_200), ("3d", 259_200), ("1w", 604_800), ("1h30m", 5_400), ("1h 30m", 5_400), ("0h5m", 300)])
    func readsNumbersAndUnits(text: String, seconds: Int) {
        #expect(DurationParser.seconds(text) == seconds)
    }

    @Test(arguments: ["", "90", "s", "3 days", "1y", "0s", "-5m", "1.5h", "99999999999999999999w", "1h30"])
    func refusesWhatIsNotADuration(text: String) {
        #expect(DurationParser.seconds(text) == nil)
    }
}

@Suite struct DiagnosticRenderingTests {
    @Test func rendersTheCommandLineContract() {
        let diagnostic = Diagnostic(.unknownKey, at: SourceLocation(file: "a.yaml", line: 3, column: 5), "unknown key 'sya'", hint: "did you mean 'say'?")
        #expect(diagnostic.description == "a.yaml:3:5: error: unknown key 'sya' (did you mean 'say'?) [AJ0002]")
    }

    @Test func codesAreUniqueAndNumberedInOrder() {
        let codes = DiagnosticCode.compilerCodes.map(\.rawValue)
        #expect(codes == (1...codes.count).map { "AJ" + String(repeating: "0", count: 4 - String($0).count) + String($0) })
    }

    @Test func sortsByLocationAndDropsDuplicates() {
        let a = Diagnostic(.deadEnd, at: SourceLocation(file: "a.yaml", line: 2, column: 1), "x")
        let b = Diagnostic(.deadEnd, at: SourceLocation(file: "a.yaml", line: 10, column: 1), "x")
        let c = Diagnostic(.deadEnd, at: SourceLocation(file: "b.yaml", line: 1, column: 1), "x")
        #expect(Diagnostic.sortedUnique([c, b, a, b]) == [a, b, c])
    }
}
