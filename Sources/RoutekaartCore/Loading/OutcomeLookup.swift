#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The outcomes of a proven `uitkomsten.json`, each decoded when the advice reaches it: an advice needs one
/// or a few of them, and the file is the largest of the content. The file's parts are found by `JSONSkim`
/// on the first request; what is decoded is what the whole file gives (`ProvenLookupTests` compares every
/// outcome). Where the file does not have the expected shape the lookup gives nil, and `Content` decodes
/// the whole file instead.
final class OutcomeLookup: @unchecked Sendable {
    private let data: Data
    private let file: String
    private let lock = Lock()
    private var parts: Parts??
    private var cache: [String: OutcomeEntry?] = [:]
    private var decodedScenarios: [Scenario]?

    /// Where each outcome and the scenarios are in the file's bytes.
    private struct Parts {
        var bytes: [UInt8]
        var outcomes: [String: Range<Int>]
        var scenarios: Range<Int>
    }

    init(_ data: Data, file: String) {
        self.data = data
        self.file = file
    }

    /// The outcome with this id and what it reads; nil when there is none or the file cannot be skimmed.
    func entry(_ id: String) -> OutcomeEntry? {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[id] { return known }
        guard let parts = skimmed(), let range = parts.outcomes[id] else { return nil }
        // Proven bytes: the outcome decodes, as it did when every rule passed.
        let entry = (try? StrictDecoder.decode(Outcome.self, from: Data(parts.bytes[range]), file: file)).map(OutcomeEntry.init)
        cache[id] = .some(entry)
        return entry
    }

    /// The scenarios; nil when the file cannot be skimmed.
    var scenarios: [Scenario]? {
        lock.lock()
        defer { lock.unlock() }
        if let decodedScenarios { return decodedScenarios }
        guard let parts = skimmed(), let decoded = try? StrictDecoder.decode([Scenario].self, from: Data(parts.bytes[parts.scenarios]), file: file)
        else { return nil }
        decodedScenarios = decoded
        return decoded
    }

    /// The parts of the file, found once (under the lock).
    private func skimmed() -> Parts? {
        if let parts { return parts }
        let skim = JSONSkim(bytes: Array(data))
        var found: Parts?
        if let members = skim.members(at: 0),
            let scenarios = members.first(where: { $0.key == "scenarios" })?.value,
            let list = members.first(where: { $0.key == "uitkomsten" })?.value,
            let elements = skim.elements(of: list)
        {
            var outcomes: [String: Range<Int>] = [:]
            var complete = true
            for element in elements {
                guard let id = skim.members(at: element.lowerBound, until: "id")?.first(where: { $0.key == "id" }).flatMap({ skim.string($0.value) })
                else {
                    complete = false
                    break
                }
                if outcomes[id] == nil { outcomes[id] = element }
            }
            if complete { found = Parts(bytes: skim.bytes, outcomes: outcomes, scenarios: scenarios) }
        }
        parts = .some(found)
        return found
    }
}
