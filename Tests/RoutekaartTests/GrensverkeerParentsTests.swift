import Foundation
import Testing

/// Grensverkeer in the parents' voice (usability test 2026-12-07, F24): what every parent of a border pupil must
/// hear is who decides, by name, and that is the first thing the shared step says (the parents' voice keeps the
/// first sentence of a step that every case shares).
@Suite struct GrensverkeerParentsTests {
    @Test func parentsHearThatTheSchoolsSWVDecidesNotTheOneTheyLiveIn() throws {
        let folder = try Support.temporaryDirectory()
        let file = folder.appendingPathComponent("grens.json")
        try Data(
            """
            {"gegevens": "voorbeeld", "peildatum": "2026-12-07", "antwoorden": {"situatie": "grensverkeer",
             "huidige_status": "aanwijzing_lwoo", "herkomst_swv": "VB-HEIDEVELD", "datum_aanwijzing": "onbekend",
             "herkomst_variant": "onbekend", "bestemming_school": "90ZD00", "datum_overstap": "2027-08-23", "leerweg": "kader",
             "licentie_bestemming": "onbekend", "woon_swv": "VB-HEIDEVELD", "aanwijzing_einddatum": "onbekend",
             "duur_vastgesteld": "onbekend", "leerjaar": "2", "rechtstreeks_uit_leerjaar1": "onbekend"}}
            """.utf8
        ).write(to: file)
        let parents = try Support.run(["advies", "--casus", file.path, "--voor", "ouders"])
        #expect(parents.status == 0, "\(parents.err)")
        #expect(parents.out.contains("Over lwoo beslist Voorbeeld-SWV Zeeduin, het samenwerkingsverband"), "\(parents.out)")
        #expect(parents.out.contains("en niet dat van de plaats waar u woont."))
        #expect(!parents.out.contains("Uw kind woont in een ander samenwerkingsverband"), "een feit is geen gebeurtenis")
        let words = parents.out.split(whereSeparator: \.isWhitespace).count
        #expect(words <= 300, "de stem voor ouders telt \(words) woorden")
    }
}
