import Foundation
import RoutekaartCore
import Testing

/// Dated citations (the law in force on the date that matters), the content rule that
/// refuses a law outside its validity, and the verbatim law text shown next to a rule.
@Suite struct CitationTests {
    let content = Support.bundled.content
    var laws: LawLibrary { Support.bundled.laws }

    static func day(_ text: String) -> Day {
        Day(text) ?? Day.inpassing
    }

    func rendered(_ citation: String, on day: String, peildatum: String) -> String {
        content.cite(citation, on: Self.day(day), peildatum: Self.day(peildatum))
    }

    // MARK: Resolving for a date

    @Test func aDatedCitationNamesTheLawInForceOnTheDateThatMatters() {
        let pair = "wvo-2020 art. 2.30 lid 2 | wvo art. 10g lid 3"
        #expect(rendered(pair, on: "2026-09-01", peildatum: "2026-09-01") == "WVO 2020 art. 2.30 lid 2")
        #expect(rendered(pair, on: "2019-09-01", peildatum: "2021-09-01") == "WVO art. 10g lid 3")
        #expect(rendered(pair, on: "2022-07-31", peildatum: "2022-07-31") == "WVO art. 10g lid 3")
        #expect(rendered(pair, on: "2022-08-01", peildatum: "2022-08-01") == "WVO 2020 art. 2.30 lid 2")
        // A decision of 2019 discussed in 2026: both numberings matter.
        #expect(rendered(pair, on: "2019-09-01", peildatum: "2026-09-01") == "WVO art. 10g lid 3 (sinds 1-8-2022: WVO 2020 art. 2.30 lid 2)")
    }

