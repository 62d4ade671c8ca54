// proto/acs/v1/collections.proto in Swift: its enums and messages as `V1` mirrors with their protobuf-c
// code (`ProtoCodable`), and the typed methods of its services.
// Generated from the compiled descriptors by scripts/proto/gen-swift.py: do not edit; run 'make proto'.

extension V1 {
    /// Where a dispute is.
    public enum DisputeStatus: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; in a filter: every status.
        case unspecified = 0
        /// Received; what is disputed is on hold.
        case `open` = 1
        /// Verification of the debt was sent; still on hold.
        case verificationSent = 2
        /// Decided for the debtor: written off, holds cleared. Final.
        case upheld = 3
        /// Decided against the debtor: holds cleared, collection resumes. Final.
        case rejected = 4

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .`open`: "open"
            case .verificationSent: "verification_sent"
            case .upheld: "upheld"
            case .rejected: "rejected"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// What the debtor says is wrong.
    public enum DisputeReason: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; refused.
        case unspecified = 0
        /// Not their debt.
        case notMine = 1
        /// Already paid.
        case alreadyPaid = 2
        /// The amount is wrong.
        case wrongAmount = 3
        /// Opened by someone who stole their identity.
        case identityTheft = 4
        /// Goods or services not received or not as agreed.
        case goodsOrServices = 5
        /// Anything else (the note says what).
        case other = 6

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .notMine: "not_mine"
            case .alreadyPaid: "already_paid"
            case .wrongAmount: "wrong_amount"
            case .identityTheft: "identity_theft"
            case .goodsOrServices: "goods_or_services"
            case .other: "other"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// How a dispute reached the creditor.
    public enum DisputeChannel: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; refused.
        case unspecified = 0
        /// A call.
        case phone = 1
        /// An email.
        case email = 2
        /// A letter (a written dispute).
        case letter = 3
        /// The debtor's self-service portal.
        case portal = 4
        /// Through the agency the account is placed with.
        case agency = 5

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .phone: "phone"
            case .email: "email"
            case .letter: "letter"
            case .portal: "portal"
            case .agency: "agency"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// A dispute and where it is.
    public struct Dispute: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Dispute"

