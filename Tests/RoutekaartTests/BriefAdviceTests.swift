import Foundation
import Testing

@testable import RoutekaartCore

/// Advice a zorgcoördinator can act on in two minutes (issue 17): brief by default, every case one command away,
/// no case that cannot happen and none said twice, names as people say them.
@Suite struct BriefAdviceTests {
    static let dataSet = Support.withExamples

    static func advice(_ answers: [String: String], peildatum: String) throws -> Advice {
        let day = try #require(Day(peildatum))
        let result = try dataSet.engine.evaluate(Case(peildatum: day, answers: answers))
        guard case .advice(let advice) = result else {
            Issue.record("geen advies: \(result)")
            throw RealCaseAdviceTests.Missing()
        }
        return advice
    }

    static var example: String { Support.root.appendingPathComponent("voorbeelden/weet-ik-niet.json").path }

    static func caseFile(_ name: String) throws -> Case {
        let path = Support.root.appendingPathComponent("voorbeelden/\(name)").path
        let file = try StrictDecoder.decode(CaseFile.self, from: try Data(contentsOf: URL(fileURLWithPath: path)), file: name)
        return try AnswerValidator(content: Support.bundled.content, model: Support.bundled.model).validate(
            file, path: name, peildatum: file.peildatum ?? Day.inpassing)
    }

    static func realAdvice(_ name: String) throws -> Advice {
        let result = try Support.bundled.engine.evaluate(try caseFile(name))
        guard case .advice(let advice) = result else {
            Issue.record("geen advies: \(result)")
            throw RealCaseAdviceTests.Missing()
        }
        return advice
    }

    // MARK: - Brief by default, complete on request

    @Test func theBriefAdviceOpensWithWhatToDoAndGivesOneLinePerCase() throws {
        let run = try Support.run(["advies", "--casus", Self.example])
        let lines = run.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "Advies: hangt af van wat nog niet bekend is")
        #expect(lines.dropFirst().first == "Eerst uitzoeken")
        // Landelijk and eigen criteria without a licence give the same advice: one case, named with both.
        let noLicence = lines.filter { $0.contains("→ Geen lwoo-licentie: de school zorgt") }
        #expect(noLicence.count == 1, "\(run.out)")
        #expect(noLicence.first?.contains("met de landelijke criteria of met eigen criteria") == true)
        let caseLine = try Regex(#"^[A-Z]\. "#)
        #expect(lines.filter { $0.firstRange(of: caseLine) != nil }.count == 4, "\(run.out)")
        // One line per case, with its deadline; no step of any case, no interpretation paragraph, no list of all sources.
        #expect(run.out.contains("termijn: uiterlijk 1 oktober 2027"))
        #expect(!run.out.contains("Alle bronnen"))
        #expect(!run.out.contains("Dat het samenwerkingsverband van de nieuwe school de kosten draagt"))
        #expect(run.out.contains("Meer: routekaart advies --casus \(Self.example) --volledig"))
        // In full: every case with its steps, the interpretation in full.
        let full = try Support.run(["advies", "--casus", Self.example, "--volledig"])
        #expect(full.out.contains("Dat het samenwerkingsverband van de nieuwe school de kosten draagt"))
        #expect(full.out.contains("Scenario S1 — Van landelijke criteria naar eigen criteria"))
        #expect(full.out.components(separatedBy: "Advies: Geen lwoo-licentie: de school zorgt").count == 2, "één keer, niet per ouder")
        let markdown = try Support.run(["advies", "--casus", Self.example, "--volledig", "--formaat", "markdown"])
        #expect(markdown.out.contains("### B. "), "\(markdown.out.prefix(2000))")
    }

