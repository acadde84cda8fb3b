import Foundation
import RoutekaartCore
import RoutekaartSynthetic
import Testing

/// Beyond national scale: a generated model the size of the Netherlands (80 SWVs,
/// 1,600 school locations), loaded as example data next to the real country, is
/// valid, loads through the real loader and gives advice. No timing here:
/// `routekaart-bench` measures.
@Suite struct ScaleTests {
    static let generator = SyntheticModelGenerator.national()
    static let synthetic = generator.generate()

    /// The generated model written as a data folder next to the bundled content, and loaded.
    static func loaded() throws -> (folder: URL, dataSet: DataSet) {
        let folder = try Support.temporaryDirectory().appendingPathComponent("landelijk-model")
        try synthetic.write(to: folder.path, copyingContentFrom: Support.dataPath)
        do {
            return (folder, try DataSet.load(from: folder.path, examples: true))
        } catch {
            Issue.record("het synthetische model laadt niet:\n\(error.errors.prefix(10).map(\.description).joined(separator: "\n"))")
            throw error
        }
    }

    @Test func theNationalModelHasTheSizeAndShapeAsked() {
        let model = Self.synthetic
        #expect(model.swvs.count == 80)
        #expect(model.schools.count == 1_600)
        #expect(Set(model.swvs.map(\.code)).count == 80, "SWV-codes uniek")
        #expect(Set(model.schools.map(\.code)).count == 1_600, "schoolcodes uniek")
        for school in model.schools {
            let chars = Array(school.code.utf8)
            let shape =
                chars.count == 6 && chars[0..<2].allSatisfy { (48...57).contains($0) } && chars[2..<4].allSatisfy { (65...90).contains($0) }
                && chars[4..<6].allSatisfy { (48...57).contains($0) }
            #expect(shape, "\(school.code) heeft niet de vorm 12AB00")
            #expect(school.code.hasPrefix("9"), "\(school.code): een synthetische BRIN begint met 9, wat geen echte doet")
            #expect(school.vmbo == true || school.pro == true || school.havoVwo == true, "\(school.code) biedt niets aan")
        }
        let knowledge = KnowledgeBase(tables: [model.knowledgeTable])
        for fact in model.facts where fact.subject == .licentie {
            let school = model.schools.first { $0.code == fact.code }
            #expect(school?.vmbo == true, "\(fact.code): licentie zonder vmbo")
            #expect(fact.period.tot.map { $0 >= fact.period.vanaf } ?? true)
            if fact.value == .licence(true), fact.scope != .all {
                #expect(
                    Set(fact.scope.leerwegen ?? []).isSubset(of: Set(school?.leerwegen ?? [])),
                    "\(fact.code): licentie voor een leerweg die er niet is")
            }
        }
        var variants = Set<LwooToewijzing>()
        for swv in model.swvs {
            let periods = knowledge.facts(.beleid, of: swv.code).sorted { $0.period < $1.period }
            #expect((2...4).contains(periods.count), "\(swv.code): \(periods.count) perioden")
            #expect(periods.first?.period.vanaf == Day.inpassing)
            #expect(periods.last?.period.tot == nil, "\(swv.code): de laatste periode is open")
            for (earlier, later) in zip(periods, periods.dropFirst()) {
                let end = earlier.period.tot
                #expect(end != nil && end! < later.period.vanaf, "\(swv.code): perioden overlappen")
                #expect(earlier.value != later.value, "\(swv.code): een nieuwe periode verandert het beleid")
            }
            for period in periods {
                guard case .policy(let variant) = period.value else { continue }
                variants.insert(variant)
                let day = period.period.vanaf
                if variant == .eigenCriteria {
                    if case .schoolYears(let years)? = knowledge.duration(of: swv.code, on: day)?.value {
                        #expect(years >= 1, "\(swv.code): duur \(years)")
                    } else {
                        Issue.record("\(swv.code): eigen criteria zonder duur")
                    }
                } else {
                    #expect(knowledge.duration(of: swv.code, on: day) == nil && knowledge.lateApplications(of: swv.code, on: day) == nil)
                }
            }
            if periods.count >= 3 {
                #expect(Set(periods.map(\.value)).count == 3, "\(swv.code): drie of meer perioden dekken alle drie de varianten")
            }
            #expect(model.schools.contains { $0.swv == swv.code }, "\(swv.code) heeft geen school")
        }
        #expect(variants == [.landelijk, .eigenCriteria, .populatiebekostiging])
        #expect(model.facts.contains { $0.subject == .licentie && $0.value == .licence(true) } && model.schools.contains { $0.pro == true })
    }

    @Test func theSameSeedGivesTheSameModel() throws {
        let again = SyntheticModelGenerator.national().generate()
        #expect(try again.swvJSON() == Self.synthetic.swvJSON())
        #expect(try again.schoolJSON() == Self.synthetic.schoolJSON())
        #expect(again.knowledgeCSV() == Self.synthetic.knowledgeCSV())
        let other = SyntheticModelGenerator.national(seed: 2017).generate()
        #expect(try other.schoolJSON() != Self.synthetic.schoolJSON())
    }

    @Test func theNationalModelLoadsAndValidatesWithoutErrors() throws {
        let (_, dataSet) = try Self.loaded()
        let examples = (swvs: dataSet.model.swvs.filter(\.voorbeeld), schools: dataSet.model.schools.filter(\.voorbeeld))
        #expect(examples.swvs.count == 80)
        #expect(examples.schools.count == 1_600)
        #expect(dataSet.model.swvs.count == 80 + 74, "de echte 74 SWV's blijven")
        #expect(dataSet.model.schools.count == 1_600 + 1_630, "de echte 1.630 vestigingen blijven")
        let findings = ContentCheck(content: dataSet.content, model: dataSet.model).run()
        #expect(findings.allSatisfy { $0.passed })
        // In memory the generated model is the model the loader reads.
        let inMemory = Self.synthetic.model(parameters: dataSet.model.parameters)
        #expect(inMemory.swvs.map { "\($0.code) \($0.naam ?? "")" } == examples.swvs.map { "\($0.code) \($0.naam ?? "")" })
        #expect(inMemory.schools == examples.schools)
    }

    @Test func aCaseAnsweredOnTheNationalModelGivesAdvice() throws {
        let (folder, dataSet) = try Self.loaded()
        let model = dataSet.model
        // A move with a national aanwijzing from one SWV to a vmbo school in another.
        let origin = try #require(model.swvs.first { $0.voorbeeld })
        let school = try #require(model.schools.first { $0.voorbeeld && $0.swv != origin.code && $0.vmbo == true })
        let situation = Case(
            peildatum: FuzzTests.peildatum,
            answers: [
                "situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo", "herkomst_swv": origin.code,
                "datum_aanwijzing": "2016-06-01", "bestemming_school": school.code, "datum_overstap": "2026-08-15",
                "leerweg": (school.leerwegen?.first ?? .basis).rawValue, "leerjaar": "2",
            ])
        let validated = try AnswerValidator(content: dataSet.content, model: model)
            .validate(CaseFile(peildatum: situation.peildatum, antwoorden: situation.answers), path: "casus", peildatum: situation.peildatum)
        var rng = SplitMix64(seed: 42)
        let (complete, result) = try RandomAnswers(content: dataSet.content, model: model).complete(validated, engine: dataSet.engine, using: &rng)
        guard case .advice(let advice) = result else {
            Issue.record("geen advies: \(complete.answers)")
            return
        }
        #expect(advice.trail.contains { $0.fact == "bestemming_swv" && $0.value == school.swv }, "het SWV volgt uit de school")
        #expect(!advice.sources.isEmpty)

        // The same case through the real binary, on the generated data folder.
        let caseURL = folder.appendingPathComponent("casus.json")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(CaseFile(peildatum: complete.peildatum, gegevens: .voorbeeld, antwoorden: complete.answers)).write(to: caseURL)
        let run = try Support.run(["advies", "--casus", caseURL.path, "--data", folder.path, "--formaat", "json"])
        #expect(run.status == 0, "\(run.err)")
        #expect(advice.leaves.allSatisfy { run.out.contains($0.template.id) }, "\(run.out.prefix(400))")
    }

    @Test func manyRandomCasesOnTheNationalModelEndInAdvice() throws {
        let (_, dataSet) = try Self.loaded()
        let answers = RandomAnswers(content: dataSet.content, model: dataSet.model)
        var rng = SplitMix64(seed: 1_600)
        for index in 0..<100 {
            let (complete, result) = try answers.complete(Case(peildatum: answers.randomDay(using: &rng)), engine: dataSet.engine, using: &rng)
            guard case .advice = result else {
                Issue.record("casus \(index): geen advies na \(complete.answers.count) antwoorden")
                continue
            }
        }
    }
}
