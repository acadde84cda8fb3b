/// The national criteria for lwoo and pro as a rule in data
/// (`criteria.json`): the learning areas, which dated bands of
/// `landelijk.json` make up each criterion, how many areas must lie in the
/// band and which of them must be among those, the notes the check adds, and
/// the sources of each part. The arithmetic is `CriteriaCheck`'s; no band,
/// area or citation is written in Swift.
public struct NationalCriteria: Codable, Sendable, Equatable {
    /// What the file is, for people reading it.
    public var omschrijving: String
    public var gebieden: [LearningArea]
    /// Where the list of areas comes from.
    public var gebiedenBron: String
    public var criteria: [Criterion]
    public var aanvullingen: [CriteriaNote]
    /// What DL, DLE and leerachterstand mean: the help of `routekaart criteria`.
    public var uitleg: Explanation
    /// The national parameters the criteria read, as loaded from `landelijk.json` (not part of this file).
    public var parameters: [Parameter] = []

    enum CodingKeys: String, CodingKey {
        case omschrijving, gebieden, gebiedenBron, criteria, aanvullingen, uitleg
    }

    public func parameter(_ id: String) -> Parameter? { parameters.first { $0.id == id } }
    public func area(_ id: String) -> LearningArea? { gebieden.first { $0.id == id } }

    /// The parameters the rule reads, with where in the file each is named.
    public var parameterReferences: [(place: String, id: String)] {
        var references: [(place: String, id: String)] = []
        for (i, criterion) in criteria.enumerated() {
            references += [
                ("criteria[\(i)].iq", criterion.iq), ("criteria[\(i)].leerachterstand", criterion.leerachterstand),
                ("criteria[\(i)].minimumGebieden", criterion.minimumGebieden),
            ]
        }
        for (i, note) in aanvullingen.enumerated() {
            if let band = note.als.iqBinnen { references.append(("aanvullingen[\(i)].als.iqBinnen", band)) }
        }
        return references
    }

    /// Every citation in the file, with its place.
    public var citations: [(place: String, citation: String)] {
        var result: [(place: String, citation: String)] = [("gebiedenBron", gebiedenBron)]
        for (i, criterion) in criteria.enumerated() {
            result += criterion.bronnen.enumerated().map { ("criteria[\(i)].bronnen[\($0.offset)]", $0.element) }
        }
        for (i, note) in aanvullingen.enumerated() {
            result += note.bronnen.enumerated().map { ("aanvullingen[\(i)].bronnen[\($0.offset)]", $0.element) }
        }
        result += uitleg.bronnen.enumerated().map { ("uitleg.bronnen[\($0.offset)]", $0.element) }
        return result
    }
}

/// A learning area of the criteria, as listed in `criteria.json`.
public struct LearningArea: Codable, Sendable, Equatable, Hashable {
    public var id: String
    public var naam: String
}

/// One criterion (lwoo, pro): the IQ within a band, and a leerachterstand within a band on at least a
/// minimum number of areas, at least one of them among `waarvan`. The bands are parameter ids.
public struct Criterion: Codable, Sendable, Equatable {
    public var id: String
    public var naam: String
    public var iq: String
    public var leerachterstand: String
    public var minimumGebieden: String
    /// Area ids of which at least one must be among the areas in the band.
    public var waarvan: [String]
    public var bronnen: [String]
}

/// A sentence the check adds when all of its conditions hold.
public struct CriteriaNote: Codable, Sendable, Equatable {
    public var id: String
    public var als: Condition
    /// May use `{iq}`: the band of `als.iqBinnen` in words.
    public var tekst: String
    public var bronnen: [String]

    public struct Condition: Codable, Sendable, Equatable {
        /// The IQ lies in the band of this parameter.
        public var iqBinnen: String?
        /// This criterion (its id) appears met.
        public var vervuld: String?
        /// For some criterion, IQ and leerachterstand point different ways.
        public var tegenstrijdig: Bool?
    }
}

/// A text with its sources.
public struct Explanation: Codable, Sendable, Equatable {
    public var tekst: String
    public var bronnen: [String]
}

// MARK: - Read from `criteria.json` (`JSONFields`)

extension NationalCriteria {
    init(_ json: inout JSONFields) throws(InputError) {
        omschrijving = try json.string("omschrijving")
        gebieden = try json.objects("gebieden", LearningArea.init)
        gebiedenBron = try json.string("gebiedenBron")
        criteria = try json.objects("criteria", Criterion.init)
        aanvullingen = try json.objects("aanvullingen", CriteriaNote.init)
        uitleg = try json.object("uitleg", Explanation.init)
    }
}

extension LearningArea {
    init(_ json: inout JSONFields) throws(InputError) {
        id = try json.string("id")
        naam = try json.string("naam")
    }
}

extension Criterion {
    init(_ json: inout JSONFields) throws(InputError) {
        id = try json.string("id")
        naam = try json.string("naam")
        iq = try json.string("iq")
        leerachterstand = try json.string("leerachterstand")
        minimumGebieden = try json.string("minimumGebieden")
        waarvan = try json.strings("waarvan")
        bronnen = try json.strings("bronnen")
    }
}

extension CriteriaNote {
    init(_ json: inout JSONFields) throws(InputError) {
        id = try json.string("id")
        als = try json.object("als", Condition.init)
        tekst = try json.string("tekst")
        bronnen = try json.strings("bronnen")
    }
}

extension CriteriaNote.Condition {
    init(_ json: inout JSONFields) throws(InputError) {
        iqBinnen = try json.optionalString("iqBinnen")
        vervuld = try json.optionalString("vervuld")
        tegenstrijdig = try json.optionalBool("tegenstrijdig")
    }
}

extension Explanation {
    init(_ json: inout JSONFields) throws(InputError) {
        tekst = try json.string("tekst")
        bronnen = try json.strings("bronnen")
    }
}