    @Test func aStepIsOneOrTwoSentencesAndWaaromHoldsTheRest() throws {
        let casus = Support.root.appendingPathComponent("voorbeelden/casus.json").path
        let brief = try Support.run(["advies", "--casus", casus])
        let rest = "Gebruik toetsen uit de jaarlijkse Regeling screenings- en testinstrumenten"
        #expect(!brief.out.contains(rest))
        #expect(brief.out.contains("Bron: WVO 2020 art. 2.43 lid 1, 2.43 lid 2, 2.47 lid 7 onder c, 2.47 lid 2\n"), "bronnen op één regel")
        let why = try Support.run(["advies", "--casus", casus, "--waarom"])
        #expect(why.out.contains("Wat het korte advies weglaat"))
        #expect(why.out.contains(rest))
        #expect(why.out.contains("Interpretatie: De indeling in zes scenario's"))
        #expect(why.out.contains("Alle bronnen: "))
    }

    /// `waarom` names its dates as the rest of the advice does ("gegevens van 2 oktober 2026", "beleid vanaf 1 januari
    /// 2016"), not as the files store them; only a link keeps its own.
    @Test func waaromSaysItsDatesInWords() throws {
        for example in ["casus.json", "eindhoven-twee-onbekend.json"] {
            let out = try Support.run(["advies", "--casus", Support.root.appendingPathComponent("voorbeelden/" + example).path, "--waarom"]).out
            let iso = out.split(separator: "\n").filter { line in
                !line.contains("://") && line.contains(/\d{4}-\d{2}-\d{2}/)
            }
            #expect(iso.isEmpty, "\(example): \(iso)")
            #expect(out.contains("gegevens van 2 oktober 2026"), "\(example)")
        }
    }

    @Test func aSchoolIsNamedInFullOnceThenShortAndAnSWVByNameAndCodeOnce() throws {
        let run = try Support.run(["advies", "--casus", Self.example])
        #expect(run.out.components(separatedBy: "Bossche Vakschool voor Mavo Vbo Lwoo ('s-Hertogenbosch)").count == 2, "\(run.out)")
        // The brief advice's conditions say "de nieuwe school"; the steps of the full advice name it, short.
        let full = try Support.run(["advies", "--casus", Self.example, "--volledig"])
        #expect(full.out.components(separatedBy: "Bossche Vakschool voor Mavo Vbo Lwoo ('s-Hertogenbosch)").count == 2, "\(full.out)")
        #expect(full.out.contains("Bossche Vakschool ('s-Hertogenbosch)"))
        #expect(run.out.components(separatedBy: "De Meierij (VO3005)").count == 2, "named in full once (its name from model/kennis.csv)")
        #expect(!run.out.contains("SWV VO3005"))
        let breda = try Support.run(["advies", "--casus", Support.root.appendingPathComponent("voorbeelden/casus.json").path])
        #expect(breda.out.components(separatedBy: "RSV Breda eo (VO3003)").count == 2, "\(breda.out)")
        #expect(NameForm(school: try #require(Support.bundled.model.school("00LJ02"))).short == "Christelijk College Schaersvoorde (Winterswijk)")
    }

    /// A kind of school after a comma is left out of the short name, a name after a comma is not (usability test F11).
    @Test func aKindOfSchoolAfterACommaIsLeftOutOfTheShortName() throws {
        func short(_ code: String) throws -> String { NameForm(school: try #require(Support.bundled.model.school(code))).short }
        #expect(try short("20GD00") == "Campus 013 (Tilburg)")
        #expect(try short("17MA00") == "De Rijzert ('s-Hertogenbosch)")
        #expect(try short("02TD03").hasPrefix("CSG Jan Arentsz ("))
        #expect(try short("20DH10").hasPrefix("Eligant Lyceum ("), "an abbreviated kind of school: scholengr.")
        #expect(
            NameForm.shortName("OMO Scholengroep Boxtel, locatie Boxtels onderwijs voor vmbo") == "OMO Scholengroep Boxtel, locatie Boxtels onderwijs"
        )
    }

    @Test func theParentsHearWhomToCallWithoutCodes() throws {
        let run = try Support.run(["advies", "--casus", Self.example, "--voor", "ouders"])
        #expect(run.out.contains("Dat hangt af van iets wat de school nog uitzoekt:"))
        #expect(
            run.out.contains(
                "Met vragen kunt u terecht bij Bossche Vakschool ('s-Hertogenbosch) en bij het samenwerkingsverband De Meierij (https://demeierij-vo.nl/)."
            ), "\(run.out)")
    }

