import AjarCompiler
import Foundation
import Testing

/// `check(paths:)`: finding entry scripts, fragments checked alone, results and diagnostics order.
@Suite struct CheckTests {
    static let entry = "dialogue: d\nstart: a\ninclude: [shared/common.yaml]\nstates:\n  a:\n    say: hi\n    end: true\n"

    func check(_ files: [String: String], _ paths: [String]) -> [CompilationResult] {
        DialogueCompiler(reader: InMemoryScriptReader(files: files)).check(paths: paths)
    }

    @Test func compilesEveryEntryScriptInADirectoryAndIgnoresExamplesAndOtherFiles() {
        let results = check([
            "scripts/main.yaml": Self.entry,
            "scripts/other.yml": Self.entry.replacingOccurrences(of: "dialogue: d", with: "dialogue: other"),
            "scripts/shared/common.yaml": "intents:\n  thanks: { keywords: [thanks] }\n",
            "scripts/main.test.yaml": "not: [valid",
            "scripts/README.md": "# notes",
        ], ["scripts"])
        #expect(results.map(\.entry) == ["scripts/main.yaml", "scripts/other.yml"])
        #expect(results.allSatisfy { $0.dialogue != nil && $0.diagnostics.isEmpty })
        #expect(results.map { $0.dialogue?.name } == ["d", "other"])
    }

    @Test func aFragmentIncludedByTwoEntriesReportsItsProblemOnce() {
        let results = check([
            "s/a.yaml": Self.entry,
            "s/b.yaml": Self.entry.replacingOccurrences(of: "dialogue: d", with: "dialogue: b"),
            "s/shared/common.yaml": "intents:\n  thanks: { keywrds: [thanks] }\n",
        ], ["s"])
        #expect(results.flatMap(summary) == ["s/shared/common.yaml:2:13 AJ0002"])
        #expect(results.allSatisfy { $0.dialogue == nil })
    }

    @Test func aFragmentNobodyIncludesIsCheckedAloneForLocalProblemsOnly() {
        let results = check([
            "s/main.yaml": "dialogue: d\nstart: a\nstates:\n  a: { say: hi, end: true }\n",
            "s/orphan.yaml": "states:\n  b:\n    sya: hi\n    goto_nowhere: x\n  c:\n    next: nowhere\n    say: \"{undeclared}\"\n",
        ], ["s"])
        #expect(results.map(\.entry) == ["s/main.yaml", "s/orphan.yaml"])
        // Unknown keys are local; the unknown state and the undeclared variable need the entry script.
        #expect(results[1].diagnostics.map(\.code) == [.unknownKey, .unknownKey])
        #expect(results[1].dialogue == nil)
    }

    @Test func aFragmentWithEntryKeysIsReportedAlone() {
        let results = check(["s/main.yaml": "dialogue: d\nstart: a\nstates:\n  a: { say: hi, end: true }\n", "s/f.yaml": "start: a\n"], ["s"])
        #expect(results.flatMap(summary) == ["s/f.yaml:1:1 AJ0023"])
    }

    @Test func aDirectoryWithoutEntryScriptsIsReported() {
        let results = check(["notes/a.yaml": "intents: {}\n", "notes/b.md": "x"], ["notes"])
        #expect(results.flatMap(summary) == ["notes:1:1 AJ0024"])
        let none = check(["docs/a.md": "x"], ["docs"])
        #expect(none.flatMap(\.diagnostics).map(\.message) == ["no dialogue scripts (.yaml files) found in 'docs'"])
    }

    @Test func aBrokenMainScriptIsNotAlsoReportedAsAMissingEntry() {
        let results = check(["s/main.yaml": "dialogue: d\nstart: [a\n"], ["s"])
        #expect(results.flatMap(\.diagnostics).map(\.code) == [.yamlSyntax])
    }

    @Test func aMissingPathIsReported() {
        let results = check([:], ["nowhere.yaml", "Dialogues"])
        #expect(results.flatMap(summary) == ["Dialogues:1:1 AJ0025", "nowhere.yaml:1:1 AJ0025"])
    }

    @Test func aFileNamedDirectlyIsAnEntryOrAFragment() {
        let files = ["main.yaml": Self.entry, "shared/common.yaml": "intents:\n  x: {}\n"]
        #expect(check(files, ["main.yaml"]).map(\.entry) == ["main.yaml"])
        let fragment = check(files, ["shared/common.yaml"])
        #expect(fragment.map(\.entry) == ["shared/common.yaml"])
        #expect(fragment.flatMap(summary) == ["shared/common.yaml:2:3 AJ0004"])
    }

    @Test func sameEntryNamedTwiceIsCompiledOnce() {
        let results = check(["s/main.yaml": Self.entry, "s/shared/common.yaml": "{}\n"], ["s", "s/main.yaml", "s/"])
        #expect(results.map(\.entry) == ["s/main.yaml"])
    }

    @Test func readsTheFileSystem() throws {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).path
        let results = DialogueCompiler().check(paths: [fixtures + "/garden"])
        #expect(results.map(\.entry) == [fixtures + "/garden/main.yaml"])
        #expect(results.first?.dialogue?.name == "garden")
        let missing = DialogueCompiler().check(paths: [fixtures + "/no-such-directory"])
        #expect(missing.flatMap(\.diagnostics).map(\.code) == [.pathNotFound])
    }

    @Test func aFileReachedByTwoSpellingsIsOneFile() {
        let results = check([
            "s/main.yaml": Self.entry,
            "s/shared/common.yaml": "intents:\n  thanks: { keywrds: [thanks] }\n",
        ], ["./s", "s/../s/main.yaml"])
        #expect(results.map(\.entry) == ["s/main.yaml"])
        #expect(results.flatMap(summary) == ["s/shared/common.yaml:2:13 AJ0002"])
    }

    @Test func anEntryNamedWithDotsStillSeesItsIncludeCycle() {
        let result = compile([
            "main.yaml": "dialogue: d\nstart: a\ninclude: [b.yaml]\nstates:\n  a: { say: hi, end: true }\n",
            "b.yaml": "include: [./main.yaml]\n",
        ], entry: "./main.yaml")
        #expect(summary(result) == ["b.yaml:1:11 AJ0009"])
    }
}
