public import Foundation

/// The set of compliance rules a policy follows (COMPLIANCE.md).
public enum ComplianceProfile: String, Sendable, Hashable, Codable, CaseIterable {
    /// FDCPA, Regulation F, TCPA.
    case us
    /// UK contact-time and frequency rules, breathing space.
    case uk
    /// EU, with B2B late-payment compensation and interest.
    case eu
}

/// How urgent a reminder is; policies raise it as the debt ages.
public enum Urgency: String, Sendable, Hashable, Codable, CaseIterable {
    case low, normal, high, final
}

/// A frequency cap on one channel: at most `maxCount` contacts in any `periodDays`
/// consecutive days (in the debtor's zone).
public struct FrequencyCap: Sendable, Hashable, Codable {
    /// The channel capped.
    public var channel: ContactChannel
    /// The most contacts in the period.
    public var maxCount: Int
    /// The period's length in days.
    public var periodDays: Int

    /// Creates a cap.
    public init(channel: ContactChannel, maxCount: Int, periodDays: Int) {
        self.channel = channel
        self.maxCount = maxCount
        self.periodDays = periodDays
    }
}

/// A fee a stage charges: fixed per currency, or a percentage of the overdue amount
/// with optional caps (applied by the escalation work; validated here).
public struct StageFee: Sendable, Hashable, Codable {
    /// Fixed amounts, at most one per currency.
    public var fixed: [Money]
    /// Percentage in basis points (250 is 2.5 %); 0 when fixed.
    public var percentBP: Int
    /// Caps of a percentage fee, per currency.
    public var caps: [Money]

    /// Creates a fee.
    public init(fixed: [Money] = [], percentBP: Int = 0, caps: [Money] = []) {
        self.fixed = fixed
        self.percentBP = percentBP
        self.caps = caps
    }
}

/// One action of a stage.
public enum StageAction: Sendable, Hashable, Codable {
    /// A reminder on a channel, repeated every `repeatEveryDays` (0: once) at most `maxTimes`.
    case remind(Reminding)
    /// A fee, once per obligation and stage.
    case fee(StageFee)
    /// Placement with an agency.
    case escalateAgency(agency: String, coCollect: Bool)
    /// A task for a person in a work queue.
    case escalatePerson(queue: String, taskDueDays: Int)
    /// Reporting to a credit bureau from now on, once CREDIT-REPORT-WAIT allows it.
    case reportToBureau(bureau: String)
    /// Writing off the balance in the anchor's currency as too small to collect: only a
    /// currency `maxBalance` names, at most that much (the action's `when: { max_balance }`).
    case writeOffSmallBalance(maxBalance: [Money])
    /// A settlement offer of the balance in the anchor's currency for `percentBP` of it,
    /// standing `expiresInDays` days (the policy's own authority); none while one is open.
    case offerSettlement(percentBP: Int, expiresInDays: Int)

    /// What a reminding action sends.
    public struct Reminding: Sendable, Hashable, Codable {
        /// The channel.
        public var channel: ContactChannel
        /// The template's name.
        public var template: String
        /// How urgent.
        public var urgency: Urgency
        /// Repeat every this many days while in the stage; 0: once.
        public var repeatEveryDays: Int
        /// The most reminders of this action in the stage (at least 1).
        public var maxTimes: Int

        /// Creates a reminding action.
        public init(channel: ContactChannel, template: String, urgency: Urgency = .normal, repeatEveryDays: Int = 0, maxTimes: Int = 1) {
            self.channel = channel
            self.template = template
            self.urgency = urgency
            self.repeatEveryDays = repeatEveryDays
            self.maxTimes = max(1, maxTimes)
        }
    }

}

/// One stage of a policy: from `daysPastDue` until the next stage starts.
public struct PolicyStage: Sendable, Hashable, Codable {
    /// Unique in the policy, e.g. `pre-due`, `day-30`.
    public var name: String
    /// Days past due the stage starts at; negative: before the due date.
    public var daysPastDue: Int
    /// What it does.
    public var actions: [StageAction]
    /// When the stage applies at all; nil: always.
    public var condition: StageCondition?
    /// When each action applies, by the action's index; nil: always.
    public var actionConditions: [StageCondition?]

    /// Creates a stage.
    public init(name: String, daysPastDue: Int, actions: [StageAction], condition: StageCondition? = nil, actionConditions: [StageCondition?] = []) {
        self.name = name
        self.daysPastDue = daysPastDue
        self.actions = actions
        self.condition = condition
        self.actionConditions = actionConditions + Array(repeating: nil, count: max(0, actions.count - actionConditions.count))
    }
}

