public import Foundation

/// The results of one benchmark run: rows for the printed table, and named values for the JSON
/// that `scripts/bench.sh` reads to put Ajar beside the peers.
public final class Report {
    public struct Row: Sendable {
        public var section: String
        public var measurement: String
        public var value: String
        public var target: String
        /// `true` met, `false` missed, `nil` no target.
        public var met: Bool?
    }

    public private(set) var rows: [Row] = []
    public private(set) var values: [String: Double] = [:]
    public private(set) var notes: [String] = []
    /// Rows are printed as they come, so a long run shows progress.
    public var echo = true

    public init() {}

    /// Adds a row; `key` also stores `raw` in the JSON values.
    public func add(_ section: String, _ measurement: String, _ value: String, target: String = "", met: Bool? = nil,
                    key: String? = nil, raw: Double? = nil) {
        let row = Row(section: section, measurement: measurement, value: value, target: target, met: met)
        rows.append(row)
        if let key, let raw { values[key] = raw }
        if echo {
            let verdict = met.map { $0 ? "  [target met]" : "  [TARGET MISSED]" } ?? ""
            FileHandle.standardError.write(Data("  \(section): \(measurement) = \(value)\(target.isEmpty ? "" : " (target \(target))")\(verdict)\n".utf8))
        }
    }

    /// Stores a value for the JSON only.
    public func record(_ key: String, _ value: Double) {
        values[key] = value
    }

    public func note(_ text: String) {
        notes.append(text)
    }

    /// The table, as Markdown.
    public var markdown: String {
        var lines = ["| section | measurement | Ajar | target | |", "|---|---|---:|---|---|"]
        for row in rows {
            let verdict = row.met.map { $0 ? "met" : "**missed**" } ?? ""
            lines.append("| \(row.section) | \(row.measurement) | \(row.value) | \(row.target) | \(verdict) |")
        }
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map { "- " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// `{"values": {...}, "notes": [...]}`, keys sorted.
    public func json() throws -> Data {
        let finite = values.filter { $0.value.isFinite }
        let object: [String: Any] = ["values": finite, "notes": notes]
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
    }
}

/// Number formatting for the table.
public enum Format {
    /// `1,234,567`
    public static func count(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        formatter.groupingSeparator = ","
        formatter.usesGroupingSeparator = true
        return formatter.string(from: NSNumber(value: value.rounded())) ?? String(Int(value))
    }

    /// A duration in nanoseconds, in the unit that reads best.
    public static func duration(nanoseconds value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        switch value {
        case ..<1_000: return String(format: "%.0f ns", value)
        case ..<1_000_000: return String(format: value < 10_000 ? "%.2f µs" : "%.1f µs", value / 1_000)
        case ..<1_000_000_000: return String(format: value < 10_000_000 ? "%.2f ms" : "%.1f ms", value / 1_000_000)
        default: return String(format: "%.2f s", value / 1_000_000_000)
        }
    }

    /// Bytes in B, KB (1,000) or MB.
    public static func bytes(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        switch abs(value) {
        case ..<10_000: return String(format: "%.0f B", value)
        case ..<10_000_000: return String(format: "%.1f KB", value / 1_000)
        default: return String(format: "%.1f MB", value / 1_000_000)
        }
    }

    public static func fixed(_ value: Double, _ digits: Int = 1) -> String {
        guard value.isFinite else { return "n/a" }
        return String(format: "%.\(digits)f", value)
    }
}
