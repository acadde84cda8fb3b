import Foundation
import RoutekaartCore
import Testing

/// The peildatum is decided in one place (issue 13 item 5).
@Suite struct PeildatumTests {
    @Test func theCommandLineWinsThenTheFileThenToday() throws {
        let option = try #require(Day("2026-10-15"))
        let file = try #require(Day("2026-09-01"))
        let today = try #require(Day("2026-11-25"))
        #expect(Peildatum.decide(commandLine: option, file: file, today: today) == option)
        #expect(Peildatum.decide(commandLine: nil, file: file, today: today) == file)
        #expect(Peildatum.decide(commandLine: nil, file: nil, today: today) == today)
    }

    @Test func todayIsTheDateInTheNetherlands() throws {
        // 2026-11-25 23:30 UTC is already 26 November in Amsterdam.
        let late = try #require(ISO8601DateFormatter().date(from: "2026-11-25T23:30:00Z"))
        #expect(Peildatum.today(late) == Day("2026-11-26"))
    }

    @Test func theValidatorUsesTheDecidedDateNotItsOwn() throws {
        let dataSet = Support.bundled
        let file = CaseFile(peildatum: Day("2026-09-01"), antwoorden: ["situatie": "verhuizing"])
        let decided = try #require(Day("2026-10-15"))
        let situation = try AnswerValidator(content: dataSet.content, model: dataSet.model).validate(file, path: "x", peildatum: decided)
        #expect(situation.peildatum == decided)
    }
}
