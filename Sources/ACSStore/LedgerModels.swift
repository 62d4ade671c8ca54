public import ACSCore
public import Foundation

/// How a request names an account: acsd's id, or the source system's key.
public enum AccountLookup: Sendable, Hashable {
    /// acsd's account id.
    case id(Int64)
    /// The source system and the account's id there.
    case external(source: String, externalID: String)
    /// The account's pay-link token; one that names no account (never issued, revoked, malformed) finds none.
    case payToken(String)
}

/// The outcome of one record of a sync batch.
public struct SyncRecordOutcome: Sendable, Hashable {
    /// What happened to the record.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case created, updated, unchanged, stale, rejected
    }
    /// What happened.
    public var kind: Kind
    /// acsd's id of the account (nil when rejected before it existed).
    public var accountID: Int64?
    /// The version stored after the sync (for stale: the newer one kept).
    public var storedVersion: UInt64
    /// Why it was rejected.
    public var violations: [ACSError.FieldViolation]

    /// Creates an outcome.
    public init(kind: Kind, accountID: Int64?, storedVersion: UInt64, violations: [ACSError.FieldViolation]) {
        self.kind = kind
        self.accountID = accountID
        self.storedVersion = storedVersion
        self.violations = violations
    }
}

/// A payment to post.
public struct NewPaymentRecord: Sendable, Hashable {
    /// Unique per payment over all time; the same key never posts twice.
    public var idempotencyKey: String
    /// The account paid for.
    public var account: AccountLookup
    /// The amount (> 0).
    public var amount: Money
    /// When the money was received (nil: now).
    public var receivedAt: Date?
    /// How it was paid.
    public var method: String
    /// The source's reference.
    public var reference: String
    /// A note for people (not part of the idempotent content).
    public var note: String
    /// When an agency collected it: the agency's name ("" otherwise).
    public var agency: String = ""
    /// The agency's commission in basis points, from the configuration when posted.
    public var commissionBP: Int = 0

    /// Creates a payment request.
    public init(idempotencyKey: String, account: AccountLookup, amount: Money, receivedAt: Date? = nil,
                method: String = "", reference: String = "", note: String = "") {
        self.idempotencyKey = idempotencyKey
        self.account = account
        self.amount = amount
        self.receivedAt = receivedAt
        self.method = method
        self.reference = reference
        self.note = note
    }
}

/// The part of a payment applied to one obligation.
public struct AllocationView: Sendable, Hashable {
    /// The obligation's external id.
    public var obligationExternalID: String
    /// Its due date.
    public var dueOn: LocalDate
    /// What was applied.
    public var amount: Money
    /// What stays open on it now.
    public var openAfter: Money
}

/// Why a payment was reversed.
public enum ReversalReason: String, Sendable, Hashable, CaseIterable {
    case chargeback, returned, postingError = "posting_error", refunded

    /// True when the payer took the money back (a chargeback, a return): that charges the returned-payment
    /// fee and breaks a promise the payment kept. A posting error or a creditor's refund does neither.
    public var isPayersDoing: Bool { self == .chargeback || self == .returned }
}

/// A stored payment.
public struct PaymentView: Sendable, Hashable {
    /// acsd's payment id.
    public var id: Int64
    /// The poster's idempotency key.
    public var idempotencyKey: String
    /// The account paid for.
    public var accountID: Int64
    /// The amount received.
    public var amount: Money
    /// What became credit.
    public var credit: Money
    /// When the money was received.
    public var receivedAt: Date
    /// How it was paid.
    public var method: String
    /// The source's reference.
    public var reference: String
    /// A note.
    public var note: String
    /// Who posted it and when.
    public var postedBy: ChangeActor

    /// From when it counts for a promise, plan or settlement: one made before this instant is paid by it. That is
    /// when it was received, or when it was posted if later (received before, reported late: a gateway's retry, a
    /// bank file). The stores' queries count the same way: `received_at >= ? OR posted_at >= ?`.
    public var countsFrom: Date { max(receivedAt, postedBy.at) }
    /// Where it went.
    public var allocations: [AllocationView]
    /// Why it was reversed, when it was.
    public var reversalReason: ReversalReason?
    /// For a returned payment or a chargeback: the bank's or network's code ("" none).
    public var returnCode: String = ""
    /// Who reversed it and when.
    public var reversedBy: ChangeActor?
    /// The agency that collected it ("" otherwise).
    public var agency: String = ""
    /// The agency's commission in basis points, recorded when posted.
    public var commissionBP: Int = 0

