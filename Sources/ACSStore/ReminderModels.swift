public import ACSCore
public import Foundation

/// A reminder as stored in the outbox: its content (whose fields read as its own,
/// `view.stage`) and where it is in its life.
@dynamicMemberLookup
public struct ReminderView: Sendable, Hashable {
    /// acsd's id.
    public var id: Int64
    /// acsd's account id.
    public var accountID: Int64
    /// Where it is in its life.
    public var status: ReminderStatus
    /// What it says and to whom.
    public var content: ReminderContent
    /// It may not go out before.
    public var windowStart: Date
    /// It may not go out at or after.
    public var windowEnd: Date
    /// When it was created.
    public var createdAt: Date
    /// Delivery attempts so far.
    public var attempts: Int
    /// The claimer's name while claimed.
    public var claimedBy: String
    /// Only answered to the claimer.
    public var leaseToken: String
    /// While claimed: when the lease ends.
    public var leaseExpiresAt: Date?
    /// The last outcome reported.
    public var outcome: ReminderOutcome?
    /// The detail given with the last outcome.
    public var outcomeDetail: String
    /// When it reached a final status.
    public var finishedAt: Date?
    /// For cancelled: why.
    public var cancelReason: ReminderCancelReason?
    /// For deferred and suppressed: the rule id.
    public var ruleID: String
    /// Every gate decision, oldest first (only when asked for).
    public var decisions: [GateDecisionRecord]

    /// A field of the content.
    public subscript<T>(dynamicMember field: WritableKeyPath<ReminderContent, T>) -> T {
        get { content[keyPath: field] }
        set { content[keyPath: field] = newValue }
    }
}

/// Something that happened to a reminder, for the audit trail.
public struct ReminderEvent: Sendable, Hashable {
    /// What happened.
    public enum Kind: String, Sendable, Hashable {
        case scheduled, claimed, delivered, failed, retried, cancelled, deferred, suppressed
    }
    /// What happened.
    public var kind: Kind
    /// acsd's reminder id.
    public var reminderID: Int64
    /// acsd's account id.
    public var accountID: Int64
    /// The contact channel.
    public var channel: ContactChannel
    /// The policy stage that owed it.
    public var stage: String
    /// For deferred and suppressed: the rule id.
    public var rule: String
    /// Details for people.
    public var detail: String
    /// For deferred and retried: when it may go out.
    public var until: Date?
    /// For cancelled: why; for failed and delivered: the outcome.
    public var reason: String
    /// For the gate's decisions (scheduled, deferred, suppressed, claimed): the zones it judged the window in.
    public var zones: [String]

    /// Creates an event.
    public init(kind: Kind, reminderID: Int64, accountID: Int64, channel: ContactChannel, stage: String, rule: String = "",
                detail: String = "", until: Date? = nil, reason: String = "", zones: [String] = []) {
        self.zones = zones
        self.kind = kind
        self.reminderID = reminderID
        self.accountID = accountID
        self.channel = channel
        self.stage = stage
        self.rule = rule
        self.detail = detail
        self.until = until
        self.reason = reason
    }
}

/// Filters of `reminders(_:)`; they combine with AND.
public struct ReminderFilter: Sendable, Hashable {
    /// The contact channel.
    public var channel: ContactChannel?
    /// Only this account.
    public var account: AccountLookup?
    /// Empty: the open statuses.
    public var statuses: [ReminderStatus] = []
    /// Only reminders whose window starts before this instant.
    public var windowStartBefore: Date?
    /// Only reminders whose window starts at or after this instant.
    public var windowStartFrom: Date?

    /// No filter (the open reminders).
    public init() {}
}

/// How failed deliveries are retried.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts before a temporary failure becomes final.
    public var maxAttempts: Int
    /// Wait before the first retry; doubled for each further attempt.
    public var backoffSeconds: Int

    /// Creates a policy.
    public init(maxAttempts: Int, backoffSeconds: Int) {
        self.maxAttempts = maxAttempts
        self.backoffSeconds = backoffSeconds
    }
}

/// What the cycle knows about one account due for evaluation.
public struct CollectionCandidate: Sendable, Hashable {
    /// One open obligation.
    public struct OpenObligation: Sendable, Hashable {
        /// The source's id.
        public var externalID: String
        /// invoice, instalment, fee, interest.
        public var kind: ObligationKind
        /// What is open.
        public var open: Money
        /// The due date.
        public var dueOn: LocalDate
        /// True under an obligation-level dispute: no contact about it (HOLD-DISPUTE).
        public var disputed: Bool

