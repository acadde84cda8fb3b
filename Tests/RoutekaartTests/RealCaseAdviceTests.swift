import Foundation
import RoutekaartCore
import Testing

/// Advice that holds up in a real case: "weet ik niet" gives conditional advice,
/// deadlines are set against the peildatum, contradictions are refused, and no
/// placeholder, "onbekend" or internal id ever reaches a sentence.
@Suite struct RealCaseAdviceTests {
    /// The real data with the example SWVs and schools, which cover every policy variant.
    static let dataSet = Support.withExamples
    static var engine: Engine { dataSet.engine }

    static func day(_ text: String) -> Day {
        guard let day = Day(text) else { preconditionFailure(text) }
        return day
    }

    static func evaluate(_ answers: [String: String], peildatum: String = "2026-11-25") throws -> EngineResult {
        try engine.evaluate(Case(peildatum: day(peildatum), answers: answers))
    }

    static func advice(_ answers: [String: String], peildatum: String = "2026-11-25") throws -> Advice {
        let result = try evaluate(answers, peildatum: peildatum)
        guard case .advice(let advice) = result else {
            Issue.record("geen advies: \(result)")
            throw Missing()
        }
        return advice
    }

    struct Missing: Error {}

    /// A move with a national aanwijzing to a school nobody can name (it offers vmbo), whose SWV's policy is unknown.
    static let unknownDestination: [String: String] = [
        "situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo", "herkomst_swv": "VB-ZEEDUIN", "datum_aanwijzing": "2024-03-01",
        "bestemming_school": "onbekend", "biedt_pro": "nee", "biedt_vmbo": "ja", "bestemming_swv": "onbekend", "bestemming_variant": "onbekend",
        "datum_overstap": "2026-09-01", "leerweg": "kader", "licentie_bestemming": "ja",
    ]

    // MARK: - Weet ik niet

    @Test func anUnknownPolicyGivesOneBranchPerPolicyWithItsOwnScenario() throws {
        let advice = try Self.advice(Self.unknownDestination)
        guard case .fork(let fork) = advice.root else {
            Issue.record("geen takken")
            return
        }
        #expect(fork.fact.id == "bestemming_variant")
        #expect(fork.branches.map(\.values) == [["landelijk"], ["eigen-criteria"], ["populatiebekostiging"]])
        #expect(advice.leaves.map { $0.scenario?.id ?? "geen" } == ["geen", "S1", "S2"])
    }

    @Test func branchesThatSayTheSameAreMerged() throws {
        // A tlv pro is valid everywhere: whatever the destination's lwoo policy, the advice is the same.
        var answers = Self.unknownDestination
        answers["huidige_status"] = "tlv_pro"
        answers["biedt_pro"] = "onbekend"
        let advice = try Self.advice(answers)
        guard case .fork(let fork) = advice.root else {
            Issue.record("geen takken")
            return
        }
        #expect(fork.fact.id == "biedt_pro")
        #expect(advice.leaves.count == fork.branches.count)
        #expect(Set(advice.leaves.map(\.template.id)).count == advice.leaves.count, "elke tak zegt iets anders")
    }

