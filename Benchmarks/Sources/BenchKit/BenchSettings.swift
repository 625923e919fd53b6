public import Foundation

/// What to measure and how much, from the command line and the environment.
///
/// `AJAR_BENCH_QUICK=1` (or `--quick`) shrinks every workload to a few iterations, so CI can check
/// that the benchmarks build and run in seconds; the numbers it prints mean nothing.
public struct BenchSettings: Sendable {
    /// Tiny workloads: for CI, not for numbers.
    public var quick: Bool
    /// The repository root (the folder holding `Dialogues/`).
    public var root: String
    /// The peers' shared corpus, one utterance a line.
    public var corpusPath: String
    /// Timed runs per throughput mode; the median is reported.
    public var runs: Int
    /// Replies per timed run; `nil`: the corpus repeated to about 100,000 (99,900), as bench.py.
    public var replies: Int?
    /// Distinct users in the round-robin mode (bench.py's 10,000).
    public var users: Int
    /// Sessions written for the stored-sessions benchmark.
    public var storedSessions: Int
    /// Messages sent through the SQLite runtime, per mode.
    public var runtimeMessages: Int
    /// Conversations served at once in the concurrent runtime mode.
    public var runtimeConversations: Int
    /// Reminders stored and fired at one moment in the reminder benchmark (also the claim benchmark's count).
    public var reminders: Int
    /// Reminders added one request at a time in the reminder store benchmark.
    public var reminderAdds: Int
    /// Where temporary databases go.
    public var scratch: String

    public var benchScript: String { root + "/Dialogues/bench/bench.yaml" }
    public var mainScript: String { root + "/Dialogues/main.yaml" }

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, arguments: [String] = []) {
        let quick = arguments.contains("--quick") || ["1", "true", "yes"].contains(environment["AJAR_BENCH_QUICK"]?.lowercased() ?? "")
        self.quick = quick
        let root = environment["AJAR_ROOT"] ?? Self.findRoot() ?? FileManager.default.currentDirectoryPath
        self.root = root
        corpusPath = environment["AJAR_BENCH_CORPUS"] ?? root + "/../shared/peers/utterances.txt"
        func int(_ key: String) -> Int? { environment[key].flatMap { Int($0.replacingOccurrences(of: "_", with: "")) } }
        runs = int("AJAR_BENCH_RUNS") ?? (quick ? 1 : 5)
        replies = int("AJAR_BENCH_N") ?? (quick ? 2_000 : nil)
        users = int("AJAR_BENCH_USERS") ?? (quick ? 100 : 10_000)
        storedSessions = int("AJAR_BENCH_SESSIONS") ?? (quick ? 10_000 : 1_000_000)
        runtimeMessages = int("AJAR_BENCH_RUNTIME_MESSAGES") ?? (quick ? 500 : 20_000)
        runtimeConversations = int("AJAR_BENCH_CONVERSATIONS") ?? (quick ? 50 : 1_000)
        reminders = max(1, int("AJAR_BENCH_REMINDERS") ?? (quick ? 2_000 : 100_000))
        reminderAdds = max(1, int("AJAR_BENCH_REMINDER_ADDS") ?? (quick ? 500 : 20_000))
        scratch = environment["AJAR_BENCH_SCRATCH"] ?? NSTemporaryDirectory() + "ajar-bench-\(getpid())"
    }

    /// The environment a child benchmark process needs to measure the same thing.
    public var childEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["AJAR_ROOT"] = root
        environment["AJAR_BENCH_CORPUS"] = corpusPath
        environment["AJAR_BENCH_QUICK"] = quick ? "1" : "0"
        environment["AJAR_BENCH_USERS"] = String(users)
        if let replies { environment["AJAR_BENCH_N"] = String(replies) }
        return environment
    }

    /// The first folder, from the working directory up, that holds the benchmark dialogue.
    private static func findRoot() -> String? {
        var url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: url.path + "/Dialogues/bench/bench.yaml") { return url.path }
            url.deleteLastPathComponent()
        }
        return nil
    }
}
