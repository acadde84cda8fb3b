/// What kind of answer a fact takes.
public enum FactKind: String, ClosedSet {
    /// One of the listed options.
    case keuze
    /// A date (`JJJJ-MM-DD`).
    case datum
    /// The code of an SWV in the model, or `onbekend`.
    case swv
    /// The code of a school in the model, or `onbekend`.
    case school
}

/// One answer option of a question.
public struct Option: Codable, Sendable, Equatable {
    public var waarde: String
    public var tekst: String
    /// Shorter words for diagrams and overviews; `tekst` when absent.
    public var kort: String?
    /// The end of a branch condition on this value, after the fact's `als`
    /// ("met de landelijke criteria" after "Werkt {bestemming_swv}").
    public var als: String?
}

/// Whom to ask, and what, when the user does not know a fact: the first step of conditional advice.
public struct Inquiry: Codable, Sendable, Equatable {
    public var wie: Actor
    /// What to ask, as a template (`{feit}` placeholders allowed).
    public var wat: String
    /// The same in plain words for parents.
    public var ouders: String?
}

/// How the model derives a fact: a named function of other facts, with the
/// rule in words and the sources it rests on.
public struct Derivation: Codable, Sendable, Equatable {
    /// One of `Derivations.functions`.
    public var functie: String
    /// The facts the function reads, in order.
    public var invoer: [String]
    /// For `parameter`-based functions: the national parameter's id.
    public var parameter: String?
    /// For `tabel`: rows of input values and the result; `*` matches anything.
    public var rijen: [TableRow]?
    /// The rule in Dutch, for `waarom` and the reviewer's book.
    public var regel: String
    public var bronnen: [String]
    public var interpretatie: Bool?
    /// The date fact whose value picks the law cited; the peildatum when absent.
    public var datum: String?

    public init(
        functie: String, invoer: [String], parameter: String? = nil, rijen: [TableRow]? = nil, regel: String, bronnen: [String],
        interpretatie: Bool? = nil, datum: String? = nil
    ) {
        self.functie = functie
        self.invoer = invoer
        self.parameter = parameter
        self.rijen = rijen
        self.regel = regel
        self.bronnen = bronnen
        self.interpretatie = interpretatie
        self.datum = datum
    }
}

/// One row of a decision table: the input values (`*` matches anything) and the result.
public struct TableRow: Codable, Sendable, Equatable {
    public var als: [String]
    public var dan: String

    public init(als: [String], dan: String) {
        self.als = als
        self.dan = dan
    }
}

/// A fact of a case: asked (it has a question), derived from the model
/// (it has a derivation), or derived with the question as fallback when the
/// model cannot tell (an SWV that is not in the data).
public struct Fact: Codable, Sendable, Equatable {
    public var id: String
    /// A short Dutch label for diagrams and overviews.
    public var kort: String
    public var soort: FactKind
    /// The question, when the fact can be asked.
    public var vraag: String?
    /// Help text: what it means, why it matters.
    public var hulp: String?
    /// Source(s) of the question or of why it matters.
    public var bronnen: [String]?
    public var opties: [Option]?
    public var afleiding: Derivation?
    /// True when the fact's value names the scenario of the advice.
    public var scenario: Bool?
    /// For `swv` and `school`: `onbekend` is an answer (the fact is then asked or derived otherwise).
    public var onbekendToegestaan: Bool?
    /// For `datum`: the date is the deadline of a step (its `termijnDatum`); a text that names it when it lies
    /// before the peildatum says it has passed.
    public var termijn: Bool?
    /// For `datum`: an empty answer in the interview takes the peildatum.
    public var standaardPeildatum: Bool?
    /// For `datum`: the earliest date the routekaart gives advice for.
    public var vroegsteDatum: Day?
    /// The date fact whose value picks the law the question's `bronnen` cite; the peildatum when absent.
    public var bronnenDatum: String?
    /// Why an earlier date is refused, and what applies instead (shown with the refusal).
    public var vroegsteDatumUitleg: String?
    /// How a sentence names this fact when nobody knows its value ("het samenwerkingsverband van de nieuwe school").
    public var onbekendTekst: String?
    /// Whom to ask and what, when the user answers "weet ik niet".
    public var navragen: Inquiry?
    /// The start of a branch condition on this fact ("Werkt {bestemming_swv}"); each option's `als` completes it.
    public var als: String?

    public var isAsked: Bool { vraag != nil }
    public var isDerived: Bool { afleiding != nil }

    public func option(_ value: String) -> Option? { opties?.first { $0.waarde == value } }

    /// The condition of a branch on some values of this fact, as a template: with `als` a question ("Werkt
    /// {bestemming_swv} met de landelijke criteria of met eigen criteria"; the caller adds the question mark), else
    /// "kort: waarde". `or` joins the last two values.
    public func condition(_ values: [String], or: String) -> (template: String, isQuestion: Bool) {
        let words = values.map { value in option(value).map { $0.als ?? ($0.kort ?? $0.tekst) } ?? value }
        let joined = words.count > 1 ? words.dropLast().joined(separator: ", ") + " " + or + " " + (words.last ?? "") : words.joined()
        guard let start = als else { return ("\(kort): \(joined)", false) }
        return (start + " " + joined, true)
    }
}

// MARK: - Read from `inhoud/vragen.json` (`JSONFields`): the fields of each, as the file holds them

extension Option {
    init(_ json: inout JSONFields) throws(InputError) {
        waarde = try json.string("waarde")
        tekst = try json.string("tekst")
        kort = try json.optionalString("kort")
        als = try json.optionalString("als")
    }
}

extension Inquiry {
    init(_ json: inout JSONFields) throws(InputError) {
        wie = try json.choice("wie")
        wat = try json.string("wat")
        ouders = try json.optionalString("ouders")
    }
}

extension Derivation {
    init(_ json: inout JSONFields) throws(InputError) {
        functie = try json.string("functie")
        invoer = try json.strings("invoer")
        parameter = try json.optionalString("parameter")
        rijen = try json.optionalObjects("rijen", TableRow.init)
        regel = try json.string("regel")
        bronnen = try json.strings("bronnen")
        interpretatie = try json.optionalBool("interpretatie")
        datum = try json.optionalString("datum")
    }
}

extension TableRow {
    init(_ json: inout JSONFields) throws(InputError) {
        als = try json.strings("als")
        dan = try json.string("dan")
    }
}

extension Fact {
    init(_ json: inout JSONFields) throws(InputError) {
        id = try json.string("id")
        kort = try json.string("kort")
        soort = try json.choice("soort")
        vraag = try json.optionalString("vraag")
        hulp = try json.optionalString("hulp")
        bronnen = try json.optionalStrings("bronnen")
        opties = try json.optionalObjects("opties", Option.init)
        afleiding = try json.optionalObject("afleiding", Derivation.init)
        scenario = try json.optionalBool("scenario")
        onbekendToegestaan = try json.optionalBool("onbekendToegestaan")
        termijn = try json.optionalBool("termijn")
        standaardPeildatum = try json.optionalBool("standaardPeildatum")
        vroegsteDatum = try json.optionalDay("vroegsteDatum")
        bronnenDatum = try json.optionalString("bronnenDatum")
        vroegsteDatumUitleg = try json.optionalString("vroegsteDatumUitleg")
        onbekendTekst = try json.optionalString("onbekendTekst")
        navragen = try json.optionalObject("navragen", Inquiry.init)
        als = try json.optionalString("als")
    }
}
