/// Checks the model against every constraint on SWVs, schools, licences, the
/// regio-indeling and national parameters; each problem names the file, the place and the rule. It checks
/// all of it, every time: the 1,630 real vestigingen and 4,046 postcode areas too.
struct ModelValidator {
    let model: Model
    /// The ids in the source registry.
    let sources: Set<String>
    /// Where each record lives, for the messages.
    let places: ModelPlaces
    /// What did not fit together when the model was put together.
    var assembly: [InputError] = []

    /// The model's rules as named findings, by the files they concern.
    func findings() -> [Finding] {
        let errors = assembly + validate()
        func rule(_ name: String, _ summary: String, _ files: [String]) -> Finding {
            let paths = Set(files.map(places.path))
            return Finding(rule: name, summary: summary, problems: errors.filter { paths.contains($0.file ?? "") })
        }
        let known = Set(
            [
                ModelFiles.regio, ModelFiles.swvs, ModelFiles.exampleSWVs, ModelFiles.swvGemeenten, ModelFiles.vestigingen, ModelFiles.exampleSchools,
                ModelFiles.licences,
                DataSet.FileName.national,
            ].map(places.path))
        var findings = [
            rule(
                "TheRegioIndelingIsValid",
                "elke postcode (PC4) staat één keer in de regio-indeling, op volgorde, met een gemeente en een SWV-code of Europoort",
                [ModelFiles.regio]),
            rule(
                "EverySWVHasValidPeriods",
                "elk SWV heeft een unieke code uit de regio-indeling, een naam alleen met bron, beleidsperioden die niet overlappen, met een bron, "
                    + "en zijn gemeenten in swv-gemeenten.csv zoals regio.csv en vestigingen.csv ze geven",
                [ModelFiles.swvs, ModelFiles.exampleSWVs, ModelFiles.swvGemeenten]),
            rule(
                "EverySchoolIsValid",
                "elke vestiging heeft een geldige, unieke code (het bestand op volgorde van code), het SWV van haar postcode, aanbod (of onbekend), en een bron",
                [ModelFiles.vestigingen, ModelFiles.exampleSchools]),
            rule(
                "EveryLicenceIsSourced",
                "elke licentie hoort bij een bestaande vestiging met vmbo, geldt alleen voor leerwegen die zij aanbiedt, en heeft een bron",
                [ModelFiles.licences]),
            rule(
                "EveryNationalParameterIsValid", "elke landelijke parameter is uniek, met perioden die niet overlappen en een bron",
                [DataSet.FileName.national]),
        ]
        // Nothing goes unreported, whatever file a problem names.
        let elsewhere = errors.filter { !known.contains($0.file ?? "") }
        if !elsewhere.isEmpty { findings[2].problems += elsewhere }
        return findings
    }

    /// The order `ModelLookup` finds a record in: byte order of the key (as the importer writes the files).
    static func inOrder(_ earlier: String, _ later: String) -> Bool { earlier.utf8.lexicographicallyPrecedes(later.utf8) }

    static func hasLineBreak(_ text: String) -> Bool { text.utf8.contains { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } }

