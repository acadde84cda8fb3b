/// Place names as people write them. DUO writes plaats and gemeente in capitals (`'S-HERTOGENBOSCH`,
/// `S HERTOGENBOSCH`); the display form is the regio-indeling's spelling where the name is the same
/// after folding, and otherwise the capitals in Dutch title case (`BERGEN OP ZOOM` → `Bergen op Zoom`).
public enum PlaceNames {
    /// Words written in lower case inside a name (`Alphen aan den Rijn`, `Nuenen ca`).
    static let particles: Set<String> = [
        "aan", "ad", "bij", "c.a.", "ca", "de", "den", "der", "en", "gem", "het", "in", "onder", "op", "over", "te", "ten", "ter",
        "van", "voor",
    ]
    /// Province codes DUO adds to tell places apart (`HENGELO OV`), kept in capitals.
    static let provinceCodes: Set<String> = ["DR", "FL", "FR", "GLD", "GN", "GR", "LB", "NB", "NH", "OV", "UT", "ZH", "ZL"]

    /// The display form of a DUO name: the known spelling with the same folded form, else title case.
    public static func display(_ duoName: String, known: [String: String]) -> String {
        if let spelled = known[SearchText.compact(duoName)] { return spelled }
        return titleCased(duoName)
    }

    /// `'S-GRAVENZANDE` → `'s-Gravenzande`, `NIEUWERKERK AD IJSSEL` → `Nieuwerkerk ad IJssel`, `HENGELO OV` → `Hengelo OV`.
    public static func titleCased(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        return words.enumerated().map { index, word in
            let lower = word.lowercased()
            if index > 0 && particles.contains(lower) { return lower }
            if index > 0 && index == words.count - 1 && provinceCodes.contains(word.uppercased()) { return word.uppercased() }
            return word.split(separator: "-", omittingEmptySubsequences: false).map { capitalized(String($0)) }.joined(separator: "-")
        }.joined(separator: " ")
    }

    static func capitalized(_ part: String) -> String {
        let lower = part.lowercased()
        if lower == "'s" || lower == "'t" { return lower }
        if lower.hasPrefix("ij") { return "IJ" + lower.dropFirst(2) }
        guard let first = lower.first else { return lower }
        return first.uppercased() + lower.dropFirst()
    }
}
