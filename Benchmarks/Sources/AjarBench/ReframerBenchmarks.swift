import AjarReframer
import BenchKit

/// Reframes per second: `Reframer(rules: .english).reframe(_:)` over the corpus.
struct ReframerBenchmarks {
    let settings: BenchSettings
    let report: Report
    let lines: [String]
    let replies: Int

    func run() {
        var reframer: Reframer?
        let initSeconds = Ticks.seconds { reframer = Reframer(rules: .english) }
        guard let reframer else { return }
        report.add("reframer", "Reframer(rules: .english) init", Format.duration(nanoseconds: initSeconds * 1e9),
                   key: "reframer_init_ms", raw: initSeconds * 1e3)
        let questions = lines.filter { reframer.reframe($0) != nil }
        let others = lines.filter { reframer.reframe($0) == nil }
        report.note("reframer: \(questions.count) of the corpus's \(lines.count) lines reframe")
        for (what, key, subset) in [("whole corpus", "all", lines), ("control questions only", "questions", questions),
                                    ("other lines only", "others", others)] where !subset.isEmpty {
            var rates: [Double] = []
            var checksum = 0
            for _ in 0..<max(settings.runs, 1) {
                for line in subset { checksum &+= reframer.reframe(line)?.question.utf8.count ?? 0 }  // warm-up
                let seconds = Ticks.seconds {
                    let count = subset.count
                    for index in 0..<replies { checksum &+= reframer.reframe(subset[index % count])?.question.utf8.count ?? 0 }
                }
                rates.append(Double(replies) / seconds)
            }
            report.add("reframer", "reframe(_:) per second, \(what)", Format.count(rates.median),
                       key: "reframes_per_s_\(key)", raw: rates.median)
            report.record("reframer_checksum_\(key)", Double(checksum))
        }
    }
}