    func validate() -> [InputError] {
        var errors: [InputError] = []
        var checkedCitations = Set<String>()

        func cite(_ citation: String, _ place: (file: String, place: String)) {
            if checkedCitations.contains(citation) { return }
            if sources.contains(Content.sourceID(of: citation)) {
                checkedCitations.insert(citation)
            } else {
                errors.append(InputError(.data, file: place.file, place: place.place, Messages.unknownSource(citation)))
            }
        }
        func add(_ place: (file: String, place: String), _ suffix: String, _ message: String) {
            errors.append(InputError(.data, file: place.file, place: place.place + suffix, message))
        }
        /// A field of a school: in `vestigingen.csv` its line and column, in an example file its path.
        func addSchool(_ i: Int, _ school: School, _ field: String?, _ message: String) {
            let place = places.school(i, school, field: field)
            errors.append(InputError(.data, file: place.file, place: place.place, message))
        }

        var swvCodes = Set<String>()
        for (i, swv) in model.swvs.enumerated() {
            let place = places.swv(i, swv)
            if swv.code.trimmingBlanks().isEmpty { add(place, ".code", Messages.empty) }
            if !swvCodes.insert(swv.code).inserted { add(place, ".code", Messages.duplicate(swv.code)) }
            if let naam = swv.naam, naam.trimmingBlanks().isEmpty { add(place, ".naam", Messages.empty) }
            if !swv.voorbeeld {
                if swv.naam != nil {
                    if let naamBron = swv.naamBron {
                        cite(naamBron, (place.file, place.place + ".naamBron"))
                    } else {
                        add(place, ".naamBron", Messages.nameNeedsSource)
                    }
                }
            }
            for (j, period) in swv.perioden.enumerated() {
                let p = "\(place.place).perioden[\(j)]"
                if let end = period.tot, end < period.vanaf {
                    errors.append(InputError(.data, file: place.file, place: p + ".tot", Messages.endBeforeStart(period.vanaf, end)))
                }
                if period.lwooToewijzing == .eigenCriteria {
                    switch period.duurVastgesteld {
                    case nil:
                        errors.append(InputError(.data, file: place.file, place: p + ".duurVastgesteld", Messages.durationChoiceMissing))
                    case .ja?:
                        if (period.duurSchooljaren ?? 0) < 1 {
                            errors.append(InputError(.data, file: place.file, place: p + ".duurSchooljaren", Messages.durationTooShort))
                        }
                    case .nee?, .onbekend?:
                        if period.duurSchooljaren != nil {
                            errors.append(InputError(.data, file: place.file, place: p + ".duurSchooljaren", Messages.durationWithoutChoice))
                        }
                    }
                    if period.aanvragenNaLeerjaar1 == nil {
                        errors.append(InputError(.data, file: place.file, place: p + ".aanvragenNaLeerjaar1", Messages.lateApplicationsMissing))
                    }
                } else {
                    if period.duurVastgesteld != nil {
                        errors.append(InputError(.data, file: place.file, place: p + ".duurVastgesteld", Messages.durationChoiceOnlyForOwnCriteria))
                    }
                    if period.duurSchooljaren != nil {
                        errors.append(InputError(.data, file: place.file, place: p + ".duurSchooljaren", Messages.durationOnlyForOwnCriteria))
                    }
                    if period.aanvragenNaLeerjaar1 != nil {
                        errors.append(
                            InputError(.data, file: place.file, place: p + ".aanvragenNaLeerjaar1", Messages.lateApplicationsOnlyForOwnCriteria))
                    }
                }
                cite(period.bron, (place.file, p + ".bron"))
                for (k, other) in swv.perioden.enumerated() where k < j && period.overlaps(other) {
                    errors.append(InputError(.data, file: place.file, place: p, Messages.overlap(k)))
                }
            }
        }

        var pc4s = Set<String>()
        let regioFile = places.path(ModelFiles.regio)
        let regio = model.regio
        for (i, entry) in regio.enumerated() {
            func place(_ column: Int) -> String { "regel \(i + 2), kolom \(column) (\(ModelFiles.regioColumns[column - 1]))" }
            if !DUOImport.isPC4(entry.pc4) {
                errors.append(InputError(.data, file: regioFile, place: place(1), Messages.notAPC4(entry.pc4)))
            } else if !pc4s.insert(entry.pc4).inserted {
                errors.append(InputError(.data, file: regioFile, place: place(1), Messages.duplicate(entry.pc4)))
            } else if i > 0, !Self.inOrder(regio[i - 1].pc4, entry.pc4) {
                errors.append(InputError(.data, file: regioFile, place: place(1), Messages.outOfOrder(entry.pc4, after: regio[i - 1].pc4)))
            }
            if entry.gemeente.isEmpty { errors.append(InputError(.data, file: regioFile, place: place(2), Messages.empty)) }
            if Self.hasLineBreak(entry.gemeente) { errors.append(InputError(.data, file: regioFile, place: place(2), Messages.lineBreak)) }
            if let swv = entry.swv, !DUOImport.isSWVCode(swv) {
                errors.append(InputError(.data, file: regioFile, place: place(3), Messages.notAnSWVCode(swv)))
            }
        }

        var schoolCodes = Set<String>()
        schoolCodes.reserveCapacity(model.schools.count)
        let schools = model.schools
        for (i, school) in schools.enumerated() {
            if !DUOImport.isSchoolCode(school.code) { addSchool(i, school, "code", Messages.badSchoolCode(school.code)) }
            if !schoolCodes.insert(school.code).inserted {
                addSchool(i, school, "code", Messages.duplicate(school.code))
            } else if !school.voorbeeld, i > 0, !schools[i - 1].voorbeeld, !Self.inOrder(schools[i - 1].code, school.code) {
                addSchool(i, school, "code", Messages.outOfOrder(school.code, after: schools[i - 1].code))
            }
            if Self.hasLineBreak(school.naam) { addSchool(i, school, "naam", Messages.lineBreak) }
            if Self.hasLineBreak(school.plaats) { addSchool(i, school, "plaats", Messages.lineBreak) }
            if Self.hasLineBreak(school.gemeente) { addSchool(i, school, "gemeente", Messages.lineBreak) }
            if model.swv(school.swv) == nil { addSchool(i, school, "swv", Messages.unknownSWV(school.swv)) }
            if school.vmbo == false && school.pro == false && school.havoVwo == false { addSchool(i, school, nil, Messages.offersNothing) }
            if school.leerwegen != nil && school.vmbo != true { addSchool(i, school, "leerwegen", Messages.leerwegenWithoutVmbo) }
            if school.leerwegen?.isEmpty == true { addSchool(i, school, "leerwegen", Messages.emptyLeerwegen) }
            if !school.voorbeeld {
                if let pc4 = school.pc4 {
                    if let area = model.regio(pc4: pc4) {
                        if area.swv != school.swv { addSchool(i, school, "swv", Messages.swvNotOfPostcode(school.swv, pc4, area.swv)) }
                    } else {
                        addSchool(i, school, "pc4", Messages.pc4NotInRegio(pc4))
                    }
                } else {
                    addSchool(i, school, "pc4", Messages.empty)
                }
            }
            if !checkedCitations.contains(school.bron) { cite(school.bron, places.school(i, school, field: "bron")) }
            if let leerwegenBron = school.leerwegenBron, !checkedCitations.contains(leerwegenBron) {
                cite(leerwegenBron, places.school(i, school, field: "leerwegenBron"))
            }
            for (j, licence) in (school.licenties ?? []).enumerated() {
                let lp = places.licence(i, j, school)
                if school.vmbo != true { add(lp, "", Messages.licenceWithoutVmbo) }
                if let offered = school.leerwegen {
                    for (k, leerweg) in (licence.leerwegen ?? []).enumerated() where !offered.contains(leerweg) {
                        add(lp, ".leerwegen[\(k)]", Messages.leerwegNotOffered(leerweg))
                    }
                }
                if let end = licence.tot, end < licence.vanaf { add(lp, ".tot", Messages.endBeforeStart(licence.vanaf, end)) }
                cite(licence.bron, (lp.file, lp.place + ".bron"))
                for (k, other) in (school.licenties ?? []).enumerated() where k < j && licence.overlaps(other) {
                    add(lp, "", Messages.licenceOverlap(k))
                }
            }
        }

        var parameterIDs = Set<String>()
        let nationalFile = places.national
        for (i, parameter) in model.parameters.enumerated() {
            let place = "parameters[\(i)]"
            if !parameterIDs.insert(parameter.id).inserted {
                errors.append(InputError(.data, file: nationalFile, place: place + ".id", Messages.duplicate(parameter.id)))
            }
            for (j, value) in parameter.waarden.enumerated() {
                let p = "\(place).waarden[\(j)]"
                if let end = value.tot, end < value.vanaf {
                    errors.append(InputError(.data, file: nationalFile, place: p + ".tot", Messages.endBeforeStart(value.vanaf, end)))
                }
                for (k, other) in parameter.waarden.enumerated() where k < j && value.overlaps(other) {
                    errors.append(InputError(.data, file: nationalFile, place: p, Messages.overlap(k)))
                }
                cite(value.bron, (nationalFile, p + ".bron"))
            }
        }
        return errors
    }

