/// `vorigeDatum(datum)` with a national `parameter` holding a day of the year
/// (`07-31`): the last such day strictly before the date, as the parameter stood on the date.
/// (The last 31 July before a first school day is the end of the school year before it; the last
/// 31 March before that is the end of the aanmeldperiode for that first school day's school year.)
/// Unknown when the parameter has no value on the date.
struct PreviousDate: DerivationFunction {
    let name = "vorigeDatum"
    let arity: Int? = 1

    func problems(in derivation: Derivation, content: Content, model: Model) -> [DerivationProblem] {
        derivation.parameterProblems(in: model)
    }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        guard let date = Day(try input(0)), let id = derivation.parameter, let parameter = context.model.parameter(id),
            let value = parameter.value(on: date), let monthDay = value.waarde.datum
        else { return .unknown(Derivations.Messages.noDate) }
        return .value(
            Self.lastOccurrence(of: monthDay, before: date).description,
            [.of(parameter, value, lookupDate: date)])
    }

    /// The last day with this month and day strictly before `date` (29 February falls back to the 28th).
    static func lastOccurrence(of monthDay: MonthDay, before date: Day) -> Day {
        for year in [date.year, date.year - 1, date.year - 2] {
            let day = min(monthDay.day, Day.daysIn(month: monthDay.month, year: year))
            if let candidate = Day(year: year, month: monthDay.month, day: day), candidate < date { return candidate }
        }
        return date
    }
}

/// `geldt(datum)` with a national `parameter`: "ja" when the parameter has a value on the date, "nee" when it has
/// none (a rule that was not yet, or no longer, in the law on that date).
struct ParameterInForce: DerivationFunction {
    let name = "geldt"
    let arity: Int? = 1
    let isTotal = true

    func possibleValues(of derivation: Derivation) -> [String]? { ["ja", "nee"] }

    func problems(in derivation: Derivation, content: Content, model: Model) -> [DerivationProblem] {
        derivation.parameterProblems(in: model)
    }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        guard let date = Day(try input(0)), let id = derivation.parameter, let parameter = context.model.parameter(id)
        else { return .unknown(Derivations.Messages.noDate) }
        guard let value = parameter.value(on: date) else { return .value("nee", []) }
        return .value(
            "ja",
            [.of(parameter, value, lookupDate: date)])
    }
}