    @Test func anArticleWithoutCounterpartSaysItWasRepealed() {
        let rvc = "wvo art. 118y | -"
        #expect(rendered(rvc, on: "2015-05-01", peildatum: "2021-09-01") == "WVO art. 118y")
        #expect(
            rendered(rvc, on: "2015-05-01", peildatum: "2026-09-01") == "WVO art. 118y (vervallen per 1-8-2022; de WVO 2020 kent geen opvolger)")
        #expect(
            rendered(rvc, on: "2026-09-01", peildatum: "2026-09-01") == "WVO art. 118y (vervallen per 1-8-2022; de WVO 2020 kent geen opvolger)")
    }

    @Test func sourceIdsBecomeDisplayNamesAndDocumentsStaySingle() {
        #expect(rendered("rsv-breda-2015 §3 (tabel, rij 2)", on: "2026-09-01", peildatum: "2026-09-01") == "RSV Breda eo §3 (tabel, rij 2)")
        #expect(rendered("kamerbrief-2014", on: "2026-09-01", peildatum: "2026-09-01") == "Kamerbrief OCW 2014")
        #expect(
            rendered("ub-wvo-2020 art. 2.46 lid 5 | inrichtingsbesluit-wvo art. 15d lid 5", on: "2020-01-06", peildatum: "2020-01-06")
                == "Inrichtingsbesluit WVO art. 15d lid 5")
    }

    // MARK: Validity windows

    @Test func aBareOldArticleLeavesTheYearsAfterTheRepealUncovered() throws {
        let gap = try #require(Citation("wvo art. 27 lid 2a").gap(from: Day.inpassing, content.source))
        #expect(gap.from == Self.day("2022-08-01"))
        #expect(gap.through == nil)
        #expect(Citation("wvo-2020 art. 8.8 lid 1 | wvo art. 27 lid 2a").gap(from: Day.inpassing, content.source) == nil)
        // The new law alone does not cover a decision of any date (a datum_aanwijzing has no earliest value).
        let before = try #require(Citation("wvo-2020 art. 2.43 lid 1").gap(from: nil, content.source))
        #expect(before.from == nil)
        #expect(before.through == Self.day("2022-07-31"))
        // `-` covers the time after the old law. The registered old WVO starts with the inpassing (2016-01-01):
        // before it the 2015 text (`wvo-2015`, the regionale verwijzingscommissie) applies.
        #expect(Citation("wvo art. 118y | -").gap(from: Day.inpassing, content.source) == nil)
        #expect(Citation("wvo art. 118y | -").gap(from: nil, content.source)?.through == Self.day("2015-12-31"))
        #expect(Citation("wvo-2015 art. 118y | wvo art. 118y | -").gap(from: nil, content.source) == nil)
        #expect(Citation("wvo art. 118y").gap(from: Day.inpassing, content.source)?.from == Self.day("2022-08-01"))
        // A bounded period (a national parameter's value) needs only that period covered.
        #expect(Citation("wvo art. 27 lid 2a").gap(from: Day.inpassing, through: Self.day("2020-12-31"), content.source) == nil)
    }

    @Test(
        "een slecht gevormde bronvermelding wordt geweigerd",
        arguments: [
            ("wvo-2020 art. 2.30 lid 2 ||  wvo art. 10g lid 3", "geen bronvermelding"),
            ("-", "staat alleen naast"),
            ("wvo art. 118y | - | -", "hoogstens één keer"),
            ("rsv-breda-2015 §3 | wvo art. 10g lid 3", "geen wet"),
            ("wvo-2020 art. 2.30 | wvo-2020 art. 2.31", "dezelfde wet"),
            ("wvo-2020 lid 2", "'art. <nummer>'"),
            ("wvo-2020 art. 2.30 lid", "'art. <nummer>'"),
            ("wvo-2020 art. 2.30 | ub-wvo-2020 art. 2.46", "tegelijk"),
        ])
    func malformedCitationsAreRefused(_ item: (citation: String, message: String)) {
        let problems = Citation(item.citation).formProblems(content.source)
        #expect(problems.contains { $0.contains(item.message) }, "\(item.citation): \(problems)")
    }

    @Test func wellFormedCitationsHaveNoProblems() {
        for citation in [
            "wvo-2020 art. 2.30 lid 2 onder a en b | wvo art. 10g lid 3", "wvo art. 118y | -", "wvo-2020 art. 8.8 lid 1 en 8 | wvo art. 27 lid 2a",
            "ub-wvo-2020 art. 2.47 lid 1 onder a | inrichtingsbesluit-wvo art. 15e lid 1 onder a", "rsv-breda-2015 §3 (tabel, rij 2)",
            "kamerbrief-2014",
        ] {
            #expect(Citation(citation).formProblems(content.source).isEmpty, "\(citation)")
        }
    }

    @Test func articleReferencesReadLedenRangesAndOnderdelen() throws {
        let range = try #require(ArticleReference(place: "art. 27 lid 2a–2f"))
        #expect(range.article == "27")
        #expect(range.leden.map { [$0.from, $0.through] } == [["2a", "2f"]])
        let onderdelen = try #require(ArticleReference(place: "art. 2.30 lid 2 onder a en b"))
        #expect(onderdelen.onderdelen == ["a", "b"])
        let two = try #require(ArticleReference(place: "art. 8.8 lid 1 en 8"))
        #expect(two.leden.map(\.from) == ["1", "8"])
        #expect(ArticleReference(place: "2.30")?.article == "2.30")
        #expect(ArticleReference(place: "art. 2.30 onder") == nil)
        #expect(ArticleReference(place: "art. 2.30 lid 2 lid 3") == nil)
        #expect(ArticleReference(place: "§3") == nil)
    }

    // MARK: The content rule

    func findings(replacing step: Int, of outcome: String, with bronnen: [String], datum: String? = nil) throws -> [Finding] {
        var outcomes = content.outcomes
        let index = try #require(outcomes.firstIndex { $0.id == outcome })
        outcomes[index].stappen[step].bronnen = bronnen
        outcomes[index].stappen[step].datum = datum
        let changed = Content(
            start: content.start, facts: content.facts, nodes: content.nodes, outcomes: outcomes, scenarios: content.scenarios,
            glossary: content.glossary, sources: content.sources)
        return ContentCheck(content: changed, model: Support.bundled.model).run().filter { !$0.passed }
    }

    @Test func theCheckRefusesAnOldArticleOnAStepReadOnThePeildatum() throws {
        let failed = try findings(replacing: 0, of: "zorgplicht-algemeen", with: ["wvo art. 27 lid 2a"])
        let rule = try #require(failed.first { $0.rule == "EveryLawCitationIsInForce" })
        #expect(rule.problems.count == 1)
        #expect(rule.problems[0].message.contains("vanaf 1-8-2022 is geen van de genoemde wetten van kracht"))
        #expect(rule.problems[0].description.contains("uitkomsten["))
    }

    @Test func theCheckReadsTheStepsOwnDateFact() throws {
        // An RVC beschikking is discussed on the date of the aanwijzing: any date, so the old law alone is not enough.
        let bare = try findings(replacing: 0, of: "S1", with: ["wvo art. 118y"], datum: "datum_aanwijzing")
        #expect(bare.contains { $0.rule == "EveryLawCitationIsInForce" })
        let paired = try findings(replacing: 0, of: "S1", with: ["wvo-2015 art. 118y | wvo art. 118y | -"], datum: "datum_aanwijzing")
        #expect(paired.isEmpty, "\(paired.map(\.problems))")
        // Without the 2015 text the years before the inpassing are uncovered.
        let from2016 = try findings(replacing: 0, of: "S1", with: ["wvo art. 118y | -"], datum: "datum_aanwijzing")
        #expect(from2016.first { $0.rule == "EveryLawCitationIsInForce" }?.problems.first?.message.contains("tot en met 31-12-2015") == true)
        // The new law alone, read on the date of a decision that may be from 2019, is refused too.
        let newOnly = try findings(replacing: 0, of: "S1", with: ["wvo-2020 art. 2.43 lid 1"], datum: "datum_aanwijzing")
        #expect(newOnly.contains { $0.rule == "EveryLawCitationIsInForce" })
        let notADate = try findings(replacing: 0, of: "S1", with: ["wvo art. 118y | -"], datum: "leerweg")
        #expect(notADate.first { $0.rule == "EveryLawCitationIsInForce" }?.problems.first?.message.contains("geen datumfeit") == true)
    }

    @Test func theCheckRefusesAnUnknownSourceInAnyAlternativeAndSuggestsOne() throws {
        let failed = try findings(replacing: 0, of: "zorgplicht-algemeen", with: ["wvo2020 art. 8.8 lid 1 | wvo art. 27 lid 2a"])
        let rule = try #require(failed.first { $0.rule == "EveryCitationIsInTheRegistry" })
        #expect(rule.problems.first?.message.contains("bedoelt u \"wvo-2020\"") == true)
        let second = try findings(replacing: 0, of: "zorgplicht-algemeen", with: ["wvo-2020 art. 8.8 lid 1 | wvoo art. 27 lid 2a"])
        #expect(second.contains { $0.rule == "EveryCitationIsInTheRegistry" })
    }

    // MARK: The verbatim text

    @Test func everyLawTextFileIsThereWithItsProvenance() throws {
        for source in content.sources where source.isLaw {
            let document = try laws.document(source.id)
            #expect(!document.articles.isEmpty, "\(source.id)")
            #expect(document.provenance.joined(separator: "\n").contains("BWB id"), "\(source.id)")
            #expect(source.link != nil && source.tekstVersie != nil, "\(source.id)")
        }
    }

    /// Every cited article and lid, of the old WVO too (its text of 2022-07-14 holds 17a, 17a1, 70, 79a, 81 and 84).
    @Test func everyCitedLawArticleAndLidIsInTheVerbatimText() {
        let model = Support.bundled.model
        var citations: [String] = content.outcomes.flatMap { $0.stappen.flatMap(\.bronnen) }
        citations += content.facts.flatMap { ($0.bronnen ?? []) + ($0.afleiding?.bronnen ?? []) }
        citations += model.parameters.flatMap { $0.waarden.map(\.bron) }
        for citation in Set(citations) {
            for case .cite(let id, let place) in Citation(citation).alternatives where content.source(id)?.isLaw == true {
                do {
                    let excerpt = try laws.excerpt(source: id, place: place)
                    #expect(!excerpt.lines.isEmpty, "\(id) \(place)")
                } catch {
                    Issue.record("\(id) \(place): \(error.message)")
                }
            }
        }
    }

    @Test func theOldWVOTextIsTheOneInForceFrom2016WhereTheSamenwerkingsverbandDecides() throws {
        let aanwijzing = try #require(laws.lawText(for: "wvo-2020 art. 2.43 lid 1 | wvo art. 10e lid 4", on: Self.day("2019-09-01")))
        #expect(aanwijzing.lines.first == "4 Het samenwerkingsverband beslist op aanvraag van het bevoegd gezag of de leerling op")
        #expect(!aanwijzing.text.contains("regionale verwijzingscommissie"))
        #expect(aanwijzing.link == "https://wetten.overheid.nl/BWBR0002399/2022-07-14#Artikel10e")
        #expect(aanwijzing.version?.contains("tekst van 2022-07-14") == true)
        let toelating = try laws.excerpt(source: "wvo", place: "art. 10g lid 2")
        #expect(toelating.text.hasPrefix("2 Het samenwerkingsverband beslist op aanvraag van het bevoegd gezag"))
        #expect(try laws.excerpt(source: "wvo", place: "art. 17a1 lid 1").text.contains("kan het samenwerkingsverband kiezen"))
    }

    @Test func aLidAndItsOnderdelenAreCutFromTheNewTexts() throws {
        let excerpt = try laws.excerpt(source: "wvo-2020", place: "art. 2.30 lid 2 onder c")
        #expect(excerpt.title == "WVO 2020 art. 2.30 lid 2 onder c")
        #expect(excerpt.lines.first == "2 Het bevoegd gezag kan bij het samenwerkingsverband een aanvraag indienen voor een leerling die:")
        #expect(excerpt.lines.contains("c. voldoet aan criteria die zijn gesteld bij of krachtens algemene maatregel van bestuur."))
        #expect(excerpt.lines.contains("[…]"))
        #expect(!excerpt.text.contains("rechtstreeks afkomstig"))
        #expect(excerpt.link == "https://wetten.overheid.nl/BWBR0044212/2026-08-01#Artikel2.30")
        #expect(excerpt.version?.contains("geldig vanaf 2026-08-01") == true)
        // A lid that runs over several paragraphs (8.8 lid 6) and one with sub-items (UB 2.46 lid 5).
        #expect(try laws.excerpt(source: "wvo-2020", place: "art. 8.8 lid 6").text.contains("Is de leerling jonger dan achttien jaar"))
        #expect(try laws.excerpt(source: "ub-wvo-2020", place: "art. 2.46 lid 5").text.contains("3°. een sociaal-emotionele problematiek"))
        // An article without leden (4.8) is one text with its onderdelen; references come along.
        let licence = try laws.excerpt(source: "wvo-2020", place: "art. 4.8")
        #expect(licence.text.contains("b. de meerderheid van de bevoegde gezagsorganen"))
        #expect(try laws.excerpt(source: "wvo-2020", place: "art. 2.43 lid 3").references.first?.contains("#Artikel2.30") == true)
    }

    @Test func leden2aTo2fAreCutFromTheOldWVOText() throws {
        let excerpt = try laws.excerpt(source: "wvo", place: "art. 27 lid 2a–2f")
        let starts = excerpt.lines.filter { !$0.isEmpty && $0.first?.isNumber == true }.map { String($0.prefix(3)) }
        #expect(starts == ["2a ", "2b ", "2c ", "2d ", "2e ", "2f "])
        let leden = try laws.document("wvo").article("27")?.leden.map(\.number)
        #expect(leden == ["1", "1a", "1b", "1c", "2", "2a", "2b", "2c", "2d", "2e", "2f", "2g", "3", "4"])
        #expect(try laws.excerpt(source: "wvo", place: "art. 10g lid 3").text.contains("a. rechtstreeks afkomstig"))
        #expect(try laws.excerpt(source: "wvo", place: "art. 118y").lines.first?.hasPrefix("1 Voor leerlingen") == true)
        // An article whose items are numbered `1.` and `2.` is shown whole, its opening sentence first.
        #expect(try laws.excerpt(source: "wvo", place: "art. 70").lines.first?.hasPrefix("Onze Minister kan op aanvraag") == true)
    }

    @Test func leden2aTo2fAreCutFromTheLawsMarkdownLayout() throws {
        // The 2015 text of the old WVO is no longer a registry text but keeps the one-line-per-lid layout.
        let data = try #require(FileManager.default.contents(atPath: Support.dataPath + "/wet/wvo-oud-2015.md"))
        let old = LawDocument(text: String(decoding: data, as: UTF8.self), sourceID: "wvo")
        let starts = old.article("27")?.leden(from: "2a", through: "2f")?.map(\.number)
        #expect(starts == ["2a", "2b", "2c", "2d", "2e", "2f"])
        #expect(old.article("10g")?.lid("3")?.onderdelen.first?.lines.first?.hasPrefix("a.rechtstreeks afkomstig") == true)
        // The Inrichtingsbesluit of 2015-11-24 is no longer the registry text either (that is the text of 2016-08-01).
        var ib2015 = try #require(content.source("inrichtingsbesluit-wvo"))
        ib2015.tekst = "wet/inrichtingsbesluit-wvo-2015.md"
        let library = Support.lawLibrary(sources: [ib2015])
        let whole = try library.excerpt(source: "inrichtingsbesluit-wvo", place: "art. 15d")
        #expect(whole.lines.first == "Treedt in werking per 01-01-2016")
        #expect(!whole.text.contains("(lines "))
        #expect(try library.excerpt(source: "inrichtingsbesluit-wvo", place: "art. 15f lid 1").text.contains("nog niet in werking"))
    }

    @Test func aMissingArticleOrLidIsNamedWithASuggestion() {
        #expect(throws: LawTextError.noArticle("WVO 2020", "2.31", suggestion: "2.30", available: Self.articles("wvo-2020", laws))) {
            try laws.excerpt(source: "wvo-2020", place: "art. 2.31")
        }
        do {
            _ = try laws.excerpt(source: "wvo-2020", place: "art. 2.30 lid 9")
            Issue.record("lid 9 bestaat niet")
        } catch {
            #expect(error.message.contains("heeft geen lid 9"))
        }
    }

    static func articles(_ id: String, _ laws: LawLibrary) -> [String] {
        ((try? laws.document(id))?.articles ?? []).map(\.number)
    }

    @Test func theLawTextOfADatedCitationFollowsTheDate() {
        let pair = "wvo-2020 art. 2.43 lid 1 | wvo art. 10e lid 4"
        #expect(laws.lawText(for: pair, on: Self.day("2026-09-01"))?.title == "WVO 2020 art. 2.43 lid 1")
        #expect(laws.lawText(for: pair, on: Self.day("2019-09-01"))?.title == "WVO art. 10e lid 4")
        #expect(laws.lawText(for: "wvo art. 118y | -", on: Self.day("2026-09-01")) == nil)
        #expect(laws.lawText(for: "rsv-breda-2015 §5", on: Self.day("2026-09-01")) == nil)
    }

    // MARK: Fixtures and output

    @Test func aFixtureFailsWhenAnOldNumberIsShownAfterTheChange() throws {
        let file = Support.scenariosPath + "/wet-r1-nieuw-landelijk-2026.json"
        var fixture = try StrictDecoder.decode(Fixture.self, from: try FileReader.read(file), file: file)
        #expect(FixtureRunner(dataSet: Support.withExamples).run(fixture, name: "wet", file: file).passed)
        fixture.verwacht.bronnenBevattenNiet = ["WVO 2020 art. 2.43"]
        let result = FixtureRunner(dataSet: Support.withExamples).run(fixture, name: "wet", file: file)
        #expect(result.problems.contains { $0.contains("mag niet") })
    }

    @Test func bronnenShowsTheVerbatimTextOfALid() throws {
        let run = try Support.run(["bronnen", "wvo-2020", "2.30", "lid", "2"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("WVO 2020 art. 2.30 lid 2\n"))
        #expect(run.out.contains("2 Het bevoegd gezag kan bij het samenwerkingsverband een aanvraag indienen"))
        #expect(run.out.contains("Tekstversie: geldig vanaf 2026-08-01"))
        #expect(run.out.contains("https://wetten.overheid.nl/BWBR0044212/2026-08-01#Artikel2.30"))
        #expect(run.out.contains("Genoemd in:\n  - uitkomst"))
        let byName = try Support.run(["bronnen", "WVO 2020 art. 2.43 lid 1"])
        #expect(byName.out.contains("1 Het samenwerkingsverband beslist op aanvraag van het bevoegd gezag"))
        let dated = try Support.run(["bronnen", "wvo-2020 art. 2.30 lid 3 | wvo art. 10g lid 4"])
        #expect(dated.out.contains("WVO 2020 art. 2.30 lid 3") && dated.out.contains("WVO art. 10g lid 4"))
        let json = try Support.run(["bronnen", "ub-wvo-2020 art. 2.48 lid 1", "--formaat", "json"])
        #expect(json.status == 0)
        #expect(json.out.contains("\"titel\" : \"UB WVO 2020 art. 2.48 lid 1\""))
    }

    @Test func bronnenShowsALawWithItsArticlesAndValidity() throws {
        let run = try Support.run(["bronnen", "wvo"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Geldig:      van 1-1-2016 tot en met 31-7-2022"))
        #expect(run.out.contains("art. 118y"))
        let list = try Support.run(["bronnen"])
        #expect(list.out.contains("Geldig:     vanaf 1-8-2022"))
    }

    @Test(
        "een onbekende bron of een onbekend artikel krijgt een suggestie",
        arguments: [
            (["bronnen", "wvo2020"], "Bedoelt u 'wvo-2020'?"),
            (["bronnen", "wvo-2020 art. 2.31"], "Bedoelt u '2.30'?"),
            (["bronnen", "wvo-2020 art. 2.30 lid 9"], "heeft geen lid 9"),
            (["bronnen", "rsv-breda-2015 §3"], "geen tekst in het register"),
            (["bronnen", "wvo-2020 paragraaf 3"], "is geen artikel"),
        ])
    func bronnenRefusesWhatItCannotShow(_ item: (arguments: [String], message: String)) throws {
        let run = try Support.run(item.arguments)
        #expect(run.status == 64)
        #expect(run.out.isEmpty)
        #expect(run.err.contains(item.message), "\(run.err)")
        #expect(run.err.contains("Zie 'routekaart bronnen --help'."))
    }

    @Test func theReviewersBookShowsEachOutcomesConditionsInWordsAndItsLawText() throws {
        var renderer = TreeRenderer(content: content)
        renderer.laws = laws
        let book = renderer.markdown()
        let start = try #require(book.range(of: "<a id=\"uitkomst-S5-buiten-termijn\"></a>"))
        let end = try #require(book.range(of: "<a id=\"uitkomst-", range: start.upperBound..<book.endIndex))
        let section = String(book[start.lowerBound..<end.lowerBound])
        #expect(section.contains("**Wanneer (elk pad hierheen, in woorden)**"))
        #expect(section.contains("- Situatie: verhuizing · Huidige status: lwoo zonder aanwijzing"))
        #expect(
            section.contains(
                "Kan een aanvraag nog (landelijke regels)?: De leerling komt niet rechtstreeks van de basisschool, het (voortgezet) speciaal onderwijs of uit leerjaar 1"
            ))
        let conditions = section.components(separatedBy: "\n").filter { $0.hasPrefix("- Situatie:") }
        #expect(conditions.allSatisfy { !$0.contains("s5-termijn") && !$0.contains("`") }, "geen knoop-ids in de voorwaarden")
        #expect(section.contains("- **WVO 2020 art. 2.30 lid 2 onder a en b** (stap 2; tot 1-8-2022: WVO art. 10g lid 3)"))
        // A step given on some paths only says on which.
        #expect(section.contains("1. **Nieuwe school:** _Alleen als Situatie: grensverkeer._ De leerling woont in {woon_swv}"))
        #expect(section.contains("  > b. rechtstreeks afkomstig is van het eerste leerjaar van een school voor voortgezet onderwijs; of"))
        #expect(section.contains("[officiële tekst](https://wetten.overheid.nl/BWBR0044212/2026-08-01#Artikel2.30)"))
        // An article without successor is shown in the old text, saying so.
        let rvc = try #require(book.range(of: "- **WVO art. 118y**"))
        #expect(book[rvc.lowerBound...].prefix(200).contains("vervallen per 1-8-2022, de WVO 2020 kent geen opvolger"))
    }

    @Test func waaromShowsTheLidEachRuleAndStepRestsOn() throws {
        // A fixture carries keys a case file does not; give the binary only the case.
        let file = try Support.temporaryDirectory().appendingPathComponent("casus.json")
        let fixture = try StrictDecoder.decode(
            Fixture.self, from: try FileReader.read(Support.scenariosPath + "/wet-r1-nieuw-landelijk-2026.json"), file: "")
        let caseFile = CaseFile(peildatum: fixture.peildatum, gegevens: fixture.gegevens, antwoorden: fixture.antwoorden)
        let encoder = JSONEncoder()
        try encoder.encode(caseFile).write(to: file)
        let why = try Support.run(["advies", "--casus", file.path, "--waarom"])
        #expect(why.status == 0, "\(why.err)")
        #expect(why.out.contains("Wettekst WVO 2020 art. 2.47 lid 2:"), "de regel van bestemming_swv")
        #expect(why.out.contains("Wetteksten onder de stappen:"))
        #expect(why.out.contains("Wettekst WVO 2020 art. 2.43 lid 1 (stap 2):"))
        #expect(why.out.contains("1 Het samenwerkingsverband beslist op aanvraag van het bevoegd gezag"))
        let json = try Support.run(["advies", "--casus", file.path, "--formaat", "json"])
        #expect(json.out.contains("\"wvo-2020 art. 2.43 lid 1 | wvo art. 10e lid 4\""), "de ruwe bronvermelding")
        #expect(json.out.contains("\"bronnenTekst\""))
        #expect(json.out.contains("\"WVO 2020 art. 2.43 lid 1\""), "de bronvermelding voor lezers")
    }
}
