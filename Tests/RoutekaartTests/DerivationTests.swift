import RoutekaartCore
import Testing

/// Each derivation function on its own, over a tiny model built here.
@Suite struct DerivationTests {
    static func day(_ text: String) -> Day {
        guard let day = Day(text) else { preconditionFailure("geen datum: \(text)") }
        return day
    }

    /// The SWVs' policies and the schools' licences, as a knowledge file gives them (read by the reader of every file).
    static let knowledge = """
        onderwerp;code;leerwegen;waarde;vanaf;tot;bron;gecontroleerd
        naam;A;;SWV A;2016-01-01;;voorbeeld;2026-01-01
        beleid;A;;landelijk;2016-01-01;2018-12-31;voorbeeld;2026-01-01
        beleid;A;;eigen-criteria;2019-01-01;;voorbeeld;2026-01-01
        duur;A;;2;2019-01-01;;voorbeeld;2026-01-01
        late-aanvragen;A;;ja;2019-01-01;;voorbeeld;2026-01-01
        naam;B;;SWV B;2016-01-01;;voorbeeld;2026-01-01
        beleid;B;;opting-out;2016-01-01;;voorbeeld;2026-01-01
        naam;C;;SWV C;2016-01-01;;voorbeeld;2026-01-01
        beleid;C;;eigen-criteria;2016-01-01;2019-12-31;voorbeeld;2026-01-01
        duur;C;;geen;2016-01-01;2019-12-31;voorbeeld;2026-01-01
        beleid;C;;eigen-criteria;2020-01-01;;voorbeeld;2026-01-01
        licentie;99AA00;theoretisch;ja;2016-01-01;;voorbeeld;2026-01-01
        licentie;99AA00;basis,kader,gemengd;nee;2016-01-01;;voorbeeld;2026-01-01
        licentie;99AA04;;nee;2016-01-01;;voorbeeld;2026-01-01
        """

    static let swvs = [
        SWV(code: "A", voorbeeld: true),
        SWV(code: "B", voorbeeld: true),
        // Own criteria without an own duration (WVO 2020 art. 2.48 lid 1 onder a, not onder b); later: not known whether it sets one.
        SWV(code: "C", voorbeeld: true),
    ]

    static let schools = [
        School(
            code: "99AA00", naam: "Vmbo-school", plaats: "Ergens", gemeente: "Ergens", swv: "A", voorbeeld: true, pro: false, vmbo: true,
            leerwegen: [.basis, .theoretisch], havoVwo: false, bron: "voorbeeld", laatstGecontroleerd: day("2026-01-01")),
        School(
            code: "99AA01", naam: "Praktijkschool", plaats: "Ergens", gemeente: "Ergens", swv: "A", voorbeeld: true, pro: true, vmbo: false,
            leerwegen: nil, havoVwo: false, bron: "voorbeeld", laatstGecontroleerd: day("2026-01-01")),
        // As DUO's data gives a school: leerwegen from exam candidates (evidence, not a complete list), licences unknown.
        School(
            code: "99AA02", naam: "Echte school", plaats: "Elders", gemeente: "Elders", pc4: "4942", swv: "A", voorbeeld: false, pro: false,
            vmbo: true, leerwegen: [.theoretisch], havoVwo: true, bron: "duo", gegevensDatum: day("2026-10-02"), leerwegenBron: "examens"),
        // A brugjaar location: DUO does not say what it offers.
        School(
            code: "99AA03", naam: "Brugjaarlocatie", plaats: "Elders", gemeente: "Elders", pc4: "4942", swv: "A", voorbeeld: false, pro: nil,
            vmbo: nil, leerwegen: nil, havoVwo: nil, bron: "duo", gegevensDatum: day("2026-10-02")),
        // A vmbo school stated to hold no licence at all.
        School(
            code: "99AA04", naam: "Vmbo zonder licentie", plaats: "Ergens", gemeente: "Ergens", swv: "A", voorbeeld: true, pro: false, vmbo: true,
            leerwegen: [.kader], havoVwo: false, bron: "voorbeeld", laatstGecontroleerd: day("2026-01-01")),
    ]

