import Foundation
import RoutekaartCore
import Testing

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
}
