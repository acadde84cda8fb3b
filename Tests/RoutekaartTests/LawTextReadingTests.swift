import Foundation
import Testing

/// `waarom` shows the law text a rule or step rests on so that a zorgcoördinator can read it (usability test
/// 2026-12-07, F13): each paragraph as one line for the terminal to wrap, links as their words, the version in
/// words, and no internal ids of outcomes.
@Suite struct LawTextReadingTests {
    static func why(_ casus: String, columns: String? = nil) throws -> Support.Run {
        try Support.run(
            ["advies", "--casus", Support.root.appendingPathComponent(casus).path, "--waarom"],
            environment: columns.map { ["COLUMNS": $0] } ?? [:])
    }

    @Test func lawTextHasNoLinkMarkupAndNoHarvestProvenance() throws {
        let why = try Self.why("voorbeelden/casus.json")
        #expect(why.status == 0, "\(why.err)")
        #expect(why.out.contains("Wettekst WVO 2020 art. 2.30 lid 2 onder a en b"))
        #expect(!why.out.contains("][ref"), "geen [tekst][refN]")
        #expect(why.out.contains("rechtstreeks afkomstig is van een school of instelling als bedoeld in de WPO of de WEC;"))
        #expect(!why.out.contains("commit"), "geen commit")
        #expect(!why.out.contains("regelrecht"), "geen oogstbron")
        #expect(why.out.contains("Tekst: wetten.overheid.nl, versie die geldt vanaf 1 augustus 2026"))
    }

    @Test func aParagraphOfLawIsOneLineSoTheTerminalWrapsItEvenly() throws {
        let why = try Self.why("voorbeelden/casus.json")
        // Art. 2.47 lid 2 is stored in seven lines; it is one paragraph.
        #expect(
            why.out.contains(
                "2 Een samenwerkingsverband omvat alle binnen een gebied als bedoeld in het derde lid gelegen vestigingen van scholen,"
            ))
        let wrapped = try Self.why("voorbeelden/casus.json", columns: "100")
        let lines = wrapped.out.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.contains("2 Een samenwerkingsverband omvat") }) else {
            Issue.record("art. 2.47 lid 2 ontbreekt")
            return
        }
        // No ragged one- or two-word lines inside the paragraph: every line but the last is nearly full.
        let paragraph = lines[start...].prefix { !$0.contains("Tekst: ") }.dropLast()
        #expect(paragraph.count >= 3)
        #expect(paragraph.allSatisfy { $0.count > 80 }, "\(paragraph.joined(separator: "\n"))")
    }

    @Test func branchedAdviceNamesStepsByTheirWordsNotByOutcomeIds() throws {
        let why = try Self.why("voorbeelden/weet-ik-niet.json")
        #expect(why.status == 0, "\(why.err)")
        let headings = why.out.split(separator: "\n").filter { $0.contains("Wettekst") && $0.contains("(") }
        #expect(!headings.isEmpty)
        for heading in headings {
            #expect(!heading.contains("geen-licentie") && !heading.contains("S3,") && !heading.contains("S1,"), "\(heading)")
            let labels = heading.components(separatedBy: "„").dropFirst()
            #expect(Set(labels).count == labels.count, "elke stap één keer: \(heading)")
        }
        #expect(headings.contains { $0.contains("(bij „") }, "\(headings)")
    }
}
