import Foundation
import RoutekaartCore
import Testing

/// The interview keeps the advice in reach, starts a new pupil clean, asks without internal ids, takes dates and
/// names as people type them (issue 17, items 5, 6, 7 and 9).
@Suite struct InterviewBriefTests {
    /// A copy of the bundled example (the interview writes its answers back into the case file it continues).
    static var example: String {
        get throws {
            let copy = try Support.temporaryDirectory().appendingPathComponent("weet-ik-niet.json")
            try FileManager.default.copyItem(at: Support.root.appendingPathComponent("voorbeelden/weet-ik-niet.json"), to: copy)
            return copy.path
        }
    }

    /// The interview continuing a case file, with these lines typed.
    static func resume(_ path: String, _ lines: [String], directory: URL? = nil) throws -> Support.Run {
        try Support.run(["advies", "--casus", path, "--verder"], lines: lines + ["stop"], directory: directory)
    }

    @Test func theAdviceCanBeShownAgainAndOneCaseInFull() throws {
        let run = try Self.resume(try Self.example, ["advies", "toon B", "toon alles", "toon Z"])
        #expect(run.out.components(separatedBy: "Advies: hangt af van wat nog niet bekend is").count == 4, "advies, advies, toon alles")
        #expect(run.out.contains("   Advies: Geen lwoo-licentie: de school zorgt voor passende ondersteuning"))
        #expect(run.err.contains("\"z\" is geen geval van dit advies; kies A, B, C, D of alles."), "\(run.err)")
    }

    @Test func theLastLinesSayWhatToDoFirstAndHowToSeeMore() throws {
        let run = try Self.resume(try Self.example, [])
        let end = run.out.components(separatedBy: "Peildatum 26 november 2026").last ?? ""
        #expect(end.contains("Eerst te doen: Vraag De Meierij"), "\(end)")
        #expect(end.contains("Typ het nummer (1 tot en met 2)"))
        #expect(end.contains("Meer zien: toon A"))
    }

    @Test func answeringAnItemToFindOutCollapsesTheAdvice() throws {
        // Item 1: the policy of the new SWV. Landelijk: no case under eigen criteria or populatiebekostiging is left.
        let run = try Self.resume(try Self.example, ["1", "landelijk"])
        let after = run.out.components(separatedBy: "✓ landelijk").last ?? ""
        #expect(after.contains("daarna geldt één van de 2 gevallen."), "\(after)")
        #expect(!after.contains("populatiebekostiging (zonder aanwijzingen)? →"))
        #expect(run.out.contains("Wijzigen\n"), "\(run.out.suffix(3000))")
        #expect(run.out.contains(Support.question("bestemming_variant")))
    }

    @Test func anItemAboutAnEndDateAsksTheEndDate() throws {
        // Everything unknown; item 6 is whether the aanwijzing had expired: the question behind it is its end date.
        let copy = try Support.temporaryDirectory().appendingPathComponent("alles.json")
        try FileManager.default.copyItem(at: Support.root.appendingPathComponent("voorbeelden/alles-onbekend.json"), to: copy)
        let run = try Self.resume(copy.path, ["6", "juli 2027"])
        let asked = run.out.components(separatedBy: "Wijzigen\n").last ?? ""
        #expect(asked.contains(Support.question("aanwijzing_einddatum")), "\(asked.prefix(600))")
        #expect(run.out.contains("(juli 2027: genomen is 31 juli 2027, de enige mogelijke dag"), "\(run.out.suffix(3000))")
    }

    @Test func aMistypedCommandIsOfferedAndJaTakesIt() throws {
        let run = try Self.resume(try Self.example, ["overzcht", "ja", "advis"])
        #expect(run.err.contains("\"overzcht\" ken ik niet. Bedoelt u 'overzicht'? Typ ja, of typ het opnieuw."), "\(run.err)")
        #expect(run.out.contains("Overzicht van de antwoorden:"))
        #expect(run.err.contains("Bedoelt u 'advies'?"))
        // At a question, a mistyped option is offered the same way.
        let answer = try Support.run([], lines: ["verhuizng", "ja", "stop"])
        #expect(answer.err.contains("Bedoelt u 'verhuizing'? Typ ja"), "\(answer.err)")
        #expect(answer.out.contains("✓ verhuizing"))
    }

