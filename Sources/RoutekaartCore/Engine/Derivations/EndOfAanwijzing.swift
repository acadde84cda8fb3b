/// `einddatumAanwijzing(swv, datum)`: the last day an aanwijzing on own criteria,
/// given by the SWV on the date, is valid, from the duration in school years the SWV
/// set then (a `duur` fact): always a 31 July (UB WVO 2020 art. 2.48 lid 1).
struct EndOfAanwijzing: DerivationFunction {
    let name = "einddatumAanwijzing"
    let arity: Int? = 2

    /// Every 31 July in the span: whole school years end there.
    func possibleDates(from: Day, through: Day) -> [Day]? {
        (from.year...max(from.year, through.year)).compactMap { Day(year: $0, month: 7, day: 31) }.filter { $0 >= from && $0 <= through }
    }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        let code = try input(0)
        guard let swv = context.model.knownSWV(code) else { return .unknown(Derivations.Messages.swvNotInModel(code)) }
        guard let date = Day(try input(1)), let known = context.model.knowledge.duration(of: swv.code, on: date),
            case .schoolYears(let years) = known.value, let end = Day.endOfSchoolYears(years, decidedOn: date)
        else {
            return .unknown(Derivations.Messages.durationNotInModel(swv.displayName))
        }
        return .value(end.description, [.of(swv, known, what: Derivations.Messages.durationFact, lookupDate: date)])
    }
}