        /// acsd's id of the dispute.
        public var id: String = ""
        /// acsd's id of the account.
        public var accountId: String = ""
        /// The obligations disputed (external ids); with whole_account, every obligation.
        public var obligationExternalIds: [String] = []
        /// True when the whole account is disputed.
        public var wholeAccount: Bool = false
        /// The HOLD-DISPUTE holds that stand for it.
        public var holdIds: [String] = []
        /// What the debtor says is wrong.
        public var reason: DisputeReason = .unspecified
        /// How it came.
        public var receivedVia: DisputeChannel = .unspecified
        /// Who disputes: the debtor, or a representative and their relationship.
        public var disputant: String = ""
        /// Where it is.
        public var status: DisputeStatus = .unspecified
        /// Who recorded it, when, and the note.
        public var openedBy: ChangeRecord? = nil
        /// The last day of the validation period when it came inside it ("YYYY-MM-DD"); empty otherwise.
        public var validationEndsOn: String = ""
        /// Where the verification sent is kept; empty before.
        public var verificationDocument: String = ""
        /// Who recorded the verification sent, and when; absent before.
        public var verificationSentBy: ChangeRecord? = nil
        /// Who decided it, when, and the note; absent while open.
        public var resolvedBy: ChangeRecord? = nil
        /// Written off when upheld, per currency.
        public var writtenOff: [Money] = []

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            accountId: String = "",
            obligationExternalIds: [String] = [],
            wholeAccount: Bool = false,
            holdIds: [String] = [],
            reason: DisputeReason = .unspecified,
            receivedVia: DisputeChannel = .unspecified,
            disputant: String = "",
            status: DisputeStatus = .unspecified,
            openedBy: ChangeRecord? = nil,
            validationEndsOn: String = "",
            verificationDocument: String = "",
            verificationSentBy: ChangeRecord? = nil,
            resolvedBy: ChangeRecord? = nil,
            writtenOff: [Money] = []
        ) {
            self.id = id
            self.accountId = accountId
            self.obligationExternalIds = obligationExternalIds
            self.wholeAccount = wholeAccount
            self.holdIds = holdIds
            self.reason = reason
            self.receivedVia = receivedVia
            self.disputant = disputant
            self.status = status
            self.openedBy = openedBy
            self.validationEndsOn = validationEndsOn
            self.verificationDocument = verificationDocument
            self.verificationSentBy = verificationSentBy
            self.resolvedBy = resolvedBy
            self.writtenOff = writtenOff
        }
    }

    /// Where a settlement is.
    public enum SettlementStatus: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; in a filter: every status.
        case unspecified = 0
        /// Offered; payments since count towards it.
        case offered = 1
        /// Accepted: a promise stands for it.
        case accepted = 2
        /// Paid by its last day; the rest was written off.
        case paid = 3
        /// Its last day passed unpaid. Final.
        case expired = 4
        /// Withdrawn by an operator. Final.
        case withdrawn = 5
        /// A payment that paid it came back; its write-offs were reversed. Final.
        case broken = 6

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .offered: "offered"
            case .accepted: "accepted"
            case .paid: "paid"
            case .expired: "expired"
            case .withdrawn: "withdrawn"
            case .broken: "broken"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// A settlement offer and where it is.
    public struct Settlement: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Settlement"

        /// acsd's id of the settlement.
        public var id: String = ""
        /// acsd's id of the account.
        public var accountId: String = ""
        /// What the debtor pays.
        public var amount: Money? = nil
        /// The balance it settles: what was open in the currency when it was offered.
        public var balance: Money? = nil
        /// The discount, in basis points of the balance (2500 = 25%), rounded up.
        public var discountBp: UInt32 = 0
        /// The last day it may be paid, "YYYY-MM-DD" in the account's time zone.
        public var expiresOn: String = ""
        /// Where it is.
        public var status: SettlementStatus = .unspecified
        /// Paid towards it: payments received since the offer (not reversed).
        public var paid: Money? = nil
        /// Written off when it was paid (zero before, and after a break).
        public var writtenOff: Money? = nil
        /// The promise that stands for it once accepted; empty before.
        public var promiseId: String = ""
        /// Who offered it (uid 0: a policy stage), when, and the note.
        public var offeredBy: ChangeRecord? = nil
        /// When it was paid, expired, withdrawn or broken, RFC 3339 UTC; empty while open.
        public var resolvedAt: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            accountId: String = "",
            amount: Money? = nil,
            balance: Money? = nil,
            discountBp: UInt32 = 0,
            expiresOn: String = "",
            status: SettlementStatus = .unspecified,
            paid: Money? = nil,
            writtenOff: Money? = nil,
            promiseId: String = "",
            offeredBy: ChangeRecord? = nil,
            resolvedAt: String = ""
        ) {
            self.id = id
            self.accountId = accountId
            self.amount = amount
            self.balance = balance
            self.discountBp = discountBp
            self.expiresOn = expiresOn
            self.status = status
            self.paid = paid
            self.writtenOff = writtenOff
            self.promiseId = promiseId
            self.offeredBy = offeredBy
            self.resolvedAt = resolvedAt
        }
    }

    /// Where a task is.
    public enum TaskStatus: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; in a filter: see ListTasksRequest.statuses.
        case unspecified = 0
        /// Waiting for someone to claim it.
        case `open` = 1
        /// Being worked by its assignee.
        case claimed = 2
        /// Completed with an outcome. Final.
        case done = 3
        /// No longer needed (paid, held, placed). Final.
        case cancelled = 4

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .`open`: "open"
            case .claimed: "claimed"
            case .done: "done"
            case .cancelled: "cancelled"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// What came of a task.
    public enum TaskOutcome: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; refused in CompleteTask.
        case unspecified = 0
        /// Spoke with the debtor; nothing further agreed.
        case contacted = 1
        /// Could not reach the debtor.
        case noContact = 2
        /// A promise to pay was recorded.
        case promise = 3
        /// A payment plan was created.
        case paymentPlan = 4
        /// The debtor paid or will pay at once.
        case paid = 5
        /// The debtor disputes the debt (set the hold too).
        case dispute = 6
        /// Recommend placement with an agency.
        case escalate = 7
        /// Anything else; see the note.
        case other = 8

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .contacted: "contacted"
            case .noContact: "no_contact"
            case .promise: "promise"
            case .paymentPlan: "payment_plan"
            case .paid: "paid"
            case .dispute: "dispute"
            case .escalate: "escalate"
            case .other: "other"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// Where a placement is.
    public enum PlacementStatus: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; in a filter: every status.
        case unspecified = 0
        /// The agency holds the account.
        case active = 1
        /// Recalled. Final.
        case recalled = 2

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .active: "active"
            case .recalled: "recalled"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// Why an account was recalled from its agency.
    public enum RecallReason: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not recalled.
        case unspecified = 0
        /// Recalled by hand (RecallAccount).
        case manual = 1
        /// The account was paid in full.
        case paidInFull = 2
        /// A dispute hold was set.
        case disputed = 3
        /// A bankruptcy hold was set.
        case bankruptcy = 4
        /// Nothing is left: a settlement was paid, or the rest written off.
        case settled = 5
        /// The agency gave the account back (a closure in its return file).
        case agencyClosed = 6

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .manual: "manual"
            case .paidInFull: "paid_in_full"
            case .disputed: "disputed"
            case .bankruptcy: "bankruptcy"
            case .settled: "settled"
            case .agencyClosed: "agency_closed"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// What a record of a placement file asks of the agency.
    public enum PlacementAction: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set.
        case unspecified = 0
        /// Collect this account.
        case place = 1
        /// Stop: the account is recalled (placement.recall_reason says why).
        case recall = 2

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .place: "place"
            case .recall: "recall"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// Where a promise to pay is.
    public enum PromiseStatus: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; in a filter: every status.
        case unspecified = 0
        /// Waiting for its date plus grace.
        case pending = 1
        /// Payments covered it by its date plus grace. Final.
        case kept = 2
        /// Not covered in time; the policy resumed. Final.
        case broken = 3
        /// Replaced by a newer promise, or cancelled by a plan. Final.
        case cancelled = 4

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .pending: "pending"
            case .kept: "kept"
            case .broken: "broken"
            case .cancelled: "cancelled"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// Where a payment plan is.
    public enum PlanStatus: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set.
        case unspecified = 0
        /// Current: every instalment due so far is paid (or within grace).
        case active = 1
        /// Every instalment paid. Final unless a payment it needed comes back (returned, charged back): active again, or broken past the grace period.
        case completed = 2
        /// An instalment was missed past the grace period; the policy resumed. Final.
        case broken = 3
        /// Cancelled (CancelPaymentPlan); the policy resumed. Final.
        case cancelled = 4

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .active: "active"
            case .completed: "completed"
            case .broken: "broken"
            case .cancelled: "cancelled"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// Where an instalment of a payment plan is.
    public enum InstalmentStatus: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set.
        case unspecified = 0
        /// Not yet due, or due and within grace.
        case pending = 1
        /// Paid in full.
        case paid = 2
        /// Not paid by its date plus grace (the plan broke).
        case missed = 3

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .pending: "pending"
            case .paid: "paid"
            case .missed: "missed"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// What one engine cycle did.
    public struct CycleSummary: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.CycleSummary"

        /// The cycle's id.
        public var id: String = ""
        /// The engine's time the cycle ran at, RFC 3339 UTC (the simulated time when the clock is simulated).
        public var asOf: String = ""
        /// Wall-clock time the cycle took, in milliseconds.
        public var durationMs: UInt64 = 0
        /// Accounts whose next action was due and were evaluated.
        public var accountsEvaluated: UInt64 = 0
        /// Reminders put in the outbox.
        public var remindersScheduled: UInt64 = 0
        /// Reminders the gate deferred at scheduling.
        public var remindersDeferred: UInt64 = 0
        /// Reminders the gate suppressed at scheduling.
        public var remindersSuppressed: UInt64 = 0
        /// Reminders cancelled (cured accounts and the like).
        public var remindersCancelled: UInt64 = 0
        /// Fees charged.
        public var feesCharged: UInt64 = 0
        /// Accounts that accrued interest.
        public var interestAccruals: UInt64 = 0
        /// Tasks created for people.
        public var tasksCreated: UInt64 = 0
        /// Accounts placed with agencies.
        public var accountsPlaced: UInt64 = 0
        /// Accounts recalled from agencies.
        public var accountsRecalled: UInt64 = 0
        /// Promises found kept.
        public var promisesKept: UInt64 = 0
        /// Promises found broken.
        public var promisesBroken: UInt64 = 0
        /// Plans completed.
        public var plansCompleted: UInt64 = 0
        /// Plans broken.
        public var plansBroken: UInt64 = 0
        /// Accounts that left their policy fully paid.
        public var accountsCured: UInt64 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            asOf: String = "",
            durationMs: UInt64 = 0,
            accountsEvaluated: UInt64 = 0,
            remindersScheduled: UInt64 = 0,
            remindersDeferred: UInt64 = 0,
            remindersSuppressed: UInt64 = 0,
            remindersCancelled: UInt64 = 0,
            feesCharged: UInt64 = 0,
            interestAccruals: UInt64 = 0,
            tasksCreated: UInt64 = 0,
            accountsPlaced: UInt64 = 0,
            accountsRecalled: UInt64 = 0,
            promisesKept: UInt64 = 0,
            promisesBroken: UInt64 = 0,
            plansCompleted: UInt64 = 0,
            plansBroken: UInt64 = 0,
            accountsCured: UInt64 = 0
        ) {
            self.id = id
            self.asOf = asOf
            self.durationMs = durationMs
            self.accountsEvaluated = accountsEvaluated
            self.remindersScheduled = remindersScheduled
            self.remindersDeferred = remindersDeferred
            self.remindersSuppressed = remindersSuppressed
            self.remindersCancelled = remindersCancelled
            self.feesCharged = feesCharged
            self.interestAccruals = interestAccruals
            self.tasksCreated = tasksCreated
            self.accountsPlaced = accountsPlaced
            self.accountsRecalled = accountsRecalled
            self.promisesKept = promisesKept
            self.promisesBroken = promisesBroken
            self.plansCompleted = plansCompleted
            self.plansBroken = plansBroken
            self.accountsCured = accountsCured
        }
    }

    /// A task for a person.
    public struct Task: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Task"

        /// acsd's id of the task.
        public var id: String = ""
        /// The work queue it is in.
        public var queue: String = ""
        /// Where it is.
        public var status: TaskStatus = .unspecified
        /// The account's summary (no obligations, no recent payments).
        public var account: Account? = nil
        /// The policy stage that created it; empty for a task made otherwise.
        public var stage: String = ""
        /// Why the task exists, for the person, e.g. "45 days past due, no contact".
        public var reason: String = ""
        /// The day it is due, "YYYY-MM-DD".
        public var dueOn: String = ""
        /// When it was created, RFC 3339 UTC.
        public var createdAt: String = ""
        /// The assignee's name while CLAIMED or DONE.
        public var assignee: String = ""
        /// Who claimed it and when; absent while OPEN.
        public var claimedBy: ChangeRecord? = nil
        /// For DONE: the outcome.
        public var outcome: TaskOutcome = .unspecified
        /// Who completed it, when, and the note given; absent until DONE.
        public var completedBy: ChangeRecord? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            queue: String = "",
            status: TaskStatus = .unspecified,
            account: Account? = nil,
            stage: String = "",
            reason: String = "",
            dueOn: String = "",
            createdAt: String = "",
            assignee: String = "",
            claimedBy: ChangeRecord? = nil,
            outcome: TaskOutcome = .unspecified,
            completedBy: ChangeRecord? = nil
        ) {
            self.id = id
            self.queue = queue
            self.status = status
            self.account = account
            self.stage = stage
            self.reason = reason
            self.dueOn = dueOn
            self.createdAt = createdAt
            self.assignee = assignee
            self.claimedBy = claimedBy
            self.outcome = outcome
            self.completedBy = completedBy
        }
    }

    /// A placement of an account with an agency.
    public struct Placement: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Placement"

        /// acsd's id of the placement.
        public var id: String = ""
        /// acsd's id of the account.
        public var accountId: String = ""
        /// The agency's name, as in the configuration.
        public var agency: String = ""
        /// Where it is.
        public var status: PlacementStatus = .unspecified
        /// True when a policy stage placed it, false when placed by hand.
        public var automatic: Bool = false
        /// The policy stage that placed it; empty when placed by hand.
        public var stage: String = ""
        /// True when acs keeps reminding while the agency collects.
        public var coCollect: Bool = false
        /// Who placed it, when and why.
        public var placedBy: ChangeRecord? = nil
        /// The account's balances when it was placed.
        public var placedBalances: [Balance] = []
        /// Collected by the agency so far (agency payments), one entry per currency.
        public var collected: [Money] = []
        /// The export that carried it to the agency; empty until exported.
        public var exportId: String = ""
        /// When it was first exported, RFC 3339 UTC; empty until exported.
        public var exportedAt: String = ""
        /// For RECALLED: why.
        public var recallReason: RecallReason = .unspecified
        /// For RECALLED: who recalled it, when and why.
        public var recalledBy: ChangeRecord? = nil
        /// The export that carried its recall to the agency; empty until then.
        public var recallExportId: String = ""
        /// The agency's latest status of the account (from its return file); empty: none yet.
        public var agencyStatus: String = ""
        /// When the agency reported it, RFC 3339 UTC; empty: none yet.
        public var agencyStatusAt: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            accountId: String = "",
            agency: String = "",
            status: PlacementStatus = .unspecified,
            automatic: Bool = false,
            stage: String = "",
            coCollect: Bool = false,
            placedBy: ChangeRecord? = nil,
            placedBalances: [Balance] = [],
            collected: [Money] = [],
            exportId: String = "",
            exportedAt: String = "",
            recallReason: RecallReason = .unspecified,
            recalledBy: ChangeRecord? = nil,
            recallExportId: String = "",
            agencyStatus: String = "",
            agencyStatusAt: String = ""
        ) {
            self.id = id
            self.accountId = accountId
            self.agency = agency
            self.status = status
            self.automatic = automatic
            self.stage = stage
            self.coCollect = coCollect
            self.placedBy = placedBy
            self.placedBalances = placedBalances
            self.collected = collected
            self.exportId = exportId
            self.exportedAt = exportedAt
            self.recallReason = recallReason
            self.recalledBy = recalledBy
            self.recallExportId = recallExportId
            self.agencyStatus = agencyStatus
            self.agencyStatusAt = agencyStatusAt
        }
    }

    /// One contact attempt with the debtor, for the placement file.
    public struct ContactAttempt: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ContactAttempt"

        /// When it happened, RFC 3339 UTC.
        public var at: String = ""
        /// The channel.
        public var channel: Channel = .unspecified
        /// The outcome reported.
        public var outcome: ReminderOutcome = .unspecified
        /// The reminder's id.
        public var reminderId: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            at: String = "",
            channel: Channel = .unspecified,
            outcome: ReminderOutcome = .unspecified,
            reminderId: String = ""
        ) {
            self.at = at
            self.channel = channel
            self.outcome = outcome
            self.reminderId = reminderId
        }
    }

    /// One record of a placement file: what an agency needs about one account.
    public struct PlacementRecord: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PlacementRecord"

        /// The placement.
        public var placement: Placement? = nil
        /// The account in full: debtor, contact points, balances per currency, oldest due date, obligations, holds (recent_payments may be empty).
        public var account: Account? = nil
        /// The most recent contact attempts, newest first (at most 10).
        public var lastContacts: [ContactAttempt] = []
        /// PLACE: a new placement; RECALL: a placement exported before and recalled since.
        public var action: PlacementAction = .unspecified

        /// Creates a message; every field defaults to its proto default.
        public init(
            placement: Placement? = nil,
            account: Account? = nil,
            lastContacts: [ContactAttempt] = [],
            action: PlacementAction = .unspecified
        ) {
            self.placement = placement
            self.account = account
            self.lastContacts = lastContacts
            self.action = action
        }
    }

    /// A promise to pay.
    public struct Promise: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Promise"

        /// acsd's id of the promise.
        public var id: String = ""
        /// acsd's id of the account.
        public var accountId: String = ""
        /// The amount promised.
        public var amount: Money? = nil
        /// The day by which it is promised, "YYYY-MM-DD" in the account's time zone.
        public var promisedOn: String = ""
        /// Grace days after promised_on (from the policy) before it counts as broken.
        public var graceDays: UInt32 = 0
        /// Where it is.
        public var status: PromiseStatus = .unspecified
        /// Paid towards it so far (payments received since it was recorded).
        public var paid: Money? = nil
        /// Where it came from, e.g. "collector", "portal", "voice".
        public var source: String = ""
        /// Who recorded it, when, and the note given.
        public var recordedBy: ChangeRecord? = nil
        /// When it was decided (kept, broken, cancelled), RFC 3339 UTC; empty while pending.
        public var resolvedAt: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            accountId: String = "",
            amount: Money? = nil,
            promisedOn: String = "",
            graceDays: UInt32 = 0,
            status: PromiseStatus = .unspecified,
            paid: Money? = nil,
            source: String = "",
            recordedBy: ChangeRecord? = nil,
            resolvedAt: String = ""
        ) {
            self.id = id
            self.accountId = accountId
            self.amount = amount
            self.promisedOn = promisedOn
            self.graceDays = graceDays
            self.status = status
            self.paid = paid
            self.source = source
            self.recordedBy = recordedBy
            self.resolvedAt = resolvedAt
        }
    }

    /// One instalment of a payment plan.
    public struct Instalment: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Instalment"

        /// The instalment's number, 1-based.
        public var number: UInt32 = 0
        /// The amount due.
        public var amount: Money? = nil
        /// The due date, "YYYY-MM-DD".
        public var dueOn: String = ""
        /// Paid towards it so far.
        public var paid: Money? = nil
        /// Where it is.
        public var status: InstalmentStatus = .unspecified

        /// Creates a message; every field defaults to its proto default.
        public init(
            number: UInt32 = 0,
            amount: Money? = nil,
            dueOn: String = "",
            paid: Money? = nil,
            status: InstalmentStatus = .unspecified
        ) {
            self.number = number
            self.amount = amount
            self.dueOn = dueOn
            self.paid = paid
            self.status = status
        }
    }

    /// An instalment as asked for in CreatePaymentPlan.
    public struct PlannedInstalment: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PlannedInstalment"

        /// The amount (> 0), in the plan's currency.
        public var amount: Money? = nil
        /// The due date, "YYYY-MM-DD", after the previous instalment's.
        public var dueOn: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(amount: Money? = nil, dueOn: String = "") {
            self.amount = amount
            self.dueOn = dueOn
        }
    }

    /// A payment plan.
    public struct PaymentPlan: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PaymentPlan"

        /// acsd's id of the plan.
        public var id: String = ""
        /// acsd's id of the account.
        public var accountId: String = ""
        /// The total (the overdue balance it replaced).
        public var total: Money? = nil
        /// The instalments, by date.
        public var instalments: [Instalment] = []
        /// Where it is.
        public var status: PlanStatus = .unspecified
        /// Grace days after an instalment's date (from the policy) before it counts as missed.
        public var graceDays: UInt32 = 0
        /// Who created it, when, and the note given.
        public var createdBy: ChangeRecord? = nil
        /// When it ended (completed, broken, cancelled), RFC 3339 UTC; empty while active.
        public var endedAt: String = ""
        /// For CANCELLED: who cancelled it, when and why.
        public var cancelledBy: ChangeRecord? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            accountId: String = "",
            total: Money? = nil,
            instalments: [Instalment] = [],
            status: PlanStatus = .unspecified,
            graceDays: UInt32 = 0,
            createdBy: ChangeRecord? = nil,
            endedAt: String = "",
            cancelledBy: ChangeRecord? = nil
        ) {
            self.id = id
            self.accountId = accountId
            self.total = total
            self.instalments = instalments
            self.status = status
            self.graceDays = graceDays
            self.createdBy = createdBy
            self.endedAt = endedAt
            self.cancelledBy = cancelledBy
        }
    }

    /// Request of Collections.RunCycle.
    public struct RunCycleRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RunCycleRequest"

        /// Creates the empty message.
        public init() {}
    }

    /// Response of Collections.RunCycle.
    public struct RunCycleResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RunCycleResponse"

        /// What the cycle did.
        public var summary: CycleSummary? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(summary: CycleSummary? = nil) {
            self.summary = summary
        }
    }

    /// Request of Collections.ListTasks.
    public struct ListTasksRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListTasksRequest"

        /// Only this work queue; empty: every queue.
        public var queue: String = ""
        /// Only these statuses; empty: OPEN and CLAIMED.
        public var statuses: [TaskStatus] = []
        /// Only tasks of this account; absent: every account.
        public var account: AccountRef? = nil
        /// Only tasks claimed by this assignee; empty: any.
        public var assignee: String = ""
        /// Only tasks due on or before this day, "YYYY-MM-DD"; empty: no limit.
        public var dueBy: String = ""
        /// Page size (see common.proto).
        public var pageSize: UInt32 = 0
        /// Page token (see common.proto).
        public var pageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            queue: String = "",
            statuses: [TaskStatus] = [],
            account: AccountRef? = nil,
            assignee: String = "",
            dueBy: String = "",
            pageSize: UInt32 = 0,
            pageToken: String = ""
        ) {
            self.queue = queue
            self.statuses = statuses
            self.account = account
            self.assignee = assignee
            self.dueBy = dueBy
            self.pageSize = pageSize
            self.pageToken = pageToken
        }
    }

    /// Response of Collections.ListTasks.
    public struct ListTasksResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListTasksResponse"

        /// The tasks, by due date then id.
        public var tasks: [Task] = []
        /// Token of the next page, empty on the last page.
        public var nextPageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(tasks: [Task] = [], nextPageToken: String = "") {
            self.tasks = tasks
            self.nextPageToken = nextPageToken
        }
    }

    /// Request of Collections.ClaimTask.
    public struct ClaimTaskRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ClaimTaskRequest"

        /// The task to claim; empty: the open task of queue due first.
        public var taskId: String = ""
        /// With an empty task_id: the queue to take the next task from.
        public var queue: String = ""
        /// Who works the task, e.g. a collector's login; empty: the caller's user name.
        public var assignee: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(taskId: String = "", queue: String = "", assignee: String = "") {
            self.taskId = taskId
            self.queue = queue
            self.assignee = assignee
        }
    }

    /// Response of Collections.ClaimTask.
    public struct ClaimTaskResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ClaimTaskResponse"

        /// The task, now CLAIMED.
        public var task: Task? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(task: Task? = nil) {
            self.task = task
        }
    }

    /// Request of Collections.CompleteTask.
    public struct CompleteTaskRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.CompleteTaskRequest"

        /// Required. The task.
        public var taskId: String = ""
        /// Required. What came of it.
        public var outcome: TaskOutcome = .unspecified
        /// A note for the record.
        public var note: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(taskId: String = "", outcome: TaskOutcome = .unspecified, note: String = "") {
            self.taskId = taskId
            self.outcome = outcome
            self.note = note
        }
    }

    /// Response of Collections.CompleteTask.
    public struct CompleteTaskResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.CompleteTaskResponse"

        /// The task, now DONE.
        public var task: Task? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(task: Task? = nil) {
            self.task = task
        }
    }

    /// Request of Collections.PlaceAccount.
    public struct PlaceAccountRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PlaceAccountRequest"

        /// Required. The account.
        public var account: AccountRef? = nil
        /// Required. The agency's name, as in the configuration (unknown: INVALID_ARGUMENT).
        public var agency: String = ""
        /// Required. Why.
        public var reason: String = ""
        /// True when acs keeps reminding while the agency collects.
        public var coCollect: Bool = false

        /// Creates a message; every field defaults to its proto default.
        public init(account: AccountRef? = nil, agency: String = "", reason: String = "", coCollect: Bool = false) {
            self.account = account
            self.agency = agency
            self.reason = reason
            self.coCollect = coCollect
        }
    }

    /// Response of Collections.PlaceAccount.
    public struct PlaceAccountResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PlaceAccountResponse"

        /// The new placement.
        public var placement: Placement? = nil
        /// How many reminders not yet claimed were cancelled (none when co_collect).
        public var remindersCancelled: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(placement: Placement? = nil, remindersCancelled: UInt32 = 0) {
            self.placement = placement
            self.remindersCancelled = remindersCancelled
        }
    }

    /// Request of Collections.RecallAccount.
    public struct RecallAccountRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RecallAccountRequest"

        /// Required. The account.
        public var account: AccountRef? = nil
        /// Required. Why.
        public var reason: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(account: AccountRef? = nil, reason: String = "") {
            self.account = account
            self.reason = reason
        }
    }

    /// Response of Collections.RecallAccount.
    public struct RecallAccountResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RecallAccountResponse"

        /// The placement, now RECALLED.
        public var placement: Placement? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(placement: Placement? = nil) {
            self.placement = placement
        }
    }

    /// Request of Collections.ListPlacements.
    public struct ListPlacementsRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListPlacementsRequest"

        /// Only this agency; empty: every agency.
        public var agency: String = ""
        /// Only this account; absent: every account.
        public var account: AccountRef? = nil
        /// Only this status; UNSPECIFIED: every status.
        public var status: PlacementStatus = .unspecified
        /// Only placements not yet exported.
        public var unexportedOnly: Bool = false
        /// Page size (see common.proto).
        public var pageSize: UInt32 = 0
        /// Page token (see common.proto).
        public var pageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            agency: String = "",
            account: AccountRef? = nil,
            status: PlacementStatus = .unspecified,
            unexportedOnly: Bool = false,
            pageSize: UInt32 = 0,
            pageToken: String = ""
        ) {
            self.agency = agency
            self.account = account
            self.status = status
            self.unexportedOnly = unexportedOnly
            self.pageSize = pageSize
            self.pageToken = pageToken
        }
    }

    /// Response of Collections.ListPlacements.
    public struct ListPlacementsResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListPlacementsResponse"

        /// The placements, newest first.
        public var placements: [Placement] = []
        /// Token of the next page, empty on the last page.
        public var nextPageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(placements: [Placement] = [], nextPageToken: String = "") {
            self.placements = placements
            self.nextPageToken = nextPageToken
        }
    }

    /// Request of Collections.ExportPlacements.
    public struct ExportPlacementsRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ExportPlacementsRequest"

        /// Required. The agency.
        public var agency: String = ""
        /// Empty: a new export of the agency's active placements not yet exported (PLACE) and of its placements exported before and recalled since (RECALL).
        public var exportId: String = ""
        /// True: send what a new export would hold without marking anything exported.
        public var dryRun: Bool = false

        /// Creates a message; every field defaults to its proto default.
        public init(agency: String = "", exportId: String = "", dryRun: Bool = false) {
            self.agency = agency
            self.exportId = exportId
            self.dryRun = dryRun
        }
    }

    /// One chunk of a placement export (one ResponseFrame of the stream).
    public struct ExportPlacementsResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ExportPlacementsResponse"

        /// The next records, in account id order (at most 100 per chunk).
        public var records: [PlacementRecord] = []
        /// True only on the last chunk (the frame with end_of_stream).
        public var done: Bool = false
        /// The export's id; empty for a dry run.
        public var exportId: String = ""
        /// On the last chunk: how many records the whole export holds.
        public var recordCount: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(records: [PlacementRecord] = [], done: Bool = false, exportId: String = "", recordCount: UInt32 = 0) {
            self.records = records
            self.done = done
            self.exportId = exportId
            self.recordCount = recordCount
        }
    }

    /// Request of Collections.RecordPromise.
    public struct RecordPromiseRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RecordPromiseRequest"

        /// Required. The account.
        public var account: AccountRef? = nil
        /// Required. The amount promised (> 0), in a currency the account owes.
        public var amount: Money? = nil
        /// Required. The day by which the debtor will pay, "YYYY-MM-DD" in the account's time zone; not before today.
        public var promisedOn: String = ""
        /// Where it came from, e.g. "collector", "portal", "voice".
        public var source: String = ""
        /// A note for the record.
        public var note: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            account: AccountRef? = nil,
            amount: Money? = nil,
            promisedOn: String = "",
            source: String = "",
            note: String = ""
        ) {
            self.account = account
            self.amount = amount
            self.promisedOn = promisedOn
            self.source = source
            self.note = note
        }
    }

    /// Response of Collections.RecordPromise.
    public struct RecordPromiseResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RecordPromiseResponse"

        /// The new promise, PENDING.
        public var promise: Promise? = nil
        /// The pending promise it replaced (now CANCELLED); absent when none.
        public var replaced: Promise? = nil
        /// How many reminders not yet claimed were cancelled.
        public var remindersCancelled: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(promise: Promise? = nil, replaced: Promise? = nil, remindersCancelled: UInt32 = 0) {
            self.promise = promise
            self.replaced = replaced
            self.remindersCancelled = remindersCancelled
        }
    }

    /// Request of Collections.ListPromises.
    public struct ListPromisesRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListPromisesRequest"

        /// Only this account; absent: every account.
        public var account: AccountRef? = nil
        /// Only this status; UNSPECIFIED: every status.
        public var status: PromiseStatus = .unspecified
        /// Page size (see common.proto).
        public var pageSize: UInt32 = 0
        /// Page token (see common.proto).
        public var pageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            account: AccountRef? = nil,
            status: PromiseStatus = .unspecified,
            pageSize: UInt32 = 0,
            pageToken: String = ""
        ) {
            self.account = account
            self.status = status
            self.pageSize = pageSize
            self.pageToken = pageToken
        }
    }

    /// Response of Collections.ListPromises.
    public struct ListPromisesResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListPromisesResponse"

        /// The promises, newest first.
        public var promises: [Promise] = []
        /// Token of the next page, empty on the last page.
        public var nextPageToken: String = ""
        /// Counts and kept rate over every promise matching the filter (not only this page): per account when account is set, overall otherwise.
        public var stats: PromiseStats? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(promises: [Promise] = [], nextPageToken: String = "", stats: PromiseStats? = nil) {
            self.promises = promises
            self.nextPageToken = nextPageToken
            self.stats = stats
        }
    }

    /// Request of Collections.CreatePaymentPlan.
    public struct CreatePaymentPlanRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.CreatePaymentPlanRequest"

        /// Required. The account.
        public var account: AccountRef? = nil
        /// Required. The instalments, dates ascending, all in one currency, summing to the account's overdue balance in that currency.
        public var instalments: [PlannedInstalment] = []
        /// A note for the record.
        public var note: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(account: AccountRef? = nil, instalments: [PlannedInstalment] = [], note: String = "") {
            self.account = account
            self.instalments = instalments
            self.note = note
        }
    }

    /// Response of Collections.CreatePaymentPlan.
    public struct CreatePaymentPlanResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.CreatePaymentPlanResponse"

        /// The new plan, ACTIVE.
        public var plan: PaymentPlan? = nil
        /// How many reminders not yet claimed were cancelled.
        public var remindersCancelled: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(plan: PaymentPlan? = nil, remindersCancelled: UInt32 = 0) {
            self.plan = plan
            self.remindersCancelled = remindersCancelled
        }
    }

    /// Request of Collections.GetPaymentPlan.
    public struct GetPaymentPlanRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GetPaymentPlanRequest"

        /// The plan's id; or leave empty and give account.
        public var planId: String = ""
        /// The account whose active plan to answer, when plan_id is empty.
        public var account: AccountRef? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(planId: String = "", account: AccountRef? = nil) {
            self.planId = planId
            self.account = account
        }
    }

    /// Response of Collections.GetPaymentPlan.
    public struct GetPaymentPlanResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GetPaymentPlanResponse"

        /// The plan.
        public var plan: PaymentPlan? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(plan: PaymentPlan? = nil) {
            self.plan = plan
        }
    }

    /// Request of Collections.CancelPaymentPlan.
    public struct CancelPaymentPlanRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.CancelPaymentPlanRequest"

        /// Required. The plan's id.
        public var planId: String = ""
        /// Required. Why.
        public var reason: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(planId: String = "", reason: String = "") {
            self.planId = planId
            self.reason = reason
        }
    }

    /// Response of Collections.CancelPaymentPlan.
    public struct CancelPaymentPlanResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.CancelPaymentPlanResponse"

        /// The plan, now CANCELLED.
        public var plan: PaymentPlan? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(plan: PaymentPlan? = nil) {
            self.plan = plan
        }
    }

    /// Request of Collections.OfferSettlement.
    public struct OfferSettlementRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.OfferSettlementRequest"

        /// Required. The account.
        public var account: AccountRef? = nil
        /// The amount to pay, in the currency settled; or set percent_bp instead.
        public var amount: Money? = nil
        /// The share of the balance to pay, in basis points (1–9999); with currency.
        public var percentBp: UInt32 = 0
        /// With percent_bp: the currency settled.
        public var currency: String = ""
        /// Required. The last day it may be paid, "YYYY-MM-DD" in the account's time zone; from today to 365 days ahead.
        public var expiresOn: String = ""
        /// A note for the record.
        public var note: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            account: AccountRef? = nil,
            amount: Money? = nil,
            percentBp: UInt32 = 0,
            currency: String = "",
            expiresOn: String = "",
            note: String = ""
        ) {
            self.account = account
            self.amount = amount
            self.percentBp = percentBp
            self.currency = currency
            self.expiresOn = expiresOn
            self.note = note
        }
    }

    /// Response of Collections.OfferSettlement.
    public struct OfferSettlementResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.OfferSettlementResponse"

        /// The settlement, OFFERED.
        public var settlement: Settlement? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(settlement: Settlement? = nil) {
            self.settlement = settlement
        }
    }

    /// Request of Collections.AcceptSettlement.
    public struct AcceptSettlementRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AcceptSettlementRequest"

        /// Required. acsd's id of an OFFERED settlement.
        public var settlementId: String = ""
        /// A note for the record.
        public var note: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(settlementId: String = "", note: String = "") {
            self.settlementId = settlementId
            self.note = note
        }
    }

    /// Response of Collections.AcceptSettlement.
    public struct AcceptSettlementResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AcceptSettlementResponse"

        /// The settlement, ACCEPTED.
        public var settlement: Settlement? = nil
        /// The promise that stands for it.
        public var promise: Promise? = nil
        /// How many reminders not yet claimed were cancelled.
        public var remindersCancelled: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(settlement: Settlement? = nil, promise: Promise? = nil, remindersCancelled: UInt32 = 0) {
            self.settlement = settlement
            self.promise = promise
            self.remindersCancelled = remindersCancelled
        }
    }

    /// Request of Collections.WithdrawSettlement.
    public struct WithdrawSettlementRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.WithdrawSettlementRequest"

        /// Required. acsd's id of an open settlement.
        public var settlementId: String = ""
        /// Required. Why.
        public var reason: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(settlementId: String = "", reason: String = "") {
            self.settlementId = settlementId
            self.reason = reason
        }
    }

    /// Response of Collections.WithdrawSettlement.
    public struct WithdrawSettlementResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.WithdrawSettlementResponse"

        /// The settlement, WITHDRAWN.
        public var settlement: Settlement? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(settlement: Settlement? = nil) {
            self.settlement = settlement
        }
    }

    /// Request of Collections.ListSettlements.
    public struct ListSettlementsRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListSettlementsRequest"

        /// Only this account; absent: every account.
        public var account: AccountRef? = nil
        /// Only this status; UNSPECIFIED: every status.
        public var status: SettlementStatus = .unspecified
        /// Page size (see common.proto).
        public var pageSize: UInt32 = 0
        /// Page token (see common.proto).
        public var pageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            account: AccountRef? = nil,
            status: SettlementStatus = .unspecified,
            pageSize: UInt32 = 0,
            pageToken: String = ""
        ) {
            self.account = account
            self.status = status
            self.pageSize = pageSize
            self.pageToken = pageToken
        }
    }

    /// Response of Collections.ListSettlements.
    public struct ListSettlementsResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListSettlementsResponse"

        /// The settlements, newest first.
        public var settlements: [Settlement] = []
        /// Token of the next page, empty on the last page.
        public var nextPageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(settlements: [Settlement] = [], nextPageToken: String = "") {
            self.settlements = settlements
            self.nextPageToken = nextPageToken
        }
    }

    /// Request of Collections.OpenDispute.
    public struct OpenDisputeRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.OpenDisputeRequest"

        /// Required. The account.
        public var account: AccountRef? = nil
        /// The obligations disputed (external ids, at most 100); none: the whole account.
        public var obligationExternalIds: [String] = []
        /// Required. What the debtor says is wrong.
        public var reason: DisputeReason = .unspecified
        /// Required. How it came.
        public var receivedVia: DisputeChannel = .unspecified
        /// Who disputes: the debtor, or a representative and their relationship (at most 200 characters); empty: the debtor.
        public var disputant: String = ""
        /// A note for the record: what the debtor said.
        public var note: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            account: AccountRef? = nil,
            obligationExternalIds: [String] = [],
            reason: DisputeReason = .unspecified,
            receivedVia: DisputeChannel = .unspecified,
            disputant: String = "",
            note: String = ""
        ) {
            self.account = account
            self.obligationExternalIds = obligationExternalIds
            self.reason = reason
            self.receivedVia = receivedVia
            self.disputant = disputant
            self.note = note
        }
    }

    /// Response of Collections.OpenDispute.
    public struct OpenDisputeResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.OpenDisputeResponse"

        /// The dispute, OPEN.
        public var dispute: Dispute? = nil
        /// How many reminders not yet claimed were cancelled.
        public var remindersCancelled: UInt32 = 0
        /// True when an agency gave the account back.
        public var recalled: Bool = false

        /// Creates a message; every field defaults to its proto default.
        public init(dispute: Dispute? = nil, remindersCancelled: UInt32 = 0, recalled: Bool = false) {
            self.dispute = dispute
            self.remindersCancelled = remindersCancelled
            self.recalled = recalled
        }
    }

    /// Request of Collections.SendDisputeVerification.
    public struct SendDisputeVerificationRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.SendDisputeVerificationRequest"

        /// Required. acsd's id of an OPEN dispute.
        public var disputeId: String = ""
        /// Required. Where the verification sent is kept (a document reference, at most 500 characters).
        public var document: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(disputeId: String = "", document: String = "") {
            self.disputeId = disputeId
            self.document = document
        }
    }

    /// Response of Collections.SendDisputeVerification.
    public struct SendDisputeVerificationResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.SendDisputeVerificationResponse"

        /// The dispute, VERIFICATION_SENT.
        public var dispute: Dispute? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(dispute: Dispute? = nil) {
            self.dispute = dispute
        }
    }

    /// How a dispute is decided.
    public enum DisputeOutcome: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; refused.
        case unspecified = 0
        /// For the debtor.
        case upheld = 1
        /// Against the debtor (after verification).
        case rejected = 2

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .upheld: "upheld"
            case .rejected: "rejected"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// Request of Collections.ResolveDispute.
    public struct ResolveDisputeRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ResolveDisputeRequest"

        /// Required. acsd's id of an open dispute.
        public var disputeId: String = ""
        /// Required. The decision.
        public var outcome: DisputeOutcome = .unspecified
        /// UPHELD: the amount to write off the disputed obligations (oldest due first, in its currency); absent: all that is open on them.
        public var writeOff: Money? = nil
        /// Required. Why, for the record.
        public var note: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            disputeId: String = "",
            outcome: DisputeOutcome = .unspecified,
            writeOff: Money? = nil,
            note: String = ""
        ) {
            self.disputeId = disputeId
            self.outcome = outcome
            self.writeOff = writeOff
            self.note = note
        }
    }

    /// Response of Collections.ResolveDispute.
    public struct ResolveDisputeResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ResolveDisputeResponse"

        /// The dispute, UPHELD or REJECTED.
        public var dispute: Dispute? = nil
        /// The write-offs an upheld dispute made.
        public var writeOffs: [WriteOff] = []
        /// The holds cleared.
        public var holdsCleared: [String] = []

        /// Creates a message; every field defaults to its proto default.
        public init(dispute: Dispute? = nil, writeOffs: [WriteOff] = [], holdsCleared: [String] = []) {
            self.dispute = dispute
            self.writeOffs = writeOffs
            self.holdsCleared = holdsCleared
        }
    }

    /// Request of Collections.ListDisputes.
    public struct ListDisputesRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListDisputesRequest"

        /// Only this account; absent: every account.
        public var account: AccountRef? = nil
        /// Only this status; UNSPECIFIED: every status.
        public var status: DisputeStatus = .unspecified
        /// Page size (see common.proto).
        public var pageSize: UInt32 = 0
        /// Page token (see common.proto).
        public var pageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            account: AccountRef? = nil,
            status: DisputeStatus = .unspecified,
            pageSize: UInt32 = 0,
            pageToken: String = ""
        ) {
            self.account = account
            self.status = status
            self.pageSize = pageSize
            self.pageToken = pageToken
        }
    }

    /// Response of Collections.ListDisputes.
    public struct ListDisputesResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListDisputesResponse"

        /// The disputes, newest first.
        public var disputes: [Dispute] = []
        /// Token of the next page, empty on the last page.
        public var nextPageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(disputes: [Dispute] = [], nextPageToken: String = "") {
            self.disputes = disputes
            self.nextPageToken = nextPageToken
        }
    }

    /// What a record of an agency's return file reports.
    public enum AgencyReturnKind: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; refused.
        case unspecified = 0
        /// The agency collected a payment.
        case payment = 1
        /// The agency's status of the account changed.
        case status = 2
        /// The agency closed the account and gives it back.
        case closure = 3

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .payment: "payment"
            case .status: "status"
            case .closure: "closure"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// One record of an agency's return file.
    public struct AgencyReturnRecord: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AgencyReturnRecord"

        /// Required. The agency's reference of the record, unique per agency (1–120 printable characters): what makes an import idempotent.
        public var reference: String = ""
        /// Required. What it reports.
        public var kind: AgencyReturnKind = .unspecified
        /// Required. The account.
        public var account: AccountRef? = nil
        /// PAYMENT: the amount collected (> 0).
        public var amount: Money? = nil
        /// PAYMENT: when the agency received it, RFC 3339; empty: now.
        public var receivedAt: String = ""
        /// STATUS: the agency's status of the account, e.g. "contacted", "skip_trace" (1–64 printable characters); CLOSURE: why it closes it.
        public var status: String = ""
        /// A note for the record.
        public var note: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            reference: String = "",
            kind: AgencyReturnKind = .unspecified,
            account: AccountRef? = nil,
            amount: Money? = nil,
            receivedAt: String = "",
            status: String = "",
            note: String = ""
        ) {
            self.reference = reference
            self.kind = kind
            self.account = account
            self.amount = amount
            self.receivedAt = receivedAt
            self.status = status
            self.note = note
        }
    }

    /// Request of Collections.ImportAgencyReturn.
    public struct ImportAgencyReturnRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ImportAgencyReturnRequest"

        /// Required. The agency, as in the configuration.
        public var agency: String = ""
        /// The records (at most 10,000).
        public var records: [AgencyReturnRecord] = []

        /// Creates a message; every field defaults to its proto default.
        public init(agency: String = "", records: [AgencyReturnRecord] = []) {
            self.agency = agency
            self.records = records
        }
    }

    /// What became of one record.
    public struct AgencyReturnResult: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AgencyReturnResult"

        /// The position of the record in the request (0-based).
        public var index: UInt32 = 0
        /// The record's reference.
        public var reference: String = ""
        /// OK, or why it was refused (nothing of it was applied).
        public var status: Status? = nil
        /// True when it had been imported before with the same content: nothing was applied again.
        public var replayed: Bool = false
        /// PAYMENT: acsd's id of the payment posted.
        public var paymentId: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            index: UInt32 = 0,
            reference: String = "",
            status: Status? = nil,
            replayed: Bool = false,
            paymentId: String = ""
        ) {
            self.index = index
            self.reference = reference
            self.status = status
            self.replayed = replayed
            self.paymentId = paymentId
        }
    }

    /// Response of Collections.ImportAgencyReturn.
    public struct ImportAgencyReturnResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ImportAgencyReturnResponse"

        /// One result per record, in order.
        public var results: [AgencyReturnResult] = []
        /// Records applied now.
        public var applied: UInt32 = 0
        /// Records imported before (replayed).
        public var replayed: UInt32 = 0
        /// Records refused.
        public var refused: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(results: [AgencyReturnResult] = [], applied: UInt32 = 0, replayed: UInt32 = 0, refused: UInt32 = 0) {
            self.results = results
            self.applied = applied
            self.replayed = replayed
            self.refused = refused
        }
    }
}