    static let table: KnowledgeTable = {
        let reference = KnowledgeReference(
            swvs: swvs.map { KnowledgeReference.SWVEntry(code: $0.code, displayName: $0.code) },
            schools: schools.map { KnowledgeReference.SchoolEntry(code: $0.code, naam: $0.naam, plaats: $0.plaats, swv: $0.swv, vmbo: $0.vmbo) })
        let reading = KnowledgeReader.parse(
            Array(knowledge.utf8), path: "kennis.csv", label: "voorbeeldgegevens", kind: .examples, reference: reference, today: day("2026-11-25"))
        guard reading.errors.isEmpty else { preconditionFailure("\(reading.errors)") }
        return reading.table
    }()

    static let model = Model(
        swvs: swvs, schools: schools,
        parameters: [
            Parameter(
                id: "teldatum", omschrijving: "teldatum",
                waarden: [
                    ParameterValue(
                        vanaf: day("2016-01-01"), waarde: ParameterContent(datum: MonthDay("10-01")), bron: "voorbeeld",
                        laatstGecontroleerd: day("2026-01-01"))
                ]),
            Parameter(
                id: "aanmeldperiode", omschrijving: "aanmeldperiode, in de wet vanaf 1 augustus 2023",
                waarden: [
                    ParameterValue(
                        vanaf: day("2023-08-01"), waarde: ParameterContent(datum: MonthDay("03-31")), bron: "voorbeeld",
                        laatstGecontroleerd: day("2026-01-01"))
                ]),
        ],
        regio: [RegioEntry(pc4: "4942", gemeente: "Elders", swv: "A")], regioOrigin: DataOrigin(bron: "regio", datum: day("2015-04-23")),
        knowledge: KnowledgeBase(tables: [table]))

    static let context = DerivationContext(model: model, peildatum: day("2026-11-25"))

    static func derive(_ name: String, _ inputs: [String], parameter: String? = nil, rows: [TableRow]? = nil) throws -> DerivedValue {
        guard let function = Derivations.function(named: name) else { throw Missing(name: name) }
        let derivation = Derivation(
            functie: name, invoer: inputs.indices.map { "in\($0)" }, parameter: parameter, rijen: rows, regel: "", bronnen: [])
        return try function.derive({ (index: Int) throws(Interruption) -> String in inputs[index] }, derivation, context)
    }

    struct Missing: Error { var name: String }

    static func value(_ result: DerivedValue) -> String? {
        if case .value(let value, _) = result { return value }
        return nil
    }

    @Test func everyFunctionIsRegisteredOnceByName() {
        let names = Derivations.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(
            Set(names) == [
                "peildatum", "swvVanSchool", "toewijzing", "einddatumAanwijzing", "licentie", "biedtPro", "biedtVmbo", "eerder", "volgendeDatum",
                "vorigeDatum", "geldt", "tabel", "gelijk", "biedtLeerweg", "aanvragenNaLeerjaar1", "duurVastgesteld",
            ])
    }

    @Test func peildatumGivesTheDateOfTheCase() throws {
        #expect(Self.value(try Self.derive("peildatum", [])) == "2026-11-25")
    }

    @Test func swvVanSchoolGivesTheSchoolsSWVAndIsUnknownForAnUnknownSchool() throws {
        #expect(Self.value(try Self.derive("swvVanSchool", ["99AA00"])) == "A")
        #expect(Self.value(try Self.derive("swvVanSchool", ["onbekend"])) == nil)
        #expect(Self.value(try Self.derive("swvVanSchool", ["12XX99"])) == nil)
    }

