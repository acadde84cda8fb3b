/// Who acts in a step of the advice.
public enum Actor: String, ClosedSet {
    case school
    case swv
    case ouders
    case praktijkschool
    case nieuweSchool = "nieuwe-school"
    case vorigeSchool = "vorige-school"
}

/// One thing to do, by whom, by when, on what source. Text may use `{feit}`
/// placeholders, filled in with the case's values.
public struct Step: Codable, Sendable, Equatable {
    public var wie: Actor
    public var wat: String
    /// The deadline in words (`uiterlijk {bron_deadline}`).
    public var termijn: String?
    /// The date fact of the deadline, so that it can be set against the peildatum and put in an agenda.
    public var termijnDatum: String?
    /// What to say instead when that date lies before the peildatum: what follows now it has passed.
    public var naTermijn: String?
    /// The step applies only when each named fact has one of the listed values.
    public var als: [String: [String]]?
    public var bronnen: [String]
    /// True when the step is the project's reading, not a quote: the advice marks it `[interpretatie]`.
    public var interpretatie: Bool?
    /// The same step in plain words for parents (`--voor ouders`).
    public var ouders: String?
    /// The date fact whose value picks the law cited (the date of the decision the step
    /// discusses, e.g. `datum_aanwijzing`); the peildatum when absent.
    public var datum: String?
    /// The step in a few words, for the one line of a case that would otherwise read the same as another's
    /// ("vraag nu al een nieuwe aanwijzing aan"); without it, the first clause of the step.
    public var kort: String?

    public init(
        wie: Actor, wat: String, termijn: String? = nil, termijnDatum: String? = nil, naTermijn: String? = nil, als: [String: [String]]? = nil,
        bronnen: [String], interpretatie: Bool? = nil, ouders: String? = nil, datum: String? = nil, kort: String? = nil
    ) {
        self.wie = wie
        self.wat = wat
        self.termijn = termijn
        self.termijnDatum = termijnDatum
        self.naTermijn = naTermijn
        self.als = als
        self.bronnen = bronnen
        self.interpretatie = interpretatie
        self.ouders = ouders
        self.datum = datum
        self.kort = kort
    }
}

/// An end of the routekaart: the advice for one kind of case.
public struct Outcome: Codable, Sendable, Equatable {
    public var id: String
    public var titel: String
    public var samenvatting: String
    public var stappen: [Step]
    /// The summary in plain words for parents.
    public var ouders: String?
    /// What the interpretation is, in words, when one applies.
    public var interpretatieUitleg: String?
    /// True when the outcome says the facts cannot all be true (an aanwijzing from an SWV that issues none):
    /// when such a combination is only supposed, in a branch of conditional advice, it is no possible world.
    public var tegenstrijdig: Bool?

    public init(id: String, titel: String, samenvatting: String, stappen: [Step], ouders: String? = nil, interpretatieUitleg: String? = nil) {
        self.id = id
        self.titel = titel
        self.samenvatting = samenvatting
        self.stappen = stappen
        self.ouders = ouders
        self.interpretatieUitleg = interpretatieUitleg
    }
}

extension Step {
    /// Every text of the step that is rendered (`{feit}` placeholders allowed), with its key.
    public var texts: [(key: String, text: String)] {
        [("wat", wat), ("termijn", termijn), ("naTermijn", naTermijn), ("ouders", ouders), ("kort", kort)].compactMap { key, text in
            text.map { (key, $0) }
        }
    }
}

extension Outcome {
    /// The outcome's own texts that are rendered (not its steps'), with their keys.
    public var texts: [(key: String, text: String)] {
        [("titel", titel), ("samenvatting", samenvatting), ("ouders", ouders), ("interpretatieUitleg", interpretatieUitleg)]
            .compactMap { key, text in text.map { (key, $0) } }
    }

    /// Every rendered text of the outcome and its steps, with its place in the file (`stappen[2].wat`).
    public var allTexts: [(place: String, text: String)] {
        texts.map { ($0.key, $0.text) }
            + stappen.enumerated().flatMap { index, step in step.texts.map { ("stappen[\(index)].\($0.key)", $0.text) } }
    }
}

/// One of the six scenarios of the routekaart.
public struct Scenario: Codable, Sendable, Equatable {
    public var id: String
    public var naam: String
    public var herkomst: String
    public var bestemming: String
    public var probleem: String
}

/// A term that the parents' voice explains the first time it is used.
public struct GlossaryTerm: Codable, Sendable, Equatable {
    public var term: String
    public var uitleg: String

    public init(term: String, uitleg: String) {
        self.term = term
        self.uitleg = uitleg
    }
}