    /// The agency's commission on this payment, rounded half up to the minor unit.
    public var commission: Money {
        Money(minorUnits: Int64((Int128(amount.minorUnits) * Int128(commissionBP) + 5_000) / 10_000), currency: amount.currency)
    }
}

/// Balances of an account in one currency.
public struct BalanceView: Sendable, Hashable {
    /// The currency.
    public var currency: String
    /// Open on all obligations.
    public var outstanding: Int64
    /// Open on obligations past their due date (in the account's time zone).
    public var overdue: Int64
    /// Unapplied credit.
    public var credit: Int64

    /// Creates a balance.
    public init(currency: String, outstanding: Int64, overdue: Int64, credit: Int64) {
        self.currency = currency
        self.outstanding = outstanding
        self.overdue = overdue
        self.credit = credit
    }
}

/// The answer to a posting or reversal.
public struct PostingResult: Sendable, Hashable {
    /// The payment as stored.
    public var payment: PaymentView
    /// True when this answers an earlier identical request.
    public var replayed: Bool
    /// The account's balances after it.
    public var balances: [BalanceView]
    /// For a reversal: what was reopened.
    public var reopened: [AllocationView]
    /// True when the payment left nothing unpaid on the account.
    public var settled = false
    /// Reminders not yet claimed that the payment cancelled (the engine re-evaluates what is still owed).
    public var cancelledReminders: [ReminderEvent] = []
    /// A recall from the agency when the payment paid the account in full.
    public var escalations: [EscalationEvent] = []
}

/// A hold on an account (or one obligation).
public struct HoldView: Sendable, Hashable {
    /// acsd's hold id.
    public var id: Int64
    /// Why collection stops.
    public var kind: HoldKind
    /// The obligation held, or "" for the whole account.
    public var obligationExternalID: String
    /// When it is in force.
    public var dates: HoldDates
    /// Who set it, when, why.
    public var setBy: ChangeActor
    /// Who cleared it, when, why (nil while active).
    public var clearedBy: ChangeActor?
    /// For a dispute that came inside the validation period: the period's last day (VALIDATION).
    public var validationEndsOn: LocalDate?
}

/// One obligation with its state.
public struct ObligationView: Sendable, Hashable {
    /// The source's id.
    public var externalID: String
    /// invoice, instalment, fee, interest.
    public var kind: ObligationKind
    /// The original amount.
    public var amount: Money
    /// What is open.
    public var openAmount: Money
    /// Issue date.
    public var issuedOn: LocalDate?
    /// Due date.
    public var dueOn: LocalDate
    /// Days past due today in the account's zone (0 when not due or paid).
    public var daysPastDue: Int
}

/// An account with everything a collector needs.
public struct AccountView: Sendable, Hashable {
    /// acsd's id.
    public var id: Int64
    /// The snapshot last synced.
    public var snapshot: AccountSnapshot
    /// Balances per currency.
    public var balances: [BalanceView]
    /// The oldest due date still unpaid.
    public var oldestUnpaidDueOn: LocalDate?
    /// Days past due (from the oldest unpaid due date, in the account's zone).
    public var daysPastDue: Int
    /// Holds, active first.
    public var holds: [HoldView]
    /// Channels the debtor opted out of (or back in to), with who and when.
    public var channelPreferences: [ChannelPreferenceState]
    /// Periods the debtor declared inconvenient.
    public var inconvenientTimes: [InconvenientTime]
    /// Obligations, oldest due first.
    public var obligations: [ObligationView]
    /// The latest payments, newest first.
    public var recentPayments: [PaymentView]
    /// When acsd first stored it.
    public var createdAt: Date
    /// When a sync last changed it.
    public var updatedAt: Date
}

/// Filters of `listAccounts`.
public struct AccountFilter: Sendable, Hashable {
    /// Only this segment ("" any).
    public var segment = ""
    /// Only this source ("" any).
    public var source = ""
    /// At least this many days past due (0 any).
    public var minDaysPastDue = 0
    /// Only accounts with an active hold of this kind (nil: any account).
    public var hold: HoldKind?

    /// No filter.
    public init() {}
}
