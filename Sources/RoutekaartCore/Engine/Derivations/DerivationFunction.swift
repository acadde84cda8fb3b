/// A function by which content derives a fact from the model and from other
/// facts. Content names it in `afleiding.functie`; the function declares what
/// it reads and what it can yield, so that the content check, the path
/// enumerator and the engine ask the function instead of knowing it.
///
/// Adding a derivation is adding one file in this folder with a type that
/// conforms, and naming that type once in `Derivations.all`.
public protocol DerivationFunction: Sendable {
    /// The name content uses (`toewijzing`).
    var name: String { get }
    /// How many facts it reads; nil when any number (a table).
    var arity: Int? { get }
    /// True when it yields a value whenever its inputs are known (it does not depend on what the model knows).
    var isTotal: Bool { get }
    /// For a function that yields a date: the earliest it can yield, when the function itself fixes it (nil: as the
    /// fact's `vroegsteDatum` says, or open). The content check reads a citation for every date from there on.
    var earliestDate: Day? { get }
    /// The values it can yield when they form a closed set (for branches, paths
    /// and "weet ik niet"); nil when open (a date, a code).
    func possibleValues(of derivation: Derivation) -> [String]?
    /// True when its value depends on its date inputs only through their order (before, equal, after): then one
    /// date from each interval between the dates it is compared with is enough to see every value it can take.
    var comparesOnlyOrder: Bool { get }
    /// The dates it can yield between two days, when it yields dates of a known form (an aanwijzing on own criteria
    /// ends on a 31 July); nil when any date.
    func possibleDates(from: Day, through: Day) -> [Day]?
    /// What the model knows near the value when it cannot derive it (the inputs known, nil where unknown).
    func hints(_ inputs: [String?], _ context: DerivationContext) -> [ModelHint]
    /// How content uses it wrongly, beyond arity and unknown facts (which the
    /// content check sees itself): each problem with its place under `afleiding`.
    func problems(in derivation: Derivation, content: Content, model: Model) -> [DerivationProblem]
    /// Derives the value. `input(i)` is the value of the i-th fact the
    /// derivation reads (`Derivations.unknownValue` when nobody knows it),
    /// resolved only when asked for, so a function may leave inputs unread.
    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue
}

extension DerivationFunction {
    public var isTotal: Bool { false }
    public var earliestDate: Day? { nil }
    public func possibleValues(of derivation: Derivation) -> [String]? { nil }
    public var comparesOnlyOrder: Bool { false }
    public func possibleDates(from: Day, through: Day) -> [Day]? { nil }
    public func problems(in derivation: Derivation, content: Content, model: Model) -> [DerivationProblem] { [] }
}

/// A function whose first input is a school: the school is looked up once, here, and a code the model does not
/// know (or nobody knows) gives "unknown" with the reason, before the function's own rule.
protocol SchoolDerivation: DerivationFunction {
    func derive(
        _ school: School, _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue
}

extension SchoolDerivation {
    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        let code = try input(0)
        guard let school = context.model.knownSchool(code) else { return .unknown(Derivations.Messages.schoolNotInModel(code)) }
        return try derive(school, input, derivation, context)
    }
}

/// What a derivation may read besides its inputs: the model and the date of the case.
public struct DerivationContext: Sendable {
    public let model: Model
    public let peildatum: Day

    public init(model: Model, peildatum: Day) {
        self.model = model
        self.peildatum = peildatum
    }
}

/// A problem with how content uses a derivation function.
public struct DerivationProblem: Sendable, Equatable {
    /// The place under `afleiding` (`parameter`, `rijen[2].dan`).
    public var place: String
    public var message: String
}

/// The result of a derivation.
public enum DerivedValue: Sendable, Equatable {
    case value(String, [Provenance])
    /// The model cannot tell; the reason is said to the user when the fact is asked instead.
    case unknown(String)
}

/// Why the engine stops evaluating: it needs a question answered, or the content is broken.
public enum Interruption: Error {
    case needs(PendingQuestion)
    case content(ContentError)
    /// Nobody knows this fact and the routekaart needs its value: evaluate once per value.
    case fork(String)
}