/// A document or law that rules and advice cite by its short name. A law also
/// says when it was in force, so that a citation can pick the article in force
/// on the date that matters (see `Citation`), and where its verbatim text is.
public struct Source: Codable, Sendable, Equatable {
    public var id: String
    public var titel: String
    public var datum: String
    public var vindplaats: String
    public var soort: String
    /// The name readers see in advice ("WVO 2020", "RSV Breda eo"); the id when absent.
    public var naam: String?
    /// The first day the law is in force; absent when it was in force before anything the advice covers.
    public var geldigVanaf: Day?
    /// The last day the law was in force; absent while it is in force.
    public var geldigTotEnMet: Day?
    /// The id of the law that replaced this one, to name it when an article has no counterpart there.
    public var opvolger: String?
    /// The official online version (wetten.overheid.nl).
    public var link: String?
    /// The file, relative to the data folder, holding the verbatim text of the cited articles.
    public var tekst: String?
    /// Which version of the law that file holds.
    public var tekstVersie: String?

    /// The name for readers: `naam`, else the id.
    public var displayName: String { naam ?? id }

    /// True for a law (`soort` `wet`): its citations name an article and may be dated.
    public var isLaw: Bool { soort == "wet" }

    /// True when the law is in force on `day` (a document always is).
    public func isInForce(on day: Day) -> Bool {
        (geldigVanaf.map { $0 <= day } ?? true) && (geldigTotEnMet.map { day <= $0 } ?? true)
    }
}

/// A contradiction between facts of a case that Routekaart refuses to advise on:
/// a derivation over the facts whose value says the facts cannot all be true.
public struct Control: Codable, Sendable, Equatable {
    public var id: String
    public var afleiding: Derivation
    /// The derived values that mean a contradiction.
    public var tegenstrijdig: [String]
    /// What is wrong and why, as a template (`{feit}` placeholders allowed).
    public var melding: String
    /// The questions that may be wrong: the first one the case answered is asked again.
    public var opnieuw: [String]
    public var bronnen: [String]?
}

// MARK: - Read from the content's files (`JSONFields`): the fields of each, as the files hold them

extension Step {
    init(_ json: inout JSONFields) throws(InputError) {
        wie = try json.choice("wie")
        wat = try json.string("wat")
        termijn = try json.optionalString("termijn")
        termijnDatum = try json.optionalString("termijnDatum")
        naTermijn = try json.optionalString("naTermijn")
        als = try json.optionalListMap("als")
        bronnen = try json.strings("bronnen")
        interpretatie = try json.optionalBool("interpretatie")
        ouders = try json.optionalString("ouders")
        datum = try json.optionalString("datum")
        kort = try json.optionalString("kort")
    }
}

extension Outcome {
    init(_ json: inout JSONFields) throws(InputError) {
        id = try json.string("id")
        titel = try json.string("titel")
        samenvatting = try json.string("samenvatting")
        stappen = try json.objects("stappen", Step.init)
        ouders = try json.optionalString("ouders")
        interpretatieUitleg = try json.optionalString("interpretatieUitleg")
        tegenstrijdig = try json.optionalBool("tegenstrijdig")
    }
}

extension Scenario {
    init(_ json: inout JSONFields) throws(InputError) {
        id = try json.string("id")
        naam = try json.string("naam")
        herkomst = try json.string("herkomst")
        bestemming = try json.string("bestemming")
        probleem = try json.string("probleem")
    }
}

extension GlossaryTerm {
    init(_ json: inout JSONFields) throws(InputError) {
        term = try json.string("term")
        uitleg = try json.string("uitleg")
    }
}

extension Source {
    init(_ json: inout JSONFields) throws(InputError) {
        id = try json.string("id")
        titel = try json.string("titel")
        datum = try json.string("datum")
        vindplaats = try json.string("vindplaats")
        soort = try json.string("soort")
        naam = try json.optionalString("naam")
        geldigVanaf = try json.optionalDay("geldigVanaf")
        geldigTotEnMet = try json.optionalDay("geldigTotEnMet")
        opvolger = try json.optionalString("opvolger")
        link = try json.optionalString("link")
        tekst = try json.optionalString("tekst")
        tekstVersie = try json.optionalString("tekstVersie")
    }
}

extension Control {
    init(_ json: inout JSONFields) throws(InputError) {
        id = try json.string("id")
        afleiding = try json.object("afleiding", Derivation.init)
        tegenstrijdig = try json.strings("tegenstrijdig")
        melding = try json.string("melding")
        opnieuw = try json.strings("opnieuw")
        bronnen = try json.optionalStrings("bronnen")
    }
}
