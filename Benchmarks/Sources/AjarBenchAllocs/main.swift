// Counts heap allocations per reply with ordo-one's malloc-interposer (the counter behind
// package-benchmark's malloc metrics). A separate executable: the interposer puts a header on
// every allocation, which would skew the timings and the memory figures of `AjarBench`.
// Prints one JSON object; `AjarBench` runs it and adds its numbers to the table.
import AjarCompiler
import AjarEngine
import AjarReframer
import BenchKit
import Foundation
import MallocInterposerSwift

let settings = BenchSettings(arguments: CommandLine.arguments)
let corpus = try Corpus(path: settings.corpusPath)
let lines = corpus.lines
let replies = settings.replies ?? corpus.defaultReplies
guard let dialogue = DialogueCompiler().compile(entry: settings.benchScript).dialogue else {
    FileHandle.standardError.write(Data("cannot compile \(settings.benchScript)\n".utf8))
    exit(1)
}
let engine = Engine(dialogue: dialogue)
let users = (0..<settings.users).map { "user\($0)" }
var values: [String: Double] = [:]

/// Allocations and bytes requested while `body` runs.
func counted(_ body: () -> Void) -> (mallocs: Double, bytes: Double) {
    MallocInterposerSwift.reset()
    MallocInterposerSwift.hook()
    body()
    MallocInterposerSwift.unhook()
    let statistics = MallocInterposerSwift.getStatistics()
    return (Double(statistics.mallocCount), Double(statistics.mallocBytesCount))
}

for mode in ["single", "multi"] {
    var loop = EngineLoop(engine: engine)
    for line in lines { loop.reply("warmup", line) }
    let (mallocs, bytes) = counted {
        for index in 0..<replies {
            loop.reply(mode == "single" ? "user0" : users[index % users.count], lines[index % lines.count])
        }
    }
    values["mallocs_per_reply_\(mode)"] = mallocs / Double(replies)
    values["malloc_bytes_per_reply_\(mode)"] = bytes / Double(replies)
    values["checksum_\(mode)"] = Double(loop.checksum)
}

// Per kind of line: a reply that reframes, one that the keyword layer or the catch-all answers.
let reframer = Reframer(rules: .english)
let fresh = engine.start().session
for (kind, subset) in [("reframe", lines.filter { reframer.reframe($0) != nil }), ("other", lines.filter { reframer.reframe($0) == nil })] {
    for line in subset { _ = engine.respond(to: line, in: fresh) }
    var total = 0
    let (mallocs, _) = counted {
        for line in subset { total &+= engine.respond(to: line, in: fresh).replies.count }
    }
    values["mallocs_per_reply_\(kind)_from_idle"] = mallocs / Double(subset.count)
    let (reframeMallocs, _) = counted {
        for line in subset { total &+= reframer.reframe(line)?.question.utf8.count ?? 0 }
    }
    values["mallocs_per_reframe_call_\(kind)"] = reframeMallocs / Double(subset.count)
    values["checksum_\(kind)"] = Double(total)
}

let data = try JSONSerialization.data(withJSONObject: values, options: [.sortedKeys])
FileHandle.standardOutput.write(data)
FileHandle.standardOutput.write(Data("\n".utf8))