extension Methods {
    /// The `acs.v1.Collections` methods.
    public enum Collections {
        private static let service = "acs.v1.Collections"
        /// Runs one engine cycle now (after any cycle in progress) and answers its summary.
        public static let runCycle = RPCMethod<V1.RunCycleRequest, V1.RunCycleResponse>(service: service, name: "RunCycle")
        /// Tasks for people, by due date, with cursor pagination.
        public static let listTasks = RPCMethod<V1.ListTasksRequest, V1.ListTasksResponse>(service: service, name: "ListTasks")
        /// Claims a task (a named one, or the next open one of a queue) for an assignee.
        public static let claimTask = RPCMethod<V1.ClaimTaskRequest, V1.ClaimTaskResponse>(service: service, name: "ClaimTask")
        /// Completes a claimed task with an outcome and a note.
        public static let completeTask = RPCMethod<V1.CompleteTaskRequest, V1.CompleteTaskResponse>(service: service, name: "CompleteTask")
        /// Places an account with an agency by hand.
        public static let placeAccount = RPCMethod<V1.PlaceAccountRequest, V1.PlaceAccountResponse>(service: service, name: "PlaceAccount")
        /// Recalls an account from its agency by hand.
        public static let recallAccount = RPCMethod<V1.RecallAccountRequest, V1.RecallAccountResponse>(service: service, name: "RecallAccount")
        /// Placements, newest first, with cursor pagination.
        public static let listPlacements = RPCMethod<V1.ListPlacementsRequest, V1.ListPlacementsResponse>(service: service, name: "ListPlacements")
        /// Server streaming: the placement file of one agency.
        public static let exportPlacements = RPCMethod<V1.ExportPlacementsRequest, V1.ExportPlacementsResponse>(service: service, name: "ExportPlacements")
        /// Records a promise to pay; reminders pause while it is pending.
        public static let recordPromise = RPCMethod<V1.RecordPromiseRequest, V1.RecordPromiseResponse>(service: service, name: "RecordPromise")
        /// Promises, newest first, with counts and the kept rate for the filter.
        public static let listPromises = RPCMethod<V1.ListPromisesRequest, V1.ListPromisesResponse>(service: service, name: "ListPromises")
        /// Turns an account's overdue balance in one currency into instalments.
        public static let createPaymentPlan = RPCMethod<V1.CreatePaymentPlanRequest, V1.CreatePaymentPlanResponse>(service: service, name: "CreatePaymentPlan")
        /// One payment plan with its instalments.
        public static let getPaymentPlan = RPCMethod<V1.GetPaymentPlanRequest, V1.GetPaymentPlanResponse>(service: service, name: "GetPaymentPlan")
        /// Cancels an active payment plan; the policy resumes.
        public static let cancelPaymentPlan = RPCMethod<V1.CancelPaymentPlanRequest, V1.CancelPaymentPlanResponse>(service: service, name: "CancelPaymentPlan")
        /// Offers a settlement: the account's open balance in one currency is settled for less if paid by a day.
        public static let offerSettlement = RPCMethod<V1.OfferSettlementRequest, V1.OfferSettlementResponse>(service: service, name: "OfferSettlement")
        /// The debtor accepted an offered settlement: a promise to pay its amount by its last day stands for it, and reminders pause while it is pending.
        public static let acceptSettlement = RPCMethod<V1.AcceptSettlementRequest, V1.AcceptSettlementResponse>(service: service, name: "AcceptSettlement")
        /// Withdraws an open settlement (and cancels the promise that stood for it).
        public static let withdrawSettlement = RPCMethod<V1.WithdrawSettlementRequest, V1.WithdrawSettlementResponse>(service: service, name: "WithdrawSettlement")
        /// Settlements, newest first.
        public static let listSettlements = RPCMethod<V1.ListSettlementsRequest, V1.ListSettlementsResponse>(service: service, name: "ListSettlements")
        /// Receives a dispute: who, which obligations (none: the whole account), why and how it came.
        public static let openDispute = RPCMethod<V1.OpenDisputeRequest, V1.OpenDisputeResponse>(service: service, name: "OpenDispute")
        /// Records that verification of the debt was sent to the debtor (FDCPA 809(b)): the document's reference, who and when.
        public static let sendDisputeVerification = RPCMethod<V1.SendDisputeVerificationRequest, V1.SendDisputeVerificationResponse>(service: service, name: "SendDisputeVerification")
        /// Decides a dispute.
        public static let resolveDispute = RPCMethod<V1.ResolveDisputeRequest, V1.ResolveDisputeResponse>(service: service, name: "ResolveDispute")
        /// Disputes, newest first.
        public static let listDisputes = RPCMethod<V1.ListDisputesRequest, V1.ListDisputesResponse>(service: service, name: "ListDisputes")
        /// Imports an agency's return file: payments it collected (posted as agency payments, idempotent by the agency's reference), status updates, and closures (the agency gives the account back: recalled as AGENCY_CLOSED).
        public static let importAgencyReturn = RPCMethod<V1.ImportAgencyReturnRequest, V1.ImportAgencyReturnResponse>(service: service, name: "ImportAgencyReturn")
    }
}

