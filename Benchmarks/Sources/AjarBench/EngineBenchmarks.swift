import AjarEngine
import BenchKit

/// Replies per second with bench.py's loop, and per-reply latency.
///
/// bench.py, for each mode: a warm-up pass over the corpus as user "warmup", then N replies
/// (99,900), `lines[i % L]`, as "user0" (single) or `uids[i % 10000]` (multi). Each timed run here
/// starts from no sessions, like bench.py's fresh process; the median of the runs is reported.
struct EngineBenchmarks {
    let settings: BenchSettings
    let report: Report
    let engine: Engine
    let lines: [String]
    let replies: Int

    /// The sessions left by the last round-robin run (for the memory section).
    func run() -> [String: Session] {
        let users = (0..<settings.users).map { "user\($0)" }
        var loop = EngineLoop(engine: engine)
        var lastSessions: [String: Session] = [:]
        for (mode, label) in [("single", "1 user"), ("multi", "\(Format.count(Double(settings.users))) users round-robin")] {
            var rates: [Double] = []
            for _ in 0..<settings.runs {
                loop.reset()
                for line in lines { loop.reply("warmup", line) }
                let seconds = mode == "single" ? timeSingle(&loop) : timeMulti(&loop, users: users)
                rates.append(Double(replies) / seconds)
            }
            if mode == "multi" { lastSessions = loop.sessions }
            let spread = "\(Format.count(rates.min() ?? .nan))..\(Format.count(rates.max() ?? .nan))"
            report.add("engine", "replies/s, \(label) (median of \(rates.count); \(spread))", Format.count(rates.median),
                       target: "≥ 100x python-aiml", key: "replies_per_s_\(mode)", raw: rates.median)
            report.add("engine", "mean per reply, \(label)", Format.duration(nanoseconds: 1e9 / rates.median),
                       key: "mean_ns_\(mode)", raw: 1e9 / rates.median)
        }
        latency(&loop, users: users)
        report.record("engine_checksum", Double(loop.checksum))
        return lastSessions
    }

    private func timeSingle(_ loop: inout EngineLoop) -> Double {
        let count = lines.count
        let start = Ticks.now()
        for index in 0..<replies { loop.reply("user0", lines[index % count]) }
        return Double(Ticks.now() - start) / 1e9
    }

    private func timeMulti(_ loop: inout EngineLoop, users: [String]) -> Double {
        let count = lines.count
        let userCount = users.count
        let start = Ticks.now()
        for index in 0..<replies { loop.reply(users[index % userCount], lines[index % count]) }
        return Double(Ticks.now() - start) / 1e9
    }

    /// Each reply timed on its own (a clock read before and after), over one more run per mode.
    private func latency(_ loop: inout EngineLoop, users: [String]) {
        let overhead = Ticks.overhead()
        report.note("latency: each reply timed with two clock_gettime(CLOCK_MONOTONIC) reads; one read costs \(Format.fixed(overhead, 0)) ns here (included in the percentiles)")
        report.record("timer_overhead_ns", overhead)
        let count = lines.count
        for (mode, label) in [("single", "1 user"), ("multi", "round-robin")] {
            loop.reset()
            for line in lines { loop.reply("warmup", line) }
            var samples = [UInt64](repeating: 0, count: replies)
            for index in 0..<replies {
                let user = mode == "single" ? "user0" : users[index % users.count]
                let start = Ticks.now()
                loop.reply(user, lines[index % count])
                samples[index] = Ticks.now() - start
            }
            let sorted = Samples(samples)
            let p99 = sorted.percentile(0.99)
            report.add("engine", "p50 per reply, \(label)", Format.duration(nanoseconds: sorted.percentile(0.5)),
                       key: "p50_ns_\(mode)", raw: sorted.percentile(0.5))
            report.add("engine", "p99 per reply, \(label)", Format.duration(nanoseconds: p99), target: "< 20 µs", met: p99 < 20_000,
                       key: "p99_ns_\(mode)", raw: p99)
            report.add("engine", "p99.9 / max per reply, \(label)",
                       "\(Format.duration(nanoseconds: sorted.percentile(0.999))) / \(Format.duration(nanoseconds: sorted.max))",
                       key: "p999_ns_\(mode)", raw: sorted.percentile(0.999))
        }
    }
}
