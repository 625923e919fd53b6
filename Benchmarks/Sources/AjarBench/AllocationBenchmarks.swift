import BenchKit
import Foundation

/// Runs `AjarBenchAllocs` (built next to this executable) and adds its counts to the report.
struct AllocationBenchmarks {
    let settings: BenchSettings
    let report: Report

    func run() throws {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("AjarBenchAllocs")
        let process = Process()
        process.executableURL = executable
        process.environment = settings.childEnvironment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let values = try JSONSerialization.jsonObject(with: data) as? [String: Double] else {
            throw BenchError("\(executable.path) failed (status \(process.terminationStatus))")
        }
        func value(_ key: String) -> Double { values[key] ?? .nan }
        report.add("allocations", "mallocs per reply, 1 user / round-robin",
                   "\(Format.fixed(value("mallocs_per_reply_single"))) / \(Format.fixed(value("mallocs_per_reply_multi")))",
                   key: "mallocs_per_reply_multi", raw: value("mallocs_per_reply_multi"))
        report.record("mallocs_per_reply_single", value("mallocs_per_reply_single"))
        report.add("allocations", "bytes allocated per reply, 1 user / round-robin",
                   "\(Format.bytes(value("malloc_bytes_per_reply_single"))) / \(Format.bytes(value("malloc_bytes_per_reply_multi")))",
                   key: "malloc_bytes_per_reply_multi", raw: value("malloc_bytes_per_reply_multi"))
        report.add("allocations", "mallocs per reply from the idle state: control question / other line",
                   "\(Format.fixed(value("mallocs_per_reply_reframe_from_idle"))) / \(Format.fixed(value("mallocs_per_reply_other_from_idle")))",
                   key: "mallocs_per_reply_reframe", raw: value("mallocs_per_reply_reframe_from_idle"))
        report.add("allocations", "of which in Reframer.reframe(_:): control question / other line",
                   "\(Format.fixed(value("mallocs_per_reframe_call_reframe"))) / \(Format.fixed(value("mallocs_per_reframe_call_other")))",
                   key: "mallocs_per_reframe_call_reframe", raw: value("mallocs_per_reframe_call_reframe"))
        report.record("mallocs_per_reframe_call_other", value("mallocs_per_reframe_call_other"))
        report.record("mallocs_per_reply_other", value("mallocs_per_reply_other_from_idle"))
    }
}