/// The registry of derivation functions.
public enum Derivations {
    /// The value of a fact that nobody knows ("weet ik niet", a school not in the data).
    public static let unknownValue = "onbekend"

    /// Every function content may name.
    public static let all: [any DerivationFunction] = [
        PeildatumFunction(),
        SWVOfSchool(),
        PolicyOnDate(),
        EndOfAanwijzing(),
        LicenceOnDate(),
        OffersPro(),
        OffersVmbo(),
        OffersLeerweg(),
        Before(),
        Equal(),
        LateApplications(),
        DurationSet(),
        NextDate(),
        PreviousDate(),
        ParameterInForce(),
        DecisionTable(),
    ]

    private static let byName: [String: any DerivationFunction] = Dictionary(
        all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    public static func function(named name: String) -> (any DerivationFunction)? { byName[name] }

    /// The values a derivation can yield, when its function says they form a closed set.
    public static func possibleValues(of derivation: Derivation) -> [String]? {
        function(named: derivation.functie)?.possibleValues(of: derivation)
    }

    /// The Dutch reasons why the model could not tell, shown before a fallback question.
    enum Messages {
        /// Why a school cannot be looked up: nobody could name it, or it is not in the data.
        static func schoolNotInModel(_ code: String) -> String {
            code == unknownValue ? "Welke school het is, is niet bekend." : "Deze school staat niet in de gegevens."
        }
        /// Why an SWV cannot be looked up: nobody could name it, or it is not in the data.
        static func swvNotInModel(_ code: String) -> String {
            code == unknownValue ? "Welk samenwerkingsverband het is, is niet bekend." : "Dit samenwerkingsverband staat niet in de gegevens."
        }
        static func noPeriod(_ name: String, _ date: String) -> String {
            "Voor \(name) staat voor \(date) geen beleid in de gegevens."
        }
        static func variantNotInSource(_ name: String) -> String {
            "\(name) koos voor opting out, maar de bron zegt niet voor welke variant."
        }
        /// How the advice names a duration fact of an SWV (`… , duur van een aanwijzing vanaf 2024-08-01`).
        static let durationFact = "duur van een aanwijzing"
        static func durationNotInModel(_ name: String) -> String {
            "De geldigheidsduur van aanwijzingen van \(name) staat niet in de gegevens."
        }
        static let noDate = "Er ontbreekt een datum."
        static let dateUnknown = "De datum is niet bekend, en dus ook niet welk beleid toen gold."
        static let noTableRow = "De inhoud geeft hier geen regel."
        static let unknownInput = "Een gegeven waarop dit steunt, is niet bekend."
        static let noVmbo = "De school biedt geen vmbo."
        static func licenceNotInSources(_ name: String) -> String {
            "Of \(name) voor deze leerweg een lwoo-licentie heeft, staat in geen bron van de gegevens."
        }
        static func licenceLeerwegUnknown(_ name: String) -> String {
            "\(name) heeft een lwoo-licentie, maar de bron zegt niet voor welke leerweg."
        }
        static func offerNotInData(_ name: String) -> String {
            "Wat \(name) aanbiedt, staat niet in DUO's gegevens (de vestiging staat er alleen als brugjaarlocatie in)."
        }
        static func leerwegenNotInData(_ name: String) -> String {
            "Welke leerwegen \(name) aanbiedt, staat niet in de gegevens (DUO's examengegevens noemen geen of niet deze leerweg)."
        }
        static func unknownParameter(_ id: String) -> String { "onbekende parameter \"\(id)\" (zie landelijk.json)" }
        static let needsParameter = "deze functie heeft een parameter uit landelijk.json nodig"
        static let tableNeedsRows = "een tabel heeft rijen nodig"
        static func rowWidth(_ count: Int) -> String { "verwacht \(count) waarden" }
        static func noRowFor(_ combination: [String]) -> String { "geen rij voor [\(combination.joined(separator: ", "))]" }
    }
}

extension Model {
    /// A school of the model, or nil for an unknown code (or "onbekend").
    func knownSchool(_ code: String) -> School? { code == Derivations.unknownValue ? nil : school(code) }
    /// An SWV of the model, or nil for an unknown code (or "onbekend").
    func knownSWV(_ code: String) -> SWV? { code == Derivations.unknownValue ? nil : swv(code) }
}
