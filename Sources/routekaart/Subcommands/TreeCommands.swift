import RoutekaartCore

/// `routekaart boom`, `paden` and `bronnen`: the routekaart made reviewable.
enum TreeCommands {
    static func boom(_ words: [String]) throws(ExitError) {
        throw ExitError(code: 64, message: "nog niet beschikbaar")
    }

    static func paden(_ words: [String]) throws(ExitError) {
        throw ExitError(code: 64, message: "nog niet beschikbaar")
    }

    static func bronnen(_ words: [String]) throws(ExitError) {
        throw ExitError(code: 64, message: "nog niet beschikbaar")
    }
}