    @Test func opnieuwStartsAnEmptyCaseAndSavesThePreviousOneApart() throws {
        let folder = try Support.temporaryDirectory()
        let copy = folder.appendingPathComponent("leerling1.json")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: try Self.example), to: copy)
        let original = try Support.readCase("leerling1.json", in: folder).antwoorden
        let run = try Self.resume(copy.path, ["opnieuw", "verhuizing", "bewaar leerling2.json"], directory: folder)
        #expect(run.out.contains("Een nieuwe casus: alle vragen opnieuw, zonder de antwoorden van de vorige leerling."))
        #expect(!run.out.contains("(eerder antwoord)"), "geen antwoorden van de vorige leerling als keuze")
        #expect(try Support.readCase("leerling1.json", in: folder).antwoorden == original, "de vorige casus blijft zoals zij was")
        let second = try Support.readCase("leerling2.json", in: folder)
        #expect(second.antwoorden == ["situatie": "verhuizing"], "\(second.antwoorden)")
        // Keeping the answers is a choice of its own.
        let same = try Self.resume(try Self.example, ["opnieuw zelfde"])
        #expect(same.out.contains("Enter = verhuizing (eerder antwoord)"))
    }

    @Test func aQuestionHasNoInternalIdButHelpNamesTheKey() throws {
        let run = try Support.run(["--voorbeeld", "--peildatum", "2026-11-01"], lines: InterviewTests.scenarioRuns[2].lines + ["stop"])
        #expect(run.out.contains("\nVraag 1\n"))
        #expect(run.out.firstRange(of: try Regex(#"Vraag \d+\s+\["#)) == nil, "een interne id in de kop")
        #expect(!run.out.contains("Afgeleid — Scenario"), "geen scenario-jargon tijdens het vraaggesprek")
        let help = try Support.run([], lines: ["?", "stop"])
        #expect(help.out.contains("In een casusbestand heet deze vraag \"situatie\"."))
    }

    @Test func datesAreTypedAsPeopleSayThem() throws {
        let start = ["1", "1", "Voorbeeldcollege", "heideveld"]
        let whole = try Support.run(["--voorbeeld", "--peildatum", "2026-11-01"], lines: start + ["1 maart 2025", "stop"])
        #expect(whole.out.contains("✓ 1 maart 2025\n"), "\(whole.out.suffix(800))")
        let month = try Support.run(
            ["--voorbeeld", "--peildatum", "2026-11-01"], lines: start + ["maart 2025", "1 september 2026", "kader", "1", "stop"])
        #expect(month.out.contains("✓ 1 maart 2025\n  (maart 2025: genomen is 1 maart 2025, de eerste dag"), "\(month.out)")
        #expect(month.out.contains("De dag in maart 2025 doet er niet toe: met 31 maart 2025 is het advies hetzelfde."))
        let year = try Support.run(["--voorbeeld", "--peildatum", "2026-11-01"], lines: start + ["2025", "stop"])
        #expect(year.out.contains("(2025: genomen is 1 januari 2025"), "\(year.out.suffix(800))")
        #expect(DateInput.parse("15 mrt 2023") == .day(try #require(Day("2023-03-15"))))
        #expect(DateInput.parse("maart") == nil)
    }

    @Test func schoolsAreFoundAsPeopleTypeThem() throws {
        let search = ModelSearch(model: Support.bundled.model)
        #expect(try search.schools(matching: "schaersvorde winterswyk").map(\.code) == ["00LJ02"])
        #expect(try search.schools(matching: "koning willem i college").isEmpty, "een andere naam is geen treffer")
        #expect(search.nearestSchool(to: "koning willem i college")?.code == "16MQ00")
        #expect(try search.schools(matching: "1.5").isEmpty, "een getal is geen school")
        let run = try Support.run([], lines: ["1", "1", "koning willem i college", "ja", "stop"])
        #expect(run.err.contains("Bedoelt u Koning Willem II College voor Lyc Havo Mavo, Tilburg"), "\(run.err)")
        #expect(run.out.contains("✓ Koning Willem II College voor Lyc Havo Mavo (Tilburg)"))
        let command = try Support.run(["school", "zoek", "koning", "willem", "i", "college"])
        #expect(command.status == 1)
        #expect(command.err.contains("Bedoelt u Koning Willem II College voor Lyc Havo Mavo, Tilburg (16MQ00)?"))
    }
}