extension V1.Dispute: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Dispute", fields: [
        "id", "account_id", "obligation_external_ids", "whole_account", "hold_ids", "reason", "received_via", "disputant",
        "status", "opened_by", "validation_ends_on", "verification_document", "verification_sent_by", "resolved_by",
        "written_off"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.accountId)
        cMessage.strings(2, self.obligationExternalIds)
        cMessage.bool(3, self.wholeAccount)
        cMessage.strings(4, self.holdIds)
        cMessage.enumeration(5, self.reason)
        cMessage.enumeration(6, self.receivedVia)
        cMessage.string(7, self.disputant)
        cMessage.enumeration(8, self.status)
        cMessage.message(9, self.openedBy)
        cMessage.string(10, self.validationEndsOn)
        cMessage.string(11, self.verificationDocument)
        cMessage.message(12, self.verificationSentBy)
        cMessage.message(13, self.resolvedBy)
        cMessage.messages(14, self.writtenOff)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.accountId = cMessage.string(1)
        self.obligationExternalIds = cMessage.strings(2)
        self.wholeAccount = cMessage.bool(3)
        self.holdIds = cMessage.strings(4)
        self.reason = try cMessage.enumeration(5)
        self.receivedVia = try cMessage.enumeration(6)
        self.disputant = cMessage.string(7)
        self.status = try cMessage.enumeration(8)
        self.openedBy = try cMessage.message(9)
        self.validationEndsOn = cMessage.string(10)
        self.verificationDocument = cMessage.string(11)
        self.verificationSentBy = try cMessage.message(12)
        self.resolvedBy = try cMessage.message(13)
        self.writtenOff = try cMessage.messages(14)
    }
}

