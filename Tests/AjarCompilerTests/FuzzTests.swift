import AjarCompiler
import AjarEngine
import Foundation
import Testing

/// Thousands of generated inputs: each must give a dialogue or errors, never crash or hang, and
/// a dialogue that compiles must be well formed.
@Suite struct FuzzTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("garden")
    static let garden: [String: [UInt8]] = {
        var files: [String: [UInt8]] = [:]
        for name in ["main.yaml", "shared/english.yaml", "shared/courtesy.yaml"] {
            files[name] = (try? [UInt8](Data(contentsOf: fixtures.appendingPathComponent(name)))) ?? []
        }
        return files
    }()

    static let tokens = [
        "dialogue:", "start:", "states:", "intents:", "on:", "say:", "goto:", "next:", "end: true", "options:", "label:",
        "patterns:", "keywords:", "remind:", "in: 3d", "text:", "if:", "variants:", "include:", "- ", "  ", "    ", "\n",
        "\n  ", "\n    ", " ", "\t", "[", "]", "{", "}", ",", ":", "\"", "'", "*", "&", "!", "|", ">", "#", "%", "@", "`", "?",
        "---", "...", "a", "b", "hello", "{name}", "{x|reflect}", "(a|b)", "[x]", "\u{0}", "é", "\r\n", "\u{FEFF}", "~", "null",
        "<<: ", "!!str", "&a", "*a", "1h30m", "-1", "99999999999999999999",
    ]

    /// Checks the invariants of one result.
    static func verify(_ result: CompilationResult, files: Set<String>, context: @autoclosure () -> String) {
        #expect((result.dialogue == nil) == result.hasErrors, "\(context())")
        if result.dialogue == nil {
            #expect(!result.diagnostics.isEmpty, "\(context())")
        }
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "\(diagnostic) \(context())")
            #expect(files.contains(diagnostic.location.file), "\(diagnostic) \(context())")
        }
        #expect(result.diagnostics == Diagnostic.sortedUnique(result.diagnostics))
        if let dialogue = result.dialogue {
            let problems = WellFormed.problems(in: dialogue)
            #expect(problems.isEmpty, "\(problems) \(context())")
        }
    }

    static func compile(_ files: [String: [UInt8]]) -> CompilationResult {
        DialogueCompiler(reader: InMemoryScriptReader(bytes: files)).compile(entry: "main.yaml")
    }

    @Test(.timeLimit(.minutes(2)))
    func randomBytes() {
        var random = SplitMix64(seed: 1)
        for round in 0..<2_000 {
            let count = Int.random(in: 0...300, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            Self.verify(Self.compile(["main.yaml": bytes]), files: ["main.yaml"], context: "random bytes, round \(round)")
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func randomYAMLishText() {
        var random = SplitMix64(seed: 2)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...80, using: &random)
            let text = (0..<count).map { _ in Self.tokens.randomElement(using: &random)! }.joined()
            Self.verify(Self.compile(["main.yaml": Array(text.utf8)]), files: ["main.yaml"], context: "text \(text.debugDescription)")
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func mutationsOfAValidScript() {
        var random = SplitMix64(seed: 3)
        let names = Self.garden.keys.sorted()
        #expect(Self.compile(Self.garden).dialogue != nil)
        var stillValid = 0
        for round in 0..<3_000 {
            var files = Self.garden
            let mutations = Int.random(in: 1...3, using: &random)
            var applied: [String] = []
            for _ in 0..<mutations {
                let name = Int.random(in: 0..<4, using: &random) == 0 ? names.randomElement(using: &random)! : "main.yaml"
                let (bytes, description) = Self.mutate(files[name]!, using: &random)
                files[name] = bytes
                applied.append("\(name): \(description)")
            }
            let started = ContinuousClock.now
            let result = Self.compile(files)
            #expect(ContinuousClock.now - started < .seconds(1), "round \(round): \(applied)")
            Self.verify(result, files: Set(names), context: "round \(round): \(applied)")
            if result.dialogue != nil { stillValid += 1 }
        }
        // Some mutations (a duplicated blank line, a flipped letter in a text) keep the script valid:
        // the fuzzing also reaches the whole-dialogue checks and the building of the dialogue.
        #expect(stillValid > 100)
    }

    /// Random dialogue graphs: states joined by random `goto`, `next`, options, global transitions,
    /// some names unknown. Whatever compiles must be reachable, able to move on and loop-free.
    @Test(.timeLimit(.minutes(2)))
    func randomDialogueGraphs() {
        var random = SplitMix64(seed: 4)
        var compiled = 0
        for round in 0..<1_500 {
            let count = Int.random(in: 1...8, using: &random)
            func name() -> String { "s\(Int.random(in: 0...count, using: &random))" }  // s<count> does not exist
            var text = "dialogue: g\nstart: s0\nintents:\n  i: { keywords: [go] }\n"
            if Int.random(in: 0..<4, using: &random) == 0 { text += "on:\n  - { intent: i, goto: \(name()) }\n" }
            text += "states:\n"
            for index in 0..<count {
                text += "  s\(index):\n    say: hi\n"
                switch Int.random(in: 0..<6, using: &random) {
                case 0: text += "    next: \(name())\n"
                case 1: text += "    end: true\n"
                case 2: text += "    options:\n      - { label: a, goto: \(name()) }\n      - { label: b, end: true }\n"
                case 3: text += "    on:\n      - { intent: i, goto: \(name()) }\n"
                case 4: text += "    reask: { limit: 1, then: { goto: \(name()) } }\n"
                default: text += "    skip: { say: again }\n"
                }
            }
            let result = Self.compile(["main.yaml": Array(text.utf8)])
            Self.verify(result, files: ["main.yaml"], context: "round \(round):\n\(text)")
            if let dialogue = result.dialogue {
                compiled += 1
                let problems = WellFormed.structuralProblems(in: dialogue)
                #expect(problems.isEmpty, "\(problems)\n\(text)")
            }
        }
        #expect(compiled > 100)
    }

    static func mutate(_ bytes: [UInt8], using random: inout SplitMix64) -> ([UInt8], String) {
        var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
        let line = Int.random(in: 0..<max(lines.count, 1), using: &random)
        switch Int.random(in: 0..<7, using: &random) {
        case 0 where !lines.isEmpty:
            lines.remove(at: line)
            return (Array(lines.joined(separator: "\n").utf8), "delete line \(line + 1)")
        case 1 where !lines.isEmpty:
            lines.insert(lines[line], at: line)
            return (Array(lines.joined(separator: "\n").utf8), "duplicate line \(line + 1)")
        case 2 where lines.count > 1:
            let other = Int.random(in: 0..<lines.count, using: &random)
            lines.swapAt(line, other)
            return (Array(lines.joined(separator: "\n").utf8), "swap lines \(line + 1) and \(other + 1)")
        case 3 where !bytes.isEmpty:
            var copy = bytes
            let index = Int.random(in: 0..<copy.count, using: &random)
            copy[index] = Array("{}[]()|*&:#'\"- \t\nxé".utf8).randomElement(using: &random)!
            return (copy, "flip byte \(index)")
        case 4:
            let cut = Int.random(in: 0...bytes.count, using: &random)
            return (Array(bytes[..<cut]), "truncate at \(cut)")
        case 5 where !lines.isEmpty:
            let token = tokens.randomElement(using: &random)!
            lines[line] += token
            return (Array(lines.joined(separator: "\n").utf8), "append \(token.debugDescription) to line \(line + 1)")
        default:
            var copy = bytes
            let index = Int.random(in: 0...copy.count, using: &random)
            copy.insert(UInt8.random(in: 0...255, using: &random), at: index)
            return (copy, "insert a random byte at \(index)")
        }
    }
}

/// What every compiled dialogue guarantees the engine.
enum WellFormed {
    static func targets(of state: State) -> [StateID] {
        let responses = state.options.map(\.response) + state.transitions.map(\.response)
            + [state.onSkip, state.onDontKnow, state.fallback, state.reask?.then].compactMap { $0 }
        return responses.compactMap(\.target) + (state.next.map { [$0] } ?? [])
    }

    static func leaves(_ response: Response) -> Bool {
        response.target != nil || response.effects.contains { if case .end = $0 { true } else { false } }
    }

    /// Every state reachable, and every state able to move on (a way out, `next`, or an end).
    static func structuralProblems(in dialogue: Dialogue) -> [String] {
        let global = dialogue.globalTransitions.map(\.response) + (dialogue.globalFallback.map { [$0] } ?? [])
        var reachable: Set<StateID> = []
        var queue = [dialogue.start, dialogue.resume] + global.compactMap(\.target)
        while let id = queue.popLast() {
            guard let state = dialogue.states[id], reachable.insert(id).inserted else { continue }
            queue += targets(of: state)
        }
        var problems = Set(dialogue.states.keys).subtracting(reachable).map { "\($0) unreachable" }
        for (id, state) in dialogue.states where !state.isEnd && state.next == nil && !global.contains(where: leaves) {
            let responses = state.options.map(\.response) + state.transitions.map(\.response)
                + [state.onSkip, state.onDontKnow, state.fallback, state.reask?.then].compactMap { $0 }
            if !responses.contains(where: leaves) { problems.append("\(id) has no way out") }
        }
        return problems
    }

    static func problems(in dialogue: Dialogue) -> [String] {
        var problems: [String] = []
        let intents = Set(dialogue.intents.map(\.id))
        func check(_ response: Response, _ where_: String) {
            if let target = response.target, dialogue.states[target] == nil { problems.append("\(where_) goes to unknown \(target)") }
        }
        if dialogue.states[dialogue.start] == nil { problems.append("unknown start") }
        if dialogue.states[dialogue.resume] == nil { problems.append("unknown resume") }
        if !intents.contains(.skip) || !intents.contains(.dontKnow) { problems.append("missing built-in intents") }
        for transition in dialogue.globalTransitions {
            if let intent = transition.intent, !intents.contains(intent) { problems.append("unknown intent \(intent)") }
            check(transition.response, "a global transition")
        }
        if let fallback = dialogue.globalFallback { check(fallback, "the global fallback") }
        for (id, state) in dialogue.states {
            if let next = state.next, dialogue.states[next] == nil { problems.append("\(id) next to unknown \(next)") }
            for transition in state.transitions {
                if let intent = transition.intent, !intents.contains(intent) { problems.append("unknown intent \(intent)") }
                check(transition.response, "\(id)")
            }
            for response in state.options.map(\.response) + [state.onSkip, state.onDontKnow, state.fallback, state.reask?.then].compactMap({ $0 }) {
                check(response, "\(id)")
            }
            var seen: Set<StateID> = []
            var current: StateID? = id
            while let step = current, seen.insert(step).inserted { current = dialogue.states[step]?.next }
            if let step = current, seen.contains(step) { problems.append("next loop through \(step)") }
        }
        return problems
    }
}
