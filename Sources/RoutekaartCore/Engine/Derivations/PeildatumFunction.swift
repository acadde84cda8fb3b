/// `peildatum`: the date of the case (today, the case file's, or `--peildatum`).
struct PeildatumFunction: DerivationFunction {
    let name = "peildatum"
    let arity: Int? = 0
    let isTotal = true
    /// A case before 2016 is refused (then the RVC decided), so the peildatum is never earlier.
    let earliestDate: Day? = Day.inpassing

    func derive(
        _ input: (Int) throws(Interruption) -> String, _ derivation: Derivation, _ context: DerivationContext
    ) throws(Interruption) -> DerivedValue {
        .value(context.peildatum.description, [])
    }
}
