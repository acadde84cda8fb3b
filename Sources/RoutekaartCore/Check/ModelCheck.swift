/// The model's rules: the regio-indeling, every SWV, vestiging and licence, and the national parameters;
/// each problem names the file and the place. They check all of it, every time: the 1,630 real vestigingen
/// and 4,046 postcode areas too, and what the files give that the model leaves out (a licence for a
/// vestiging that is not there).
struct ModelCheck {
    let model: Model
    /// The files as read, before they were put together.
    let parts: ModelParts
    /// The ids in the source registry.
    let sources: Set<String>
    /// Where each record lives, for the messages.
    let places: ModelPlaces

    /// The model's rules, in the order `controleer` reports them.
    static var rules: [Rule<ModelCheck>] {
        [
            Rule(
                "TheRegioIndelingIsValid", "elke postcode (PC4) staat één keer in de regio-indeling, met een gemeente en een SWV-code of Europoort",
                theRegioIndelingIsValid),
            Rule(
                "EverySWVHasValidPeriods",
                "elk SWV heeft een unieke code uit de regio-indeling, een naam alleen met bron, en beleidsperioden die niet overlappen, met een bron",
                everySWVHasValidPeriods),
            Rule(
                "EverySchoolIsValid", "elke vestiging heeft een geldige, unieke code, het SWV van haar postcode, aanbod (of onbekend), en een bron",
                everySchoolIsValid),
            Rule(
                "EveryLicenceIsSourced",
                "elke licentie hoort bij een bestaande vestiging met vmbo, geldt alleen voor leerwegen die zij aanbiedt, en heeft een bron",
                everyLicenceIsSourced),
            Rule(
                "EveryNationalParameterIsValid", "elke landelijke parameter is uniek, met perioden die niet overlappen en een bron",
                everyNationalParameterIsValid),
        ]
    }

    func run() -> [Finding] { Self.rules.map { $0.finding(self) } }

    /// Every problem of every rule (for the importer, which checks a model before it writes it).
    func problems() -> [InputError] { run().flatMap(\.problems) }

    /// Adds a problem for a citation whose source is not in the registry, each citation checked once.
    struct Citations {
        let sources: Set<String>
        var checked = Set<String>()

        mutating func cite(_ citation: String, _ place: (file: String, place: String), _ problems: inout [InputError]) {
            if checked.contains(citation) { return }
            if sources.contains(Content.sourceID(of: citation)) {
                checked.insert(citation)
            } else {
                problems.append(InputError(.data, file: place.file, place: place.place, Messages.unknownSource(citation)))
            }
        }
    }

    func theRegioIndelingIsValid(_ problems: inout [InputError]) {
        var pc4s = Set<String>()
        let regioFile = places.path(ModelFiles.regio)
        for (i, entry) in model.regio.enumerated() {
            func place(_ column: Int) -> String { "regel \(i + 2), kolom \(column) (\(ModelFiles.regioColumns[column - 1]))" }
            if !DUOImport.isPC4(entry.pc4) {
                problems.append(InputError(.data, file: regioFile, place: place(1), DUOImport.Messages.notAPC4(entry.pc4)))
            } else if !pc4s.insert(entry.pc4).inserted {
                problems.append(InputError(.data, file: regioFile, place: place(1), Messages.duplicate(entry.pc4)))
            }
            if entry.gemeente.isEmpty { problems.append(InputError(.data, file: regioFile, place: place(2), Messages.empty)) }
            if let swv = entry.swv, !DUOImport.isSWVCode(swv) {
                problems.append(InputError(.data, file: regioFile, place: place(3), Messages.notAnSWVCode(swv)))
            }
        }
    }

