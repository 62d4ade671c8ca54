/// When a hold is in force: from the day it takes effect until the day it ends by itself
/// (exclusive), or until it is cleared. COMPLIANCE.md's UK-BREATHING-SPACE: a standard
/// breathing space lasts 60 days; a mental health crisis breathing space lasts until 30 days
/// after the crisis treatment ends.
public struct HoldDates: Sendable, Hashable {
    /// The day the hold takes effect from (e.g. the bankruptcy filing date).
    public var effectiveOn: LocalDate
    /// The day it ends by itself, exclusive; nil: until cleared.
    public var endsOn: LocalDate?
    /// A mental health crisis breathing space: no end until the crisis treatment ends.
    public var mentalHealthCrisis: Bool

    /// Days a standard breathing space lasts.
    public static let breathingSpaceDays = 60
    /// Days a crisis breathing space lasts after the crisis treatment ends.
    public static let afterCrisisDays = 30

    /// Dates as given.
    public init(effectiveOn: LocalDate, endsOn: LocalDate? = nil, mentalHealthCrisis: Bool = false) {
        self.effectiveOn = effectiveOn
        self.endsOn = endsOn
        self.mentalHealthCrisis = mentalHealthCrisis
    }

    /// The dates of a new hold of `kind` as asked, on the account's `today`: it takes effect
    /// today or earlier; it ends after today; a breathing space without an end lasts 60 days
    /// unless it is a crisis one, which has no end until the crisis ends.
    public static func new(_ kind: HoldKind, effectiveOn: LocalDate?, endsOn: LocalDate?, mentalHealthCrisis crisis: Bool,
                           today: LocalDate) throws(ACSError) -> HoldDates {
        let start = effectiveOn ?? today
        guard start <= today else { throw .invalidArgument(field: "effective_on", "a hold takes effect today (\(today)) or earlier, not on \(start)") }
        guard !crisis || kind == .breathingSpace else { throw .invalidArgument(field: "mental_health_crisis", "is only for a breathing space") }
        guard !crisis || endsOn == nil else {
            throw .invalidArgument(field: "ends_on", "a crisis breathing space ends \(afterCrisisDays) days after the crisis treatment: clear it when that ends")
        }
        let end = endsOn ?? (kind == .breathingSpace && !crisis ? start.adding(days: breathingSpaceDays) : nil)
        if let end, end <= today { throw .invalidArgument(field: "ends_on", "\(end) is not after today (\(today)): the hold would be over already") }
        if let end, end <= start { throw .invalidArgument(field: "ends_on", "must be after effective_on (\(start))") }
        return HoldDates(effectiveOn: start, endsOn: end, mentalHealthCrisis: crisis)
    }

    /// Told on `today` that the crisis treatment ended, a crisis breathing space ends 30 days
    /// later; nil for any other hold (clearing ends it at once).
    public func endOfCrisis(today: LocalDate) -> LocalDate? {
        mentalHealthCrisis && endsOn == nil ? today.adding(days: Self.afterCrisisDays) : nil
    }
}
