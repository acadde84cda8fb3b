extension ContentCheck {
    /// The plan of one samenwerkingsverband (RSV Breda eo's aanvulling op het ondersteuningsplan) says what that SWV
    /// does or did; it is not the source of a national rule (DOMAIN §11). A place whose only sources are the documents of
    /// one SWV must therefore say, in its own text, that it speaks of that SWV ("zo werkte RSV Breda eo"); a national
    /// rule cites the statute or a national source. A document belongs to one SWV when the name readers see begins
    /// with the name of a real SWV of the model (`RSV Breda eo`, `SWV Rivierenland, pagina lwoo/pro`).
    func everyPracticeOfOneSWVIsNamedAsSuch(_ problems: inout [InputError]) {
        let names = model.swvs.filter { !$0.voorbeeld }.compactMap(\.naam).filter { !$0.isEmpty }
        func owner(_ id: String) -> String? {
            guard let source = content.source(id), !source.isLaw else { return nil }
            return names.filter { source.displayName.hasPrefix($0) }.max { $0.count < $1.count }
        }
        for site in citationSites where !site.citations.isEmpty {
            let ids = site.citations.flatMap { Citation($0).sourceIDs }
            let owners = Set(ids.map { owner($0) ?? "" })
            guard owners.count == 1, let swv = owners.first, !swv.isEmpty else { continue }
            if !(site.text ?? "").contains(swv) {
                problems.append(InputError(.data, file: site.file, place: site.place, OneSWVMessages.unnamed(swv, ids)))
            }
        }
    }

    enum OneSWVMessages {
        static func unnamed(_ swv: String, _ ids: [String]) -> String {
            let cited = Array(Set(ids)).sorted().joined(separator: ", ")
            return "de enige bron (\(cited)) is een document van \(swv), maar de tekst noemt \(swv) niet. Zegt de tekst wat \(swv) doet of deed,"
                + " noem het dan (\"zo werkte \(swv)\"); is het een landelijke regel, citeer dan eerst de wet of een landelijke bron."
        }
    }
}