    // MARK: - Hints where the data gives one

    @Test func whatToFindOutNamesWhatTheDataKnowsNearby() throws {
        let winterswijk = try Support.run([
            "advies", "--casus", Support.root.appendingPathComponent("voorbeelden/winterswijk-vijf-onbekend.json").path,
        ])
        #expect(
            winterswijk.out.contains(
                "DUO's officiële naam, „Christelijk College Schaersvoorde voor Atheneum Havo Mavo Vbo Lwoo”, noemt lwoo: dat wijst op"))
        #expect(
            winterswijk.out.contains(
                "Een andere vestiging van dezelfde school, Christelijk College Schaersvoorde (Aalten) (00LJ05), examineert de leerweg kader"))
        let tiel = try Support.run(["advies", "--casus", Support.root.appendingPathComponent("voorbeelden/tiel-drie-onbekend.json").path])
        #expect(
            tiel.out.contains(
                "Laatst bekend beleid van RSV Breda eo: landelijke criteria (geen opting out van de criteria), van 1 januari 2016 tot en met 31 juli 2018 (bron: RSV Breda eo §1)."
            ), "\(tiel.out)")
    }

    // MARK: - No case that cannot happen, none said twice

    /// A move on 1 September with an own-criteria aanwijzing of unknown end: valid on the move date means valid on
    /// 1 October (it ends on a 31 July), so "it ends before the teldatum" is no case.
    static let validOnFirstSeptember: [String: String] = [
        "situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo", "herkomst_swv": "VO2001", "datum_aanwijzing": "2025-03-01",
        "herkomst_variant": "eigen-criteria", "bestemming_school": "01IW00", "datum_overstap": "2026-09-01", "bestemming_variant": "landelijk",
        "leerweg": "kader", "licentie_bestemming": "ja", "duur_vastgesteld": "ja", "aanwijzing_einddatum": "onbekend", "leerjaar": "1",
    ]

    @Test func aCaseThatDatesRuleOutIsNotGiven() throws {
        let advice = try Self.advice(Self.validOnFirstSeptember, peildatum: "2026-09-10")
        let facts = advice.cases.flatMap(\.facts)
        #expect(!facts.contains("aanwijzing_eindigt_voor_teldatum"), "\(advice.cases.map(\.leaf.template.id))")
        #expect(advice.cases.count == 2)
        // In November the next teldatum is a year later: then both can happen.
        var november = Self.validOnFirstSeptember
        november["datum_overstap"] = "2026-11-02"
        let later = try Self.advice(november, peildatum: "2026-11-10")
        #expect(later.cases.flatMap(\.facts).contains("aanwijzing_eindigt_voor_teldatum"))
    }

    @Test func theProofFindsACaseThatDatesRuleOutAndACaseSaidTwice() throws {
        let engine = Self.dataSet.engine
        let day = try #require(Day("2026-09-10"))
        let situation = Case(peildatum: day, answers: Self.validOnFirstSeptember)
        // The branch the engine leaves out, supposed anyway: ends before the teldatum while valid on the move date.
        func leaf(_ endsBefore: String) throws -> AdviceNode {
            let assumptions = [
                Assumption(fact: "aanwijzing_verlopen", value: "nee"), Assumption(fact: "aanwijzing_eindigt_voor_teldatum", value: endsBefore),
            ]
            guard case .advice(let advice) = try engine.evaluate(situation, assuming: assumptions) else { throw RealCaseAdviceTests.Missing() }
            return advice.root
        }
        let fact = try #require(Self.dataSet.content.fact("aanwijzing_eindigt_voor_teldatum"))
        let verlopen = try #require(Self.dataSet.content.fact("aanwijzing_verlopen"))
        // The engine gives no advice at all for that world (the dates rule it out), so any other advice stands in for it.
        var elsewhere = Self.validOnFirstSeptember
        elsewhere["bestemming_variant"] = "populatiebekostiging"
        let other = try Self.advice(elsewhere, peildatum: "2026-09-10").root
        let inner = AdviceFork(
            fact: fact, branches: [AdviceBranch(values: ["ja"], node: other), AdviceBranch(values: ["nee"], node: try leaf("nee"))],
            content: Self.dataSet.content, model: Self.dataSet.model, values: [:], peildatum: day)
        let outer = AdviceFork(
            fact: verlopen, branches: [AdviceBranch(values: ["nee"], node: .fork(inner)), AdviceBranch(values: ["ja"], node: try leaf("nee"))],
            content: Self.dataSet.content, model: Self.dataSet.model, values: [:], peildatum: day)
        let crafted = Advice(root: .fork(outer), trail: [], peildatum: day)
        let problems = try CaseProof(engine: engine, situation: situation, assumptions: []).problems(crafted)
        #expect(problems.contains { $0.contains("de datums sluiten het uit") }, "\(problems)")
        // Two branches of one split that say the same.
        let twice = AdviceFork(
            fact: verlopen, branches: [AdviceBranch(values: ["nee"], node: try leaf("nee")), AdviceBranch(values: ["ja"], node: try leaf("nee"))],
            content: Self.dataSet.content, model: Self.dataSet.model, values: [:], peildatum: day)
        let same = try CaseProof(engine: engine, situation: situation, assumptions: []).problems(
            Advice(root: .fork(twice), trail: [], peildatum: day))
        #expect(same.contains { $0.contains("geven hetzelfde advies") }, "\(same)")
        // The engine's own advice passes.
        let real = try Self.advice(Self.validOnFirstSeptember, peildatum: "2026-09-10")
        #expect(try CaseProof(engine: engine, situation: situation, assumptions: []).problems(real).isEmpty)
    }

    @Test func theContentCheckProvesEveryCombinationOfUnknowns() throws {
        let findings = ContentCheck(content: Support.withExamples.content, model: Support.withExamples.model).run()
        let rule = try #require(findings.first { $0.rule == "EveryCaseCanHappenAndIsSaidOnce" })
        #expect(rule.passed, "\(rule.problems.map(\.description))")
        #expect(CaseCombinations(content: Support.withExamples.content, model: Support.withExamples.model).all().count > 50)
    }

    // MARK: - Warnings only when they matter

    @Test func theRegioIndelingsVersionDateAndARecentCheckAreNoWarning() throws {
        let run = try Support.run(["advies", "--casus", Self.example])
        #expect(!run.out.contains("Waarschuwingen"), "\(run.out)")
        let item = Provenance(
            subject: .parameter("teldatum"), bron: "rsv-breda-2015 §3", laatstGecontroleerd: try #require(Day("2026-11-25")),
            lookupDate: try #require(Day("2026-12-07")))
        #expect(OutcomeAdvice.warnings(for: [item], cite: { $0 }).isEmpty, "twaalf dagen is geen reden")
        var old = item
        old.lookupDate = try #require(Day("2028-01-10"))
        #expect(OutcomeAdvice.warnings(for: [old], cite: { $0 }).count == 1, "meer dan een schooljaar wel")
    }

    // MARK: - The agenda

    @Test func anAgendaWithoutADeadlineToComeSaysSo() throws {
        let folder = try Support.temporaryDirectory()
        // The BRON deadline passed: the advice names the next teldatum, and that goes in the agenda.
        let passed = folder.appendingPathComponent("verstreken.json")
        try Data(
            #"{"gegevens": "voorbeeld", "peildatum": "2026-11-25", "antwoorden": {"situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo", "herkomst_swv": "VB-ZEEDUIN", "datum_aanwijzing": "2024-03-01", "bestemming_school": "91HV00", "datum_overstap": "2026-09-01", "leerweg": "kader"}}"#
                .utf8
        ).write(to: passed)
        let run = try Support.run(["advies", "--casus", passed.path, "--agenda", "a.ics"], directory: folder)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err.contains("Het noemt wel de volgende teldatum, 1 oktober 2027"), "\(run.err)")
        let calendar = try String(contentsOf: folder.appendingPathComponent("a.ics"), encoding: .utf8)
        #expect(calendar.contains("DTSTART;VALUE=DATE:20271001"))
        // Nothing to come at all: no file, and why.
        let none = folder.appendingPathComponent("geen.json")
        try Data(
            #"{"peildatum": "2026-09-01", "antwoorden": {"situatie": "bijzondere_regeling", "br_grondslag": "opp", "br_criterium_vso": "problematiek"}}"#
                .utf8
        )
        .write(to: none)
        let empty = try Support.run(["advies", "--casus", none.path, "--agenda", "b.ics"], directory: folder)
        #expect(empty.status == 0)
        #expect(empty.err.contains("Dit advies heeft geen termijn die nog komt; b.ics is niet geschreven."), "\(empty.err)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("b.ics").path))
    }

    @Test func jsonCarriesTheTreeAndTheCases() throws {
        let run = try Support.run(["advies", "--casus", Self.example, "--formaat", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let cases = try #require(object["gevallen"] as? [[String: Any]])
        #expect(cases.count == 4)
        #expect((object["takken"] as? [Any])?.count == 3, "de boom blijft volledig")
    }

    // MARK: - Sentences

    @Test func sentencesEndAtAMarkBeforeACapitalNotAtAnAbbreviation() {
        #expect(
            Sentences.split("Eén zin. Twee? Ja! art. 2.42 lid 4 blijft één. Eind.  ")
                == ["Eén zin.", "Twee?", "Ja! art. 2.42 lid 4 blijft één.", "Eind."])
        #expect(Sentences.split("Zie art. 118y lid 2. Dan geldt het.") == ["Zie art. 118y lid 2.", "Dan geldt het."])
        #expect(Sentences.split("Zonder punt") == ["Zonder punt"])
        #expect(Sentences.split("").isEmpty)
        #expect(Sentences.brief("Kort. Ook kort. Derde zin.").brief == "Kort. Ook kort.")
        #expect(Sentences.brief("Kort. Ook kort. Derde zin.").rest == "Derde zin.")
    }

    /// The marks are found in the bytes, but a mark or a space that is part of a larger character (an accent on it)
    /// ends no sentence, as when the text was read character by character; spaces and tabs around are trimmed.
    @Test func aMarkOrASpaceWithAnAccentOnItEndsNoSentence() {
        #expect(Sentences.split("Eén. \u{301}Twee. Drie.") == ["Eén. \u{301}Twee.", "Drie."])
        #expect(Sentences.split("Eén.\u{301} Twee.") == ["Eén.\u{301} Twee."])
        #expect(Sentences.split("Een „citaat”.  Zin (twee)! \t") == ["Een „citaat”.", "Zin (twee)!"])
        #expect(Sentences.split(" \tA. 1 b. (C) d.") == ["A.", "1 b. (C) d."], "één letter en een punt is een afkorting")
    }
}