extension V1.Settlement: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Settlement", fields: [
        "id", "account_id", "amount", "balance", "discount_bp", "expires_on", "status", "paid", "written_off",
        "promise_id", "offered_by", "resolved_at"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.accountId)
        cMessage.message(2, self.amount)
        cMessage.message(3, self.balance)
        cMessage.integer(4, self.discountBp)
        cMessage.string(5, self.expiresOn)
        cMessage.enumeration(6, self.status)
        cMessage.message(7, self.paid)
        cMessage.message(8, self.writtenOff)
        cMessage.string(9, self.promiseId)
        cMessage.message(10, self.offeredBy)
        cMessage.string(11, self.resolvedAt)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.accountId = cMessage.string(1)
        self.amount = try cMessage.message(2)
        self.balance = try cMessage.message(3)
        self.discountBp = cMessage.integer(4)
        self.expiresOn = cMessage.string(5)
        self.status = try cMessage.enumeration(6)
        self.paid = try cMessage.message(7)
        self.writtenOff = try cMessage.message(8)
        self.promiseId = cMessage.string(9)
        self.offeredBy = try cMessage.message(10)
        self.resolvedAt = cMessage.string(11)
    }
}

extension V1.CycleSummary: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CycleSummary", fields: [
        "id", "as_of", "duration_ms", "accounts_evaluated", "reminders_scheduled", "reminders_deferred",
        "reminders_suppressed", "reminders_cancelled", "fees_charged", "interest_accruals", "tasks_created",
        "accounts_placed", "accounts_recalled", "promises_kept", "promises_broken", "plans_completed", "plans_broken",
        "accounts_cured"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.asOf)
        cMessage.integer(2, self.durationMs)
        cMessage.integer(3, self.accountsEvaluated)
        cMessage.integer(4, self.remindersScheduled)
        cMessage.integer(5, self.remindersDeferred)
        cMessage.integer(6, self.remindersSuppressed)
        cMessage.integer(7, self.remindersCancelled)
        cMessage.integer(8, self.feesCharged)
        cMessage.integer(9, self.interestAccruals)
        cMessage.integer(10, self.tasksCreated)
        cMessage.integer(11, self.accountsPlaced)
        cMessage.integer(12, self.accountsRecalled)
        cMessage.integer(13, self.promisesKept)
        cMessage.integer(14, self.promisesBroken)
        cMessage.integer(15, self.plansCompleted)
        cMessage.integer(16, self.plansBroken)
        cMessage.integer(17, self.accountsCured)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.asOf = cMessage.string(1)
        self.durationMs = cMessage.integer(2)
        self.accountsEvaluated = cMessage.integer(3)
        self.remindersScheduled = cMessage.integer(4)
        self.remindersDeferred = cMessage.integer(5)
        self.remindersSuppressed = cMessage.integer(6)
        self.remindersCancelled = cMessage.integer(7)
        self.feesCharged = cMessage.integer(8)
        self.interestAccruals = cMessage.integer(9)
        self.tasksCreated = cMessage.integer(10)
        self.accountsPlaced = cMessage.integer(11)
        self.accountsRecalled = cMessage.integer(12)
        self.promisesKept = cMessage.integer(13)
        self.promisesBroken = cMessage.integer(14)
        self.plansCompleted = cMessage.integer(15)
        self.plansBroken = cMessage.integer(16)
        self.accountsCured = cMessage.integer(17)
    }
}

