/// A decision point of the routekaart: it reads one fact and follows the
/// branch for its value. Branches lead to another node or to an outcome.
public struct Node: Codable, Sendable, Equatable {
    public var id: String
    public var feit: String
    /// Fact value → id of the next node or outcome.
    public var takken: [String: String]
    /// A note for reviewers: why this decision is here.
    public var toelichting: String?
}

extension Node {
    /// Read from `inhoud/boom.json` (`JSONFields`).
    init(_ json: inout JSONFields) throws(InputError) {
        id = try json.string("id")
        feit = try json.string("feit")
        takken = try json.stringMap("takken")
        toelichting = try json.optionalString("toelichting")
    }
}
