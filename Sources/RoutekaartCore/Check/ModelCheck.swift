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
                "elk SWV heeft een unieke code uit de regio-indeling; elk feit over een SWV in de kennisbestanden van de gegevensmap (naam, beleid, duur, late aanvragen, licentiebeleid, contact) noemt een bestaande code, heeft een bron en een periode die niet overlapt met een ander feit over hetzelfde, en bevat geen persoonsgegevens; een duur of late aanvragen alleen bij eigen criteria",
                everySWVHasValidPeriods),
            Rule(
                "EverySchoolIsValid", "elke vestiging heeft een geldige, unieke code, het SWV van haar postcode, aanbod (of onbekend), en een bron",
                everySchoolIsValid),
            Rule(
                "EveryLicenceIsSourced",
                "elke licentie in de kennisbestanden van de gegevensmap hoort bij een bestaande vestiging met vmbo, geldt alleen voor leerwegen die zij aanbiedt, heeft een bron en overlapt niet met een andere licentieregel voor dezelfde leerweg",
                everyLicenceIsSourced),
            Rule(
                "EveryBundledFactCitesARegisteredSource",
                "elk feit in de meegeleverde kennisbestanden (model/kennis.csv, voorbeeld/kennis.csv) noemt als bron een bron uit bronnen.json, met paragraaf waar die er is",
                everyBundledFactCitesARegisteredSource),
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

    /// What the knowledge reader found wrong in the data folder's knowledge files, each with the subject of its row (nil
    /// for the file as a whole, or a row whose subject is not known). A warning counts too: the data folder's files are
    /// understood in full, or they are wrong.
    func knowledgeProblems() -> [(problem: InputError, subject: KnowledgeSubject?)] {
        var result: [(InputError, KnowledgeSubject?)] = []
        for reading in parts.knowledgeReadings {
            let table = reading.table
            var subjects: [Int: KnowledgeSubject] = [:]
            for row in table.rows {
                if let subject = KnowledgeSubject(rawValue: table.field(row, "onderwerp").lowercased()) { subjects[row.line] = subject }
            }
            var problems = reading.errors + reading.warnings
            if table.kind == .bundled || table.kind == .examples {
                var validator = KnowledgeValidator(
                    table: table, reference: KnowledgeReference(model: model, examples: table.kind == .examples), today: Day.inpassing)
                problems += validator.personalDataProblems()
            }
            for problem in problems {
                var subject: KnowledgeSubject?
                if let file = problem.file, file.hasPrefix(table.path + ":"), let line = Int(file.dropFirst(table.path.count + 1)) {
                    subject = subjects[line]
                }
                result.append((problem, subject))
            }
        }
        return result
    }

    func everySWVHasValidPeriods(_ problems: inout [InputError]) {
        // The SWVs are the codes of the regio-indeling; example SWVs are apart, and say so.
        let regioSWVs = Set(model.regio.compactMap(\.swv))
        let exampleFile = places.path(ModelFiles.exampleSWVs)
        var exampleCodes = Set<String>()
        for (index, swv) in parts.exampleSWVs.enumerated() {
            if !swv.voorbeeld { problems.append(InputError(.data, file: exampleFile, place: "swv[\(index)].voorbeeld", Messages.exampleMustSaySo)) }
            if swv.code.trimmingBlanks().isEmpty {
                problems.append(InputError(.data, file: exampleFile, place: "swv[\(index)].code", Messages.empty))
            }
            if !exampleCodes.insert(swv.code).inserted || regioSWVs.contains(swv.code) {
                problems.append(InputError(.data, file: exampleFile, place: "swv[\(index)].code", Messages.duplicate(swv.code)))
            }
        }
        problems += knowledgeProblems().filter { $0.subject != .licentie }.map(\.problem)
        // Invented facts only in the example file, and only there.
        for reading in parts.knowledgeReadings {
            for fact in reading.table.facts {
                let invented = model.swv(fact.code)?.voorbeeld ?? model.school(fact.code)?.voorbeeld ?? false
                let place = "\(reading.table.path):\(fact.origin.line)"
                if reading.table.kind == .examples, !invented {
                    problems.append(InputError(.data, file: place, place: "kolom code", Messages.realFactInExamples(fact.code)))
                } else if reading.table.kind != .examples, invented {
                    problems.append(InputError(.data, file: place, place: "kolom code", Messages.realIsNoExample))
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
        problems += knowledgeProblems().filter { $0.subject == .licentie }.map(\.problem)
        // A licence held for a leerweg the vestiging does not offer, as far as DUO's exam data shows what it offers.
        for reading in parts.knowledgeReadings {
            for fact in reading.table.facts where fact.subject == .licentie && fact.value == .licence(true) {
                guard let offered = model.school(fact.code)?.leerwegen, let leerwegen = fact.scope.leerwegen, fact.scope != .all else { continue }
                for leerweg in leerwegen where !offered.contains(leerweg) {
                    problems.append(
                        InputError(
                            .data, file: "\(reading.table.path):\(fact.origin.line)", place: "kolom leerwegen", Messages.leerwegNotOffered(leerweg)))
                }
            }
        }
    }

    func everyBundledFactCitesARegisteredSource(_ problems: inout [InputError]) {
        var citations = Citations(sources: sources)
        for reading in parts.knowledgeReadings where reading.table.kind == .bundled || reading.table.kind == .examples {
            for fact in reading.table.facts {
                citations.cite(fact.bron, ("\(reading.table.path):\(fact.origin.line)", "kolom bron"), &problems)
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
        static let realIsNoExample =
            "echte gegevens gaan niet over voorbeelden; feiten over voorbeeld-SWV's en -scholen staan in voorbeeld/kennis.csv"
        static func realFactInExamples(_ code: String) -> String {
            "\(code) is geen voorbeeld: voorbeeld/kennis.csv bevat alleen verzonnen feiten over voorbeeld-SWV's en -scholen; echte feiten staan in model/kennis.csv"
        }
        static let exampleMustSaySo = "gegevens in voorbeeld/ zijn verzonnen en zeggen dat: \"voorbeeld\": true"
        static let empty = "mag niet leeg zijn"
        static func notAnSWVCode(_ text: String) -> String {
            "\"\(Sanitized.short(text))\" is geen SWV-code; verwacht VO gevolgd door vier cijfers, of \"Europoort\""
        }
        static let offersNothing = "een school biedt vmbo, pro of havo/vwo aan; hier staat niets"
        static let licenceWithoutVmbo =
            "alleen een school met vmbo kan een lwoo-licentie hebben (po-opting-out, \"Opting out van de lwoo-licenties\")"
        static let leerwegenWithoutVmbo = "leerwegen horen alleen bij een school met vmbo"
        static let emptyLeerwegen = "een lege lijst leerwegen zegt niets; laat leerwegen weg als ze onbekend zijn"
        static func duplicate(_ code: String) -> String { "\"\(code)\" komt twee keer voor; een code is uniek" }
        static func unknownSource(_ citation: String) -> String {
            "\"\(citation)\" noemt geen bron uit bronnen.json (het eerste woord is de korte naam van de bron)"
        }
        static func endBeforeStart(_ start: Day, _ end: Day) -> String { "de einddatum \(end) ligt vóór de begindatum \(start)" }
        static func overlap(_ other: Int) -> String { "deze periode overlapt met periode [\(other)]; perioden van één SWV mogen niet overlappen" }
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