/// A dunning policy: the stages an overdue account goes through, for some segments.
public struct DunningPolicy: Sendable, Hashable, Codable {
    /// Unique among the policies in force.
    public var id: String
    /// A title for people.
    public var title: String
    /// The segments it applies to.
    public var segments: [String]
    /// True when it applies to accounts no other policy's segments match.
    public var isDefault: Bool
    /// The compliance profile.
    public var profile: ComplianceProfile
    /// Stages by `daysPastDue` ascending.
    public var stages: [PolicyStage]
    /// Per-channel caps beyond the law's.
    public var frequencyCaps: [FrequencyCap]
    /// Years after the due date a debt becomes time-barred; 0: never (TIME-BARRED).
    public var statuteOfLimitationsYears: Int
    /// Yearly interest on overdue principal in basis points; 0: none.
    public var interestRateBP: Int
    /// True when payments pay fees before principal.
    public var feesFirst: Bool
    /// Grace days after a promise's date.
    public var promiseGraceDays: Int
    /// Grace days after an instalment's date.
    public var planGraceDays: Int
    /// The channel of the validation notice (VALIDATION, us profile: letter, or email
    /// where the policy says so); nil: none (other profiles, or a first-party creditor).
    public var validationNotice: ContactChannel?
    /// The fee a returned payment or a chargeback charges, once per payment, per currency.
    public var returnedPaymentFee: [Money] = []
    /// The email templates of the event messages the policy sends (a receipt, a confirmation,
    /// the returned-payment and dispute-rejected notices); an event not named sends none.
    public var eventTemplates: [EventMessage: String] = [:]
    /// The most discount each role may grant in a settlement offer, in basis points of the
    /// balance (SETTLEMENT-AUTHORITY); a role not named may grant none, and an admin may
    /// grant any unless named.
    public var settlementAuthorityBP: [Role: Int] = [:]

    /// True when a stage offers a settlement (`offer_settlement`).
    public var offersSettlement: Bool {
        stages.contains { $0.actions.contains { if case .offerSettlement = $0 { true } else { false } } }
    }

    /// The most discount a caller holding `roles` may grant (the best of its roles).
    public func settlementAuthority(_ roles: Set<Role>) -> Int {
        roles.map { settlementAuthorityBP[$0] ?? ($0 == .admin ? 10_000 : 0) }.max() ?? 0
    }

    /// Creates a policy.
    public init(id: String, title: String = "", segments: [String] = [], isDefault: Bool = false, profile: ComplianceProfile = .us,
                stages: [PolicyStage], frequencyCaps: [FrequencyCap] = [], statuteOfLimitationsYears: Int = 0,
                interestRateBP: Int = 0, feesFirst: Bool = false, promiseGraceDays: Int = 3, planGraceDays: Int = 5,
                validationNotice: ContactChannel? = nil) {
        self.validationNotice = validationNotice
        self.id = id
        self.title = title
        self.segments = segments
        self.isDefault = isDefault
        self.profile = profile
        self.stages = stages
        self.frequencyCaps = frequencyCaps
        self.statuteOfLimitationsYears = statuteOfLimitationsYears
        self.interestRateBP = interestRateBP
        self.feesFirst = feesFirst
        self.promiseGraceDays = promiseGraceDays
        self.planGraceDays = planGraceDays
    }

    /// The stage index in force at `daysPastDue`: the last stage starting on or before it.
    public func stageIndex(atDaysPastDue daysPastDue: Int) -> Int? {
        stages.lastIndex { $0.daysPastDue <= daysPastDue }
    }
}

/// The policies in force: one per set of segments, at most one default.
public struct PolicySet: Sendable, Hashable {
    /// The policies by id.
    public var policies: [DunningPolicy]
    /// A digest of every file of the set.
    public var version: String
    /// The ids of the policies whose payments pay fees and interest before principal.
    public let feesFirst: Set<String>

    /// Creates a set.
    public init(policies: [DunningPolicy], version: String) {
        self.policies = policies.sorted { $0.id < $1.id }
        self.version = version
        feesFirst = Set(policies.filter(\.feesFirst).map(\.id))
    }

    /// The policy an account of `segment` follows, or nil when none applies.
    public func policy(forSegment segment: String) -> DunningPolicy? {
        policies.first { $0.segments.contains(segment) } ?? policies.first(where: \.isDefault)
    }

    /// The policy with `id`.
    public func policy(id: String) -> DunningPolicy? { policies.first { $0.id == id } }
}

extension DunningPolicy {
    /// True when the debt anchored at `anchor` is past the policy's statute of limitations
    /// (TIME-BARRED), on the debtor's calendar in `zone`.
    public func isTimeBarred(anchor: LocalDate?, at now: Date, zone: String) -> Bool {
        guard let anchor, statuteOfLimitationsYears > 0 else { return false }
        let years = statuteOfLimitationsYears
        return anchor.adding(days: years * 365 + years / 4) < LocalDate(now, in: TimeZones.named(zone) ?? TimeZones.utc)
    }
}
