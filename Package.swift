// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Routekaart",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "routekaart", targets: ["routekaart"]),
        .library(name: "RoutekaartCore", targets: ["RoutekaartCore"]),
    ],
    targets: [
        .target(name: "RoutekaartCore"),
        .executableTarget(name: "routekaart", dependencies: ["RoutekaartCore"]),
        .target(name: "RoutekaartSynthetic", dependencies: ["RoutekaartCore"]),
        .executableTarget(name: "routekaart-bench", dependencies: ["RoutekaartCore", "RoutekaartSynthetic"]),
        .testTarget(
            name: "RoutekaartTests",
            dependencies: ["RoutekaartCore", "routekaart", "RoutekaartSynthetic"]
        ),
    ]
)