    func everySWVHasValidPeriods(_ problems: inout [InputError]) {
        var citations = Citations(sources: sources)
        func add(_ place: (file: String, place: String), _ suffix: String, _ message: String) {
            problems.append(InputError(.data, file: place.file, place: place.place + suffix, message))
        }
        // What is entered by hand belongs to an SWV of the regio-indeling, which gives its gemeenten.
        let regioSWVs = Set(model.regio.compactMap(\.swv))
        let swvFile = places.path(ModelFiles.swvs)
        var handCodes = Set<String>()
        for (index, swv) in parts.handSWVs.enumerated() {
            if !handCodes.insert(swv.code).inserted {
                problems.append(InputError(.data, file: swvFile, place: "swv[\(index)].code", Messages.duplicate(swv.code)))
            }
            if !regioSWVs.contains(swv.code) {
                problems.append(InputError(.data, file: swvFile, place: "swv[\(index)].code", Messages.swvNotInRegio(swv.code)))
            }
            if swv.voorbeeld {
                problems.append(InputError(.data, file: swvFile, place: "swv[\(index)].voorbeeld", Messages.realIsNoExample))
            }
            if !swv.gemeenten.isEmpty {
                problems.append(InputError(.data, file: swvFile, place: "swv[\(index)].gemeenten", Messages.gemeentenFromRegio))
            }
        }
        for (index, swv) in parts.exampleSWVs.enumerated() where !swv.voorbeeld {
            problems.append(
                InputError(.data, file: places.path(ModelFiles.exampleSWVs), place: "swv[\(index)].voorbeeld", Messages.exampleMustSaySo))
        }
        var swvCodes = Set<String>()
        for (i, swv) in model.swvs.enumerated() {
            let place = places.swv(i, swv)
            if swv.code.trimmingBlanks().isEmpty { add(place, ".code", Messages.empty) }
            if !swvCodes.insert(swv.code).inserted { add(place, ".code", Messages.duplicate(swv.code)) }
            if let naam = swv.naam, naam.trimmingBlanks().isEmpty { add(place, ".naam", Messages.empty) }
            if !swv.voorbeeld, swv.naam != nil {
                if let naamBron = swv.naamBron {
                    citations.cite(naamBron, (place.file, place.place + ".naamBron"), &problems)
                } else {
                    add(place, ".naamBron", Messages.nameNeedsSource)
                }
            }
            for (j, period) in swv.perioden.enumerated() {
                let p = "\(place.place).perioden[\(j)]"
                if let end = period.tot, end < period.vanaf {
                    problems.append(InputError(.data, file: place.file, place: p + ".tot", Messages.endBeforeStart(period.vanaf, end)))
                }
                if period.lwooToewijzing == .eigenCriteria {
                    switch period.duurVastgesteld {
                    case nil:
                        problems.append(InputError(.data, file: place.file, place: p + ".duurVastgesteld", Messages.durationChoiceMissing))
                    case .ja?:
                        if (period.duurSchooljaren ?? 0) < 1 {
                            problems.append(InputError(.data, file: place.file, place: p + ".duurSchooljaren", Messages.durationTooShort))
                        }
                    case .nee?, .onbekend?:
                        if period.duurSchooljaren != nil {
                            problems.append(InputError(.data, file: place.file, place: p + ".duurSchooljaren", Messages.durationWithoutChoice))
                        }
                    }
                    if period.aanvragenNaLeerjaar1 == nil {
                        problems.append(InputError(.data, file: place.file, place: p + ".aanvragenNaLeerjaar1", Messages.lateApplicationsMissing))
                    }
                } else {
                    if period.duurVastgesteld != nil {
                        problems.append(
                            InputError(.data, file: place.file, place: p + ".duurVastgesteld", Messages.durationChoiceOnlyForOwnCriteria))
                    }
                    if period.duurSchooljaren != nil {
                        problems.append(InputError(.data, file: place.file, place: p + ".duurSchooljaren", Messages.durationOnlyForOwnCriteria))
                    }
                    if period.aanvragenNaLeerjaar1 != nil {
                        problems.append(
                            InputError(.data, file: place.file, place: p + ".aanvragenNaLeerjaar1", Messages.lateApplicationsOnlyForOwnCriteria))
                    }
                }
                citations.cite(period.bron, (place.file, p + ".bron"), &problems)
                for (k, other) in swv.perioden.enumerated() where k < j && period.overlaps(other) {
                    problems.append(InputError(.data, file: place.file, place: p, Messages.overlap(k)))
                }
            }
        }
    }