    @Test func conditionalAdviceStartsWithWhomToAskAndNamesEveryBranch() throws {
        let renderer = AdviceRenderer(content: Self.dataSet.content, model: Self.dataSet.model)
        let advice = try Self.advice(Self.unknownDestination)
        let text = renderer.render(advice, as: .tekst)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "Advies: hangt af van wat nog niet bekend is")
        #expect(lines.dropFirst().first == "Eerst uitzoeken")
        #expect(text.contains("Vraag het samenwerkingsverband van de nieuwe school welk lwoo-beleid het heeft op 1 september 2026"))
        #expect(text.contains("A. Werkt het samenwerkingsverband van de nieuwe school met de landelijke criteria? → "))
        #expect(text.contains("B. Werkt het samenwerkingsverband van de nieuwe school met eigen criteria? → "))
        #expect(text.contains("C. Werkt het samenwerkingsverband van de nieuwe school met populatiebekostiging? → "))
        let full = AdviceRenderer(content: Self.dataSet.content, model: Self.dataSet.model)
        var volledig = full
        volledig.detail = .full
        let whole = volledig.render(advice, as: .tekst)
        #expect(whole.contains("Scenario S1") && whole.contains("Scenario S2"))
    }

    /// A real move (Duin- en Bollenstreek to Dongemond College) with the policy under which the aanwijzing was given
    /// unknown: both branches (national or own criteria) share steps, and those are said once, under "In elk geval",
    /// not in each branch.
    @Test func aStepEveryBranchSharesIsSaidOnce() throws {
        let answers = [
            "situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo", "bestemming_school": "01IW00", "herkomst_swv": "VO2803",
            "datum_aanwijzing": "2025-03-01", "herkomst_variant": "onbekend", "duur_vastgesteld": "ja", "aanwijzing_einddatum": "2027-07-31",
            "datum_overstap": "2026-09-01", "bestemming_variant": "landelijk", "leerweg": "kader", "licentie_bestemming": "ja", "leerjaar": "1",
        ]
        let advice = try Self.advice(answers, peildatum: "2026-11-26")
        guard case .fork(let fork) = advice.root else {
            Issue.record("geen advies met takken")
            return
        }
        #expect(fork.branches.count == 2)
        let renderer = AdviceRenderer(content: Self.dataSet.content, model: Self.dataSet.model)
        let document = renderer.document(advice)
        #expect(!document.common.isEmpty, "de takken delen stappen")
        for step in document.common {
            #expect(document.outcomes.allSatisfy { !$0.steps.contains(step) }, "gedeelde stap staat ook in een tak: \(step.text)")
        }
        let text = renderer.render(advice, as: .tekst)
        #expect(text.components(separatedBy: "\nIn elk geval\n").count == 2, "één kop 'In elk geval'")
        for step in document.common {
            #expect(text.components(separatedBy: step.text).count == 2, "één keer gezegd: \(step.text)")
        }
    }

    @Test func anUnknownInputIsSplitOnBeforeAFallbackQuestionIsAsked() throws {
        // The leerweg is unknown at a known school: the licence is not asked, the advice splits per leerweg.
        let answers = [
            "situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo", "herkomst_swv": "VB-KUSTSTREEK", "datum_aanwijzing": "2018-03-01",
            "bestemming_school": "90ZD01", "datum_overstap": "2026-09-01", "leerweg": "onbekend",
        ]
        let advice = try Self.advice(answers)
        guard case .fork(let fork) = advice.root else {
            Issue.record("geen takken")
            return
        }
        #expect(fork.fact.id == "leerweg")
        // De Golf holds a licence for basis only: basis differs from kader.
        let byValue = Dictionary(
            uniqueKeysWithValues: fork.branches.flatMap { branch in branch.values.map { ($0, branch.node.leaves[0].template.id) } })
        #expect(byValue["basis"] == "gelijk-landelijk")
        #expect(byValue["kader"] == "geen-licentie")
    }

    @Test func weetIkNietIsAValidAnswerInACaseFileAndInTheInterview() throws {
        let validator = AnswerValidator(content: Self.dataSet.content, model: Self.dataSet.model)
        let fact = try #require(Self.dataSet.content.fact("bestemming_variant"))
        for word in ["onbekend", "weet ik niet", "Weet ik niet", "weet niet"] {
            #expect(validator.normalize(word, for: fact) == .success("onbekend"), "\(word)")
        }
        let situatie = try #require(Self.dataSet.content.fact("situatie"))
        #expect((try? validator.normalize("weet ik niet", for: situatie).get()) == nil, "niet bij een vraag naar de situatie van de gebruiker")
        let run = try Support.run(
            ["--voorbeeld", "--peildatum", "2026-11-25"],
            input: Data(["1", "1", "Heidecollege", "Zeeduin", "2024-03-01", "2026-09-01", "weet ik niet", "stop"].joined(separator: "\n").utf8))
        #expect(run.out.contains("  5. Weet ik niet (het advies zegt dan wat u moet navragen"), "\(run.out.suffix(1500))")
        #expect(run.out.contains("Eerst uitzoeken"), "\(run.out.suffix(1500))")
        #expect(run.out.contains("Stel met de ouders en de vorige school vast in welke leerweg de leerling komt"))
    }

    // MARK: - Deadlines against the date

    static let move: [String: String] = [
        "situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo", "herkomst_swv": "VB-ZEEDUIN", "datum_aanwijzing": "2024-03-01",
        "bestemming_school": "91HV00", "datum_overstap": "2026-09-01", "leerweg": "kader",
    ]

    static func bronDeadline(_ peildatum: String) throws -> AdviceDocument.DeadlineView? {
        let renderer = AdviceRenderer(content: dataSet.content, model: dataSet.model)
        let document = renderer.document(try advice(move, peildatum: peildatum))
        return document.outcomes.flatMap(\.steps).compactMap(\.deadline).first { $0.text.contains("1 oktober 2026") }
    }

    @Test func aDeadlineBeforeThePeildatumIsSaidToHavePassedWithWhatFollows() throws {
        let open = try #require(try Self.bronDeadline("2026-09-15"))
        #expect(!open.passed)
        #expect(open.date == Self.day("2026-10-01"))
        let passed = try #require(try Self.bronDeadline("2026-11-25"))
        #expect(passed.passed)
        #expect(passed.afterwards?.contains("1 oktober 2027") == true)
    }

    @Test func aSentenceThatSaysADateLiesBeforeTheMoveDoesNotAlsoSayItHasPassed() throws {
        // An own-criteria aanwijzing (Heideveld, 2020) that ended before the move: the summary names the end date
        // plainly ({aanwijzing_einddatum!}); a deadline the school must still meet keeps "(al voorbij)" (review-law finding 28).
        #expect(Template.placeholders(in: "einddatum {aanwijzing_einddatum!}, vóór {datum_overstap}") == ["aanwijzing_einddatum", "datum_overstap"])
        let expired: [String: String] = [
            "situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo", "herkomst_swv": "VB-HEIDEVELD", "datum_aanwijzing": "2020-09-01",
            "bestemming_school": "90ZD00", "datum_overstap": "2024-01-08", "leerweg": "kader", "leerjaar": "1",
        ]
        let renderer = AdviceRenderer(content: Self.dataSet.content, model: Self.dataSet.model)
        let text = renderer.render(try Self.advice(expired, peildatum: "2024-03-01"), as: .tekst)
        #expect(text.contains("heeft als einddatum 31 juli 2023, vóór de overstap"), "\(text.prefix(600))")
        #expect(!text.contains("31 juli 2023 (al voorbij)"))
    }

    @Test func theTextSaysAPassedDeadlineHasPassedAndJSONGivesTheISODate() throws {
        let renderer = AdviceRenderer(content: Self.dataSet.content, model: Self.dataSet.model)
        let advice = try Self.advice(Self.move, peildatum: "2027-06-01")
        let text = renderer.render(advice, as: .tekst)
        // Said once, where the deadline is, with what follows (new-user finding F34).
        #expect(text.contains("Termijn: uiterlijk 1 oktober 2026 (al voorbij). "), "\(text)")
        #expect(!text.contains("Deze datum (1 oktober 2026) is op de peildatum"), "\(text)")
        let json = renderer.render(advice, as: .json)
        #expect(json.contains("\"termijnDatum\" : \"2026-10-01\""))
        #expect(json.contains("\"termijnVerstreken\" : true"))
    }

    @Test func aPolicyThatEndsBeforeADeadlineIsWarnedAbout() throws {
        // Rivierenland (example) is landelijk until 31 December 2024; the BRON deadline of a December move is 1 October 2025.
        var answers = Self.move
        answers["bestemming_school"] = "93WW00"
        answers["datum_overstap"] = "2024-12-01"
        answers["datum_aanwijzing"] = "2023-03-01"
        let advice = try Self.advice(answers, peildatum: "2024-12-01")
        #expect(advice.warnings.contains { $0.contains("loopt volgens de gegevens tot en met 31 december 2024; op 1 oktober 2025") })
        answers["bestemming_school"] = "91HV00"
        answers["datum_overstap"] = "2026-09-01"
        let open = try Self.advice(answers, peildatum: "2026-09-01")
        #expect(!open.warnings.contains { $0.contains("loopt volgens de gegevens tot en met") })
    }

    // MARK: - The agenda

    @Test func theAgendaIsAnICalendarFileThatParsesBack() throws {
        let renderer = AdviceRenderer(content: Self.dataSet.content, model: Self.dataSet.model)
        let calendar = renderer.calendar(try Self.advice(Self.move, peildatum: "2026-09-01"))
        #expect(calendar.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(calendar.hasSuffix("END:VCALENDAR\r\n"))
        // Unfold (RFC 5545 §3.1) and read the events back.
        let unfolded = calendar.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(unfolded.allSatisfy { $0.contains(":") })
        let events = Self.events(calendar)
        let bron = try #require(events.first { $0["DTSTART;VALUE=DATE"] == "20261001" })
        #expect(bron["DTEND;VALUE=DATE"] == "20261002")
        #expect(bron["SUMMARY"]?.hasPrefix("Nieuwe school: Registreer de aanwijzing lwoo in BRON") == true)
        // The statute first (the count on 1 October), then the practice of one SWV that names the registration date.
        #expect(bron["DESCRIPTION"]?.contains("Bron: WVO 2020 art. 5.8 lid 1") == true, "\(bron)")
        #expect(bron["DESCRIPTION"]?.contains("RSV Breda eo §3 (tabel\\, rij 2)") == true)
        #expect(bron["UID"]?.hasSuffix("@routekaart") == true)
        // Stable: the same advice gives the same file.
        #expect(calendar == renderer.calendar(try Self.advice(Self.move, peildatum: "2026-09-01")))
        // No line longer than 75 octets.
        #expect(calendar.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    /// The events of an iCalendar text, unfolded, as property → value.
    static func events(_ calendar: String) -> [[String: String]] {
        let unfolded = calendar.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        var events: [[String: String]] = []
        var inAlarm = false  // the reminder inside an event has its own DESCRIPTION
        for line in unfolded {
            if line == "BEGIN:VEVENT" { events.append([:]) }
            if line == "BEGIN:VALARM" { inAlarm = true }
            if line == "END:VALARM" { inAlarm = false }
            guard !events.isEmpty, !inAlarm, let colon = line.firstIndex(of: ":") else { continue }
            events[events.count - 1][String(line[..<colon])] = String(line[line.index(after: colon)...])
        }
        return events
    }

    @Test func anEventThatHoldsInSomeBranchesOnlySaysSoAndNamesItsConditions() throws {
        let renderer = AdviceRenderer(content: Self.dataSet.content, model: Self.dataSet.model)
        let events = Self.events(renderer.calendar(try Self.advice(Self.unknownDestination, peildatum: "2026-09-01")))
        let conditional = events.filter { $0["SUMMARY"]?.hasPrefix("Misschien nodig — ") == true }
        #expect(!conditional.isEmpty, "\(events)")
        for event in conditional {
            #expect(event["DESCRIPTION"]?.contains("Deze termijn geldt alleen in dit geval") == true, "\(event)")
            #expect(event["DESCRIPTION"]?.contains("- Werkt het samenwerkingsverband van de nieuwe school met") == true, "\(event)")
        }
        // One event per date and step, however many branches share it.
        let keys = events.map { ($0["DTSTART;VALUE=DATE"] ?? "") + "|" + ($0["SUMMARY"] ?? "") }
        #expect(Set(keys).count == keys.count, "\(keys)")
    }

    @Test func theWarningsNameTheirSourcesAsTheReaderSeesThem() throws {
        // KSE in 2017 with DUO's data of 2026: the data is more than a year younger than the date it is used for.
        let file = try Support.temporaryDirectory().appendingPathComponent("kse.json")
        try Data(
            #"{"peildatum": "2017-03-01", "antwoorden": {"situatie": "aanmelding", "schooladvies": "vmbo", "bestemming_school": "00KV00", "pro_indicatie": "nee", "ondersteuning_nodig": "ja", "datum_overstap": "2017-08-21", "leerweg": "theoretisch", "leerjaar": "1"}}"#
                .utf8
        ).write(to: file)
        let run = try Support.run(["advies", "--casus", file.path])
        #expect(run.status == 0, "\(run.err)")
        let warnings = run.out.components(separatedBy: "Waarschuwingen").last?.components(separatedBy: "Meer:").first ?? ""
        #expect(warnings.contains("bron: DUO, alle vestigingen vo (2026)"), "\(warnings)")
        #expect(!warnings.contains("duo-vestigingen-2026"), "\(warnings)")
        #expect(!warnings.contains("rsv-breda-2015"), "\(warnings)")
    }

    @Test func aPassedDeadlineIsNotPutInTheAgenda() throws {
        let renderer = AdviceRenderer(content: Self.dataSet.content, model: Self.dataSet.model)
        let calendar = renderer.calendar(try Self.advice(Self.move, peildatum: "2026-11-25"))
        #expect(!calendar.contains("DTSTART;VALUE=DATE:20261001"))
    }

    @Test func adviesWritesTheAgendaFile() throws {
        let folder = try Support.temporaryDirectory()
        let caseURL = folder.appendingPathComponent("casus.json")
        let data = try JSONSerialization.data(withJSONObject: ["peildatum": "2026-09-01", "gegevens": "voorbeeld", "antwoorden": Self.move])
        try data.write(to: caseURL)
        let run = try Support.run(["advies", "--casus", caseURL.path, "--agenda", "termijnen.ics"], directory: folder)
        #expect(run.status == 0, "\(run.err)")
        let written = try String(contentsOf: folder.appendingPathComponent("termijnen.ics"), encoding: .utf8)
        #expect(written.contains("BEGIN:VEVENT"))
        #expect(run.err.contains("termijnen.ics"))
    }

    // MARK: - Contradictions

    @Test func anAanwijzingAfterTheMoveIsRefused() throws {
        var answers = Self.move
        answers["datum_aanwijzing"] = "2026-10-01"
        guard case .contradiction(let contradiction, _) = try Self.evaluate(answers) else {
            Issue.record("niet geweigerd")
            return
        }
        #expect(contradiction.control.id == "aanwijzing-na-overstap")
        #expect(contradiction.reask.id == "datum_aanwijzing")
        #expect(contradiction.message.contains("1 oktober 2026, ná de overstap op 1 september 2026"))
    }

    @Test func anAanwijzingAtASchoolWithoutVmboIsRefusedAndTheSchoolAskedAgain() throws {
        // The Stedelijk Gymnasium 's-Hertogenbosch offers havo and vwo only. A stray answer to the derived
        // "biedt de school vmbo?" changes nothing (the data decides), so the school is asked again, not that question.
        var answers = Self.move
        answers["bestemming_school"] = "20AJ00"
        answers["biedt_vmbo"] = "ja"
        guard case .contradiction(let contradiction, _) = try Self.evaluate(answers) else {
            Issue.record("niet geweigerd")
            return
        }
        #expect(contradiction.control.id == "lwoo-of-pro-op-school-zonder-vmbo")
        #expect(contradiction.reask.id == "bestemming_school")
        #expect(contradiction.message.contains("Stedelijk Gymnasium ('s-Hertogenbosch) biedt geen vmbo"))
        #expect(contradiction.message.contains("naar een leerweg of een lwoo-licentie valt niets te vragen"))
    }

    @Test func aMoveWithinOneSWVIsRefusedAndTheSituationAskedAgain() throws {
        var answers = Self.move
        answers["herkomst_swv"] = "VB-HEIDEVELD"
        guard case .contradiction(let contradiction, _) = try Self.evaluate(answers) else {
            Issue.record("niet geweigerd")
            return
        }
        #expect(contradiction.control.id == "zelfde-samenwerkingsverband")
        #expect(contradiction.reask.id == "situatie")
    }

    @Test func aLeerwegTheSchoolDoesNotOfferIsRefusedNotCalledNoLicence() throws {
        var answers = Self.move
        answers["bestemming_school"] = "91HV01"  // Het Ven: gemengd and theoretisch only
        guard case .contradiction(let contradiction, _) = try Self.evaluate(answers) else {
            Issue.record("niet geweigerd")
            return
        }
        #expect(contradiction.control.id == "leerweg-niet-aangeboden")
        #expect(contradiction.message.contains("biedt de gekozen leerweg (kader) niet aan"))
    }

    @Test func adviesRefusesAContradictionWithExit65AndTheInterviewAsksAgain() throws {
        let folder = try Support.temporaryDirectory()
        var answers = Self.move
        answers["datum_aanwijzing"] = "2026-10-01"
        let caseURL = folder.appendingPathComponent("casus.json")
        try JSONSerialization.data(withJSONObject: ["peildatum": "2026-11-25", "gegevens": "voorbeeld", "antwoorden": answers]).write(to: caseURL)
        let run = try Support.run(["advies", "--casus", caseURL.path], directory: folder)
        #expect(run.status == 65)
        #expect(run.err.contains("de feiten spreken elkaar tegen"))
        #expect(run.out.isEmpty)
        let lines = ["1", "1", "Heidecollege", "Zeeduin", "2026-10-01", "2026-09-01", "stop"]
        let interview = try Support.run(["--voorbeeld", "--peildatum", "2026-11-25"], input: Data(lines.joined(separator: "\n").utf8))
        #expect(interview.err.contains("Dit klopt niet: de aanwijzing lwoo is gedateerd op 1 oktober 2026"))
        // The answer just given (the date of the move) is asked again, with the way to change the other one.
        #expect(
            interview.out.components(separatedBy: Support.question("datum_overstap")).count >= 3, "de datum van de overstap wordt opnieuw gevraagd")
        #expect(interview.err.contains("Typ overzicht en daarna wijzig N"))
        #expect(!interview.out.contains("✓ 1 september 2026"), "een geweigerd antwoord krijgt geen vinkje")
    }

    @Test func aMoveBeforeTheInpassingSaysWhatApplied() throws {
        let fact = try #require(Self.dataSet.content.fact("datum_overstap"))
        let validator = AnswerValidator(content: Self.dataSet.content, model: Self.dataSet.model)
        guard case .failure(let problem) = validator.normalize("2015-08-20", for: fact) else {
            Issue.record("niet geweigerd")
            return
        }
        #expect(problem.message.contains("1 januari 2016"))
    }

    // MARK: - No placeholder, "onbekend" or id in a sentence

    /// Every path of the tree, walked with its decisions supposed, in both voices,
    /// once with every other question answered and once with "weet ik niet" wherever allowed.
    @Test func everyPathRendersInBothVoicesWithoutPlaceholdersUnknownsOrIds() throws {
        let content = Self.dataSet.content
        let model = Self.dataSet.model
        let ids = Self.internalIDs(content)
        var rendered = 0
        for path in PathEnumerator(content: content).paths() {
            let assumptions = path.decisions.map { Assumption(fact: $0.fact, value: $0.value) }
            for unknown in [false, true] {
                var situation = Case(peildatum: Self.day("2026-11-25"))
                var result = try Self.engine.evaluate(situation, assuming: assumptions)
                var steps = 0
                while steps < 40 {
                    steps += 1
                    switch result {
                    case .question(let question, _):
                        situation.answers[question.fact.id] = Self.answer(question.fact, unknown: unknown, model: model)
                    case .contradiction(let contradiction, _):
                        situation.answers[contradiction.reask.id] = Self.answer(contradiction.reask, unknown: false, model: model, second: true)
                    case .advice:
                        steps = 100
                        continue
                    }
                    result = try Self.engine.evaluate(situation, assuming: assumptions)
                }
                guard case .advice(let advice) = result else {
                    Issue.record("geen advies voor \(path.decisions.map { "\($0.fact)=\($0.value)" })")
                    continue
                }
                for voice in Voice.allCases {
                    let text = AdviceRenderer(content: content, model: model, voice: voice).render(advice, as: .tekst)
                    let label = "\(path.outcome ?? "-") \(voice) \(unknown ? "onbekend" : "bekend")"
                    #expect(!text.contains("{") && !text.contains("}"), "\(label): plaatshouder in \(text)")
                    #expect(Self.word("onbekend", in: text) == nil, "\(label): 'onbekend' in een zin: \(Self.context(of: "onbekend", in: text))")
                    for id in ids where Self.word(id, in: text) != nil {
                        Issue.record("\(label): interne id \(id) in: \(Self.context(of: id, in: text))")
                    }
                    rendered += 1
                }
            }
        }
        #expect(rendered >= PathEnumerator(content: content).paths().count * 4)
    }

    static func answer(_ fact: Fact, unknown: Bool, model: Model, second: Bool = false) -> String {
        if unknown, fact.onbekendToegestaan == true { return "onbekend" }
        switch fact.soort {
        case .keuze: return (second ? fact.opties?.last : fact.opties?.first)?.waarde ?? "onbekend"
        case .datum: return second ? "2016-02-01" : "2025-09-01"
        case .swv: return (second ? model.swvs.last : model.swvs.first)?.code ?? "onbekend"
        case .school: return (second ? model.schools.last : model.schools.first)?.code ?? "onbekend"
        }
    }

    /// Ids that are not ordinary words: with an underscore or a hyphen.
    static func internalIDs(_ content: Content) -> [String] {
        var ids = Set(content.facts.map(\.id) + content.nodes.map(\.id) + content.outcomes.map(\.id))
        for fact in content.facts { ids.formUnion((fact.opties ?? []).map(\.waarde)) }
        return ids.filter { $0.contains("_") || ($0.contains("-") && !["lwoo-licentie", "vmbo-school"].contains($0)) }.sorted()
    }

    /// A whole-word, case-sensitive match (ids and "onbekend" are lower case; "Onbekend" starting a label is not prose).
    static func word(_ word: String, in text: String) -> Range<String.Index>? {
        var start = text.startIndex
        while let range = text.range(of: word, range: start..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isWord: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ?? false }
            if !isWord(before) && !isWord(after) { return range }
            start = range.upperBound
        }
        return nil
    }

    static func context(of word: String, in text: String) -> String {
        guard let range = Self.word(word, in: text) else { return "" }
        let lower = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
        let upper = text.index(range.upperBound, offsetBy: 60, limitedBy: text.endIndex) ?? text.endIndex
        return String(text[lower..<upper])
    }
}
