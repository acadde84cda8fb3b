/// What the model knows near a fact it cannot tell: not an answer, but a lead for whoever has to find it out
/// ("Eerst uitzoeken"). A derivation function offers hints about what it would have derived; the advice words them.
public enum ModelHint: Sendable, Equatable {
    /// The policy a source gives for the SWV closest before the date (or, when none lies before it, after it).
    case knownPolicy(swv: SWV, period: PolicyPeriod, date: Day)
    /// DUO's official name of the vestiging lists lwoo among its school types: evidence of a licence, not proof.
    case nameListsLwoo(School)
    /// The vmbo leerwegen the vestiging itself examines (DUO's exam candidates).
    case examinedLeerwegen(School, [Leerweg])
    /// Another vestiging of the same school (same BRIN) examines the leerweg, where this one shows no exam candidates.
    case otherVestigingExamines(School, of: School, Leerweg)
}

extension DerivationFunction {
    /// No hints unless the function says what it knows nearby.
    public func hints(_ inputs: [String?], _ context: DerivationContext) -> [ModelHint] { [] }
}

extension PolicyOnDate {
    /// The nearest policy period a source gives for the SWV.
    func hints(_ inputs: [String?], _ context: DerivationContext) -> [ModelHint] {
        guard let code = inputs.first ?? nil, let swv = context.model.knownSWV(code), !swv.perioden.isEmpty else { return [] }
        let date = inputs.count > 1 ? inputs[1].flatMap { Day($0) } ?? context.peildatum : context.peildatum
        let before = swv.perioden.filter { $0.vanaf <= date && $0.lwooToewijzing != .onbekend }.max { $0.vanaf < $1.vanaf }
        let after = swv.perioden.filter { $0.vanaf > date && $0.lwooToewijzing != .onbekend }.min { $0.vanaf < $1.vanaf }
        guard let period = before ?? after else { return [] }
        return [.knownPolicy(swv: swv, period: period, date: date)]
    }
}

extension LicenceOnDate {
    /// What DUO's name says, and another vestiging of the school that examines the leerweg.
    func hints(_ inputs: [String?], _ context: DerivationContext) -> [ModelHint] {
        guard let code = inputs.first ?? nil, let school = context.model.knownSchool(code) else { return [] }
        var hints: [ModelHint] = school.lwooInNaam ? [.nameListsLwoo(school)] : []
        let leerweg = inputs.count > 1 ? inputs[1].flatMap(Leerweg.init(rawValue:)) : nil
        hints += LeerwegHints.hints(school, leerweg, context.model)
        return hints
    }
}

extension OffersLeerweg {
    /// The leerwegen the school examines, or another vestiging of it that examines the leerweg.
    func hints(_ inputs: [String?], _ context: DerivationContext) -> [ModelHint] {
        guard let code = inputs.first ?? nil, let school = context.model.knownSchool(code) else { return [] }
        let leerweg = inputs.count > 1 ? inputs[1].flatMap(Leerweg.init(rawValue:)) : nil
        return LeerwegHints.hints(school, leerweg, context.model)
    }
}

/// Leads about a school's leerwegen from DUO's exam data.
enum LeerwegHints {
    static func hints(_ school: School, _ leerweg: Leerweg?, _ model: Model) -> [ModelHint] {
        if let leerweg {
            // The school examines the leerweg itself: nothing to add. Else another vestiging of the same school may.
            if school.leerwegen?.contains(leerweg) == true { return [] }
            let others = model.schools.filter { $0.brin == school.brin && $0.code != school.code && $0.leerwegen?.contains(leerweg) == true }
            return others.prefix(2).map { .otherVestigingExamines($0, of: school, leerweg) }
        }
        if let own = school.leerwegen, !own.isEmpty { return [.examinedLeerwegen(school, own)] }
        let others = model.schools.filter { $0.brin == school.brin && $0.code != school.code && !($0.leerwegen ?? []).isEmpty }
        return others.prefix(2).map { .examinedLeerwegen($0, $0.leerwegen ?? []) }
    }
}