// MARK: - Word budgets on the bundled examples

/// The bundled examples (voorbeelden/*.json: real schools, with 0, 2, 3, 5 and all facts unknown), measured as
/// `wc -w` does on the default text output: the budgets of issue 17.
@Suite struct WordBudgetTests {
    static var examples: [String] {
        let folder = Support.root.appendingPathComponent("voorbeelden")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The number of facts the case file answers "weet ik niet" (all of them for alles-onbekend).
    static func unknowns(_ file: CaseFile) -> Int { file.antwoorden.values.filter { $0 == "onbekend" }.count }

    /// The budget of the default text: fully answered 500 words, 2–3 unknowns 600, 4–5 unknowns 1,000, more 1,200.
    static func budget(_ unknowns: Int) -> Int {
        switch unknowns {
        case 0: 500
        case 1...3: 600
        case 4...5: 1_000
        default: 1_200
        }
    }

    static func render(_ name: String, _ arguments: [String] = []) throws -> (words: Int, text: String, file: CaseFile) {
        let path = Support.root.appendingPathComponent("voorbeelden/\(name)").path
        let file = try StrictDecoder.decode(CaseFile.self, from: try Data(contentsOf: URL(fileURLWithPath: path)), file: name)
        let run = try Support.run(["advies", "--casus", path] + arguments)
        #expect(run.status == 0, "\(name): \(run.err)")
        return (Sentences.wordCount(run.out), run.out, file)
    }

    @Test func theExamplesCoverRealSchoolsWithTwoThreeAndFiveUnknowns() throws {
        var counts: [Int] = []
        for name in Self.examples {
            let path = Support.root.appendingPathComponent("voorbeelden/\(name)").path
            let file = try StrictDecoder.decode(CaseFile.self, from: try Data(contentsOf: URL(fileURLWithPath: path)), file: name)
            if let school = file.antwoorden["bestemming_school"], Support.bundled.model.school(school) != nil { counts.append(Self.unknowns(file)) }
        }
        #expect(counts.filter { $0 == 2 }.count >= 2, "\(counts)")
        #expect(counts.filter { $0 == 3 }.count >= 2, "\(counts)")
        #expect(counts.contains(5), "\(counts)")
        #expect(counts.contains(0), "\(counts)")
    }

    @Test("het korte advies blijft binnen het woordbudget", arguments: examples)
    func theDefaultTextKeepsItsBudget(_ name: String) throws {
        let (words, text, file) = try Self.render(name)
        let budget = Self.budget(name.hasPrefix("alles") ? 99 : Self.unknowns(file))
        #expect(words <= budget, "\(name): \(words) woorden, budget \(budget)\n\(text)")
        // The full advice says more: every case with every step.
        let (full, _, _) = try Self.render(name, ["--volledig"])
        #expect(full > words, "\(name): --volledig \(full) woorden, kort \(words)")
    }

    /// Every combination of unknowns the content check goes through, in the parents' voice: never more than 300 words.
    @Test func theParentsVoiceFitsInEveryCombinationOfUnknowns() throws {
        let dataSet = Support.withExamples
        var checked = 0
        var seen = Set<String>()
        for combination in CaseCombinations(content: dataSet.content, model: dataSet.model).all() where seen.insert(combination.key).inserted {
            guard let (advice, _) = try combination.advice(dataSet.engine) else { continue }
            let text = AdviceRenderer(content: dataSet.content, model: dataSet.model, voice: .ouders).render(advice, as: .tekst)
            #expect(Sentences.wordCount(text) <= 300, "\(combination.description): \(Sentences.wordCount(text)) woorden\n\(text)")
            checked += 1
        }
        #expect(checked > 20)
    }

    @Test("de stem voor ouders is voor te lezen", arguments: examples)
    func theParentsVoiceCanBeReadAloud(_ name: String) throws {
        let (words, text, _) = try Self.render(name, ["--voor", "ouders"])
        #expect(words <= 300, "\(name): \(words) woorden\n\(text)")
        #expect(text.firstRange(of: try Regex(#"VO\d{4}"#)) == nil, "\(name): een SWV-code voor ouders\n\(text)")
        #expect(text.firstRange(of: try Regex(#"\(\d{2}[A-Z]{2}\d{2}\)"#)) == nil, "\(name): een vestigingscode voor ouders")
        #expect(text.firstRange(of: try Regex(#"(?m)^\s*[A-Z]\d*[a-z]?\. "#)) == nil, "\(name): een takletter voor ouders\n\(text)")
        #expect(!text.contains("Bron:") && !text.contains("[interpretatie]"), "\(name)")
        #expect(text.contains("Met vragen kunt u terecht bij "), "\(name): wie ouders kunnen bellen")
        // No gloss inside a name: a school type in a school's name is never explained there.
        #expect(text.firstRange(of: try Regex(#"(Vmbo|Lwoo|Havo) \("#)) == nil, "\(name): uitleg midden in een naam\n\(text)")
    }
}

/// The usability test's case in Apeldoorn (Veluws College Cortenbosch; an aanwijzing from Groningen Stad; nine facts
/// "weet ik niet"): 25 cases, so the way names and repeated outcomes are said decides whether it can be read.
@Suite struct ManyUnknownsTests {
    static let apeldoorn: [String: String] = [
        "situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo", "herkomst_swv": "VO2001", "bestemming_school": "02RA01",
        "datum_overstap": "2027-01-05", "leerjaar": "2", "herkomst_variant": "onbekend", "bestemming_variant": "onbekend",
        "datum_aanwijzing": "onbekend", "aanwijzing_einddatum": "onbekend", "duur_vastgesteld": "onbekend",
        "eigen_aanvragen_na_leerjaar1": "onbekend", "leerweg": "onbekend", "licentie_bestemming": "onbekend",
        "rechtstreeks_uit_leerjaar1": "onbekend",
    ]

