import AjarCompiler
import AjarEngine
import BenchKit

/// Script compile time: `DialogueCompiler().compile(entry:)` (read, YAML, validate, link) and
/// `Engine(dialogue:)` (word table, pattern programs, reframer tables), for the shipped scripts.
struct CompileBenchmarks {
    let settings: BenchSettings
    let report: Report

    /// The compiled benchmark dialogue, for the other sections; with `measure`, times compiling too.
    func run(measure: Bool) throws -> Dialogue {
        guard measure else {
            let result = DialogueCompiler().compile(entry: settings.benchScript)
            guard let dialogue = result.dialogue else { throw BenchError("\(settings.benchScript) does not compile: \(result.diagnostics)") }
            return dialogue
        }
        let iterations = settings.quick ? 3 : 30
        var benchDialogue: Dialogue?
        for (name, path) in [("Dialogues/main.yaml", settings.mainScript), ("Dialogues/bench/bench.yaml", settings.benchScript)] {
            // The first compile in the process pays for cold code paths and page faults: report it too.
            var first = 0.0
            var dialogue: Dialogue?
            first = try Ticks.seconds {
                let result = DialogueCompiler().compile(entry: path)
                guard let compiled = result.dialogue else { throw BenchError("\(path) does not compile: \(result.diagnostics)") }
                dialogue = compiled
            }
            var compiles: [Double] = []
            var inits: [Double] = []
            for _ in 0..<iterations {
                var compiled: Dialogue?
                compiles.append(Ticks.seconds { compiled = DialogueCompiler().compile(entry: path).dialogue })
                guard let compiled else { continue }
                var engine: Engine?
                inits.append(Ticks.seconds { engine = Engine(dialogue: compiled) })
                precondition(engine != nil)
            }
            let total = compiles.median + inits.median
            let key = name.contains("bench") ? "bench" : "main"
            report.add("compile", "\(name): compile, first in process", Format.duration(nanoseconds: first * 1e9),
                       key: "compile_\(key)_first_ms", raw: first * 1e3)
            report.add("compile", "\(name): compile (median of \(iterations))", Format.duration(nanoseconds: compiles.median * 1e9),
                       key: "compile_\(key)_ms", raw: compiles.median * 1e3)
            report.add("compile", "\(name): Engine(dialogue:) (median)", Format.duration(nanoseconds: inits.median * 1e9),
                       key: "engine_init_\(key)_ms", raw: inits.median * 1e3)
            report.add("compile", "\(name): compile + Engine, warm", Format.duration(nanoseconds: total * 1e9),
                       target: "< 20 ms", met: total < 0.020, key: "compile_total_\(key)_ms", raw: total * 1e3)
            if key == "bench" { benchDialogue = dialogue }
        }
        guard let benchDialogue else { throw BenchError("no benchmark dialogue") }
        return benchDialogue
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
