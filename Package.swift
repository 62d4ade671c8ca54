// swift-tools-version:6.1
import PackageDescription

/// One settings array for every Swift target (Swift 6 mode plus upcoming features).
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let nio: [Target.Dependency] = [
    .product(name: "NIOCore", package: "swift-nio"),
    .product(name: "NIOPosix", package: "swift-nio"),
]

let package = Package(
    name: "acs",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ACSClient", targets: ["ACSClient"]),
        .executable(name: "acsd", targets: ["acsd"]),
        .executable(name: "acsctl", targets: ["acsctl"]),
        .executable(name: "acs-bench", targets: ["acs-bench"]),
        .executable(name: "acs-gateway", targets: ["acs-gateway"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CProtobufC",
            pkgConfig: "libprotobuf-c",
            providers: [.apt(["libprotobuf-c-dev"])]
        ),
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        // glibc's malloc.h (mallopt, malloc_trim), outside Swift's Glibc module.
        .systemLibrary(name: "CMalloc"),
        .target(name: "CACSProto", dependencies: ["CProtobufC"]),
        .target(name: "ACSCore", swiftSettings: swiftSettings),
        .target(
            name: "ACSPolicy",
            dependencies: [
                "ACSCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ACSWire",
            dependencies: ["ACSCore", "CACSProto", "CProtobufC"] + nio,
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ACSStore",
            dependencies: ["ACSCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ACSJournal",
            dependencies: ["ACSCore", "CSystemd"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ACSServer",
            dependencies: [
                "ACSCore", "ACSWire", "CSystemd",
            ] + nio,
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ACSDaemon",
            dependencies: [
                "ACSCore", "ACSPolicy", "ACSWire", "ACSStore", "ACSJournal", "ACSServer", "CSystemd", "CMalloc",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ] + nio,
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ACSClient",
            dependencies: [
                "ACSCore", "ACSWire",
            ] + nio,
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "acsd",
            dependencies: [
                "ACSDaemon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "acsctl",
            dependencies: [
                "ACSClient", "ACSCore", "ACSJournal", "ACSPolicy",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // acs-gateway: payment gateways' webhooks and the pay link, over HTTP, posting to acsd through ACSClient.
        .target(
            name: "ACSGateway",
            dependencies: [
                "ACSClient", "ACSCore", "ACSWire", "ACSJournal",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "acs-gateway",
            dependencies: [
                "ACSGateway",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "acs-bench",
            dependencies: [
                "ACSClient", "ACSCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ACSTesting",
            dependencies: ["ACSCore", "ACSClient", "ACSJournal", "ACSDaemon", "ACSWire"] + nio,
            path: "Tests/ACSTesting",
            swiftSettings: swiftSettings
        ),
        // Tests by module: each target tests its module in process (the store on a real SQLite
        // file, the server on a real Unix socket); ACSIntegrationTests runs acsd and acsctl.
        .testTarget(
            name: "ACSCoreTests",
            dependencies: ["ACSCore", "ACSTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ACSPolicyTests",
            dependencies: ["ACSCore", "ACSPolicy", "ACSTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ACSStoreTests",
            dependencies: ["ACSCore", "ACSStore", "ACSTesting", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ACSServerTests",
            dependencies: ["ACSCore", "ACSServer", "ACSWire", "ACSClient", "ACSTesting"] + nio,
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ACSWireTests",
            dependencies: ["ACSWire", "ACSCore", "ACSTesting", "CACSProto", "CProtobufC", .product(name: "NIOEmbedded", package: "swift-nio")] + nio,
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ACSGatewayTests",
            dependencies: ["ACSCore", "ACSGateway", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ACSIntegrationTests",
            dependencies: [
                "ACSTesting", "ACSClient", "ACSCore", "ACSWire", "ACSStore", "ACSJournal", "ACSDaemon", "ACSServer",
                "CACSProto", "CProtobufC", .product(name: "GRDB", package: "GRDB.swift"),
                // Signs the gateway tests' webhooks independently of acs-gateway's own check.
                .product(name: "Crypto", package: "swift-crypto"),
            ] + nio,
            swiftSettings: swiftSettings
        ),
    ]
)
