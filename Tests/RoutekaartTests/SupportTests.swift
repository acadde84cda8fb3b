import Foundation
import Testing

@testable import RoutekaartCore

@Test func textIsFoundByItsBytes() {
    #expect("stedelijk gymnasium".containsText("gymn"))
    #expect("stedelijk gymnasium".containsText("stedelijk gymnasium"))
    #expect(!"stedelijk gymnasium".containsText("gymnasiums"))
    #expect("abc".containsText(""))
    #expect(!"".containsText("a"))
    #expect("aaab".containsText("aab"), "na een valse start verder zoeken")
    #expect("hét kwc".containsText("ét"))
    #expect(Substring("xx rivierenland")[...].containsText("vier"))
}

/// What Foundation's `CharacterSet` trimming and folding gave, now in `Support/Platform.swift`.
@Test func trimmingAndFoldingDoWhatFoundationDid() {
    #expect("  \tlwoo \t".trimmingBlanks() == "lwoo")
    #expect(" lwoo\n".trimmingBlanks() == "lwoo\n", "een regeleinde is geen spatie")
    #expect("\n lwoo \r\n".trimmingBlanksAndNewlines() == "lwoo")
    #expect("\nlwoo\n".trimmingNewlines() == "lwoo")
    #expect("artikel 2.42   \t".droppingTrailingWhitespace() == "artikel 2.42")
    #expect("   ".droppingTrailingWhitespace().isEmpty)
    #expect(TextTools.folded("Hét KWC, Mariënburg, Ĳssel, Łódź, Çà") == "het kwc, marienburg, ĳssel, łodz, ca")
    #expect(TextTools.folded("e\u{301}e\u{308}") == "ee", "losse accenten vallen weg")
    #expect("ab".padded(to: 4) == "ab  " && "abcdef".padded(to: 3) == "abc")
    #expect(Path.join("data/", "/model/regio.csv") == "data/model/regio.csv")
    #expect(Path.join("", "x") == "x" && Path.join("/", "x") == "/x" && Path.join("data", "") == "data")
    #expect(Path.lastComponent("data/model/regio.csv/") == "regio.csv" && Path.deletingExtension("casus.json") == "casus")
}

/// The fingerprint of the check stamp changes with any byte in any lane, and with a byte moved from one file to the next.
@Test func theFingerprintSeesEveryByte() throws {
    let folder = try Support.temporaryDirectory()
    let bytes = (0..<100).map { UInt8($0) }
    func fingerprint(_ first: [UInt8], _ second: [UInt8] = [7]) throws -> String {
        try Data(first).write(to: folder.appendingPathComponent("a.json"))
        try Data(second).write(to: folder.appendingPathComponent("b.json"))
        return DataFolder.reading(folder.path).fingerprint
    }
    let original = try fingerprint(bytes)
    #expect(try fingerprint(bytes) == original, "dezelfde bytes, dezelfde vingerafdruk")
    for offset in [0, 8, 16, 24, 31, 32, 96, 99] {
        var changed = bytes
        changed[offset] ^= 1
        #expect(try fingerprint(changed) != original, "byte \(offset)")
    }
    #expect(try fingerprint(Array(bytes.dropLast()), [99, 7]) != original, "een byte naar het volgende bestand")
}

/// `alongside` runs the side work on a second thread while the caller runs its own, and gives back both results.
#if os(Linux)
    @Test func alongsideRunsTheSideWorkOnAnotherThreadAndReturnsBoth() {
        let caller = UInt(pthread_self())
        let (mine, theirs) = alongside({ () -> (sum: Int, thread: UInt) in
            ((1...100).reduce(0, +), UInt(pthread_self()))
        }) {
            (1...10).reduce(0, +)
        }
        #expect(mine == 55)
        #expect(theirs.sum == 5050)
        #expect(theirs.thread != caller, "de bijtaak liep op dezelfde draad")
    }
#endif
