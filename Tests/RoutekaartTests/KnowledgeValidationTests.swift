import Foundation
import RoutekaartCore
import Testing

/// A knowledge file is checked with the model's own rules; every bad row gets a Dutch message with file, line and
/// column, all at once, and a file with an error is not used at all (issue 18 item 1).
@Suite struct KnowledgeValidationTests {
    /// The one message for a file with this single row after the header.
    static func message(_ row: String) -> String {
        let reading = Knowledge.parse(Knowledge.header + row + "\n")
        return reading.errors.map(\.description).joined(separator: "\n")
    }

    @Test func aMistypedPolicyGetsTheMessageOfTheIssue() {
        let text =
            Knowledge.header + """
                beleid;VO3003;;landelijk;2016-01-01;2018-07-31;plan;2026-12-01
                naam;VO3003;;RSV Breda eo;2016-01-01;;statuten;2026-12-01
                beleid;VO2803;;landelik;2024-08-01;;plan;2026-12-01

                """
        let reading = Knowledge.parse(text)
        #expect(
            reading.errors.map(\.description) == [
                "kennis.csv:4: kolom waarde: \"landelik\" is geen beleid; kies landelijk, eigen-criteria of populatiebekostiging"
            ])
        #expect(throws: InputErrors.self) { try reading.checked() }
    }

    @Test func everyProblemIsReportedAtOnceInLineOrder() {
        let text =
            Knowledge.header + """
                beleid;VO9999;;landelijk;2024-08-01;;plan;2026-12-01
                duur;VO3003;;2,5;2024-08-01;;plan;2027-01-01
                licentie;01IW00;;ja;2024-08-01;2024-07-01;;2026-12-01

                """
        let lines = Knowledge.parse(text).errors.map(\.description)
        #expect(lines.count == 5, "\(lines)")
        #expect(lines.map { $0.prefix(13) } == ["kennis.csv:2:", "kennis.csv:3:", "kennis.csv:3:", "kennis.csv:4:", "kennis.csv:4:"])
        #expect(lines[0].contains("kolom code: \"VO9999\" is geen SWV VO van de regio-indeling"))
        #expect(lines[1].contains("kolom waarde: \"2,5\" is geen heel aantal schooljaren"))
        #expect(lines[2].contains("kolom gecontroleerd: gecontroleerd (2027-01-01) ligt na vandaag (7 december 2026)"))
        #expect(lines[3].contains("kolom tot: tot (2024-07-01) ligt vóór vanaf (2024-08-01)"))
        #expect(lines[4].contains("kolom bron: bron ontbreekt"))
    }

    @Test(
        "een regel over pro krijgt de reden: voor pro bestaat geen opting out",
        arguments: [
            "pro;VO3003;;eigen-criteria;2024-08-01;;plan;2026-12-01",
            "beleid-pro;VO3003;;eigen-criteria;2024-08-01;;plan;2026-12-01",
            "beleid;VO3003;pro;eigen-criteria;2024-08-01;;plan;2026-12-01",
            "licentie;01IW00;pro;ja;2024-08-01;;plan;2026-12-01",
        ])
    func aRowAboutProIsRefusedWithTheReason(_ row: String) {
        let message = Self.message(row)
        #expect(message.contains("geen opting out"), "\(message)")
        let source = Support.bundled.content.source("po-opting-out")?.displayName ?? "?"
        #expect(message.contains("(bron: \(source))"), "\(message)")
    }

    @Test(
        "elke regel van het model geldt ook in een kennisbestand",
        arguments: [
            (
                "licentie;00JR00;;ja;2024-08-01;;plan;2026-12-01",
                "kolom code: Scholengemeenschap Spieringshoek voor Gymnasium Atheneum en HAVO (Schiedam) biedt geen vmbo aan; alleen een school met vmbo kan een lwoo-licentie hebben (bron: Passendonderwijs.nl, Opting out)"
            ),
            ("licentie;VO3003;;ja;2024-08-01;;plan;2026-12-01", "kolom code: een licentie hoort bij een vestiging (zoals 01IW00), niet bij een SWV"),
            (
                "licentie;01IW;;ja;2024-08-01;;plan;2026-12-01",
                "kolom code: \"01IW\" is een BRIN-nummer; geef de vestigingscode (BRIN en twee cijfers, zoals 01IW00)"
            ),
            ("licentie;99XX00;;ja;2024-08-01;;plan;2026-12-01", "kolom code: \"99XX00\" is geen vestiging in de gegevens"),
            (
                "licentie;01IW00;vmbo-t;ja;2024-08-01;;plan;2026-12-01",
                "kolom leerwegen: \"vmbo-t\" is geen leerweg; kies uit basis, kader, gemengd en theoretisch"
            ),
            ("licentie;01IW00;onbekend;nee;2024-08-01;;plan;2026-12-01", "kolom waarde: \"nee\" bij leerwegen onbekend zegt niets"),
            ("licentie;01IW00;;misschien;2024-08-01;;plan;2026-12-01", "kolom waarde: \"misschien\" is geen ja of nee"),
            (
                "beleid;01IW00;;landelijk;2024-08-01;;plan;2026-12-01",
                "kolom code: beleid hoort bij een SWV, niet bij een vestiging; 01IW00 (Dongemond College voor Atheneum Havo en Vmbo) ligt in VO3003"
            ),
            (
                "beleid;VO 30-03;;landelijk;2024-08-01;;plan;2026-12-01",
                "kolom code: \"VO 30-03\" is geen SWV VO van de regio-indeling (VO2001 … VO3106); bedoelt u VO3003?"
            ),
            (
                "beleid;VO3003;basis;landelijk;2024-08-01;;plan;2026-12-01",
                "kolom leerwegen: leerwegen horen alleen bij een licentie; laat deze kolom leeg bij beleid"
            ),
            ("beleid;VO3003;;onbekend;2024-08-01;;plan;2026-12-01", "kolom waarde: \"onbekend\" is geen kennis"),
            ("beleid;VO3003;;opting out;2024-08-01;;plan;2026-12-01", "kolom waarde: \"opting out\" zegt niet welke variant"),
            (
                "beleid;VO3003;;landelijk;2015-08-01;;plan;2026-12-01",
                "kolom vanaf: 2015-08-01 ligt vóór 1 januari 2016; daarvoor wees de RVC lwoo toe"
            ),
            ("duur;VO3003;;0;2024-08-01;;plan;2026-12-01", "kolom waarde: \"0\": een duur is ten minste 1 schooljaar"),
            ("duur;VO3003;;twee;2024-08-01;;plan;2026-12-01", "kolom waarde: \"twee\" is geen heel aantal schooljaren"),
            ("late-aanvragen;VO3003;;soms;2024-08-01;;plan;2026-12-01", "kolom waarde: \"soms\" is geen ja of nee"),
            ("beleid;VO3003;;landelijk;1-13-2024;;plan;2026-12-01", "kolom vanaf: \"1-13-2024\" is geen datum (er is geen maand 13); schrijf JJJJ-MM-DD of DD-MM-JJJJ"),
            ("beleid;VO3003;;landelijk;;;plan;2026-12-01", "kolom vanaf: vanaf ontbreekt"),
            ("belied;VO3003;;landelijk;2024-08-01;;plan;2026-12-01", "kolom onderwerp: \"belied\" is geen onderwerp; bedoelt u beleid?"),
            ("naam;VO3003;;RSV Breda \u{202E}eo;2016-01-01;;statuten;2026-12-01", "kolom waarde: bevat een onzichtbaar teken (\\u{202E})"),
            ("naam;VO3003;;=HYPERLINK(\"x\");2016-01-01;;statuten;2026-12-01", "kolom waarde: begint met =; een spreadsheet leest dat als formule"),
            (
                "contact;99XX00;;https://www.voorbeeld.test;2024-08-01;;website;2026-12-01",
                "kolom code: \"99XX00\" is geen SWV VO en geen vestiging in de gegevens"
            ),
        ])
    func everyRuleOfTheModelHolds(_ row: String, _ expected: String) {
        let message = Self.message(row)
        #expect(message.hasPrefix("kennis.csv:2: " + expected), "\(message)")
    }

    @Test func aLaterRowForTheSameSubjectOnTheSameDayIsAnOverlap() {
        let text =
            Knowledge.header + """
                beleid;VO3003;;eigen-criteria;2024-08-01;;plan;2026-12-01
                licentie;01IW00;basis,kader;ja;2024-08-01;;plan;2026-12-01
                licentie;01IW00;theoretisch;nee;2024-08-01;;plan;2026-12-01
                licentie;01IW00;;nee;2026-08-01;;plan;2026-12-01
                beleid;VO3003;;landelijk;2028-08-01;;plan;2026-12-01
                beleid;VO2803;;landelijk;2016-01-01;2024-07-31;plan;2026-12-01
                beleid;VO2803;;populatiebekostiging;2024-08-01;;plan;2026-12-01

                """
        let lines = Knowledge.parse(text).errors.map(\.description)
        // Disjoint leerwegen and periods that follow each other are fine; "all leerwegen" from 2026 meets basis and kader.
        #expect(
            lines == [
                "kennis.csv:5: kolom vanaf: de periode (vanaf 1 augustus 2026) overlapt met regel 3 (licentie 01IW00 basis,kader, vanaf 1 augustus 2024); een onderwerp heeft op één dag één waarde: laat de ene periode eindigen voordat de andere begint",
                "kennis.csv:6: kolom vanaf: de periode (vanaf 1 augustus 2028) overlapt met regel 2 (beleid VO3003, vanaf 1 augustus 2024); een onderwerp heeft op één dag één waarde: laat de ene periode eindigen voordat de andere begint",
            ])
    }

    @Test func aDurationBesideANationalPolicyIsAWarningNotAnError() {
        let text = Knowledge.header + "beleid;VO3003;;landelijk;2024-08-01;;plan;2026-12-01\nduur;VO3003;;2;2024-08-01;;plan;2026-12-01\n"
        let reading = Knowledge.parse(text)
        #expect(reading.errors.isEmpty)
        #expect(reading.table.facts.count == 2)
        #expect(
            reading.warnings.map(\.description).first?.hasPrefix("kennis.csv:3: kolom onderwerp: duur hoort bij een SWV met eigen criteria") == true)
    }

    @Test func spreadsheetSpellingsAreUnderstood() throws {
        let text =
            Knowledge.header + """
                beleid;vo3003;;Eigen-Criteria;1-8-2024;31-7-2028;plan;7-12-2026
                licentie;01iw00;BB, KB;Ja;01-08-2024;;plan;2026-12-07

                """
        let reading = Knowledge.parse(text)
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        let facts = reading.table.facts
        #expect(facts.map(\.code) == ["VO3003", "01IW00"])
        #expect(facts[0].value == .policy(.eigenCriteria))
        #expect(facts[0].period == FactPeriod(vanaf: Knowledge.day("2024-08-01"), tot: Knowledge.day("2028-07-31")))
        #expect(facts[1].scope == .some([.basis, .kader]))
    }

    // MARK: - Privacy

    @Test(
        "een contact dat een persoon noemt, wordt geweigerd",
        arguments: [
            "Jan de Vries, 076-5221234", "Mevrouw Jansen, 076-5221234", "mw. J. Jansen 076-5221234", "J.P. van der Berg, 076-5221234",
            "t.a.v. Pieter, https://www.swv-breda.nl", "bel dhr. De Wit: 076-5221234", "Anna Bakker https://www.swv-breda.nl",
        ])
    func aContactThatNamesAPersonIsRefused(_ contact: String) {
        let message = Self.message("contact;VO3003;;\(contact);2024-08-01;;website van het SWV;2026-12-01")
        #expect(message.contains("lijkt een persoon te noemen"), "\(contact): \(message)")
        #expect(message.contains("geen persoonsgegevens"))
    }

    @Test func anEmailAddressOfAPersonAMobileNumberAndABSNAreRefused() {
        #expect(
            Self.message("contact;VO3003;;j.devries@swv-breda.nl;2024-08-01;;website;2026-12-01").contains("lijkt het e-mailadres van een persoon"))
        #expect(Self.message("contact;VO3003;;piet@swv-breda.nl;2024-08-01;;website;2026-12-01").contains("lijkt het e-mailadres van een persoon"))
        #expect(Self.message("contact;VO3003;;06-12345678;2024-08-01;;website;2026-12-01").contains("is een mobiel nummer"))
        #expect(Self.message("contact;VO3003;;+31 6 1234 5678;2024-08-01;;website;2026-12-01").contains("is een mobiel nummer"))
        // 111222333 passes the elfproef.
        #expect(Self.message("beleid;VO3003;;landelijk;2024-08-01;;dossier 111222333;2026-12-01").contains("lijkt een burgerservicenummer"))
        #expect(
            Self.message("beleid;VO3003;;landelijk;2024-08-01;;gebeld met mevrouw Jansen;2026-12-01").contains("\"mevrouw Jansen\" lijkt een persoon")
        )
        #expect(
            Self.message("beleid;VO3003;;landelijk;2024-08-01;;mail van k.jansen@swv-breda.nl;2026-12-01").contains("e-mailadres van een persoon"))
    }

    @Test(
        "het algemene contact van een organisatie wordt aangenomen",
        arguments: [
            ("VO3003", "Loket lwoo/pro, 076-5221234"), ("VO3003", "https://www.swv-breda.nl/contact"), ("VO3003", "www.swv-breda.nl"),
            ("VO3003", "info@swv-breda.nl"), ("VO3003", "loket.lwoo@swv-breda.nl"), ("VO3003", "swvbreda@swvbreda.nl"),
            ("VO3003", "Secretariaat RSV Breda eo, +31 76 522 12 34"), ("VO3003", "Onderwijsloket Etten-Leur: 0800-1234"),
            ("VO3003", "Loket Passend Onderwijs Breda Oosterhout, 076 522 12 34 (werkdagen 9-12 uur)"),
            ("01IW00", "Receptie Dongemond College, 0162-512345"), ("01IW00", "Zorgcoördinator via info@dongemond.nl"),
        ])
    func theGeneralContactOfAnOrganisationIsAccepted(_ code: String, _ contact: String) {
        let message = Self.message("contact;\(code);;\(contact);2024-08-01;;website;2026-12-01")
        #expect(message.isEmpty, "\(contact): \(message)")
    }

    @Test func aContactWithoutAWayToReachTheOrganisationIsRefused() {
        #expect(Self.message("contact;VO3003;;het loket van het SWV;2024-08-01;;website;2026-12-01").contains("hier staat geen van drieën"))
    }
}
