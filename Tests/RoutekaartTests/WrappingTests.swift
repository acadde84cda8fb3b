import Foundation
import RoutekaartCore
import Testing

/// Prose is wrapped to the width of the terminal, never mid-word (issue 12 item 13).
@Suite struct WrappingTests {
    /// Every line fits in `width`, or is one word that is longer by itself.
    static func fits(_ text: String, width: Int) -> Bool {
        text.split(separator: "\n").allSatisfy { line in
            line.count <= width || !line.trimmingCharacters(in: .whitespaces).contains(" ")
        }
    }

    /// The words of a text, in order: wrapping may change spaces and line breaks, never the words.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    }

    @Test func theBinaryWrapsProseToCOLUMNS() throws {
        let folder = try Support.temporaryDirectory()
        try Data(CLITests.s3.utf8).write(to: folder.appendingPathComponent("casus.json"))
        let wide = try Support.run(["advies", "--casus", "casus.json"], directory: folder)
        let narrow = try Support.run(["advies", "--casus", "casus.json"], directory: folder, environment: ["COLUMNS": "40"])
        #expect(narrow.status == 0)
        #expect(wide.out.split(separator: "\n").contains { $0.count > 40 }, "zonder COLUMNS en in een pijp wordt niet afgebroken")
        #expect(Self.fits(narrow.out, width: 40), "\(narrow.out)")
        #expect(Self.words(narrow.out) == Self.words(wide.out), "geen woord afgebroken of verloren")
        let json = try Support.run(["advies", "--casus", "casus.json", "--formaat", "json"], directory: folder, environment: ["COLUMNS": "40"])
        #expect(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) is [String: Any], "json wordt nooit afgebroken")
    }

    @Test func theInterviewWrapsToo() throws {
        let run = try Support.run(["advies"], input: Data("?\nstop\n".utf8), environment: ["COLUMNS": "50"])
        #expect(Self.fits(run.out, width: 50), "\(run.out)")
        #expect(run.out.contains("> "))
    }
}