    static func advice() throws -> String {
        try Support.run(["advies", "--casus", try NewUserFindingsTests.caseFile(Self.apeldoorn)]).out
    }

    /// An SWV is named in full with its code once, then "SWV" and what is its own; a hint that may stand before that
    /// first mention (a contact) names it by its name.
    @Test func anSWVIsNamedInFullOnceThenAsSWVAndItsOwnName() throws {
        let out = try Self.advice()
        #expect(out.components(separatedBy: "Samenwerkingsverband voortgezet onderwijs Apeldoorn-Epe-Voorst (VO2505)").count == 2, "\(out)")
        #expect(out.components(separatedBy: "SWV Apeldoorn-Epe-Voorst").count > 5, "\(out)")
        #expect(out.contains("Contact van Samenwerkingsverband VO Groningen Stad: "), "\(out)")
        #expect(NameForm.shortSWVName("Samenwerkingsverband VO Groningen Stad") == "SWV Groningen Stad")
        #expect(NameForm.shortSWVName("Samenwerkingsverband Passend Onderwijs Maastricht Heuvelland") == "SWV Maastricht Heuvelland")
        #expect(NameForm.shortSWVName("Samenwerkingsverband Groningen Ommelanden (SWV GO)") == "SWV Groningen Ommelanden", "another name for it goes")
        #expect(NameForm.shortSWVName("RSV Breda eo") == "RSV Breda eo", "a name of its own stays")
        #expect(NameForm.shortSWVName("Samenwerkingsverband VO") == "Samenwerkingsverband VO", "nothing of its own: the name stays")
    }