    enum Messages {
        static let empty = "mag niet leeg zijn"
        static func notAPC4(_ text: String) -> String { "\"\(Sanitized.short(text))\" is geen postcode van vier cijfers" }
        static func notAnSWVCode(_ text: String) -> String {
            "\"\(Sanitized.short(text))\" is geen SWV-code; verwacht VO gevolgd door vier cijfers, of \"Europoort\""
        }
        static let offersNothing = "een school biedt vmbo, pro of havo/vwo aan; hier staat niets"
        static let licenceWithoutVmbo =
            "alleen een school met vmbo kan een lwoo-licentie hebben (po-opting-out, \"Opting out van de lwoo-licenties\")"
        static let leerwegenWithoutVmbo = "leerwegen horen alleen bij een school met vmbo"
        static let emptyLeerwegen = "een lege lijst leerwegen zegt niets; laat leerwegen weg als ze onbekend zijn"
        static let nameNeedsSource = "een naam van een echt SWV heeft een bron (naamBron); zonder bron blijft het SWV bij zijn code"
        static let durationTooShort =
            "stelt het SWV een duur vast (duurVastgesteld \"ja\"), dan is de geldigheidsduur (duurSchooljaren) verplicht: een heel aantal schooljaren, minstens 1 (UB WVO 2020 art. 2.48 lid 1)"
        static let durationChoiceMissing =
            "bij eigen-criteria hoort duurVastgesteld: \"ja\", \"nee\" of \"onbekend\"; eigen criteria en een eigen duur zijn twee keuzes (WVO 2020 art. 2.48 lid 1 onder a en b)"
        static let durationWithoutChoice =
            "een geldigheidsduur (duurSchooljaren) hoort alleen bij duurVastgesteld \"ja\": stelt het SWV geen duur vast, of is dat onbekend, dan is er geen duur"
        static let durationChoiceOnlyForOwnCriteria = "duurVastgesteld hoort alleen bij lwooToewijzing \"eigen-criteria\""
        static let durationOnlyForOwnCriteria = "een geldigheidsduur (duurSchooljaren) hoort alleen bij lwooToewijzing \"eigen-criteria\""
        static let lateApplicationsMissing =
            "bij eigen-criteria hoort aanvragenNaLeerjaar1: \"ja\", \"nee\" of \"onbekend\" (WVO 2020 art. 2.48 lid 1; onbekend tenzij een bron het zegt)"
        static let lateApplicationsOnlyForOwnCriteria =
            "aanvragenNaLeerjaar1 hoort alleen bij lwooToewijzing \"eigen-criteria\"; bij landelijke criteria geldt de landelijke aanvraagtermijn"
        static func duplicate(_ code: String) -> String { "\"\(code)\" komt twee keer voor; een code is uniek" }
        static func outOfOrder(_ code: String, after previous: String) -> String {
            "\"\(Sanitized.short(code))\" staat na \"\(Sanitized.short(previous))\"; het bestand is gesorteerd op de eerste kolom, "
                + "zoals routekaart gegevens importeer het schrijft (het advies zoekt er een regel in door te halveren)"
        }
        static let lineBreak = "een regeleinde hoort niet in een naam; elke vestiging en elke postcode staat op één regel"
        static func unknownSource(_ citation: String) -> String {
            "\"\(citation)\" noemt geen bron uit bronnen.json (het eerste woord is de korte naam van de bron)"
        }
        static func endBeforeStart(_ start: Day, _ end: Day) -> String { "de einddatum \(end) ligt vóór de begindatum \(start)" }
        static func overlap(_ other: Int) -> String { "deze periode overlapt met periode [\(other)]; perioden van één SWV mogen niet overlappen" }
        static func licenceOverlap(_ other: Int) -> String {
            "deze licentie overlapt met licentie [\(other)] van dezelfde school; per dag geldt één licentieregel"
        }
        static func badSchoolCode(_ code: String) -> String {
            "\"\(code)\" is geen geldige schoolcode; verwacht BRIN plus vestigingsnummer, zoals 12AB00"
        }
        static func unknownSWV(_ code: String) -> String { "het SWV \"\(code)\" staat niet in de gegevens" }
        static func leerwegNotOffered(_ leerweg: Leerweg) -> String {
            "de school biedt de leerweg \"\(leerweg.rawValue)\" niet aan (zie leerwegen); een licentie kan alleen gelden voor een leerweg die de school aanbiedt"
        }
        static func pc4NotInRegio(_ pc4: String) -> String { "de postcode \(pc4) staat niet in de regio-indeling (model/regio.csv)" }
        static func swvNotOfPostcode(_ swv: String, _ pc4: String, _ actual: String?) -> String {
            "het SWV \(swv) klopt niet met de regio-indeling: postcode \(pc4) hoort bij \(actual ?? "geen SWV (Europoort)")"
        }
    }
}

