import AjarCompiler
import Testing

/// One small in-memory script per problem: the exact code, line and column it must produce, and
/// nothing else (no cascade of follow-up errors).
@Suite struct DiagnosticCodeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String]
        var entry = "main.yaml"
        /// `file:line:column CODE` of every expected diagnostic, in order.
        var expected: [String]
        var testDescription: String { name }

        init(_ name: String, _ script: String, _ expected: String...) {
            self.name = name
            files = ["main.yaml": script]
            self.expected = expected
        }

        init(_ name: String, files: [String: String], entry: String = "main.yaml", _ expected: String...) {
            self.name = name
            self.files = files
            self.entry = entry
            self.expected = expected
        }
    }

    /// A valid script to put a problem into: the state `a` ends the conversation.
    static let head = "dialogue: d\nstart: a\n"

    static let cases: [Case] = [
        Case("tab in indentation", head + "states:\n\ta:\n", "main.yaml:4:1 AJ0001"),
        Case("unclosed quote", head + "states:\n  a:\n    say: \"Hi\n    end: true\n", "main.yaml:7:1 AJ0001"),
        Case("duplicate key points at the second", head + "states:\n  a: { end: true }\n  b: { end: true }\n  a: { end: true }\n", "main.yaml:6:3 AJ0001"),
        Case("unquoted pattern starting with *", head + "intents:\n  x:\n    patterns:\n      - * my plant\nstates:\n  a: { end: true }\n", "main.yaml:6:10 AJ0001"),

        Case("unknown top-level key", head + "stats:\n  a: { end: true }\n", "main.yaml:2:8 AJ0005", "main.yaml:3:1 AJ0002"),
        Case("unknown option key", head + "states:\n  a:\n    options:\n      - label: x\n        gotoo: a\n    end: true\n", "main.yaml:7:9 AJ0002"),
        Case("unknown key in a response", head + "states:\n  a:\n    skip: { sya: hi }\n    end: true\n", "main.yaml:5:13 AJ0002"),

        Case("say as a mapping", head + "states:\n  a:\n    say: { x: 1 }\n    end: true\n", "main.yaml:5:10 AJ0003"),
        Case("priority as text", head + "intents:\n  x:\n    priority: high\n    keywords: [x]\nstates:\n  a: { end: true }\n", "main.yaml:5:15 AJ0003"),
        Case("response as a plain name", head + "states:\n  a:\n    skip: a\n    end: true\n", "main.yaml:5:11 AJ0003"),
        Case("state as a string", head + "states:\n  a: hello\n", "main.yaml:4:6 AJ0003"),
        Case("top level as a list", "- a\n- b\n", "main.yaml:1:1 AJ0003"),

        Case("option without label", head + "states:\n  a:\n    options:\n      - goto: a\n    end: true\n", "main.yaml:6:9 AJ0004"),
        Case("reminder without text", head + "states:\n  a:\n    remind: { in: 1d }\n    end: true\n", "main.yaml:5:13 AJ0004"),
        Case("intent with nothing to match", head + "intents:\n  x: { priority: 1 }\nstates:\n  a: { end: true }\n", "main.yaml:4:3 AJ0004"),
        Case("reask without then", head + "states:\n  a:\n    reask: { limit: 1 }\n    end: true\n", "main.yaml:5:12 AJ0004"),
        Case("transition without intent", head + "states:\n  a:\n    on:\n      - goto: a\n    end: true\n", "main.yaml:6:9 AJ0004"),
        Case("no dialogue name", "start: a\nstates:\n  a: { end: true }\n", "main.yaml:1:1 AJ0004"),

        Case("start names no state", "dialogue: d\nstart: b\nstates:\n  a: { end: true }\n", "main.yaml:2:8 AJ0005"),
        Case("resume names no state", head + "resume: b\nstates:\n  a: { end: true }\n", "main.yaml:3:9 AJ0005"),
        Case("next names no state", head + "states:\n  a:\n    next: b\n", "main.yaml:5:11 AJ0005"),
        Case("handoff names no state", head + "on:\n  - intent: skip\n    handoff: safety\nstates:\n  a: { end: true }\n", "main.yaml:5:14 AJ0005"),
        Case("reask then names no state", head + "states:\n  a:\n    reask: { limit: 1, then: { goto: b } }\n    end: true\n", "main.yaml:5:38 AJ0005"),

        Case("unreachable state", head + "states:\n  a: { end: true }\n  b: { end: true }\n", "main.yaml:5:3 AJ0006"),
        Case("reachable through a global transition", head + "on:\n  - intent: skip\n    goto: b\nstates:\n  a: { end: true }\n  b: { end: true }\n  c: { end: true }\n", "main.yaml:9:3 AJ0006"),

        Case("dead end", head + "states:\n  a:\n    say: hi\n", "main.yaml:4:3 AJ0007"),
        Case("responses that stay are no way out", head + "states:\n  a:\n    on:\n      - intent: skip\n        say: again\n", "main.yaml:4:3 AJ0007"),

        Case("intent defined in two files", files: [
            "main.yaml": head + "include: [b.yaml]\nintents:\n  x: { keywords: [x] }\nstates:\n  a: { end: true }\n",
            "b.yaml": "intents:\n  x: { keywords: [y] }\n",
        ], "b.yaml:2:3 AJ0008"),
        Case("variable with two defaults", files: [
            "main.yaml": head + "include: [b.yaml]\nvariables: { v: one }\nstates:\n  a: { end: true }\n",
            "b.yaml": "variables:\n  v: two\n",
        ], "b.yaml:2:3 AJ0008"),
        Case("two global fallbacks", files: [
            "main.yaml": head + "include: [b.yaml]\nfallback: { say: x }\nstates:\n  a: { end: true }\n",
            "b.yaml": "fallback: { say: y }\n",
        ], "b.yaml:1:1 AJ0008"),

        Case("a file that includes itself", head + "include: [main.yaml]\nstates:\n  a: { end: true }\n", "main.yaml:3:11 AJ0009"),
        Case("missing include in a subdirectory", files: [
            "scripts/main.yaml": head + "include:\n  - ../shared/missing.yaml\nstates:\n  a: { end: true }\n",
        ], entry: "scripts/main.yaml", "scripts/main.yaml:4:5 AJ0010"),

        Case("undefined variable in a set value", head + "states:\n  a:\n    skip: { set: { x: \"{y}\" } }\n    end: true\n", "main.yaml:5:24 AJ0011"),
        Case("undefined variable in a condition", head + "states:\n  a:\n    say: [{ text: hi, if: mood }]\n    end: true\n", "main.yaml:5:27 AJ0011"),
        Case("undefined variable in a reminder", head + "states:\n  a:\n    remind: { in: 1d, text: \"{who}\" }\n    end: true\n", "main.yaml:5:30 AJ0011"),
        Case("undefined variable in an option label", head + "states:\n  a:\n    options:\n      - { label: \"{x} or not\", goto: a }\n    end: true\n", "main.yaml:6:19 AJ0011"),
        Case("captured, set and built-in variables are defined", head + "intents:\n  x: { patterns: [\"i am {name}\"] }\nstates:\n  a:\n    say: \"{name} {input} {reframe} {person} {action} {z}\"\n    skip: { set: { z: ok } }\n    end: true\n"),

        Case("unknown intent in the global on", head + "on:\n  - intent: thanks\n    say: hi\nstates:\n  a: { end: true }\n", "main.yaml:4:13 AJ0012"),
        Case("built-in intents are known", head + "states:\n  a:\n    on:\n      - { intent: skip, goto: a }\n      - { intent: dont_know, goto: a }\n    end: true\n"),

        Case("empty alternative", head + "intents:\n  x: { patterns: [\"(a||b)\"] }\nstates:\n  a: { end: true }\n", "main.yaml:4:23 AJ0013"),
        Case("bar outside parentheses", head + "intents:\n  x: { patterns: [a | b] }\nstates:\n  a: { end: true }\n", "main.yaml:4:21 AJ0013"),
        Case("empty capture", head + "intents:\n  x: { patterns: ['say {}'] }\nstates:\n  a: { end: true }\n", "main.yaml:4:24 AJ0013"),
        Case("capture name that is not a name", head + "intents:\n  x: { patterns: [\"{1st}\"] }\nstates:\n  a: { end: true }\n", "main.yaml:4:21 AJ0013"),
        Case("pattern with no words", head + "intents:\n  x: { patterns: [\"?!\"] }\nstates:\n  a: { end: true }\n", "main.yaml:4:20 AJ0013"),
        Case("pattern nested too deeply", head + "intents:\n  x: { patterns: [\"" + String(repeating: "[", count: 20) + "a" + String(repeating: "]", count: 20) + "\"] }\nstates:\n  a: { end: true }\n", "main.yaml:4:36 AJ0013"),
        Case("unmatched closing bracket", head + "intents:\n  x:\n    patterns:\n      - hello ] there\nstates:\n  a: { end: true }\n", "main.yaml:6:15 AJ0013"),

        Case("unclosed brace in a line", head + "states:\n  a:\n    say: \"Hi {name\"\n    end: true\n", "main.yaml:5:14 AJ0014"),
        Case("lone closing brace", head + "states:\n  a:\n    say: a } b\n    end: true\n", "main.yaml:5:12 AJ0014"),
        Case("empty slot", head + "states:\n  a:\n    say: \"x {} y\"\n    end: true\n", "main.yaml:5:13 AJ0014"),

        Case("condition as a list", head + "states:\n  a:\n    say: [{ text: hi, if: [a] }]\n    end: true\n", "main.yaml:5:27 AJ0015"),
        Case("equals with a plain value", head + "variables: { v: x }\nstates:\n  a:\n    say: [{ text: hi, if: { equals: v } }]\n    end: true\n", "main.yaml:6:29 AJ0015"),
        Case("empty all", head + "states:\n  a:\n    say: [{ text: hi, if: { all: [] } }]\n    end: true\n", "main.yaml:5:29 AJ0015"),
        Case("conditions nested too deeply", head + "variables: { v: x }\nstates:\n  a:\n    say: [{ text: hi, if: " + String(repeating: "{ any: [", count: 40) + "v" + String(repeating: "] }", count: 40) + " }]\n    end: true\n", "main.yaml:6:283 AJ0015"),

        Case("duration without a unit", head + "states:\n  a:\n    remind: { in: 90, text: hi }\n    end: true\n", "main.yaml:5:19 AJ0016"),
        Case("zero duration", head + "states:\n  a:\n    remind: { in: 0s, text: hi }\n    end: true\n", "main.yaml:5:19 AJ0016"),
        Case("unknown unit", head + "states:\n  a:\n    remind: { in: 1h1y, text: hi }\n    end: true\n", "main.yaml:5:22 AJ0016"),
        Case("duration over ten years", head + "states:\n  a:\n    remind: { in: 9999w, text: hi }\n    end: true\n", "main.yaml:5:19 AJ0016"),
        Case("time with am/pm", head + "states:\n  a:\n    remind: { at: 7pm, text: hi }\n    end: true\n", "main.yaml:5:19 AJ0028"),
        Case("hour past 23", head + "states:\n  a:\n    remind: { at: tomorrow 24:00, text: hi }\n    end: true\n", "main.yaml:5:28 AJ0028"),
        Case("unknown day", head + "states:\n  a:\n    remind: { at: monday 19:00, text: hi }\n    end: true\n", "main.yaml:5:19 AJ0028"),

        Case("empty line", head + "states:\n  a:\n    say: \"  \"\n    end: true\n", "main.yaml:5:10 AJ0017"),
        Case("empty say list", head + "states:\n  a:\n    say: []\n    end: true\n", "main.yaml:5:10 AJ0017"),
        Case("say with nothing", head + "states:\n  a:\n    say:\n    end: true\n", "main.yaml:5:5 AJ0017"),
        Case("keyword with no words", head + "intents:\n  x: { keywords: [\"!!\"] }\nstates:\n  a: { end: true }\n", "main.yaml:4:19 AJ0017"),
        Case("empty variants", head + "states:\n  a:\n    say: [{ variants: [] }]\n    end: true\n", "main.yaml:5:23 AJ0017"),

        Case("state that goes on to itself", head + "states:\n  a:\n    next: a\n", "main.yaml:5:11 AJ0018"),

        Case("anchor in a flow list", head + "states:\n  a:\n    say: [&x hi]\n    end: true\n", "main.yaml:5:11 AJ0022"),
        Case("anchor after a document marker", "--- &doc\n" + head + "states:\n  a: { end: true }\n", "main.yaml:1:5 AJ0022"),
        Case("alias after a key", head + "states:\n  a:\n    say: *x\n    end: true\n", "main.yaml:5:10 AJ0022"),

        Case("dialogue in an included fragment", files: [
            "main.yaml": head + "include: [b.yaml]\nstates:\n  a: { end: true }\n",
            "b.yaml": "# a fragment\ndialogue: other\n",
        ], "b.yaml:2:1 AJ0023"),

        Case("negative reask limit", head + "states:\n  a:\n    reask: { limit: -1, then: { end: true } }\n    end: true\n", "main.yaml:5:21 AJ0026"),
        Case("variable name with a space", head + "variables:\n  my plant: x\nstates:\n  a: { end: true }\n", "main.yaml:4:3 AJ0026"),

        Case("text and variants", head + "states:\n  a:\n    say: [{ text: a, variants: [b] }]\n    end: true\n", "main.yaml:5:22 AJ0027"),
        Case("end and next", head + "states:\n  a:\n    next: a\n    end: true\n", "main.yaml:5:5 AJ0027"),
        Case("end and goto", head + "states:\n  a:\n    skip: { goto: a, end: true }\n    end: true\n", "main.yaml:5:22 AJ0027"),

        Case("say in a notice rule", head + "notice:\n  - if: x\n    say: hi\n    set: { x: y }\nstates:\n  a: { end: true }\n", "main.yaml:5:5 AJ0029"),
        Case("goto in a notice rule", head + "notice:\n  - { intent: skip, set: { x: y }, goto: a }\nstates:\n  a: { end: true }\n", "main.yaml:4:36 AJ0029"),
        Case("remind and end in a notice rule", head + "notice:\n  - intent: skip\n    remind: { in: 1d, text: hi }\n    end: true\nstates:\n  a: { end: true }\n",
             "main.yaml:5:5 AJ0029", "main.yaml:6:5 AJ0029"),
        Case("unknown intent in a notice rule", head + "notice:\n  - intent: mention_he\n    set: { x: y }\nstates:\n  a: { end: true }\n", "main.yaml:4:13 AJ0012"),
        Case("notice rule that sets nothing", head + "notice:\n  - intent: skip\nstates:\n  a: { end: true }\n", "main.yaml:4:5 AJ0004"),
        Case("notice rule with only set applies to every input", head + "notice:\n  - set: { x: y }\nstates:\n  a: { end: true }\n"),
        Case("undefined variable in a notice rule's value", head + "notice:\n  - intent: skip\n    set: { x: \"{y}\" }\nstates:\n  a: { end: true }\n", "main.yaml:5:16 AJ0011"),
    ]

    @Test(arguments: cases)
    func reportsExactlyTheExpectedDiagnostics(_ example: Case) {
        let result = compile(example.files, entry: example.entry)
        #expect(summary(result) == example.expected, "\(result.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect((result.dialogue == nil) == !example.expected.isEmpty)
    }

    @Test func everyCodeHasATestHereOrInTheDocumentation() {
        let here = Set(Self.cases.flatMap(\.expected).compactMap { $0.split(separator: " ").last.map(String.init) })
        let elsewhere: Set<String> = ["AJ0019", "AJ0020", "AJ0021", "AJ0024", "AJ0025"]  // LoadingLimitsTests, CheckTests
        #expect(Set(DiagnosticCode.compilerCodes.map(\.rawValue)).subtracting(here).subtracting(elsewhere).isEmpty)
    }
}
