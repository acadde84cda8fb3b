#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The outcomes of a proven `uitkomsten.json`, each decoded when the advice reaches it: an advice needs one
/// or a few of them, and the file is the largest of the content. The file's parts are found by `JSONSkim`;
/// what is decoded is what the whole file gives (`ProvenLookupTests` compares every outcome).
final class OutcomeLookup: @unchecked Sendable {
    private let bytes: [UInt8]
    private let file: String
    private let ranges: [String: Range<Int>]
    private let scenarioRange: Range<Int>
    private let lock = Lock()
    private var cache: [String: OutcomeEntry?] = [:]
    private var decodedScenarios: [Scenario]?

    /// nil when the file does not have the shape of `OutcomesFile` (then everything is decoded at once).
    init?(_ data: Data, file: String) {
        let skim = JSONSkim(bytes: Array(data))
        guard let members = skim.members(at: 0),
            let scenarios = members.first(where: { $0.key == "scenarios" })?.value,
            let list = members.first(where: { $0.key == "uitkomsten" })?.value,
            let elements = skim.elements(of: list)
        else { return nil }
        var ranges: [String: Range<Int>] = [:]
        for element in elements {
            guard let id = skim.members(at: element.lowerBound, until: "id")?.first(where: { $0.key == "id" }).flatMap({ skim.string($0.value) }) else {
                return nil
            }
            if ranges[id] == nil { ranges[id] = element }
        }
        bytes = skim.bytes
        self.file = file
        self.ranges = ranges
        scenarioRange = scenarios
    }

    func entry(_ id: String) -> OutcomeEntry? {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[id] { return known }
        // Proven bytes: the outcome decodes, as it did when every rule passed.
        let entry = ranges[id].flatMap { try? StrictDecoder.decode(Outcome.self, from: Data(bytes[$0]), file: file) }.map(OutcomeEntry.init)
        cache[id] = .some(entry)
        return entry
    }

    var scenarios: [Scenario] {
        lock.lock()
        defer { lock.unlock() }
        if let decodedScenarios { return decodedScenarios }
        let decoded = (try? StrictDecoder.decode([Scenario].self, from: Data(bytes[scenarioRange]), file: file)) ?? []
        decodedScenarios = decoded
        return decoded
    }
}
