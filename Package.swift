// swift-tools-version: 6.0
import PackageDescription

// The advisor starts once per question a person asks, so its start-up counts. By default the compiler fetches the
// metadata of a generic type such as `KeyedDecodingContainer<Fact.CodingKeys>` by its mangled name, and the runtime
// then searches every conformance of every loaded library to check the generic requirements, once per type: about a
// sixth of `advies --casus`. With this flag the compiler passes the metadata and witness tables directly (a little
// more code, no search). Measured in the README (Benchmark); the toolchain is fixed (6.3.1).
let fastMetadata: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

// The Swift runtime and Foundation's essentials are linked into the program itself (they ship with the toolchain, as
// static libraries): a start then binds no symbols of the Swift libraries at run time, which was about a fifth of the
// time to the first question (README, Benchmark).
// Linux only: on Apple platforms the Swift runtime is part of the system.
let staticRuntime: [LinkerSetting] = [
    .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux])), .linkedLibrary("_FoundationCollections", .when(platforms: [.linux])),
    .linkedLibrary("_FoundationCShims", .when(platforms: [.linux])), .linkedLibrary("swiftSynchronization", .when(platforms: [.linux])),
]

let package = Package(
    name: "Routekaart",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "routekaart", targets: ["routekaart"]),
        .library(name: "RoutekaartCore", targets: ["RoutekaartCore"]),
    ],
    targets: [
        .target(name: "RoutekaartCore", swiftSettings: fastMetadata),
        .executableTarget(
            name: "routekaart", dependencies: ["RoutekaartCore"], swiftSettings: fastMetadata, linkerSettings: staticRuntime),
        .target(name: "RoutekaartSynthetic", dependencies: ["RoutekaartCore"]),
        .executableTarget(name: "routekaart-bench", dependencies: ["RoutekaartCore", "RoutekaartSynthetic"]),
        .testTarget(
            name: "RoutekaartTests",
            dependencies: ["RoutekaartCore", "RoutekaartSynthetic"]
        ),
    ]
)