    @Test func toewijzingPicksThePeriodOfTheDateAndIsUnknownWhereTheSourceIsSilent() throws {
        #expect(Self.value(try Self.derive("toewijzing", ["A", "2018-12-31"])) == "landelijk")
        #expect(Self.value(try Self.derive("toewijzing", ["A", "2019-01-01"])) == "eigen-criteria")
        // Before 2016 the RVC decided, on the national criteria, whatever the SWV.
        #expect(Self.value(try Self.derive("toewijzing", ["A", "2015-06-01"])) == "landelijk")
        #expect(Self.value(try Self.derive("toewijzing", ["onbekend", "2015-06-01"])) == "landelijk")
        #expect(Self.value(try Self.derive("toewijzing", ["B", "2020-01-01"])) == nil)
        #expect(Self.value(try Self.derive("toewijzing", ["onbekend", "2020-01-01"])) == nil)
    }

    /// Whole school years: the rest of the school year of the decision, then the duration; always a 31 July
    /// (UB WVO 2020 art. 2.48 lid 1).
    @Test func einddatumAanwijzingCountsWholeSchoolYearsFromTheDecision() throws {
        #expect(Self.value(try Self.derive("einddatumAanwijzing", ["A", "2020-03-01"])) == "2022-07-31")
        #expect(Self.value(try Self.derive("einddatumAanwijzing", ["A", "2020-08-01"])) == "2022-07-31")
        #expect(Self.value(try Self.derive("einddatumAanwijzing", ["A", "2020-08-02"])) == "2023-07-31")
        #expect(Self.value(try Self.derive("einddatumAanwijzing", ["A", "2020-07-31"])) == "2022-07-31")
        #expect(Self.value(try Self.derive("einddatumAanwijzing", ["A", "2017-03-01"])) == nil)
        // Own criteria without an own duration: no end date, and none where the data does not say it.
        #expect(Self.value(try Self.derive("einddatumAanwijzing", ["C", "2018-03-01"])) == nil)
        #expect(Self.value(try Self.derive("einddatumAanwijzing", ["C", "2021-03-01"])) == nil)
    }

    @Test func swvVanSchoolOfARealSchoolRestsOnTheRegioIndeling() throws {
        guard case .value(let swv, let provenance) = try Self.derive("swvVanSchool", ["99AA02"]) else {
            Issue.record("geen waarde")
            return
        }
        #expect(swv == "A")
        #expect(provenance.map(\.bron) == ["duo", "regio"])
        #expect(provenance.last?.gegevensDatum == Self.day("2015-04-23"))
    }

    @Test func licentieHoldsOnlyForTheLicensedLeerweg() throws {
        #expect(Self.value(try Self.derive("licentie", ["99AA00", "theoretisch", "2026-09-01"])) == "ja")
        #expect(Self.value(try Self.derive("licentie", ["99AA00", "basis", "2026-09-01"])) == "nee")
        // Before the licence record's period no source speaks: unknown, not "nee".
        #expect(Self.value(try Self.derive("licentie", ["99AA00", "theoretisch", "2015-09-01"])) == nil)
        #expect(Self.value(try Self.derive("licentie", ["onbekend", "basis", "2026-09-01"])) == nil)
        // A school stated to have no licence at all; a real school no source speaks of.
        #expect(Self.value(try Self.derive("licentie", ["99AA04", "kader", "2026-09-01"])) == "nee")
        #expect(Self.value(try Self.derive("licentie", ["99AA02", "theoretisch", "2026-09-01"])) == nil)
    }

    @Test func biedtProAndBiedtVmboReadTheOffer() throws {
        #expect(Self.value(try Self.derive("biedtPro", ["99AA01"])) == "ja")
        #expect(Self.value(try Self.derive("biedtPro", ["99AA00"])) == "nee")
        #expect(Self.value(try Self.derive("biedtVmbo", ["99AA00"])) == "ja")
        #expect(Self.value(try Self.derive("biedtVmbo", ["99AA01"])) == "nee")
        // A brugjaar location: DUO does not say.
        #expect(Self.value(try Self.derive("biedtPro", ["99AA03"])) == nil)
        #expect(Self.value(try Self.derive("biedtVmbo", ["99AA03"])) == nil)
    }

