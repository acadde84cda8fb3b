/// What the model knows near a fact it cannot tell: not an answer, but a lead for whoever has to find it out
/// ("Eerst uitzoeken"). A derivation function offers hints about what it would have derived; the advice words them.
public enum ModelHint: Sendable, Equatable {
    /// The policy a source gives for the SWV closest before the date (or, when none lies before it, after it).
    case knownPolicy(swv: SWV, fact: KnowledgeFact, date: Day)
    /// The public contact of the SWV or school to ask (a `contact` fact): whom to call or mail.
    case contact(Contactable, fact: KnowledgeFact)
    /// DUO's official name of the vestiging lists lwoo among its school types: evidence of a licence, not proof.
    case nameListsLwoo(School)
    /// The vmbo leerwegen the vestiging itself examines (DUO's exam candidates).
    case examinedLeerwegen(School, [Leerweg])
    /// Another vestiging of the same school (same BRIN) examines the leerweg, where this one shows no exam candidates.
    case otherVestigingExamines(School, of: School, Leerweg)
}

/// Whom a contact belongs to.
public enum Contactable: Sendable, Equatable {
    case swv(SWV)
    case school(School)
}

extension DerivationFunction {
    /// No hints unless the function says what it knows nearby.
    public func hints(_ inputs: [String?], _ context: DerivationContext) -> [ModelHint] { [] }
}

/// The hints of a derivation whose first input is an SWV: the SWV's contact.
protocol SWVFactHints: DerivationFunction {}

extension SWVFactHints {
    func hints(_ inputs: [String?], _ context: DerivationContext) -> [ModelHint] {
        guard let code = inputs.first ?? nil, let swv = context.model.knownSWV(code) else { return [] }
        return ModelHint.contact(of: swv, context)
    }
}

extension ModelHint {
    /// The contact of the SWV, when a knowledge file gives one.
    static func contact(of swv: SWV, _ context: DerivationContext) -> [ModelHint] {
        context.model.knowledge.contact(of: swv.code, on: context.peildatum).map { [.contact(.swv(swv), fact: $0.fact)] } ?? []
    }

    /// The contact of the school, else of its SWV.
    static func contact(of school: School, _ context: DerivationContext) -> [ModelHint] {
        if let own = context.model.knowledge.contact(of: school.code, on: context.peildatum) { return [.contact(.school(school), fact: own.fact)] }
        return context.model.swv(school.swv).map { contact(of: $0, context) } ?? []
    }
}

extension LateApplications: SWVFactHints {}
extension DurationSet: SWVFactHints {}
extension EndOfAanwijzing: SWVFactHints {}

extension PolicyOnDate {
    /// The nearest policy a source gives for the SWV, and its contact.
    func hints(_ inputs: [String?], _ context: DerivationContext) -> [ModelHint] {
        guard let code = inputs.first ?? nil, let swv = context.model.knownSWV(code) else { return [] }
        let date = inputs.count > 1 ? inputs[1].flatMap { Day($0) } ?? context.peildatum : context.peildatum
        let nearest = context.model.knowledge.nearestPolicy(of: swv.code, on: date).map { [ModelHint.knownPolicy(swv: swv, fact: $0, date: date)] }
        return (nearest ?? []) + ModelHint.contact(of: swv, context)
    }
}

extension LicenceOnDate {
    /// What DUO's name says, another vestiging of the school that examines the leerweg, and whom to ask.
    func hints(_ inputs: [String?], _ context: DerivationContext) -> [ModelHint] {
        guard let code = inputs.first ?? nil, let school = context.model.knownSchool(code) else { return [] }
        var hints: [ModelHint] = school.lwooInNaam ? [.nameListsLwoo(school)] : []
        let leerweg = inputs.count > 1 ? inputs[1].flatMap(Leerweg.init(rawValue:)) : nil
        hints += LeerwegHints.hints(school, leerweg, context.model)
        return hints + ModelHint.contact(of: school, context)
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