/// Where the records of a model live, for messages: the generated CSV files by line, the JSON files by path.
struct ModelPlaces: Sendable {
    /// The data folder's path of a file.
    let path: @Sendable (String) -> String
    /// For real schools: the line of each in `vestigingen.csv`, by position in the model.
    var schoolLines: [Int] = []
    /// For SWVs entered by hand or as example: the index in their file, by code.
    var swvEntries: [String: (file: String, index: Int)] = [:]
    var exampleSchoolIndex: [String: Int] = [:]
    /// Hand-entered licences: the index in `licenties.json` of each (school, record).
    var licenceEntries: [String: [Int]] = [:]

    var national: String { path(DataSet.FileName.national) }

    func swv(_ index: Int, _ swv: SWV) -> (file: String, place: String) {
        if let entry = swvEntries[swv.code] { return (entry.file, "swv[\(entry.index)]") }
        return (path(ModelFiles.regio), "SWV \(swv.code)")
    }

    /// A school or one of its fields: `scholen[3].swv` in an example file, `regel 12, kolom 6 (swv)` in `vestigingen.csv`.
    func school(_ index: Int, _ school: School, field: String? = nil) -> (file: String, place: String) {
        if school.voorbeeld {
            return (path(ModelFiles.exampleSchools), "scholen[\(exampleSchoolIndex[school.code] ?? index)]" + (field.map { "." + $0 } ?? ""))
        }
        let line = schoolLines.indices.contains(index) ? schoolLines[index] : index + 2
        guard let field else { return (path(ModelFiles.vestigingen), "regel \(line)") }
        let column = Self.csvColumn[field] ?? field
        let number = (ModelFiles.vestigingenColumns.firstIndex(of: column) ?? 0) + 1
        return (path(ModelFiles.vestigingen), "regel \(line), kolom \(number) (\(column))")
    }

    /// Model field → column of `vestigingen.csv`.
    static let csvColumn = [
        "code": "vestigingscode", "pc4": "pc4", "swv": "swv", "leerwegen": "leerwegen", "bron": "bron", "leerwegenBron": "leerwegen_bron",
    ]

    func licence(_ schoolIndex: Int, _ index: Int, _ school: School) -> (file: String, place: String) {
        if school.voorbeeld {
            return (path(ModelFiles.exampleSchools), "scholen[\(exampleSchoolIndex[school.code] ?? schoolIndex)].licenties[\(index)]")
        }
        let entries = licenceEntries[school.code] ?? []
        return (path(ModelFiles.licences), "licenties[\(entries.indices.contains(index) ? entries[index] : index)]")
    }
}