    @Test func biedtProAsksForASchoolWithProBesideVmbo() throws {
        let combined = School(
            code: "99AA09", naam: "Brede school", plaats: "Ergens", gemeente: "Ergens", swv: "A", voorbeeld: true, pro: true, vmbo: true,
            leerwegen: [.basis], havoVwo: false, bron: "voorbeeld", laatstGecontroleerd: Self.day("2026-01-01"))
        let model = Model(swvs: Self.swvs, schools: Self.schools + [combined], parameters: Self.model.parameters)
        let function = try #require(Derivations.function(named: "biedtPro"))
        let derivation = Derivation(functie: "biedtPro", invoer: ["school"], regel: "", bronnen: [])
        let result = try function.derive(
            { (_: Int) throws(Interruption) -> String in "99AA09" }, derivation, DerivationContext(model: model, peildatum: Self.day("2026-11-25")))
        #expect(Self.value(result) == nil, "een school met pro én vmbo: het model weet niet wat de leerling volgt")
    }

    @Test func eerderComparesDatesAndIsUnknownWithoutOne() throws {
        #expect(Self.value(try Self.derive("eerder", ["2020-01-01", "2020-01-02"])) == "ja")
        #expect(Self.value(try Self.derive("eerder", ["2020-01-02", "2020-01-02"])) == "nee")
        #expect(Self.value(try Self.derive("eerder", ["onbekend", "2020-01-02"])) == nil)
    }

    @Test func volgendeDatumGivesTheNextDayOfTheParameter() throws {
        #expect(Self.value(try Self.derive("volgendeDatum", ["2026-09-01"], parameter: "teldatum")) == "2026-10-01")
        #expect(Self.value(try Self.derive("volgendeDatum", ["2026-10-02"], parameter: "teldatum")) == "2027-10-01")
        #expect(Self.value(try Self.derive("volgendeDatum", ["2026-10-01"], parameter: "teldatum")) == "2026-10-01")
    }

    @Test func vorigeDatumGivesTheLastDayOfTheParameterStrictlyBefore() throws {
        #expect(Self.value(try Self.derive("vorigeDatum", ["2026-10-02"], parameter: "teldatum")) == "2026-10-01")
        #expect(Self.value(try Self.derive("vorigeDatum", ["2026-10-01"], parameter: "teldatum")) == "2025-10-01", "strikt ervoor")
        #expect(Self.value(try Self.derive("vorigeDatum", ["2027-07-31"], parameter: "aanmeldperiode")) == "2027-03-31")
        #expect(Self.value(try Self.derive("vorigeDatum", ["2023-07-31"], parameter: "aanmeldperiode")) == nil, "vóór de eerste waarde")
        #expect(Self.value(try Self.derive("vorigeDatum", ["onbekend"], parameter: "teldatum")) == nil)
    }

    @Test func geldtSaysWhetherTheParameterHasAValueOnTheDate() throws {
        #expect(Self.value(try Self.derive("geldt", ["2023-07-31"], parameter: "aanmeldperiode")) == "nee")
        #expect(Self.value(try Self.derive("geldt", ["2023-08-01"], parameter: "aanmeldperiode")) == "ja")
        #expect(Self.value(try Self.derive("geldt", ["onbekend"], parameter: "aanmeldperiode")) == nil)
    }

    @Test func volgendeDatumReportsAMissingParameter() throws {
        let function = try #require(Derivations.function(named: "volgendeDatum"))
        let derivation = Derivation(functie: "volgendeDatum", invoer: ["x"], parameter: "bestaat-niet", regel: "", bronnen: [])
        let problems = function.problems(in: derivation, content: Support.bundled.content, model: Self.model)
        #expect(problems.map(\.place) == ["parameter"])
    }

