// swift-tools-version:6.1
// Ajar's benchmarks: a package of its own, so `swift test` at the root never builds them.
// Run everything with `scripts/bench.sh` (see docs/performance.md).
import PackageDescription

let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "AjarBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Ajar", path: ".."),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The allocation counter package-benchmark uses (its `MallocInterposer` trait), on its own.
        .package(url: "https://github.com/ordo-one/malloc-interposer", from: "1.6.1"),
    ],
    targets: [
        // The engine, compiler, reframer, memory, SQLite runtime and reminder benchmarks; prints a table.
        .executableTarget(
            name: "AjarBench",
            dependencies: [
                "BenchKit", "CHeap",
                .product(name: "AjarRuntime", package: "Ajar"),
                .product(name: "AjarEngine", package: "Ajar"),
                .product(name: "AjarCompiler", package: "Ajar"),
                .product(name: "AjarReframer", package: "Ajar"),
                .product(name: "AjarReminders", package: "Ajar"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictness
        ),
        // Allocations per reply, counted by the interposer; run by AjarBench as a child process
        // (the interposer's per-allocation header would skew AjarBench's own timings and memory).
        .executableTarget(
            name: "AjarBenchAllocs",
            dependencies: [
                "BenchKit",
                .product(name: "AjarEngine", package: "Ajar"),
                .product(name: "AjarCompiler", package: "Ajar"),
                .product(name: "AjarReframer", package: "Ajar"),
                .product(name: "MallocInterposerSwift", package: "malloc-interposer"),
            ],
            swiftSettings: strictness
        ),
        // Settings, corpus, the bench.py-style reply loop, timing and the report.
        .target(name: "BenchKit", dependencies: [.product(name: "AjarEngine", package: "Ajar")], swiftSettings: strictness),
        // glibc's mallinfo2, for heap bytes in use.
        .target(name: "CHeap"),
    ],
    swiftLanguageModes: [.v6]
)
