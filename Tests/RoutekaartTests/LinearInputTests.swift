import Foundation
import RoutekaartCore
import Testing

/// Reading is linear in the input, and bounded: a hostile case file, data file or import file costs time in
/// proportion to its size, and an import file larger than any real one is refused before it is read (issue 21,
/// items 3 and 8). The inputs are made here, not committed. The time limits are guards against a hang (the
/// quadratic code took minutes), not measurements.
@Suite struct LinearInputTests {
    /// 100,000 answers and, last, one that is not a text: the decoder asks for every key before it finds it.
    @Test("een casus met 100.000 sleutels wordt in lineaire tijd gelezen", .timeLimit(.minutes(1)))
    func aCaseFileWith100000KeysIsReadInLinearTime() throws {
        var text = #"{"peildatum": "2026-09-01", "antwoorden": {"#
        for index in 0..<100_000 { text += "\"k\(index)\": \"x\", " }
        text += #""laatste": 1}}"#
        #expect(text.utf8.count > 1_300_000)
        do {
            _ = try StrictDecoder.decode(CaseFile.self, from: Data(text.utf8), file: "veel.json")
            Issue.record("een getal als antwoord werd aanvaard")
        } catch {
            #expect(error.kind == .data)
            #expect(error.description.contains("antwoorden.laatste"), "\(error.description)")
        }
    }

    /// Every key of a large object is found, in document order and out of it, and a key that is not there is not.
    @Test func aLargeObjectFindsEveryKeyInAnyOrder() throws {
        struct Many: Decodable {
            var values: [String: Int]
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: AnyKey.self)
                var values: [String: Int] = [:]
                // Backwards, then one that is missing: the order of asking does not matter.
                for key in container.allKeys.reversed() { values[key.stringValue] = try container.decode(Int.self, forKey: key) }
                #expect(!container.contains(AnyKey(stringValue: "ontbreekt")))
                self.values = values
            }
        }
        struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        let text = "{" + (0..<500).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}"
        let many = try StrictDecoder.decode(Many.self, from: Data(text.utf8), file: "veel.json")
        #expect(many.values.count == 500)
        #expect(many.values["k0"] == 0 && many.values["k499"] == 499 && many.values["k250"] == 250)
    }
}

extension LinearInputTests {
    /// A file whose lines end in a lone `\r` (old Mac): the line end is found once, not searched for from every line.
    @Test("een bestand met regeleinden \\r wordt in lineaire tijd gelezen", .timeLimit(.minutes(1)))
    func linesEndingInCarriageReturnsAreReadInLinearTime() throws {
        var bytes = Array("pc4;gemeente;swv_vo\r".utf8)
        let rows = 600_000
        for index in 0..<rows { bytes += Array("\(1000 + index % 9000);Plaats \(index);VO3003\r".utf8) }
        let table = try CSVTable(bytes: bytes, file: "regio.csv")
        #expect(table.rowCount == rows)
        #expect(table.field(rows - 1, 1) == "Plaats \(rows - 1)")
        #expect(table.line(of: rows - 1) == rows + 1)
    }

    /// A 50 MB import file (DUO's largest is 4 MB) is refused before it is read, with its name and the limit.
    @Test func a50MegabyteImportFileIsRefusedBeforeItIsRead() throws {
        let row = Array("Noord-Brabant;01IW00;01IW;Dongemond College;4942 VC;RAAMSDONKSVEER;GEERTRUIDENBERG;VBO/MAVO;\n".utf8)
        var big = Array(ImportTests.vestigingen.utf8)
        big.reserveCapacity(50 << 20)
        while big.count < 50_000_000 { big += row }
        let folder = try ImportTests.folder(vestigingen: big)
        let request = try folder.request()
        do throws(InputErrors) {
            _ = try ModelImport.prepare(request)
            Issue.record("50 MB aanvaard")
        } catch {
            let refusal = try #require(error.errors.first)
            #expect(refusal.kind == .data)
            #expect(refusal.file == folder.vestigingen.path)
            #expect(refusal.message.contains("groter dan 32 MB"), "\(refusal.description)")
        }
        // Through the program: exit 65, the file named, nothing written.
        let run = try Support.run([
            "gegevens", "importeer", "--vestigingen", folder.vestigingen.path, "--examens", folder.examens.path, "--regio", folder.regio.path,
            "--datum", "2026-10-02", "--regio-datum", "2015-04-23", "--data", folder.data.path,
        ])
        #expect(run.status == 65)
        #expect(run.err.contains("\(folder.vestigingen.path): het bestand is groter dan 32 MB"), "\(run.err)")
        #expect(!FileManager.default.fileExists(atPath: folder.model.appendingPathComponent("vestigingen.csv").path))
    }

    /// A name that points at an endless stream (a device, a pipe) is read only up to the limit.
    @Test func anEndlessInputIsReadOnlyUpToTheLimit() throws {
        do {
            _ = try FileReader.bytes("/dev/zero", limit: 1 << 20)
            Issue.record("/dev/zero gelezen")
        } catch {
            #expect(error.kind == .data)
            #expect(error.message.contains("groter dan 1 MB"))
        }
    }
}
