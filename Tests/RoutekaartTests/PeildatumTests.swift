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

    /// Summer time: UTC+2 from the last Sunday of March to the last Sunday of October, 01:00 UTC.
    @Test(arguments: [
        ("2026-03-29T00:59:59Z", "2026-03-29"), ("2026-06-30T21:59:00Z", "2026-06-30"), ("2026-06-30T22:00:00Z", "2026-07-01"),
        ("2026-10-24T22:30:00Z", "2026-10-25"), ("2026-12-31T22:59:59Z", "2026-12-31"), ("2026-12-31T23:00:00Z", "2027-01-01"),
        ("2028-02-28T23:00:00Z", "2028-02-29"), ("1999-12-31T23:00:00Z", "2000-01-01"),
    ])
    func todayFollowsSummerTimeInTheNetherlands(utc: String, expected: String) throws {
        try checkToday(utc: utc, expected: expected)
    }

    /// Every 7 hours from 2016 to 2036 (so every hour of the day in turn), the date agrees with Foundation's Amsterdam.
    @Test func todayAgreesWithTheTimeZoneDatabaseFor20Years() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        let calendar = Calendar(identifier: .gregorian)
        var disagreements: [String] = []
        for seconds in stride(from: 1_451_606_400, to: 2_082_758_400, by: 7 * 3_600) {
            let moment = Date(timeIntervalSince1970: TimeInterval(seconds))
            let parts = calendar.dateComponents(in: zone, from: moment)
            if Peildatum.today(moment) != Day(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0) {
                disagreements.append("\(moment)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    func checkToday(utc: String, expected: String) throws {
        let moment = try #require(ISO8601DateFormatter().date(from: utc))
        #expect(Peildatum.today(moment) == Day(expected))
        let foundation = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        let parts = Calendar(identifier: .gregorian).dateComponents(in: foundation, from: moment)
        #expect(Day(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0) == Day(expected), "Foundation is het eens")
    }

    @Test func theValidatorUsesTheDecidedDateNotItsOwn() throws {
        let dataSet = Support.bundled
        let file = CaseFile(peildatum: Day("2026-09-01"), antwoorden: ["situatie": "verhuizing"])
        let decided = try #require(Day("2026-10-15"))
        let situation = try AnswerValidator(content: dataSet.content, model: dataSet.model).validate(file, path: "x", peildatum: decided)
        #expect(situation.peildatum == decided)
    }
}
