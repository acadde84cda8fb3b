/// `volgendeDatum(datum)` with a national `parameter` holding a day of the year
/// (`10-01`): the first such day on or after the date, as the parameter stood then.
struct NextDate: DerivationFunction {
    let name = "volgendeDatum"
    let arity: Int? = 1

    func problems(in derivation: Derivation, content: Content, model: Model) -> [DerivationProblem] {
        guard let id = derivation.parameter else { return [DerivationProblem(place: "parameter", message: Derivations.Messages.needsParameter)] }
        guard model.parameter(id) != nil else {
            return [DerivationProblem(place: "parameter", message: Derivations.Messages.unknownParameter(id))]
        }
        return []
    }

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        guard let date = Day(try input(0)), let id = derivation.parameter, let parameter = context.model.parameter(id),
            let value = parameter.value(on: date), let monthDay = value.waarde.datum
        else { return .unknown(Derivations.Messages.noDate) }
        return .value(
            date.nextOccurrence(ofMonthDay: monthDay).description,
            [
                Provenance(
                    subject: .parameter(parameter.omschrijving), bron: value.bron, laatstGecontroleerd: value.laatstGecontroleerd,
                    lookupDate: date)
            ])
    }
}
