/// `volgendeDatum(datum)` with a national `parameter` holding a day of the year
/// (`10-01`): the first such day on or after the date, as the parameter stood then.
struct NextDate: DerivationFunction {
    let name = "volgendeDatum"
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
            date.nextOccurrence(ofMonthDay: monthDay).description,
            [.of(parameter, value, lookupDate: date)])
    }
}

extension Derivation {
    /// The problems of a derivation that reads a national parameter: it names one, and `landelijk.json` has it.
    func parameterProblems(in model: Model) -> [DerivationProblem] {
        guard let id = parameter else { return [DerivationProblem(place: "parameter", message: Derivations.Messages.needsParameter)] }
        guard model.parameter(id) != nil else {
            return [DerivationProblem(place: "parameter", message: Derivations.Messages.unknownParameter(id))]
        }
        return []
    }
}

extension Provenance {
    /// A value of a national parameter, as it stood on the date it was looked up for.
    static func of(_ parameter: Parameter, _ value: ParameterValue, lookupDate: Day) -> Provenance {
        Provenance(
            subject: .parameter(parameter.omschrijving), bron: value.bron, laatstGecontroleerd: value.laatstGecontroleerd, lookupDate: lookupDate)
    }
}
