import Foundation
import Testing

@testable import RoutekaartCore

/// The agenda file's text is iCalendar (RFC 5545) whatever a step says: every line end escaped, every line at most
/// 75 octets, folded between characters and never inside a UTF-8 sequence (issue 21, item 9).
@Suite struct CalendarTests {
    /// `\r\n` is one Character in Swift: it was neither `\n` nor `\r` to the escaping, and went into the file raw.
    @Test func everyKindOfLineEndInAStepIsEscaped() {
        #expect(CalendarFormatter.escape("een\r\ntwee") == "een\\ntwee")
        #expect(CalendarFormatter.escape("een\ntwee\rdrie") == "een\\ntwee\\ndrie")
        #expect(CalendarFormatter.escape("a;b,c\\d") == "a\\;b\\,c\\\\d")
        #expect(CalendarFormatter.escape("a\u{1B}[2Jb\u{7}\u{9B}c") == "a[2Jbc", "andere stuurtekens horen niet in TEXT")
        let folded = CalendarFormatter.fold("DESCRIPTION:" + CalendarFormatter.escape(String(repeating: "stap\r\n", count: 40)))
        #expect(!folded.joined().unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
    }

    /// Unfolding (removing CRLF + space) gives the line back; no line is longer than 75 octets; a continuation line
    /// is a space and at most 74 octets; no line starts with a continuation byte of UTF-8.
    static func expectFolded(_ line: String, _ what: String) {
        let parts = CalendarFormatter.fold(line)
        // By scalars: a space and the combining marks after it are one Character.
        let unfolded = (parts.first ?? "") + parts.dropFirst().map { String(String.UnicodeScalarView($0.unicodeScalars.dropFirst())) }.joined()
        #expect(unfolded == line, "\(what): ontvouwen geeft de regel niet terug")
        for (index, part) in parts.enumerated() {
            let octets = Array(part.utf8)
            #expect(octets.count <= 75, "\(what): regel \(index) is \(octets.count) octetten")
            if index > 0 {
                #expect(octets.first == 0x20, "\(what): een vervolgregel begint met een spatie")
                #expect(octets.count > 1 && octets[1] & 0xC0 != 0x80, "\(what): gevouwen midden in een UTF-8-reeks")
            }
            #expect(!part.isEmpty && part != " ", "\(what): een lege regel")
        }
    }

    @Test func aGraphemeLongerThanALineIsFoldedBetweenItsScalars() {
        // One grapheme of 1 + 60 × 2 octets (e with 60 combining acute accents), and a family emoji joined eight times.
        let accents = "e" + String(repeating: "\u{301}", count: 60)
        let family = Array(repeating: "👨‍👩‍👧‍👦", count: 8).joined(separator: "\u{200D}")
        #expect(accents.count == 1 && accents.utf8.count > 74)
        #expect(family.count == 1 && family.utf8.count > 74)
        for (line, what) in [
            ("SUMMARY:" + accents, "accenten"), ("SUMMARY:" + family, "gezin"), ("SUMMARY:ab" + accents + "cd" + family + "é", "gemengd"),
            ("DESCRIPTION:" + String(repeating: "ë", count: 200), "tweebytetekens"),
            ("DESCRIPTION:" + String(repeating: "x", count: 74), "precies 86"), ("X:" + String(repeating: "y", count: 73), "precies 75"),
        ] {
            Self.expectFolded(line, what)
        }
        #expect(CalendarFormatter.fold("X:" + String(repeating: "y", count: 73)).count == 1, "75 octetten passen op één regel")
    }

    // MARK: - New-user finding F14: the agenda shows the day to act, with a reminder

    @Test func theDayOfTheWeekIsRight() {
        let days: [(String, Bool)] = [
            ("2027-07-31", true), ("2027-08-01", true), ("2026-12-07", false), ("2000-02-29", false), ("2024-03-01", false),
            ("2001-01-01", false), ("1999-12-31", false), ("2000-01-01", true),
        ]
        for (text, weekend) in days {
            #expect(CalendarFormatter.isWeekend(Day(text) ?? Day.inpassing) == weekend, "\(text)")
        }
        #expect(CalendarFormatter.days(from: Day("2026-11-26") ?? Day.inpassing, to: Day("2027-07-30") ?? Day.inpassing) == 246)
    }

    @Test func aDeadlineBeforeASaturdayInTheSummerIsOnTheFridayAndZoSnelMogelijkIsNow() throws {
        let folder = try Support.temporaryDirectory()
        let casus = """
            {"peildatum": "2026-11-26", "antwoorden": {"situatie": "verhuizing", "huidige_status": "aanwijzing_lwoo", "bestemming_school": "19XV02",
             "herkomst_swv": "VO2202", "datum_aanwijzing": "2025-06-01", "herkomst_variant": "eigen-criteria", "datum_overstap": "2026-11-02",
             "duur_vastgesteld": "ja", "aanwijzing_einddatum": "2027-07-31", "bestemming_variant": "onbekend", "leerweg": "kader",
             "licentie_bestemming": "onbekend", "leerjaar": "2", "rechtstreeks_uit_leerjaar1": "ja"}}
            """
        try Data(casus.utf8).write(to: folder.appendingPathComponent("c.json"))
        let run = try Support.run(["advies", "--casus", "c.json", "--agenda", "t.ics"], directory: folder)
        #expect(run.status == 0, "\(run.err)")
        let ics = try String(contentsOf: folder.appendingPathComponent("t.ics"), encoding: .utf8).replacingOccurrences(of: "\r\n ", with: "")
        let events = ics.components(separatedBy: "BEGIN:VEVENT").dropFirst()
        // "vóór 31 juli 2027" (a Saturday): the Friday before, with a reminder two weeks ahead and the deadline's words.
        let before = try #require(events.first { $0.contains("Termijn in het advies: vóór 31 juli 2027") })
        #expect(before.contains("DTSTART;VALUE=DATE:20270730"), "\(before)")
        #expect(before.contains("TRIGGER:-P14D"))
        #expect(!ics.contains("DTSTART;VALUE=DATE:20270731"), "nothing on the Saturday")
        // "zo snel mogelijk": on the peildatum (a Thursday), not on the teldatum it must be done by; no reminder.
        let now = try #require(events.first { $0.contains("Termijn in het advies: zo snel mogelijk") })
        #expect(now.contains("DTSTART;VALUE=DATE:20261126"), "\(now)")
        #expect(!now.contains("VALARM"))
        #expect(ics.contains("zie 'Per geval' in het advies"))
        #expect(!ics.contains("Afhankelijk van het antwoord"))
    }
}
