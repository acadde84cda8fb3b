/// Something that holds from `vanaf` up to and including `tot` (open when nil):
/// a policy period, a licence, a value of a national parameter.
public protocol DatedRange {
    var vanaf: Day { get }
    var tot: Day? { get }
}

extension DatedRange {
    /// True when the day lies in the range.
    public func contains(_ day: Day) -> Bool { vanaf <= day && (tot.map { day <= $0 } ?? true) }

    /// True when the two ranges share a day.
    public func overlaps(_ other: some DatedRange) -> Bool {
        (tot.map { other.vanaf <= $0 } ?? true) && (other.tot.map { vanaf <= $0 } ?? true)
    }
}