        /// Creates an open obligation.
        public init(externalID: String, kind: ObligationKind, open: Money, dueOn: LocalDate, disputed: Bool) {
            self.externalID = externalID
            self.kind = kind
            self.open = open
            self.dueOn = dueOn
            self.disputed = disputed
        }
    }
    /// acsd's account id.
    public var accountID: Int64
    /// The source's id.
    public var externalID: String
    /// The debtor's name.
    public var name: String
    /// The portfolio segment.
    public var segment: String
    /// The locale it was rendered in.
    public var locale: String
    /// How the debtor may be contacted.
    public var contactState: DebtorContactState
    /// The open obligations, oldest due first.
    public var obligations: [OpenObligation]
    /// Keys of actions already taken (reminders not cancelled).
    public var done: Set<String>
    /// The policy the account followed at the last evaluation ("" none).
    public var policyID: String
    /// The per-account token of payment links.
    public var payToken: String
    /// The pending promise to pay, when one is (reminders pause).
    public var pendingPromise: PendingPromise?
    /// While placed with an agency: whether acs keeps reminding (co-collect); nil when not placed.
    public var placementCoCollect: Bool?
    /// The active payment plan: the policy pauses for the old debt, the plan reminds of its instalments.
    public var activePlan: PlanView?
    /// What a validation notice would itemize; nil once the account has one (VALIDATION).
    public var validationLines: [ValidationNotice.Line]?
    /// True while a settlement is offered or accepted (read only for a policy whose stages offer one): a stage then
    /// offers none, and the account is not evaluated again at every cycle for it.
    public var settlementOpen = false
    /// Events of the last `EventMessage.window` whose messages its policy sends.
    public var events: [EventNotice] = []

    /// The oldest unpaid, undisputed due date: the engine's anchor.
    public var anchor: LocalDate? { obligations.filter { !$0.disputed }.map(\.dueOn).min() }

    /// The currency of the undisputed obligation due on `anchor`: what reminders ask for
    /// and stage conditions weigh ("USD" when none is).
    public func currency(of anchor: LocalDate) -> String {
        obligations.first { !$0.disputed && $0.dueOn == anchor }?.open.currency ?? "USD"
    }
}

/// What the cycle's reading needs to know of the policies in force.
public struct CycleReading: Sendable {
    /// The policies whose payments (and credit) pay fees and interest before principal.
    public var feesFirst: Set<String>
    /// The policy an account of a segment follows: only a policy that sends a validation
    /// notice or a returned-payment notice has what those need read.
    public var policy: @Sendable (String) -> DunningPolicy?

    /// Creates what a reading needs.
    public init(feesFirst: Set<String> = [], policy: @escaping @Sendable (String) -> DunningPolicy? = { _ in nil }) {
        self.feesFirst = feesFirst
        self.policy = policy
    }
}

/// What the cycle decided for one account.
public struct CollectionPlan: Sendable, Hashable {
    /// Reminders to put in the outbox, each judged by the gate.
    public var drafts: [ReminderDraft]
    /// When to evaluate the account again; nil: not until something changes.
    public var nextActionAt: Date?
    /// The policy it follows ("" none).
    public var policyID: String
    /// Counts the account as cured: it followed a policy and nothing is unpaid.
    public var cured: Bool
    /// Fees, tasks and placements owed.
    public var escalations: [EscalationDraft]
    /// Yearly interest on overdue principal in basis points, accrued daily; 0: none.
    public var interestRateBP: Int = 0
    /// Cancels the account's unclaimed reminders and open tasks for this reason; nil: none.
    public var cancel: ReminderCancelReason?
    /// Recalls the account's agency placement for this reason; nil: none.
    public var recall: RecallReason?

    /// Creates a plan.
    public init(drafts: [ReminderDraft], nextActionAt: Date?, policyID: String, cured: Bool, escalations: [EscalationDraft] = []) {
        self.escalations = escalations
        self.drafts = drafts
        self.nextActionAt = nextActionAt
        self.policyID = policyID
        self.cured = cured
    }
}

/// What one batch of a cycle did.
public struct CycleBatch: Sendable {
    /// Accounts evaluated.
    public var evaluated = 0
    /// Accounts that left their policy fully paid.
    public var cured = 0
    /// What happened to reminders.
    public var events: [ReminderEvent] = []
    /// Fees, tasks, placements, recalls and promises decided.
    public var escalations: [EscalationEvent] = []
    /// True when more accounts may be due.
    public var more = false
    /// Accounts whose evaluation failed (rolled back alone, tried again in an hour), with why.
    public var failures: [(accountID: Int64, message: String)] = []

    /// Counts one account's stored outcome.
    mutating func add(_ outcome: (events: [ReminderEvent], escalations: [EscalationEvent], cured: Int)) {
        events += outcome.events
        escalations += outcome.escalations
        cured += outcome.cured
        evaluated += 1
    }
}
