// Ajar's benchmarks: engine, compiler, reframer, memory, allocations, SQLite runtime, store and reminders.
//
//   AjarBench [--quick] [--json PATH] [--markdown PATH] [SECTION ...]
//   SECTION: compile reframer engine memory allocations runtime store reminders (default: all)
//            profile: only bench.py's round-robin loop, once, for callgrind (see docs/performance.md)
//
// Progress goes to standard error; the Markdown table to standard output (and --markdown PATH);
// the raw numbers to --json PATH for scripts/bench.sh. AJAR_BENCH_QUICK=1 runs tiny workloads.
import AjarEngine
import BenchKit
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let settings = BenchSettings(arguments: arguments)
let allSections = ["compile", "reframer", "engine", "memory", "allocations", "runtime", "store", "reminders"]
let extraSections = ["profile"]

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let optionValues = Set(["--json", "--markdown"].compactMap(option))
var sections = arguments.filter { !$0.hasPrefix("--") && !optionValues.contains($0) }
if sections.isEmpty { sections = allSections }
if let unknown = sections.first(where: { !allSections.contains($0) && !extraSections.contains($0) }) {
    FileHandle.standardError.write(Data("unknown section '\(unknown)'; sections: \(allSections.joined(separator: " "))\n".utf8))
    exit(2)
}

let report = Report()
let corpus = try Corpus(path: settings.corpusPath)
let replies = settings.replies ?? corpus.defaultReplies
try FileManager.default.createDirectory(atPath: settings.scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: settings.scratch) }

let machine = Machine.describe()
FileHandle.standardError.write(Data("== Ajar benchmarks\(settings.quick ? " (QUICK: numbers mean nothing)" : ""): \(machine)\n".utf8))
report.note("machine: \(machine)")
report.note("corpus: \(settings.corpusPath) (\(corpus.lines.count) lines); \(Format.count(Double(replies))) replies per timed run, \(settings.runs) runs per mode, \(Format.count(Double(settings.users))) users round-robin")
report.record("replies_per_run", Double(replies))
report.record("quick", settings.quick ? 1 : 0)

// Compiling comes first, so "first in process" really is the first compile.
let dialogue = try CompileBenchmarks(settings: settings, report: report).run(measure: sections.contains("compile"))
let engine = Engine(dialogue: dialogue)

if sections.contains("profile") {
    // The loop alone: under `valgrind --tool=callgrind`, instructions per reply = (total - baseline) / N.
    var loop = EngineLoop(engine: engine)
    for line in corpus.lines { loop.reply("warmup", line) }
    let users = (0..<settings.users).map { "user\($0)" }
    for index in 0..<replies { loop.reply(users[index % users.count], corpus.lines[index % corpus.lines.count]) }
    report.record("profile_checksum", Double(loop.checksum))
}
if sections.contains("reframer") {
    ReframerBenchmarks(settings: settings, report: report, lines: corpus.lines, replies: replies).run()
}
var sessions: [String: Session] = [:]
if sections.contains("engine") {
    sessions = EngineBenchmarks(settings: settings, report: report, engine: engine, lines: corpus.lines, replies: replies).run()
}
if sessions.isEmpty, sections.contains("memory") || sections.contains("store") {
    var loop = EngineLoop(engine: engine)
    for index in 0..<min(replies, 20_000) { loop.reply("user\(index % settings.users)", corpus.lines[index % corpus.lines.count]) }
    sessions = loop.sessions
}
if sections.contains("memory") {
    try MemoryBenchmarks(settings: settings, report: report, engine: engine, lines: corpus.lines).run(sessions: sessions)
}
if sections.contains("allocations") {
    try AllocationBenchmarks(settings: settings, report: report).run()
}
if sections.contains("runtime") {
    try await RuntimeBenchmarks(settings: settings, report: report, engine: engine, lines: corpus.lines).run()
}
if sections.contains("store") {
    try await StoreBenchmarks(settings: settings, report: report, engine: engine, lines: corpus.lines).run(sessions: sessions)
}
if sections.contains("reminders") {
    try await ReminderBenchmarks(settings: settings, report: report).run()
}

let markdown = report.markdown
print(markdown)
if let path = option("--markdown") { try Data((markdown + "\n").utf8).write(to: URL(fileURLWithPath: path)) }
if let path = option("--json") { try report.json().write(to: URL(fileURLWithPath: path)) }
