import Foundation
import RoutekaartCore
import Testing

/// `--voor ouders` is a text to read aloud (issue 12 item 15): no source lines or ids, terms
/// explained without breaking names, steps without the school's labels, and about half as long.
@Suite struct ParentsVoiceTests {
    /// Every fixture that gives one advice, rendered in both voices (the school's in full).
    static func renderings() throws -> [(name: String, school: String, parents: String)] {
        var result: [(String, String, String)] = []
        for name in Support.fixtureFiles {
            let path = (Support.scenariosPath as NSString).appendingPathComponent(name)
            let fixture = try StrictDecoder.decode(Fixture.self, from: try Data(contentsOf: URL(fileURLWithPath: path)), file: name)
            let dataSet = fixture.gegevens == .voorbeeld ? Support.withExamples : Support.bundled
            let situation = Case(peildatum: fixture.peildatum, answers: fixture.antwoorden)
            guard case .advice(let advice)? = try? dataSet.engine.evaluate(situation), advice.single != nil else { continue }
            var full = AdviceRenderer(content: dataSet.content, model: dataSet.model)
            full.detail = .full
            let school = full.render(advice, as: .tekst)
            let parents = AdviceRenderer(content: dataSet.content, model: dataSet.model, voice: .ouders).render(advice, as: .tekst)
            result.append((name, school, parents))
        }
        return result
    }

    static func words(_ text: String) -> Int { text.split { $0 == " " || $0 == "\n" }.count }

    @Test func theParentsVoiceHasNoSourcesIdsOrSchoolLabels() throws {
        let renderings = try Self.renderings()
        #expect(renderings.count > 50)
        for (name, _, parents) in renderings {
            #expect(!parents.contains("Bron:") && !parents.contains("Alle bronnen"), "\(name): bronregel voor ouders")
            #expect(!parents.contains("Termijn:"), "\(name): termijnregel voor ouders")
            #expect(!parents.contains("Nieuwe school: "), "\(name): label voor de school in de stem voor ouders")
            #expect(!parents.contains("[interpretatie]"), "\(name)")
            #expect(!parents.contains("uitkomst "), "\(name): uitkomst-id")
        }
    }

    /// Read aloud in about two minutes (issue 17 item 4): at most 300 words, and much shorter than the school's advice
    /// in full.
    @Test func theParentsVoiceFitsInThreeHundredWordsAndIsShorterThanTheSchoolsInFull() throws {
        var ratios: [Double] = []
        for (name, school, parents) in try Self.renderings() {
            #expect(Self.words(parents) <= 300, "\(name): ouders \(Self.words(parents)) woorden")
            let ratio = Double(Self.words(parents)) / Double(Self.words(school))
            ratios.append(ratio)
            #expect(ratio <= 0.6, "\(name): ouders \(Self.words(parents)) woorden, school volledig \(Self.words(school))")
        }
        let mean = ratios.reduce(0, +) / Double(max(ratios.count, 1))
        #expect(mean <= 0.5, "gemiddeld \(mean)")
    }

    @Test func aTermIsExplainedAfterTheWholeNameItStandsIn() {
        let explainer = GlossaryTerm(term: "SWV", uitleg: "samenwerkingsverband")
        let advice = "Vraag het SWV VO Eindhoven Kempenland om een besluit."
        var glossary = GlossaryExplainer(terms: [explainer])
        #expect(glossary.explain(advice) == "Vraag het SWV VO Eindhoven Kempenland (samenwerkingsverband) om een besluit.")
    }

    @Test func aPhraseIsExplainedAsOneAndNothingIsExplainedInsideAnExplanation() {
        // Review-law finding 26: "geen aanwijzing (…) voor lwoo (…)" and "bezwaar (…) maken" split the phrase.
        var glossary = GlossaryExplainer(terms: [
            GlossaryTerm(term: "aanwijzing voor lwoo", uitleg: "het besluit dat uw kind lwoo krijgt: extra hulp binnen het vmbo"),
            GlossaryTerm(term: "bezwaar maken", uitleg: "in een brief vragen een besluit opnieuw te bekijken"),
            GlossaryTerm(term: "vmbo", uitleg: "voorbereidend middelbaar beroepsonderwijs"),
            GlossaryTerm(term: "lwoo", uitleg: "leerwegondersteunend onderwijs"),
            GlossaryTerm(term: "aanwijzing", uitleg: "een besluit"),
            GlossaryTerm(term: "bezwaar", uitleg: "een brief"),
        ])
        let first = glossary.explain("Uw kind heeft nog geen aanwijzing voor lwoo. Heeft uw kind lwoo nodig?")
        #expect(
            first
                == "Uw kind heeft nog geen aanwijzing voor lwoo (het besluit dat uw kind lwoo krijgt: extra hulp binnen het vmbo). Heeft uw kind lwoo nodig?"
        )
        let second = glossary.explain("Dan kunt u bezwaar maken. Een aanwijzing geldt in het vmbo.")
        #expect(
            second
                == "Dan kunt u bezwaar maken (in een brief vragen een besluit opnieuw te bekijken). Een aanwijzing geldt in het vmbo (voorbereidend middelbaar beroepsonderwijs)."
        )
    }
}
