/// Everything the advisor knows about the world: SWVs with their dated
/// policy, schools, and the national regime's dated parameters.
public struct Model: Sendable {
    public var swvs: [SWV]
    public var schools: [School]
    public var parameters: [Parameter]

    private var swvIndex: [String: Int]
    private var schoolIndex: [String: Int]
    private var parameterIndex: [String: Int]

    public init(swvs: [SWV], schools: [School], parameters: [Parameter]) {
        self.swvs = swvs
        self.schools = schools
        self.parameters = parameters
        swvIndex = Dictionary(swvs.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        schoolIndex = Dictionary(schools.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        parameterIndex = Dictionary(parameters.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func swv(_ code: String) -> SWV? { swvIndex[code].map { swvs[$0] } }
    public func school(_ code: String) -> School? { schoolIndex[code].map { schools[$0] } }
    public func parameter(_ id: String) -> Parameter? { parameterIndex[id].map { parameters[$0] } }
    public func schools(of swv: String) -> [School] { schools.filter { $0.swv == swv } }
}
