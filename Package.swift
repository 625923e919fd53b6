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
        .library(name: "AjarRuntime", targets: ["AjarRuntime"]),
        .library(name: "AjarReminders", targets: ["AjarReminders"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
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
        // IRC protocol core: message parsing and serialising, splitting, formatting codes. No NIO, no I/O.
        .target(name: "AjarIRCProtocol", swiftSettings: strictness),
        // The IRC transport: a SwiftNIO client that connects the runtime to channels and private messages.
        .target(
            name: "AjarIRC",
            dependencies: [
                "AjarIRCProtocol",
                "AjarRuntime",
                "AjarEngine",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictness
        ),
        // Reminders: the durable scheduler that sleeps until the next due time and routes deliveries.
        .target(
            name: "AjarReminders",
            dependencies: [
                "AjarRuntime",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictness
        ),
        // Webhooks: the signed HTTP API (Hummingbird) and outgoing webhook delivery.
        .target(
            name: "AjarWebhooks",
            dependencies: [
                "AjarRuntime",
                "AjarReminders",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictness
        ),
        // `ajar serve`: one composition root that runs the configured transports and the scheduler.
        .target(
            name: "AjarServer",
            dependencies: [
                "AjarRuntime", "AjarCompiler", "AjarEngine", "AjarIRC", "AjarIRCProtocol", "AjarReminders", "AjarWebhooks",
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictness
        ),
        // The safety layer: crisis, abuse and harm-to-others screening ahead of every message.
        .target(name: "AjarSafety", dependencies: ["AjarRuntime", "AjarEngine", .product(name: "Yams", package: "Yams")], swiftSettings: strictness),
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
                "AjarEngine", "AjarCompiler", "AjarExamples", "AjarGraph", "AjarRuntime", "AjarTerminal", "AjarReframer", "AjarServer", "AjarSafety",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictness
        ),
        .executableTarget(name: "ajar", dependencies: ["AjarCLI"], swiftSettings: strictness),

        // Helpers shared by test targets: running the real `ajar` binary, temporary folders.
        .target(
            name: "AjarTestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Tests/AjarTestSupport",
            swiftSettings: strictness
        ),
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
            dependencies: [
                "AjarRuntime", "AjarEngine", "AjarCompiler", "AjarTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictness
        ),
        // `ajar chat` through the real binary: piped and pseudo-terminal sessions, SQLite checks.
        .testTarget(
            name: "AjarChatTests",
            dependencies: ["AjarTerminal", "AjarTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "AjarIRCTests",
            dependencies: [
                "AjarIRC", "AjarIRCProtocol", "AjarRuntime", "AjarEngine", "AjarCompiler", "AjarTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "AjarWebhooksTests",
            dependencies: [
                "AjarWebhooks", "AjarReminders", "AjarServer", "AjarRuntime", "AjarEngine", "AjarTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "AjarSafetyTests",
            dependencies: ["AjarSafety", "AjarRuntime", "AjarEngine", "AjarCompiler", "AjarTestSupport"],
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
