import RoutekaartCore
import Testing

/// The pure wrapping function behind the terminal output (issue 12 item 13).
@Suite struct TextWrapperTests {
    static let prose = """
        1. Nieuwe school: Vraag het samenwerkingsverband van de nieuwe school om een aanwijzing lwoo op basis van de landelijke criteria.
           Termijn: vóór 1 oktober 2026, zodat de leerling op de teldatum in BRON staat.
        - een streepje met een heel lange zin die over de rand van het scherm gaat en dus verder moet op de volgende regel
          --casus BESTAND        casusbestand (zie README: 'Het casusbestand'), met alleen antwoorden op vragen
        > 
        """

    @Test(arguments: [20, 33, 40, 57, 80])
    func linesFitAndWordsStayWhole(_ width: Int) {
        let wrapped = TextWrapper.wrap(Self.prose, width: width)
        for line in wrapped.split(separator: "\n") {
            let fits = TextWrapper.visibleWidth(String(line)) <= width
            #expect(fits || !line.trimmingCharacters(in: .whitespaces).contains(" "), "\(width): \(line)")
        }
        #expect(WrappingTests.words(wrapped) == WrappingTests.words(Self.prose), "\(width): woorden veranderd")
        #expect(wrapped.hasSuffix("> "), "de prompt blijft aan het eind")
    }

    @Test func continuationLinesHangUnderTheText() {
        let wrapped = TextWrapper.wrap("12. Nieuwe school: vraag het samenwerkingsverband om een aanwijzing", width: 30)
        let lines = wrapped.split(separator: "\n")
        #expect(lines.count > 1)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") }, "\(wrapped)")
        let option = TextWrapper.wrap("  --voor WIE             school (standaard) of ouders: eenvoudige taal om voor te lezen", width: 50)
        #expect(option.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 25)) }, "\(option)")
    }

    @Test func aLongWordIsNeverBroken() {
        let word = String(repeating: "x", count: 50)
        let wrapped = TextWrapper.wrap("kort \(word) kort", width: 20)
        #expect(wrapped == "kort\n\(word)\nkort")
    }

    @Test func shortLinesAndColourCodesAreLeftAlone() {
        let bold = "\u{1B}[1mAdvies: S3\u{1B}[0m en nog wat tekst"
        #expect(TextWrapper.visibleWidth(bold) == 27)
        #expect(TextWrapper.wrap(bold, width: 27) == bold)
        #expect(TextWrapper.wrap(bold, width: 26) != bold)
        #expect(TextWrapper.wrap("a\n\nb\n", width: 20) == "a\n\nb\n")
    }
}
