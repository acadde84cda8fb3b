/// The national criteria (`criteria.json`) under the content rules: every
/// parameter, area and criterion it names exists, and every citation is in
/// the registry. Called from the rules `EveryReferenceResolves` and
/// `EveryCitationIsInTheRegistry`.
extension ContentCheck {
    var criteriaFile: String { path(DataSet.FileName.criteria) }

    func criteriaReferenceProblems() -> [InputError] {
        guard let criteria = content.criteria else { return [] }
        var problems: [InputError] = []
        for (place, id) in criteria.parameterReferences {
            guard let parameter = model.parameter(id) else {
                problems.append(InputError(.data, file: criteriaFile, place: place, CriteriaMessages.unknownParameter(id)))
                continue
            }
            if place.hasSuffix(".minimumGebieden") {
                // A number of areas: a whole `getal` on every date.
                if parameter.waarden.contains(where: { value in value.waarde.getal.map { $0 != $0.rounded() } ?? true }) {
                    problems.append(InputError(.data, file: criteriaFile, place: place, CriteriaMessages.notACount(id)))
                }
            } else if parameter.waarden.contains(where: { $0.waarde.van == nil && $0.waarde.getal == nil }) {
                problems.append(InputError(.data, file: criteriaFile, place: place, CriteriaMessages.notABand(id)))
            }
        }
        var areas = Set<String>()
        for (i, area) in criteria.gebieden.enumerated() where !areas.insert(area.id).inserted {
            problems.append(InputError(.data, file: criteriaFile, place: "gebieden[\(i)].id", CriteriaMessages.twice(area.id)))
        }
        var ids = Set<String>()
        for (i, criterion) in criteria.criteria.enumerated() {
            if !ids.insert(criterion.id).inserted {
                problems.append(InputError(.data, file: criteriaFile, place: "criteria[\(i)].id", CriteriaMessages.twice(criterion.id)))
            }
            if criterion.waarvan.isEmpty {
                problems.append(InputError(.data, file: criteriaFile, place: "criteria[\(i)].waarvan", CriteriaMessages.noKeyArea))
            }
            for (j, area) in criterion.waarvan.enumerated() where criteria.area(area) == nil {
                problems.append(InputError(.data, file: criteriaFile, place: "criteria[\(i)].waarvan[\(j)]", CriteriaMessages.unknownArea(area)))
            }
        }
        for (i, note) in criteria.aanvullingen.enumerated() {
            if let criterion = note.als.vervuld, !ids.contains(criterion) {
                problems.append(
                    InputError(.data, file: criteriaFile, place: "aanvullingen[\(i)].als.vervuld", CriteriaMessages.unknownCriterion(criterion)))
            }
            for name in Template.placeholders(in: note.tekst) where name != "iq" || note.als.iqBinnen == nil {
                problems.append(InputError(.data, file: criteriaFile, place: "aanvullingen[\(i)].tekst", CriteriaMessages.unknownPlaceholder(name)))
            }
        }
        return problems
    }

    /// Every alternative of every citation names a source of the registry.
    func criteriaCitationProblems() -> [InputError] {
        guard let criteria = content.criteria else { return [] }
        return criteria.citations.flatMap { place, citation in
            Citation(citation).unknownSources(content.source).map { id in
                InputError(.data, file: criteriaFile, place: place, "\"\(citation)\" noemt geen bron uit bronnen.json: \"\(id)\"")
            }
        }
    }

    /// Every citation is well formed and names a law only where it was in force, on every peildatum (from 2016).
    func criteriaLawCitationProblems() -> [InputError] {
        guard let criteria = content.criteria else { return [] }
        return criteria.citations.flatMap { place, raw -> [InputError] in
            let citation = Citation(raw)
            let form = citation.formProblems(content.source)
            guard form.isEmpty else { return form.map { InputError(.data, file: criteriaFile, place: place, $0) } }
            guard citation.unknownSources(content.source).isEmpty,
                let gap = citation.gap(from: Day.inpassing, through: nil, content.source)
            else { return [] }
            let label = LawCitationMessages.dateOf(LawCitationMessages.peildatum)
            return [InputError(.data, file: criteriaFile, place: place, LawCitationMessages.notInForce(raw, label, Day.inpassing, gap))]
        }
    }
}

extension ContentCheck {
    fileprivate enum CriteriaMessages {
        static func unknownParameter(_ id: String) -> String { "onbekende parameter \"\(id)\" (zie landelijk.json)" }
        static func notABand(_ id: String) -> String {
            "de parameter \"\(id)\" heeft een waarde zonder van of getal; de criteria lezen er een band uit"
        }
        static func notACount(_ id: String) -> String {
            "de parameter \"\(id)\" heeft een waarde zonder heel getal (getal); de criteria lezen er een aantal gebieden uit"
        }
        static func twice(_ id: String) -> String { "\"\(id)\" komt twee keer voor" }
        static let noKeyArea = "een criterium noemt minstens één gebied dat bij de gebieden met achterstand moet zijn"
        static func unknownArea(_ id: String) -> String { "onbekend gebied \"\(id)\" (zie gebieden)" }
        static func unknownCriterion(_ id: String) -> String { "onbekend criterium \"\(id)\" (zie criteria)" }
        static func unknownPlaceholder(_ name: String) -> String {
            "de tekst gebruikt {\(name)}; een aanvulling kent alleen {iq}, en dan met als.iqBinnen"
        }
    }
}
