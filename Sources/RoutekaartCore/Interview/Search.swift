import Foundation

/// Finds SWVs and schools by part of their name, place or code, ignoring
/// case and accents: what a helpdesk worker types while a parent talks.
public struct ModelSearch: Sendable {
    public let model: Model

    public init(model: Model) { self.model = model }

    /// Lowercased, without accents, for matching.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    public func schools(matching query: String) -> [School] {
        let needle = Self.fold(query.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty else { return [] }
        if let exact = model.schools.first(where: { Self.fold($0.code) == needle }) { return [exact] }
        return model.schools.filter { school in
            [school.naam, school.plaats, school.code].contains { Self.fold($0).contains(needle) }
        }
    }

    /// SWVs whose name or code matches, and the SWVs of schools that match (with that school as reason).
    public func swvs(matching query: String) -> [(swv: SWV, via: School?)] {
        let needle = Self.fold(query.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty else { return [] }
        if let exact = model.swvs.first(where: { Self.fold($0.code) == needle }) { return [(exact, nil)] }
        var result: [(swv: SWV, via: School?)] = model.swvs
            .filter { [$0.naam, $0.code].contains { Self.fold($0).contains(needle) } }
            .map { ($0, nil) }
        for school in schools(matching: query) where !result.contains(where: { $0.swv.code == school.swv }) {
            if let swv = model.swv(school.swv) { result.append((swv, school)) }
        }
        return result
    }
}