extension V1.Task: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Task", fields: [
        "id", "queue", "status", "account", "stage", "reason", "due_on", "created_at", "assignee", "claimed_by", "outcome",
        "completed_by"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.queue)
        cMessage.enumeration(2, self.status)
        cMessage.message(3, self.account)
        cMessage.string(4, self.stage)
        cMessage.string(5, self.reason)
        cMessage.string(6, self.dueOn)
        cMessage.string(7, self.createdAt)
        cMessage.string(8, self.assignee)
        cMessage.message(9, self.claimedBy)
        cMessage.enumeration(10, self.outcome)
        cMessage.message(11, self.completedBy)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.queue = cMessage.string(1)
        self.status = try cMessage.enumeration(2)
        self.account = try cMessage.message(3)
        self.stage = cMessage.string(4)
        self.reason = cMessage.string(5)
        self.dueOn = cMessage.string(6)
        self.createdAt = cMessage.string(7)
        self.assignee = cMessage.string(8)
        self.claimedBy = try cMessage.message(9)
        self.outcome = try cMessage.enumeration(10)
        self.completedBy = try cMessage.message(11)
    }
}

extension V1.Placement: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Placement", fields: [
        "id", "account_id", "agency", "status", "automatic", "stage", "co_collect", "placed_by", "placed_balances",
        "collected", "export_id", "exported_at", "recall_reason", "recalled_by", "recall_export_id", "agency_status",
        "agency_status_at"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.accountId)
        cMessage.string(2, self.agency)
        cMessage.enumeration(3, self.status)
        cMessage.bool(4, self.automatic)
        cMessage.string(5, self.stage)
        cMessage.bool(6, self.coCollect)
        cMessage.message(7, self.placedBy)
        cMessage.messages(8, self.placedBalances)
        cMessage.messages(9, self.collected)
        cMessage.string(10, self.exportId)
        cMessage.string(11, self.exportedAt)
        cMessage.enumeration(12, self.recallReason)
        cMessage.message(13, self.recalledBy)
        cMessage.string(14, self.recallExportId)
        cMessage.string(15, self.agencyStatus)
        cMessage.string(16, self.agencyStatusAt)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.accountId = cMessage.string(1)
        self.agency = cMessage.string(2)
        self.status = try cMessage.enumeration(3)
        self.automatic = cMessage.bool(4)
        self.stage = cMessage.string(5)
        self.coCollect = cMessage.bool(6)
        self.placedBy = try cMessage.message(7)
        self.placedBalances = try cMessage.messages(8)
        self.collected = try cMessage.messages(9)
        self.exportId = cMessage.string(10)
        self.exportedAt = cMessage.string(11)
        self.recallReason = try cMessage.enumeration(12)
        self.recalledBy = try cMessage.message(13)
        self.recallExportId = cMessage.string(14)
        self.agencyStatus = cMessage.string(15)
        self.agencyStatusAt = cMessage.string(16)
    }
}

