/// One action the engine owes an account now.
public struct OwedAction: Sendable, Hashable {
    /// The stage that owes it.
    public var stage: PolicyStage
    /// Which repetition (0-based).
    public var occurrence: Int
    /// The action.
    public var action: StageAction
    /// Unique per account: policy, anchor due date, stage, action and occurrence.
    public var key: String

    /// Creates an owed action.
    public init(stage: PolicyStage, occurrence: Int, action: StageAction, key: String) {
        self.stage = stage
        self.occurrence = occurrence
        self.action = action
        self.key = key
    }
}

/// What the engine decided for one account.
public struct CollectionEvaluation: Sendable, Hashable {
    /// The stage in force; nil before the first stage or when cured.
    public var stage: PolicyStage?
    /// Days past due from the anchor (negative before it); nil when nothing is owed.
    public var daysPastDue: Int?
    /// Actions owed now and not done yet.
    public var owed: [OwedAction]
    /// The next local day something becomes owed; nil when nothing ever will (cured, or past the last action).
    public var nextEvaluationOn: LocalDate?
    /// True when nothing is unpaid: the account leaves the policy.
    public var cured: Bool
}

/// The collection engine: from the oldest unpaid due date (the anchor) and today's date
/// in the debtor's zone, the stage in force and the actions it owes that are not done.
/// Pure: the same inputs always give the same answer, and what is done is passed in,
/// so running a cycle twice owes nothing the second time.
public enum CollectionEngine {
    /// Evaluates one account. `anchor` is its oldest unpaid (and undisputed) due date;
    /// `done` holds the keys of the actions already taken; `facts` judge the stages' and
    /// actions' conditions (nil: every condition holds). An action whose condition fails is
    /// not owed now; it is owed when the condition holds at a later evaluation in the stage.
    public static func evaluate(policy: DunningPolicy, anchor: LocalDate?, today: LocalDate, done: Set<String>,
                                facts: StageCondition.Facts? = nil) -> CollectionEvaluation {
        guard let anchor else {
            return CollectionEvaluation(stage: nil, daysPastDue: nil, owed: [], nextEvaluationOn: nil, cured: true)
        }
        let daysPastDue = anchor.days(to: today)
        guard let index = policy.stageIndex(atDaysPastDue: daysPastDue) else {
            return CollectionEvaluation(stage: nil, daysPastDue: daysPastDue, owed: [],
                                        nextEvaluationOn: policy.stages.first.map { anchor.adding(days: $0.daysPastDue) }, cured: false)
        }
        let stage = policy.stages[index]
        let stageEnd = index + 1 < policy.stages.count ? policy.stages[index + 1].daysPastDue : Int.max
        var owed: [OwedAction] = []
        var next = stageEnd == Int.max ? nil : stageEnd
        let applies = { (condition: StageCondition?) in facts.map { condition?.isMet(by: $0) ?? true } ?? true }
        for (actionIndex, action) in stage.actions.enumerated() {
            let days = occurrenceDays(action, stageStart: stage.daysPastDue, stageEnd: stageEnd)
            if let latest = days.lastIndex(where: { $0 <= daysPastDue }), applies(stage.condition),
               applies(stage.actionConditions.indices.contains(actionIndex) ? stage.actionConditions[actionIndex] : nil) {
                let key = "\(policy.id)/\(anchor)/\(stage.name)/\(actionIndex)/\(latest)"
                if !done.contains(key) {
                    owed.append(OwedAction(stage: stage, occurrence: latest, action: action, key: key))
                }
            }
            if let upcoming = days.first(where: { $0 > daysPastDue }) { next = min(next ?? upcoming, upcoming) }
        }
        return CollectionEvaluation(stage: stage, daysPastDue: daysPastDue, owed: owed,
                                    nextEvaluationOn: next.map { anchor.adding(days: $0) }, cured: false)
    }

    /// The days past due each repetition of `action` falls on inside its stage.
    static func occurrenceDays(_ action: StageAction, stageStart: Int, stageEnd: Int) -> [Int] {
        guard case .remind(let reminding) = action, reminding.repeatEveryDays > 0 else { return [stageStart] }
        return (0..<reminding.maxTimes).map { stageStart + $0 * reminding.repeatEveryDays }.filter { $0 < stageEnd }
    }
}
