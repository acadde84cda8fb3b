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
        .testTarget(
            name: "RoutekaartTests",
            dependencies: ["RoutekaartCore", "routekaart"]
        ),
    ]
)