    /// A case whose outcome a case above has too names that case ("→ zie H/I; termijn: …") instead of the title again;
    /// every such label is a case said in full above it, and one whose line has a termijn or a "verschil" is named only
    /// by a line that says its own (review: "→ zie R." under R's "verschil" would pass R's on).
    @Test func aRepeatedOutcomeIsNamedByTheLabelOfTheCaseThatSaidItFirst() throws {
        for out in [
            try Self.advice(),
            try Support.run(["advies", "--casus", Support.root.appendingPathComponent("voorbeelden/winterswijk-vijf-onbekend.json").path]).out,
        ] {
            var said: [String: (deadline: Bool, difference: Bool)] = [:]
            var references = 0
            for line in out.split(separator: "\n").map({ $0.drop { $0 == " " } }) {
                guard let arrow = line.firstRange(of: " → ") else { continue }
                let label = String(line.prefix { $0 != "." })
                let rest = line[arrow.upperBound...]
                let deadline = rest.contains("; termijn: ")
                let difference = rest.contains("; verschil: ")
                if rest.hasPrefix("zie ") {
                    references += 1
                    let target = String(rest.dropFirst(4).prefix { $0 != ";" && $0 != "." })
                    let earlier = try #require(said[target], "\(line)")
                    #expect(deadline || !earlier.deadline, "\(line)")
                    #expect(difference || !earlier.difference, "\(line)")
                } else {
                    said[label] = (deadline, difference)
                }
            }
            #expect(references >= 4, "\(out)")
        }
    }

    /// When one actor finds out everything listed, the line above the list says so, and the items do not repeat it.
    @Test func oneActorFindingOutEverythingIsNamedOnce() throws {
        let out = try Self.advice()
        #expect(out.contains("De nieuwe school zoekt eerst uit wat hieronder staat; daarna geldt één van de"), "\(out)")
        #expect(!out.contains("1. Nieuwe school: "), "\(out)")
        let mixed = try Support.run(["advies", "--casus", Support.root.appendingPathComponent("voorbeelden/alles-onbekend.json").path]).out
        #expect(mixed.contains("Zoek eerst uit wat hieronder staat") && mixed.contains("1. School: "), "\(mixed)")
    }
}
