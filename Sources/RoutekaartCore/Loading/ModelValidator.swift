/// Checks the model against every constraint on SWVs, schools and national
/// parameters; each problem names the file, the place and the rule.
struct ModelValidator {
    let model: Model
    let content: Content
    let path: (String) -> String

    /// The model's rules as named findings, one per file: SWVs, schools, national parameters.
    func findings() -> [Finding] {
        let errors = validate()
        func rule(_ name: String, _ summary: String, _ file: String) -> Finding {
            Finding(rule: name, summary: summary, problems: errors.filter { $0.file == path(file) })
        }
        return [
            rule(
                "EverySWVHasValidPeriods", "elk SWV heeft een unieke code, een naam en beleidsperioden die niet overlappen, met een bron",
                DataSet.FileName.swvs),
            rule(
                "EverySchoolIsValid",
                "elke school heeft een geldige, unieke code, een bestaand SWV, aanbod, en alleen licenties voor leerwegen die zij aanbiedt",
                DataSet.FileName.schools),
            rule(
                "EveryNationalParameterIsValid", "elke landelijke parameter is uniek, met perioden die niet overlappen en een bron",
                DataSet.FileName.national),
        ]
    }

    func validate() -> [InputError] {
        var errors: [InputError] = []
        let swvFile = path(DataSet.FileName.swvs)
        let schoolFile = path(DataSet.FileName.schools)
        let nationalFile = path(DataSet.FileName.national)

        func cite(_ citation: String, _ file: String, _ place: String) {
            if content.source(Content.sourceID(of: citation)) == nil {
                errors.append(InputError(.data, file: file, place: place, Messages.unknownSource(citation)))
            }
        }

        var swvCodes = Set<String>()
        for (i, swv) in model.swvs.enumerated() {
            let place = "swv[\(i)]"
            if swv.code.trimmingCharacters(in: .whitespaces).isEmpty {
                errors.append(InputError(.data, file: swvFile, place: place + ".code", Messages.empty))
            }
            if !swvCodes.insert(swv.code).inserted {
                errors.append(InputError(.data, file: swvFile, place: place + ".code", Messages.duplicate(swv.code)))
            }
            if swv.naam.trimmingCharacters(in: .whitespaces).isEmpty {
                errors.append(InputError(.data, file: swvFile, place: place + ".naam", Messages.empty))
            }
            if swv.perioden.isEmpty {
                errors.append(InputError(.data, file: swvFile, place: place + ".perioden", Messages.noPeriods))
            }
            for (j, period) in swv.perioden.enumerated() {
                let p = "\(place).perioden[\(j)]"
                if let end = period.tot, end < period.vanaf {
                    errors.append(InputError(.data, file: swvFile, place: p + ".tot", Messages.endBeforeStart(period.vanaf, end)))
                }
                switch (period.lwooToewijzing, period.duurMaanden) {
                case (.eigenCriteria, nil), (.eigenCriteria, .some(..<12)):
                    errors.append(InputError(.data, file: swvFile, place: p + ".duurMaanden", Messages.durationTooShort))
                case (.eigenCriteria, _), (_, nil):
                    break
                case (_, .some):
                    errors.append(InputError(.data, file: swvFile, place: p + ".duurMaanden", Messages.durationOnlyForOwnCriteria))
                }
                cite(period.bron, swvFile, p + ".bron")
                for (k, other) in swv.perioden.enumerated() where k < j && period.overlaps(other) {
                    errors.append(InputError(.data, file: swvFile, place: p, Messages.overlap(k)))
                }
            }
        }

        var schoolCodes = Set<String>()
        for (i, school) in model.schools.enumerated() {
            let place = "scholen[\(i)]"
            if !Self.isSchoolCode(school.code) {
                errors.append(InputError(.data, file: schoolFile, place: place + ".code", Messages.badSchoolCode(school.code)))
            }
            if !schoolCodes.insert(school.code).inserted {
                errors.append(InputError(.data, file: schoolFile, place: place + ".code", Messages.duplicate(school.code)))
            }
            if model.swv(school.swv) == nil {
                errors.append(InputError(.data, file: schoolFile, place: place + ".swv", Messages.unknownSWV(school.swv)))
            }
            if school.vmbo.isEmpty && !school.pro && !school.havoVwo {
                errors.append(InputError(.data, file: schoolFile, place: place, Messages.offersNothing))
            }
            cite(school.bron, schoolFile, place + ".bron")
            for (j, licence) in school.licenties.enumerated() {
                let p = "\(place).licenties[\(j)]"
                if school.vmbo.isEmpty {
                    errors.append(InputError(.data, file: schoolFile, place: p, Messages.licenceWithoutVmbo))
                }
                for (k, leerweg) in (licence.leerwegen ?? []).enumerated() where !school.vmbo.contains(leerweg) {
                    errors.append(InputError(.data, file: schoolFile, place: "\(p).leerwegen[\(k)]", Messages.leerwegNotOffered(leerweg)))
                }
                if let end = licence.tot, end < licence.vanaf {
                    errors.append(InputError(.data, file: schoolFile, place: p + ".tot", Messages.endBeforeStart(licence.vanaf, end)))
                }
                cite(licence.bron, schoolFile, p + ".bron")
            }
        }

        var parameterIDs = Set<String>()
        for (i, parameter) in model.parameters.enumerated() {
            let place = "parameters[\(i)]"
            if !parameterIDs.insert(parameter.id).inserted {
                errors.append(InputError(.data, file: nationalFile, place: place + ".id", Messages.duplicate(parameter.id)))
            }
            for (j, value) in parameter.waarden.enumerated() {
                let p = "\(place).waarden[\(j)]"
                if let end = value.tot, end < value.vanaf {
                    errors.append(InputError(.data, file: nationalFile, place: p + ".tot", Messages.endBeforeStart(value.vanaf, end)))
                }
                for (k, other) in parameter.waarden.enumerated() where k < j && value.overlaps(other) {
                    errors.append(InputError(.data, file: nationalFile, place: p, Messages.overlap(k)))
                }
                cite(value.bron, nationalFile, p + ".bron")
            }
        }
        return errors
    }

