#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A monotonic clock read in nanoseconds (`clock_gettime(CLOCK_MONOTONIC)`, a vDSO call on
/// Linux: about 20 ns, measured and reported as the timer overhead).
public enum Ticks {
    @inline(__always)
    public static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }

    /// Seconds `body` takes.
    public static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return Double(now() - start) / 1e9
    }

    /// Seconds `body` takes.
    public static func seconds(_ body: () async throws -> Void) async rethrows -> Double {
        let start = now()
        try await body()
        return Double(now() - start) / 1e9
    }

    /// The cost of one `now()`, in nanoseconds (the median of many back-to-back reads).
    public static func overhead() -> Double {
        var samples: [UInt64] = []
        samples.reserveCapacity(1_000)
        for _ in 0..<1_000 {
            let start = now()
            for _ in 0..<100 { _ = now() }
            samples.append(now() - start)
        }
        return Samples(samples).percentile(0.5) / 100
    }
}

/// Sorted measurements, for percentiles.
public struct Samples: Sendable {
    public let sorted: [UInt64]

    public init(_ values: [UInt64]) {
        sorted = values.sorted()
    }

    /// Nearest-rank percentile, `q` in 0...1.
    public func percentile(_ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
        return Double(sorted[Swift.min(Swift.max(rank, 0), sorted.count - 1)])
    }

    public var max: Double { sorted.last.map { Double($0) } ?? .nan }
    public var mean: Double { sorted.isEmpty ? .nan : Double(sorted.reduce(0, +)) / Double(sorted.count) }
}

extension Array where Element == Double {
    /// The median (the mean of the middle two for an even count).
    public var median: Double {
        guard !isEmpty else { return .nan }
        let values = sorted()
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }
}
