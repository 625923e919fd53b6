// swift-tools-version:6.1
import PackageDescription

let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Ajar",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ajar", targets: ["ajar"]),
        .library(name: "AjarEngine", targets: ["AjarEngine"]),
        .library(name: "AjarReframer", targets: ["AjarReframer"]),
        .library(name: "AjarCompiler", targets: ["AjarCompiler"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Pure dialogue engine: compiled dialogues, matching, sessions, reframer. No I/O.
        .target(name: "AjarEngine", dependencies: ["AjarReframer"], swiftSettings: strictness),
        // Pure English grammar: pronoun reflection, gerunds, "how do I get X to Y" -> constraint question.
        .target(name: "AjarReframer", swiftSettings: strictness),
        // Scripts -> diagnostics + compiled Dialogue. Reads YAML with source positions.
        .target(
            name: "AjarCompiler",
            dependencies: ["AjarEngine", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictness
        ),
        // Example conversations (golden transcripts) run against compiled dialogues.
        .target(
            name: "AjarExamples",
            dependencies: ["AjarEngine", "AjarCompiler", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictness
        ),
        // Dialogue graphs for `ajar graph` (Graphviz DOT, Mermaid).
        .target(name: "AjarGraph", dependencies: ["AjarEngine"], swiftSettings: strictness),
        // Transport-neutral runtime: sessions, storage, configuration.
        .target(
            name: "AjarRuntime",
            dependencies: [
                "AjarEngine",
                "AjarCompiler",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictness
        ),
        // The terminal transport.
        .target(
            name: "AjarTerminal",
            dependencies: ["AjarRuntime", "AjarEngine", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictness
        ),
        // Command-line front end: thin commands over the modules above.
        .target(
            name: "AjarCLI",
            dependencies: [
                "AjarEngine", "AjarCompiler", "AjarExamples", "AjarGraph", "AjarRuntime", "AjarTerminal", "AjarReframer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictness
        ),
        .executableTarget(name: "ajar", dependencies: ["AjarCLI"], swiftSettings: strictness),

        // Helpers shared by test targets: running the real `ajar` binary, temporary folders.
        .target(name: "AjarTestSupport", path: "Tests/AjarTestSupport", swiftSettings: strictness),
        .testTarget(name: "AjarEngineTests", dependencies: ["AjarEngine"], swiftSettings: strictness),
        .testTarget(name: "AjarReframerTests", dependencies: ["AjarReframer"], swiftSettings: strictness),
        .testTarget(
            name: "AjarCompilerTests",
            dependencies: ["AjarCompiler", "AjarEngine"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "AjarRuntimeTests",
            dependencies: ["AjarRuntime", "AjarEngine", "AjarCompiler"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "AjarCLITests",
            dependencies: ["AjarCLI", "AjarExamples", "AjarCompiler", "AjarEngine", "AjarGraph", "AjarTestSupport"],
            swiftSettings: strictness
        ),
    ],
    swiftLanguageModes: [.v6]
)