    /// BRIN (two digits, two capitals) plus a two-digit vestiging number: `12AB00`.
    static func isSchoolCode(_ code: String) -> Bool {
        let chars = Array(code)
        guard chars.count == 6 else { return false }
        return chars[0].isASCII && chars[0].isNumber && chars[1].isASCII && chars[1].isNumber
            && chars[2].isASCII && chars[2].isUppercase && chars[3].isASCII && chars[3].isUppercase
            && chars[4].isASCII && chars[4].isNumber && chars[5].isASCII && chars[5].isNumber
    }

    enum Messages {
        static let empty = "mag niet leeg zijn"
        static let noPeriods = "een SWV heeft minstens één beleidsperiode"
        static let offersNothing = "een school biedt vmbo, pro of havo/vwo aan; hier staat niets"
        static let licenceWithoutVmbo =
            "alleen een school met vmbo kan een lwoo-licentie hebben (po-opting-out, \"Opting out van de lwoo-licenties\")"
        static let durationTooShort =
            "bij eigen-criteria is de geldigheidsduur (duurMaanden) verplicht en minstens 12 maanden (po-opting-out: \"minimaal 1 jaar\")"
        static let durationOnlyForOwnCriteria = "een geldigheidsduur (duurMaanden) hoort alleen bij lwooToewijzing \"eigen-criteria\""
        static func duplicate(_ code: String) -> String { "\"\(code)\" komt twee keer voor; een code is uniek" }
        static func unknownSource(_ citation: String) -> String {
            "\"\(citation)\" noemt geen bron uit bronnen.json (het eerste woord is de korte naam van de bron)"
        }
        static func endBeforeStart(_ start: Day, _ end: Day) -> String { "de einddatum \(end) ligt vóór de begindatum \(start)" }
        static func overlap(_ other: Int) -> String { "deze periode overlapt met periode [\(other)]; perioden van één SWV mogen niet overlappen" }
        static func badSchoolCode(_ code: String) -> String {
            "\"\(code)\" is geen geldige schoolcode; verwacht BRIN plus vestigingsnummer, zoals 12AB00"
        }
        static func unknownSWV(_ code: String) -> String { "het SWV \"\(code)\" staat niet in swv.json" }
        static func leerwegNotOffered(_ leerweg: Leerweg) -> String {
            "de school biedt de leerweg \"\(leerweg.rawValue)\" niet aan (zie vmbo); een licentie kan alleen gelden voor een leerweg die de school aanbiedt"
        }
    }
}