    func everySchoolIsValid(_ problems: inout [InputError]) {
        var citations = Citations(sources: sources)
        /// A field of a school: in `vestigingen.csv` its line and column, in an example file its path.
        func add(_ i: Int, _ school: School, _ field: String?, _ message: String) {
            let place = places.school(i, school, field: field)
            problems.append(InputError(.data, file: place.file, place: place.place, message))
        }
        for (index, school) in parts.exampleSchools.enumerated() where !school.voorbeeld {
            problems.append(
                InputError(.data, file: places.path(ModelFiles.exampleSchools), place: "scholen[\(index)].voorbeeld", Messages.exampleMustSaySo))
        }
        var schoolCodes = Set<String>()
        schoolCodes.reserveCapacity(model.schools.count)
        for (i, school) in model.schools.enumerated() {
            if !DUOImport.isSchoolCode(school.code) { add(i, school, "code", Messages.badSchoolCode(school.code)) }
            if !schoolCodes.insert(school.code).inserted { add(i, school, "code", Messages.duplicate(school.code)) }
            if model.swv(school.swv) == nil { add(i, school, "swv", Messages.unknownSWV(school.swv)) }
            if school.vmbo == false && school.pro == false && school.havoVwo == false { add(i, school, nil, Messages.offersNothing) }
            if school.leerwegen != nil && school.vmbo != true { add(i, school, "leerwegen", Messages.leerwegenWithoutVmbo) }
            if school.leerwegen?.isEmpty == true { add(i, school, "leerwegen", Messages.emptyLeerwegen) }
            if !school.voorbeeld {
                if let pc4 = school.pc4 {
                    if let area = model.regio(pc4: pc4) {
                        if area.swv != school.swv { add(i, school, "swv", Messages.swvNotOfPostcode(school.swv, pc4, area.swv)) }
                    } else {
                        add(i, school, "pc4", Messages.pc4NotInRegio(pc4))
                    }
                } else {
                    add(i, school, "pc4", Messages.empty)
                }
            }
            citations.cite(school.bron, places.school(i, school, field: "bron"), &problems)
            if let leerwegenBron = school.leerwegenBron {
                citations.cite(leerwegenBron, places.school(i, school, field: "leerwegenBron"), &problems)
            }
        }
    }

    func everyLicenceIsSourced(_ problems: inout [InputError]) {
        var citations = Citations(sources: sources)
        for (index, record) in parts.licences.enumerated() where model.school(record.school).map({ $0.voorbeeld }) ?? true {
            problems.append(
                InputError(
                    .data, file: places.path(ModelFiles.licences), place: "licenties[\(index)].school",
                    Messages.licenceForUnknownSchool(record.school)))
        }
        for (i, school) in model.schools.enumerated() {
            for (j, licence) in (school.licenties ?? []).enumerated() {
                let lp = places.licence(i, j, school)
                func add(_ suffix: String, _ message: String) {
                    problems.append(InputError(.data, file: lp.file, place: lp.place + suffix, message))
                }
                if school.vmbo != true { add("", Messages.licenceWithoutVmbo) }
                if let offered = school.leerwegen {
                    for (k, leerweg) in (licence.leerwegen ?? []).enumerated() where !offered.contains(leerweg) {
                        add(".leerwegen[\(k)]", Messages.leerwegNotOffered(leerweg))
                    }
                }
                if let end = licence.tot, end < licence.vanaf { add(".tot", Messages.endBeforeStart(licence.vanaf, end)) }
                citations.cite(licence.bron, (lp.file, lp.place + ".bron"), &problems)
                for (k, other) in (school.licenties ?? []).enumerated() where k < j && licence.overlaps(other) {
                    add("", Messages.licenceOverlap(k))
                }
            }
        }
    }

    func everyNationalParameterIsValid(_ problems: inout [InputError]) {
        var citations = Citations(sources: sources)
        var parameterIDs = Set<String>()
        let nationalFile = places.national
        for (i, parameter) in model.parameters.enumerated() {
            let place = "parameters[\(i)]"
            if !parameterIDs.insert(parameter.id).inserted {
                problems.append(InputError(.data, file: nationalFile, place: place + ".id", Messages.duplicate(parameter.id)))
            }
            for (j, value) in parameter.waarden.enumerated() {
                let p = "\(place).waarden[\(j)]"
                if let end = value.tot, end < value.vanaf {
                    problems.append(InputError(.data, file: nationalFile, place: p + ".tot", Messages.endBeforeStart(value.vanaf, end)))
                }
                for (k, other) in parameter.waarden.enumerated() where k < j && value.overlaps(other) {
                    problems.append(InputError(.data, file: nationalFile, place: p, Messages.overlap(k)))
                }
                citations.cite(value.bron, (nationalFile, p + ".bron"), &problems)
            }
        }
    }

    enum Messages {
        static func swvNotInRegio(_ code: String) -> String {
            "het SWV \"\(Sanitized.short(code))\" staat niet in de regio-indeling (model/regio.csv); gebruik een code als VO3003"
        }
        static let realIsNoExample = "echte gegevens zijn geen voorbeeld; voorbeeld-SWV's en -scholen staan in voorbeeld/"
        static let exampleMustSaySo = "gegevens in voorbeeld/ zijn verzonnen en zeggen dat: \"voorbeeld\": true"
        static let gemeentenFromRegio = "de gemeenten van een echt SWV komen uit de regio-indeling; vul ze hier niet in"
        static func licenceForUnknownSchool(_ code: String) -> String {
            "de vestiging \"\(Sanitized.short(code))\" staat niet in model/vestigingen.csv (opgeheven of verkeerde code?); pas de licentie aan of verwijder haar"
        }
        static let empty = "mag niet leeg zijn"
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