    @Test func tabelTakesTheFirstMatchingRowAndReadsOnlyWhatItNeeds() throws {
        let rows = [TableRow(als: ["a", "*"], dan: "eerste"), TableRow(als: ["b", "x"], dan: "tweede"), TableRow(als: ["*", "*"], dan: "rest")]
        #expect(Self.value(try Self.derive("tabel", ["b", "x"], rows: rows)) == "tweede")
        #expect(Self.value(try Self.derive("tabel", ["b", "y"], rows: rows)) == "rest")
        // With "a" first, every fitting row says "eerste": the second input is never read.
        let function = try #require(Derivations.function(named: "tabel"))
        let derivation = Derivation(functie: "tabel", invoer: ["p", "q"], rijen: rows, regel: "", bronnen: [])
        var read: [Int] = []
        let result = try function.derive(
            { (index: Int) throws(Interruption) -> String in
                read.append(index)
                return ["a", "z"][index]
            }, derivation, Self.context)
        #expect(Self.value(result) == "eerste")
        #expect(read == [0])
    }

    @Test func gelijkComparesAndIsUnknownWhenEitherIs() throws {
        #expect(Self.value(try Self.derive("gelijk", ["A", "A"])) == "ja")
        #expect(Self.value(try Self.derive("gelijk", ["A", "B"])) == "nee")
        #expect(Self.value(try Self.derive("gelijk", ["A", "onbekend"])) == nil)
    }

    @Test func biedtLeerwegKnowsTheLeerwegenOfASchoolWithVmboOnly() throws {
        #expect(Self.value(try Self.derive("biedtLeerweg", ["99AA00", "basis"])) == "ja")
        #expect(Self.value(try Self.derive("biedtLeerweg", ["99AA00", "kader"])) == "nee")
        // A school without vmbo has no wrong leerweg: it has none.
        #expect(Self.value(try Self.derive("biedtLeerweg", ["99AA01", "kader"])) == nil)
        // Exam candidates show a leerweg is offered; their absence does not show it is not.
        #expect(Self.value(try Self.derive("biedtLeerweg", ["99AA02", "theoretisch"])) == "ja")
        #expect(Self.value(try Self.derive("biedtLeerweg", ["99AA02", "kader"])) == nil)
        #expect(Self.value(try Self.derive("biedtLeerweg", ["99AA03", "kader"])) == nil)
    }

    @Test func aanvragenNaLeerjaar1ReadsThePeriodAndIsUnknownWhereTheSourceIsSilent() throws {
        #expect(Self.value(try Self.derive("aanvragenNaLeerjaar1", ["A", "2020-01-01"])) == "ja")
        // The landelijk period says nothing about it; SWV B's policy is not known.
        #expect(Self.value(try Self.derive("aanvragenNaLeerjaar1", ["A", "2017-01-01"])) == nil)
        #expect(Self.value(try Self.derive("aanvragenNaLeerjaar1", ["B", "2020-01-01"])) == nil)
        #expect(Self.value(try Self.derive("aanvragenNaLeerjaar1", ["onbekend", "2020-01-01"])) == nil)
    }

    @Test func duurVastgesteldReadsThePeriodSeparateFromTheOwnCriteria() throws {
        #expect(Self.value(try Self.derive("duurVastgesteld", ["A", "2020-01-01"])) == "ja")
        #expect(Self.value(try Self.derive("duurVastgesteld", ["C", "2018-01-01"])) == "nee")
        // Unknown in the data, a landelijk period, an unknown SWV: the advisor asks.
        #expect(Self.value(try Self.derive("duurVastgesteld", ["C", "2021-01-01"])) == nil)
        #expect(Self.value(try Self.derive("duurVastgesteld", ["A", "2017-01-01"])) == nil)
        #expect(Self.value(try Self.derive("duurVastgesteld", ["onbekend", "2020-01-01"])) == nil)
    }

    @Test func tabelReportsACombinationWithoutARow() throws {
        let function = try #require(Derivations.function(named: "tabel"))
        let content = Support.bundled.content
        let derivation = Derivation(
            functie: "tabel", invoer: ["leerjaar"], rijen: [TableRow(als: ["1"], dan: "x")], regel: "", bronnen: [])
        let messages = function.problems(in: derivation, content: content, model: Self.model).map(\.message)
        #expect(messages.contains("geen rij voor [2]"))
        #expect(function.possibleValues(of: derivation) == ["x"])
    }
}