extension V1.ContactAttempt: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ContactAttempt", fields: [
        "at", "channel", "outcome", "reminder_id"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.at)
        cMessage.enumeration(1, self.channel)
        cMessage.enumeration(2, self.outcome)
        cMessage.string(3, self.reminderId)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.at = cMessage.string(0)
        self.channel = try cMessage.enumeration(1)
        self.outcome = try cMessage.enumeration(2)
        self.reminderId = cMessage.string(3)
    }
}

extension V1.PlacementRecord: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PlacementRecord", fields: [
        "placement", "account", "last_contacts", "action"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.placement)
        cMessage.message(1, self.account)
        cMessage.messages(2, self.lastContacts)
        cMessage.enumeration(3, self.action)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.placement = try cMessage.message(0)
        self.account = try cMessage.message(1)
        self.lastContacts = try cMessage.messages(2)
        self.action = try cMessage.enumeration(3)
    }
}

extension V1.Promise: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Promise", fields: [
        "id", "account_id", "amount", "promised_on", "grace_days", "status", "paid", "source", "recorded_by",
        "resolved_at"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.accountId)
        cMessage.message(2, self.amount)
        cMessage.string(3, self.promisedOn)
        cMessage.integer(4, self.graceDays)
        cMessage.enumeration(5, self.status)
        cMessage.message(6, self.paid)
        cMessage.string(7, self.source)
        cMessage.message(8, self.recordedBy)
        cMessage.string(9, self.resolvedAt)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.accountId = cMessage.string(1)
        self.amount = try cMessage.message(2)
        self.promisedOn = cMessage.string(3)
        self.graceDays = cMessage.integer(4)
        self.status = try cMessage.enumeration(5)
        self.paid = try cMessage.message(6)
        self.source = cMessage.string(7)
        self.recordedBy = try cMessage.message(8)
        self.resolvedAt = cMessage.string(9)
    }
}

extension V1.Instalment: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Instalment", fields: [
        "number", "amount", "due_on", "paid", "status"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.number)
        cMessage.message(1, self.amount)
        cMessage.string(2, self.dueOn)
        cMessage.message(3, self.paid)
        cMessage.enumeration(4, self.status)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.number = cMessage.integer(0)
        self.amount = try cMessage.message(1)
        self.dueOn = cMessage.string(2)
        self.paid = try cMessage.message(3)
        self.status = try cMessage.enumeration(4)
    }
}

extension V1.PlannedInstalment: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PlannedInstalment", fields: ["amount", "due_on"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.amount)
        cMessage.string(1, self.dueOn)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.amount = try cMessage.message(0)
        self.dueOn = cMessage.string(1)
    }
}

extension V1.PaymentPlan: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PaymentPlan", fields: [
        "id", "account_id", "total", "instalments", "status", "grace_days", "created_by", "ended_at", "cancelled_by"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.accountId)
        cMessage.message(2, self.total)
        cMessage.messages(3, self.instalments)
        cMessage.enumeration(4, self.status)
        cMessage.integer(5, self.graceDays)
        cMessage.message(6, self.createdBy)
        cMessage.string(7, self.endedAt)
        cMessage.message(8, self.cancelledBy)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.accountId = cMessage.string(1)
        self.total = try cMessage.message(2)
        self.instalments = try cMessage.messages(3)
        self.status = try cMessage.enumeration(4)
        self.graceDays = cMessage.integer(5)
        self.createdBy = try cMessage.message(6)
        self.endedAt = cMessage.string(7)
        self.cancelledBy = try cMessage.message(8)
    }
}

extension V1.RunCycleRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RunCycleRequest", fields: [])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
    }
}

extension V1.RunCycleResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RunCycleResponse", fields: ["summary"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.summary)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.summary = try cMessage.message(0)
    }
}

extension V1.ListTasksRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListTasksRequest", fields: [
        "queue", "statuses", "account", "assignee", "due_by", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.queue)
        cMessage.enumerations(1, self.statuses)
        cMessage.message(2, self.account)
        cMessage.string(3, self.assignee)
        cMessage.string(4, self.dueBy)
        cMessage.integer(5, self.pageSize)
        cMessage.string(6, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.queue = cMessage.string(0)
        self.statuses = try cMessage.enumerations(1)
        self.account = try cMessage.message(2)
        self.assignee = cMessage.string(3)
        self.dueBy = cMessage.string(4)
        self.pageSize = cMessage.integer(5)
        self.pageToken = cMessage.string(6)
    }
}

extension V1.ListTasksResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListTasksResponse", fields: ["tasks", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.tasks)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.tasks = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.ClaimTaskRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClaimTaskRequest", fields: ["task_id", "queue", "assignee"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.taskId)
        cMessage.string(1, self.queue)
        cMessage.string(2, self.assignee)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.taskId = cMessage.string(0)
        self.queue = cMessage.string(1)
        self.assignee = cMessage.string(2)
    }
}

extension V1.ClaimTaskResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClaimTaskResponse", fields: ["task"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.task)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.task = try cMessage.message(0)
    }
}

extension V1.CompleteTaskRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CompleteTaskRequest", fields: ["task_id", "outcome", "note"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.taskId)
        cMessage.enumeration(1, self.outcome)
        cMessage.string(2, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.taskId = cMessage.string(0)
        self.outcome = try cMessage.enumeration(1)
        self.note = cMessage.string(2)
    }
}

extension V1.CompleteTaskResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CompleteTaskResponse", fields: ["task"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.task)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.task = try cMessage.message(0)
    }
}

extension V1.PlaceAccountRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PlaceAccountRequest", fields: [
        "account", "agency", "reason", "co_collect"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.string(1, self.agency)
        cMessage.string(2, self.reason)
        cMessage.bool(3, self.coCollect)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.agency = cMessage.string(1)
        self.reason = cMessage.string(2)
        self.coCollect = cMessage.bool(3)
    }
}

extension V1.PlaceAccountResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PlaceAccountResponse", fields: ["placement", "reminders_cancelled"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.placement)
        cMessage.integer(1, self.remindersCancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.placement = try cMessage.message(0)
        self.remindersCancelled = cMessage.integer(1)
    }
}

extension V1.RecallAccountRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RecallAccountRequest", fields: ["account", "reason"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.string(1, self.reason)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.reason = cMessage.string(1)
    }
}

extension V1.RecallAccountResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RecallAccountResponse", fields: ["placement"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.placement)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.placement = try cMessage.message(0)
    }
}

extension V1.ListPlacementsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPlacementsRequest", fields: [
        "agency", "account", "status", "unexported_only", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.agency)
        cMessage.message(1, self.account)
        cMessage.enumeration(2, self.status)
        cMessage.bool(3, self.unexportedOnly)
        cMessage.integer(4, self.pageSize)
        cMessage.string(5, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.agency = cMessage.string(0)
        self.account = try cMessage.message(1)
        self.status = try cMessage.enumeration(2)
        self.unexportedOnly = cMessage.bool(3)
        self.pageSize = cMessage.integer(4)
        self.pageToken = cMessage.string(5)
    }
}

extension V1.ListPlacementsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPlacementsResponse", fields: ["placements", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.placements)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.placements = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.ExportPlacementsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ExportPlacementsRequest", fields: [
        "agency", "export_id", "dry_run"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.agency)
        cMessage.string(1, self.exportId)
        cMessage.bool(2, self.dryRun)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.agency = cMessage.string(0)
        self.exportId = cMessage.string(1)
        self.dryRun = cMessage.bool(2)
    }
}

