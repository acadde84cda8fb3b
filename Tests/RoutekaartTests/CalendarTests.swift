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
}
