@testable import AjarCompiler
import Testing

@Test func tmpProfile() {
    var text = "dialogue: d\nstart: s0\nstates:\n"
    for index in 0..<15_000 {
        text += "  s\(index): { next: gone\(index), say: \"{undefined\(index)}\", sya: x }\n"
    }
    let bytes = Array(text.utf8)
    let clock = ContinuousClock()
    var loaded: LoadedScript?
    let t1 = clock.measure { loaded = ScriptLoader.load(bytes, path: "main.yaml") }
    var file: ScriptFile?
    let t2 = clock.measure { file = ScriptParser.parse(loaded!) }
    var linked: LinkedScript?
    let t3 = clock.measure { linked = ScriptLinker.link([file!]) }
    var d: [Diagnostic] = []
    let t4 = clock.measure { d = DialogueChecker.check(linked!, start: file!.start, structure: true) }
    let t5 = clock.measure { _ = Diagnostic.sortedUnique(d + file!.diagnostics) }
    print("PROF load", t1, "parse", t2, "link", t3, "check", t4, "sort", t5)
}