extension V1.ExportPlacementsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ExportPlacementsResponse", fields: [
        "records", "done", "export_id", "record_count"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.records)
        cMessage.bool(1, self.done)
        cMessage.string(2, self.exportId)
        cMessage.integer(3, self.recordCount)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.records = try cMessage.messages(0)
        self.done = cMessage.bool(1)
        self.exportId = cMessage.string(2)
        self.recordCount = cMessage.integer(3)
    }
}

extension V1.RecordPromiseRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RecordPromiseRequest", fields: [
        "account", "amount", "promised_on", "source", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.message(1, self.amount)
        cMessage.string(2, self.promisedOn)
        cMessage.string(3, self.source)
        cMessage.string(4, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.amount = try cMessage.message(1)
        self.promisedOn = cMessage.string(2)
        self.source = cMessage.string(3)
        self.note = cMessage.string(4)
    }
}

extension V1.RecordPromiseResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RecordPromiseResponse", fields: [
        "promise", "replaced", "reminders_cancelled"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.promise)
        cMessage.message(1, self.replaced)
        cMessage.integer(2, self.remindersCancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.promise = try cMessage.message(0)
        self.replaced = try cMessage.message(1)
        self.remindersCancelled = cMessage.integer(2)
    }
}

extension V1.ListPromisesRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPromisesRequest", fields: [
        "account", "status", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.enumeration(1, self.status)
        cMessage.integer(2, self.pageSize)
        cMessage.string(3, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.status = try cMessage.enumeration(1)
        self.pageSize = cMessage.integer(2)
        self.pageToken = cMessage.string(3)
    }
}

extension V1.ListPromisesResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPromisesResponse", fields: [
        "promises", "next_page_token", "stats"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.promises)
        cMessage.string(1, self.nextPageToken)
        cMessage.message(2, self.stats)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.promises = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
        self.stats = try cMessage.message(2)
    }
}

extension V1.CreatePaymentPlanRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CreatePaymentPlanRequest", fields: [
        "account", "instalments", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.messages(1, self.instalments)
        cMessage.string(2, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.instalments = try cMessage.messages(1)
        self.note = cMessage.string(2)
    }
}

extension V1.CreatePaymentPlanResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CreatePaymentPlanResponse", fields: ["plan", "reminders_cancelled"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.plan)
        cMessage.integer(1, self.remindersCancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.plan = try cMessage.message(0)
        self.remindersCancelled = cMessage.integer(1)
    }
}

extension V1.GetPaymentPlanRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetPaymentPlanRequest", fields: ["plan_id", "account"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.planId)
        cMessage.message(1, self.account)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.planId = cMessage.string(0)
        self.account = try cMessage.message(1)
    }
}

extension V1.GetPaymentPlanResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetPaymentPlanResponse", fields: ["plan"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.plan)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.plan = try cMessage.message(0)
    }
}

extension V1.CancelPaymentPlanRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CancelPaymentPlanRequest", fields: ["plan_id", "reason"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.planId)
        cMessage.string(1, self.reason)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.planId = cMessage.string(0)
        self.reason = cMessage.string(1)
    }
}

extension V1.CancelPaymentPlanResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CancelPaymentPlanResponse", fields: ["plan"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.plan)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.plan = try cMessage.message(0)
    }
}

extension V1.OfferSettlementRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.OfferSettlementRequest", fields: [
        "account", "amount", "percent_bp", "currency", "expires_on", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.message(1, self.amount)
        cMessage.integer(2, self.percentBp)
        cMessage.string(3, self.currency)
        cMessage.string(4, self.expiresOn)
        cMessage.string(5, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.amount = try cMessage.message(1)
        self.percentBp = cMessage.integer(2)
        self.currency = cMessage.string(3)
        self.expiresOn = cMessage.string(4)
        self.note = cMessage.string(5)
    }
}

extension V1.OfferSettlementResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.OfferSettlementResponse", fields: ["settlement"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.settlement)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.settlement = try cMessage.message(0)
    }
}

extension V1.AcceptSettlementRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AcceptSettlementRequest", fields: ["settlement_id", "note"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.settlementId)
        cMessage.string(1, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.settlementId = cMessage.string(0)
        self.note = cMessage.string(1)
    }
}

extension V1.AcceptSettlementResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AcceptSettlementResponse", fields: [
        "settlement", "promise", "reminders_cancelled"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.settlement)
        cMessage.message(1, self.promise)
        cMessage.integer(2, self.remindersCancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.settlement = try cMessage.message(0)
        self.promise = try cMessage.message(1)
        self.remindersCancelled = cMessage.integer(2)
    }
}

extension V1.WithdrawSettlementRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.WithdrawSettlementRequest", fields: ["settlement_id", "reason"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.settlementId)
        cMessage.string(1, self.reason)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.settlementId = cMessage.string(0)
        self.reason = cMessage.string(1)
    }
}

extension V1.WithdrawSettlementResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.WithdrawSettlementResponse", fields: ["settlement"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.settlement)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.settlement = try cMessage.message(0)
    }
}

extension V1.ListSettlementsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListSettlementsRequest", fields: [
        "account", "status", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.enumeration(1, self.status)
        cMessage.integer(2, self.pageSize)
        cMessage.string(3, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.status = try cMessage.enumeration(1)
        self.pageSize = cMessage.integer(2)
        self.pageToken = cMessage.string(3)
    }
}

extension V1.ListSettlementsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListSettlementsResponse", fields: [
        "settlements", "next_page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.settlements)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.settlements = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.OpenDisputeRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.OpenDisputeRequest", fields: [
        "account", "obligation_external_ids", "reason", "received_via", "disputant", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.strings(1, self.obligationExternalIds)
        cMessage.enumeration(2, self.reason)
        cMessage.enumeration(3, self.receivedVia)
        cMessage.string(4, self.disputant)
        cMessage.string(5, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.obligationExternalIds = cMessage.strings(1)
        self.reason = try cMessage.enumeration(2)
        self.receivedVia = try cMessage.enumeration(3)
        self.disputant = cMessage.string(4)
        self.note = cMessage.string(5)
    }
}

extension V1.OpenDisputeResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.OpenDisputeResponse", fields: [
        "dispute", "reminders_cancelled", "recalled"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.dispute)
        cMessage.integer(1, self.remindersCancelled)
        cMessage.bool(2, self.recalled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.dispute = try cMessage.message(0)
        self.remindersCancelled = cMessage.integer(1)
        self.recalled = cMessage.bool(2)
    }
}

extension V1.SendDisputeVerificationRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SendDisputeVerificationRequest", fields: ["dispute_id", "document"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.disputeId)
        cMessage.string(1, self.document)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.disputeId = cMessage.string(0)
        self.document = cMessage.string(1)
    }
}

extension V1.SendDisputeVerificationResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SendDisputeVerificationResponse", fields: ["dispute"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.dispute)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.dispute = try cMessage.message(0)
    }
}

extension V1.ResolveDisputeRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ResolveDisputeRequest", fields: [
        "dispute_id", "outcome", "write_off", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.disputeId)
        cMessage.enumeration(1, self.outcome)
        cMessage.message(2, self.writeOff)
        cMessage.string(3, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.disputeId = cMessage.string(0)
        self.outcome = try cMessage.enumeration(1)
        self.writeOff = try cMessage.message(2)
        self.note = cMessage.string(3)
    }
}

extension V1.ResolveDisputeResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ResolveDisputeResponse", fields: [
        "dispute", "write_offs", "holds_cleared"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.dispute)
        cMessage.messages(1, self.writeOffs)
        cMessage.strings(2, self.holdsCleared)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.dispute = try cMessage.message(0)
        self.writeOffs = try cMessage.messages(1)
        self.holdsCleared = cMessage.strings(2)
    }
}

extension V1.ListDisputesRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListDisputesRequest", fields: [
        "account", "status", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.enumeration(1, self.status)
        cMessage.integer(2, self.pageSize)
        cMessage.string(3, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.status = try cMessage.enumeration(1)
        self.pageSize = cMessage.integer(2)
        self.pageToken = cMessage.string(3)
    }
}

extension V1.ListDisputesResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListDisputesResponse", fields: ["disputes", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.disputes)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.disputes = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.AgencyReturnRecord: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AgencyReturnRecord", fields: [
        "reference", "kind", "account", "amount", "received_at", "status", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.reference)
        cMessage.enumeration(1, self.kind)
        cMessage.message(2, self.account)
        cMessage.message(3, self.amount)
        cMessage.string(4, self.receivedAt)
        cMessage.string(5, self.status)
        cMessage.string(6, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.reference = cMessage.string(0)
        self.kind = try cMessage.enumeration(1)
        self.account = try cMessage.message(2)
        self.amount = try cMessage.message(3)
        self.receivedAt = cMessage.string(4)
        self.status = cMessage.string(5)
        self.note = cMessage.string(6)
    }
}

extension V1.ImportAgencyReturnRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ImportAgencyReturnRequest", fields: ["agency", "records"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.agency)
        cMessage.messages(1, self.records)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.agency = cMessage.string(0)
        self.records = try cMessage.messages(1)
    }
}

extension V1.AgencyReturnResult: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AgencyReturnResult", fields: [
        "index", "reference", "status", "replayed", "payment_id"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.index)
        cMessage.string(1, self.reference)
        cMessage.message(2, self.status)
        cMessage.bool(3, self.replayed)
        cMessage.string(4, self.paymentId)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.index = cMessage.integer(0)
        self.reference = cMessage.string(1)
        self.status = try cMessage.message(2)
        self.replayed = cMessage.bool(3)
        self.paymentId = cMessage.string(4)
    }
}

extension V1.ImportAgencyReturnResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ImportAgencyReturnResponse", fields: [
        "results", "applied", "replayed", "refused"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.results)
        cMessage.integer(1, self.applied)
        cMessage.integer(2, self.replayed)
        cMessage.integer(3, self.refused)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.results = try cMessage.messages(0)
        self.applied = cMessage.integer(1)
        self.replayed = cMessage.integer(2)
        self.refused = cMessage.integer(3)
    }
}
