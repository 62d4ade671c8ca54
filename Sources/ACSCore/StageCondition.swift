/// When a stage or one of its actions applies, beyond days past due: every part that is
/// set must hold (`when:` in a policy file).
public struct StageCondition: Sendable, Hashable, Codable {
    /// The least balance owed, per currency: the balance in the anchor's currency must reach it.
    public var minBalance: [Money]
    /// The most balance owed, per currency.
    public var maxBalance: [Money]
    /// Only accounts of these segments; empty: any.
    public var segments: [String]
    /// Only while no hold is active on the whole account.
    public var holdFree: Bool
    /// A score band, inclusive; nil: any score. An account without a score is outside every band.
    public var scoreBand: ClosedRange<Int>?

    /// Creates a condition.
    public init(minBalance: [Money] = [], maxBalance: [Money] = [], segments: [String] = [], holdFree: Bool = false,
                scoreBand: ClosedRange<Int>? = nil) {
        self.minBalance = minBalance
        self.maxBalance = maxBalance
        self.segments = segments
        self.holdFree = holdFree
        self.scoreBand = scoreBand
    }

    /// What a condition is judged on.
    public struct Facts: Sendable, Hashable {
        /// The undisputed balance owed in the anchor's currency.
        public var balance: Money
        /// The account's segment.
        public var segment: String
        /// Whole-account holds in force.
        public var activeHolds: Set<HoldKind>
        /// The account's score; nil: none (acs computes none yet).
        public var score: Int?

        /// Creates facts.
        public init(balance: Money, segment: String, activeHolds: Set<HoldKind>, score: Int? = nil) {
            self.balance = balance
            self.segment = segment
            self.activeHolds = activeHolds
            self.score = score
        }
    }

    /// True when `facts` meet every part.
    public func isMet(by facts: Facts) -> Bool {
        let balance = facts.balance
        if let least = minBalance.first(where: { $0.currency == balance.currency }), balance.minorUnits < least.minorUnits { return false }
        if let most = maxBalance.first(where: { $0.currency == balance.currency }), balance.minorUnits > most.minorUnits { return false }
        if !segments.isEmpty && !segments.contains(facts.segment) { return false }
        if holdFree && !facts.activeHolds.isEmpty { return false }
        if let scoreBand, !(facts.score.map(scoreBand.contains) ?? false) { return false }
        return true
    }
}
