// proto/acs/v1/payments.proto in Swift: its enums and messages as `V1` mirrors with their protobuf-c
// code (`ProtoCodable`), and the typed methods of its services.
// Generated from the compiled descriptors by scripts/proto/gen-swift.py: do not edit; run 'make proto'.

extension V1 {
    /// One entry of a bank statement, as acsctl reads it from the file.
    public struct BankEntry: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.BankEntry"

        /// The bank's reference of the entry (camt.053 AcctSvcrRef or NtryRef, BAI2 bank reference): with the statement's account, the entry's identity.
        public var reference: String = ""
        /// The amount (> 0); debit says which way it went.
        public var amount: Money? = nil
        /// True for money out of the account (a return, a fee); false for money in.
        public var debit: Bool = false
        /// The booking date, "YYYY-MM-DD".
        public var bookedOn: String = ""
        /// A structured creditor reference (ISO 11649 RF), when the entry carries one.
        public var structuredReference: String = ""
        /// The unstructured remittance text (and BAI2's customer reference), at most 1000.
        public var remittance: String = ""
        /// The end-to-end reference the payer gave (camt.053 EndToEndId; BAI2 customer reference).
        public var endToEndId: String = ""
        /// Who paid (or whose payment came back), for people.
        public var counterparty: String = ""
        /// For a returned payment: the bank's reason code (e.g. AM04, or BAI2's type code).
        public var returnCode: String = ""
        /// True when this debit returns an earlier credit.
        public var isReturn: Bool = false

        /// Creates a message; every field defaults to its proto default.
        public init(
            reference: String = "",
            amount: Money? = nil,
            debit: Bool = false,
            bookedOn: String = "",
            structuredReference: String = "",
            remittance: String = "",
            endToEndId: String = "",
            counterparty: String = "",
            returnCode: String = "",
            isReturn: Bool = false
        ) {
            self.reference = reference
            self.amount = amount
            self.debit = debit
            self.bookedOn = bookedOn
            self.structuredReference = structuredReference
            self.remittance = remittance
            self.endToEndId = endToEndId
            self.counterparty = counterparty
            self.returnCode = returnCode
            self.isReturn = isReturn
        }
    }

    /// Request of Payments.ImportBankStatement.
    public struct ImportBankStatementRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ImportBankStatementRequest"

        /// The statement's bank account (IBAN or account number).
        public var bankAccount: String = ""
        /// The statement's id in the file, for people.
        public var statementId: String = ""
        /// The entries, at most 1000 per call.
        public var entries: [BankEntry] = []

        /// Creates a message; every field defaults to its proto default.
        public init(bankAccount: String = "", statementId: String = "", entries: [BankEntry] = []) {
            self.bankAccount = bankAccount
            self.statementId = statementId
            self.entries = entries
        }
    }

    /// What became of a bank entry.
    public enum BankEntryOutcome: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        case unspecified = 0
        /// Matched and posted.
        case posted = 1
        /// Posted by an earlier import.
        case alreadyPosted = 2
        /// Put in the unmatched queue.
        case unmatched = 3
        /// In the unmatched queue from an earlier import.
        case alreadyQueued = 4
        /// A return: the payment it returns is reversed.
        case reversed = 5
        /// A return applied by an earlier import.
        case alreadyReversed = 6
        /// A debit that returns nothing of ours (a fee, a cheque paid).
        case notAPayment = 7
        /// Not valid (status says why); nothing was done.
        case refused = 8

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .posted: "posted"
            case .alreadyPosted: "already_posted"
            case .unmatched: "unmatched"
            case .alreadyQueued: "already_queued"
            case .reversed: "reversed"
            case .alreadyReversed: "already_reversed"
            case .notAPayment: "not_a_payment"
            case .refused: "refused"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// The outcome of one entry.
    public struct BankEntryResult: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.BankEntryResult"

        /// The entry's index in the request.
        public var index: UInt32 = 0
        public var outcome: BankEntryOutcome = .unspecified
        /// REFUSED: why (INVALID_ARGUMENT naming the field, or the posting's error).
        public var status: Status? = nil
        /// The account posted to, or whose payment was reversed.
        public var accountId: String = ""
        /// The payment posted or reversed.
        public var paymentId: String = ""
        /// What matched a credit: "structured_reference", "rf_reference", "pay_token", "invoice", "external_id".
        public var matchedBy: String = ""
        /// UNMATCHED or ALREADY_QUEUED: the queue entry, and why it did not match.
        public var unmatchedId: String = ""
        public var reason: String = ""
        /// UNMATCHED or ALREADY_QUEUED: where the queue entry is (open, or resolved by hand since).
        public var unmatchedStatus: UnmatchedStatus = .unspecified

        /// Creates a message; every field defaults to its proto default.
        public init(
            index: UInt32 = 0,
            outcome: BankEntryOutcome = .unspecified,
            status: Status? = nil,
            accountId: String = "",
            paymentId: String = "",
            matchedBy: String = "",
            unmatchedId: String = "",
            reason: String = "",
            unmatchedStatus: UnmatchedStatus = .unspecified
        ) {
            self.index = index
            self.outcome = outcome
            self.status = status
            self.accountId = accountId
            self.paymentId = paymentId
            self.matchedBy = matchedBy
            self.unmatchedId = unmatchedId
            self.reason = reason
            self.unmatchedStatus = unmatchedStatus
        }
    }

    /// Answer of Payments.ImportBankStatement: one result per entry, in order.
    public struct ImportBankStatementResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ImportBankStatementResponse"

        public var results: [BankEntryResult] = []

        /// Creates a message; every field defaults to its proto default.
        public init(results: [BankEntryResult] = []) {
            self.results = results
        }
    }

    /// Where an unmatched entry is.
    public enum UnmatchedStatus: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// In a filter: every status.
        case unspecified = 0
        /// Waits for a person.
        case `open` = 1
        /// Posted to an account (a credit) or applied to a payment (a return).
        case assigned = 2
        /// Closed without posting.
        case ignored = 3

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .`open`: "open"
            case .assigned: "assigned"
            case .ignored: "ignored"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// An entry of the unmatched queue.
    public struct UnmatchedEntry: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.UnmatchedEntry"

        public var id: String = ""
        public var bankAccount: String = ""
        public var entry: BankEntry? = nil
        /// Why it did not match.
        public var reason: String = ""
        public var status: UnmatchedStatus = .unspecified
        /// ASSIGNED: the account and payment.
        public var accountId: String = ""
        public var paymentId: String = ""
        /// When it was queued, and resolved (RFC 3339), and the note of its resolution.
        public var queuedAt: String = ""
        public var resolvedAt: String = ""
        public var note: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            bankAccount: String = "",
            entry: BankEntry? = nil,
            reason: String = "",
            status: UnmatchedStatus = .unspecified,
            accountId: String = "",
            paymentId: String = "",
            queuedAt: String = "",
            resolvedAt: String = "",
            note: String = ""
        ) {
            self.id = id
            self.bankAccount = bankAccount
            self.entry = entry
            self.reason = reason
            self.status = status
            self.accountId = accountId
            self.paymentId = paymentId
            self.queuedAt = queuedAt
            self.resolvedAt = resolvedAt
            self.note = note
        }
    }

    /// Request of Payments.ListUnmatched.
    public struct ListUnmatchedRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListUnmatchedRequest"

        public var status: UnmatchedStatus = .unspecified
        /// 0: 50; at most 500.
        public var pageSize: UInt32 = 0
        public var pageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(status: UnmatchedStatus = .unspecified, pageSize: UInt32 = 0, pageToken: String = "") {
            self.status = status
            self.pageSize = pageSize
            self.pageToken = pageToken
        }
    }

    /// Answer of Payments.ListUnmatched.
    public struct ListUnmatchedResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListUnmatchedResponse"

        public var entries: [UnmatchedEntry] = []
        public var nextPageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(entries: [UnmatchedEntry] = [], nextPageToken: String = "") {
            self.entries = entries
            self.nextPageToken = nextPageToken
        }
    }

    /// Request of Payments.AssignUnmatched.
    public struct AssignUnmatchedRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AssignUnmatchedRequest"

        /// The queue entry.
        public var id: String = ""
        /// A credit: the account it pays.
        public var account: AccountRef? = nil
        /// A returned debit: the payment it returns (reversed as returned).
        public var paymentId: String = ""
        /// Why, for the audit trail.
        public var note: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(id: String = "", account: AccountRef? = nil, paymentId: String = "", note: String = "") {
            self.id = id
            self.account = account
            self.paymentId = paymentId
            self.note = note
        }
    }

    /// Answer of Payments.AssignUnmatched.
    public struct AssignUnmatchedResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AssignUnmatchedResponse"

        public var entry: UnmatchedEntry? = nil
        /// The payment posted or reversed.
        public var payment: Payment? = nil
        /// Balances of the account afterwards.
        public var balances: [Balance] = []

        /// Creates a message; every field defaults to its proto default.
        public init(entry: UnmatchedEntry? = nil, payment: Payment? = nil, balances: [Balance] = []) {
            self.entry = entry
            self.payment = payment
            self.balances = balances
        }
    }

    /// Request of Payments.IgnoreUnmatched.
    public struct IgnoreUnmatchedRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.IgnoreUnmatchedRequest"

        public var id: String = ""
        /// Why it is not posted.
        public var reason: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(id: String = "", reason: String = "") {
            self.id = id
            self.reason = reason
        }
    }

    /// Answer of Payments.IgnoreUnmatched.
    public struct IgnoreUnmatchedResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.IgnoreUnmatchedResponse"

        public var entry: UnmatchedEntry? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(entry: UnmatchedEntry? = nil) {
            self.entry = entry
        }
    }

    /// The state of a payment.
    public enum PaymentStatus: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; in a filter: every status.
        case unspecified = 0
        /// Posted and allocated.
        case posted = 1
        /// Reversed: what it paid is open again.
        case reversed = 2

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .posted: "posted"
            case .reversed: "reversed"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// Why a payment is reversed.
    public enum ReversalReason: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; refused in ReversePayment.
        case unspecified = 0
        /// The payer's card issuer or bank took the money back.
        case chargeback = 1
        /// The payment was returned unpaid (NSF, account closed, stopped cheque).
        case returned = 2
        /// Posted by mistake (wrong account, wrong amount, duplicate).
        case postingError = 3
        /// The creditor paid the money back (a gateway refund): no fee, no promise broken.
        case refunded = 4

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .chargeback: "chargeback"
            case .returned: "returned"
            case .postingError: "posting_error"
            case .refunded: "refunded"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// A payment to post, as a source (billing system, payment processor, agency, collector) reports it.
    public struct NewPayment: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.NewPayment"

        /// Required. Chosen by the poster, unique per payment over all accounts and all time (e.g. the processor's transaction id).
        public var idempotencyKey: String = ""
        /// Required. The account paid for.
        public var account: AccountRef? = nil
        /// Required. The amount received: amount_minor > 0, a known ISO 4217 currency.
        public var amount: Money? = nil
        /// When the money was received, RFC 3339; empty means now.
        public var receivedAt: String = ""
        /// How it was paid, free text, e.g. "card", "ach", "cheque", "cash", "wire".
        public var method: String = ""
        /// The source's own reference for the payment (receipt or transaction number).
        public var reference: String = ""
        /// When an agency collected it: the agency's name as in the configuration.
        public var agency: String = ""
        /// A note for people; not part of the content compared for idempotency.
        public var note: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            idempotencyKey: String = "",
            account: AccountRef? = nil,
            amount: Money? = nil,
            receivedAt: String = "",
            method: String = "",
            reference: String = "",
            agency: String = "",
            note: String = ""
        ) {
            self.idempotencyKey = idempotencyKey
            self.account = account
            self.amount = amount
            self.receivedAt = receivedAt
            self.method = method
            self.reference = reference
            self.agency = agency
            self.note = note
        }
    }

    /// The part of a payment applied to one obligation.
    public struct Allocation: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Allocation"

        /// The obligation's external id within the account.
        public var obligationExternalId: String = ""
        /// The obligation's due date, "YYYY-MM-DD".
        public var dueOn: String = ""
        /// The amount applied (> 0), in the payment's currency.
        public var amount: Money? = nil
        /// The obligation's open amount right after this allocation.
        public var openAfter: Money? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(obligationExternalId: String = "", dueOn: String = "", amount: Money? = nil, openAfter: Money? = nil) {
            self.obligationExternalId = obligationExternalId
            self.dueOn = dueOn
            self.amount = amount
            self.openAfter = openAfter
        }
    }

    /// Why an amount was written off.
    public enum WriteOffReason: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; refused in WriteOff.
        case unspecified = 0
        /// The rest of a debt a paid settlement covered (acsd only).
        case settlement = 1
        /// Too small to collect (a policy stage's write_off action).
        case smallBalance = 2
        /// A dispute decided in the debtor's favour.
        case disputeUpheld = 3
        /// Judged uncollectible.
        case uncollectible = 4
        /// Discharged in bankruptcy.
        case bankruptcy = 5
        /// The debtor died and the estate cannot pay.
        case deceased = 6
        /// Forgiven as goodwill.
        case goodwill = 7

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .settlement: "settlement"
            case .smallBalance: "small_balance"
            case .disputeUpheld: "dispute_upheld"
            case .uncollectible: "uncollectible"
            case .bankruptcy: "bankruptcy"
            case .deceased: "deceased"
            case .goodwill: "goodwill"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// An amount written off one obligation.
    public struct WriteOff: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.WriteOff"

        /// acsd's id of the write-off.
        public var id: String = ""
        /// acsd's id of the account.
        public var accountId: String = ""
        /// The obligation's external id.
        public var obligationExternalId: String = ""
        /// The amount written off.
        public var amount: Money? = nil
        /// Why.
        public var reason: WriteOffReason = .unspecified
        /// The settlement it completed; empty when none.
        public var settlementId: String = ""
        /// The policy stage that wrote it off; empty when a person or a settlement did.
        public var stage: String = ""
        /// Who wrote it off (uid 0: acsd), when, and the note.
        public var writtenOffBy: ChangeRecord? = nil
        /// When it was reversed (a payment that paid its settlement came back), RFC 3339 UTC; empty while it stands.
        public var reversedAt: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            accountId: String = "",
            obligationExternalId: String = "",
            amount: Money? = nil,
            reason: WriteOffReason = .unspecified,
            settlementId: String = "",
            stage: String = "",
            writtenOffBy: ChangeRecord? = nil,
            reversedAt: String = ""
        ) {
            self.id = id
            self.accountId = accountId
            self.obligationExternalId = obligationExternalId
            self.amount = amount
            self.reason = reason
            self.settlementId = settlementId
            self.stage = stage
            self.writtenOffBy = writtenOffBy
            self.reversedAt = reversedAt
        }
    }

    /// A posted payment.
    public struct Payment: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Payment"

        /// acsd's id of the payment.
        public var id: String = ""
        /// The idempotency key it was posted with.
        public var idempotencyKey: String = ""
        /// acsd's id of the account paid for.
        public var accountId: String = ""
        /// The amount received.
        public var amount: Money? = nil
        /// When the money was received, RFC 3339 UTC.
        public var receivedAt: String = ""
        /// How it was paid, as posted.
        public var method: String = ""
        /// The source's reference, as posted.
        public var reference: String = ""
        /// The note, as posted.
        public var note: String = ""
        /// POSTED or REVERSED.
        public var status: PaymentStatus = .unspecified
        /// How the amount was applied, oldest due date first; later, what its credit paid.
        public var allocations: [Allocation] = []
        /// What is still credit of it (zero when none): what was left after allocation, less what the credit has paid of obligations since (the next cycle applies credit).
        public var credit: Money? = nil
        /// Who posted it and when (reason empty).
        public var postedBy: ChangeRecord? = nil
        /// The agency that collected it, empty when not an agency collection.
        public var agency: String = ""
        /// The agency's commission rate recorded with the payment, in basis points (1/100 of a percent: 2500 is 25 %); 0 when not an agency collection.
        public var agencyCommissionBp: UInt32 = 0
        /// The agency's commission on this payment, rounded half up to the minor unit.
        public var agencyCommission: Money? = nil
        /// Why it was reversed; UNSPECIFIED while it is not.
        public var reversalReason: ReversalReason = .unspecified
        /// Who reversed it, when, and the note given; absent while it is not reversed.
        public var reversedBy: ChangeRecord? = nil
        /// For a returned payment or a chargeback: the return code given (e.g. R01).
        public var returnCode: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            idempotencyKey: String = "",
            accountId: String = "",
            amount: Money? = nil,
            receivedAt: String = "",
            method: String = "",
            reference: String = "",
            note: String = "",
            status: PaymentStatus = .unspecified,
            allocations: [Allocation] = [],
            credit: Money? = nil,
            postedBy: ChangeRecord? = nil,
            agency: String = "",
            agencyCommissionBp: UInt32 = 0,
            agencyCommission: Money? = nil,
            reversalReason: ReversalReason = .unspecified,
            reversedBy: ChangeRecord? = nil,
            returnCode: String = ""
        ) {
            self.id = id
            self.idempotencyKey = idempotencyKey
            self.accountId = accountId
            self.amount = amount
            self.receivedAt = receivedAt
            self.method = method
            self.reference = reference
            self.note = note
            self.status = status
            self.allocations = allocations
            self.credit = credit
            self.postedBy = postedBy
            self.agency = agency
            self.agencyCommissionBp = agencyCommissionBp
            self.agencyCommission = agencyCommission
            self.reversalReason = reversalReason
            self.reversedBy = reversedBy
            self.returnCode = returnCode
        }
    }

    /// The result of posting one payment.
    public struct PaymentResult: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PaymentResult"

        /// The position of the payment in the PostPaymentsRequest (0-based).
        public var index: UInt32 = 0
        /// OK, or why this payment was refused (ABORTED for a key reused with other content, NOT_FOUND, INVALID_ARGUMENT with violations).
        public var status: Status? = nil
        /// The payment as posted; absent when refused.
        public var payment: Payment? = nil
        /// True when the key had been posted before with the same content and this is the original result, not a new posting.
        public var replayed: Bool = false
        /// The account's balances per currency right after the posting.
        public var balances: [Balance] = []

        /// Creates a message; every field defaults to its proto default.
        public init(
            index: UInt32 = 0,
            status: Status? = nil,
            payment: Payment? = nil,
            replayed: Bool = false,
            balances: [Balance] = []
        ) {
            self.index = index
            self.status = status
            self.payment = payment
            self.replayed = replayed
            self.balances = balances
        }
    }

    /// Request of Payments.PostPayment.
    public struct PostPaymentRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PostPaymentRequest"

        /// The payment to post.
        public var payment: NewPayment? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(payment: NewPayment? = nil) {
            self.payment = payment
        }
    }

    /// Response of Payments.PostPayment.
    public struct PostPaymentResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PostPaymentResponse"

        /// The payment as posted (or as first posted, on a replay).
        public var payment: Payment? = nil
        /// True when this is the original result of an earlier posting with the same key.
        public var replayed: Bool = false
        /// The account's balances per currency right after the posting.
        public var balances: [Balance] = []

        /// Creates a message; every field defaults to its proto default.
        public init(payment: Payment? = nil, replayed: Bool = false, balances: [Balance] = []) {
            self.payment = payment
            self.replayed = replayed
            self.balances = balances
        }
    }

    /// Request of Payments.PostPayments.
    public struct PostPaymentsRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PostPaymentsRequest"

        /// The payments to post, each on its own.
        public var payments: [NewPayment] = []

        /// Creates a message; every field defaults to its proto default.
        public init(payments: [NewPayment] = []) {
            self.payments = payments
        }
    }

    /// Response of Payments.PostPayments.
    public struct PostPaymentsResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PostPaymentsResponse"

        /// One result per payment of the request, in request order.
        public var results: [PaymentResult] = []
        /// How many payments were newly posted.
        public var postedCount: UInt32 = 0
        /// How many were replays of earlier postings.
        public var replayedCount: UInt32 = 0
        /// How many were refused.
        public var refusedCount: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(
            results: [PaymentResult] = [],
            postedCount: UInt32 = 0,
            replayedCount: UInt32 = 0,
            refusedCount: UInt32 = 0
        ) {
            self.results = results
            self.postedCount = postedCount
            self.replayedCount = replayedCount
            self.refusedCount = refusedCount
        }
    }

    /// Request of Payments.ReversePayment.
    public struct ReversePaymentRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ReversePaymentRequest"

        /// acsd's id of the payment; or leave empty and give idempotency_key.
        public var paymentId: String = ""
        /// The idempotency key the payment was posted with, when payment_id is empty.
        public var idempotencyKey: String = ""
        /// Required. Why the payment is reversed.
        public var reason: ReversalReason = .unspecified
        /// A note for people (e.g. the chargeback case number).
        public var note: String = ""
        /// For RETURNED and CHARGEBACK: the bank's or card network's code, e.g. the ACH return code R01; at most 16 characters of text.
        public var returnCode: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            paymentId: String = "",
            idempotencyKey: String = "",
            reason: ReversalReason = .unspecified,
            note: String = "",
            returnCode: String = ""
        ) {
            self.paymentId = paymentId
            self.idempotencyKey = idempotencyKey
            self.reason = reason
            self.note = note
            self.returnCode = returnCode
        }
    }

    /// Request of Payments.GetPayment: exactly one of the two.
    public struct GetPaymentRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GetPaymentRequest"

        /// acsd's id of the payment.
        public var paymentId: String = ""
        /// The idempotency key it was posted with.
        public var idempotencyKey: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(paymentId: String = "", idempotencyKey: String = "") {
            self.paymentId = paymentId
            self.idempotencyKey = idempotencyKey
        }
    }

    /// Response of Payments.GetPayment.
    public struct GetPaymentResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GetPaymentResponse"

        public var payment: Payment? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(payment: Payment? = nil) {
            self.payment = payment
        }
    }

    /// Response of Payments.ReversePayment.
    public struct ReversePaymentResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ReversePaymentResponse"

        /// The payment, now REVERSED.
        public var payment: Payment? = nil
        /// What was re-opened: one entry per obligation, the same amounts the payment had paid them (open_after is the open amount after re-opening).
        public var reopened: [Allocation] = []
        /// True when the payment had been reversed before and this is that reversal.
        public var replayed: Bool = false
        /// The account's balances per currency right after the reversal.
        public var balances: [Balance] = []

        /// Creates a message; every field defaults to its proto default.
        public init(
            payment: Payment? = nil,
            reopened: [Allocation] = [],
            replayed: Bool = false,
            balances: [Balance] = []
        ) {
            self.payment = payment
            self.reopened = reopened
            self.replayed = replayed
            self.balances = balances
        }
    }

    /// Request of Payments.ListPayments.
    public struct ListPaymentsRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListPaymentsRequest"

        /// The account whose payments to list; absent: every account.
        public var account: AccountRef? = nil
        /// Only payments with this status; UNSPECIFIED: every status.
        public var status: PaymentStatus = .unspecified
        /// Only payments collected by this agency; empty: any (including none).
        public var agency: String = ""
        /// Only payments received at or after this instant, RFC 3339; empty: no limit.
        public var receivedFrom: String = ""
        /// Only payments received before this instant, RFC 3339; empty: no limit.
        public var receivedUntil: String = ""
        /// Page size (see common.proto).
        public var pageSize: UInt32 = 0
        /// Page token (see common.proto).
        public var pageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            account: AccountRef? = nil,
            status: PaymentStatus = .unspecified,
            agency: String = "",
            receivedFrom: String = "",
            receivedUntil: String = "",
            pageSize: UInt32 = 0,
            pageToken: String = ""
        ) {
            self.account = account
            self.status = status
            self.agency = agency
            self.receivedFrom = receivedFrom
            self.receivedUntil = receivedUntil
            self.pageSize = pageSize
            self.pageToken = pageToken
        }
    }

    /// Response of Payments.ListPayments.
    public struct ListPaymentsResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListPaymentsResponse"

        /// The payments, newest received first.
        public var payments: [Payment] = []
        /// Token of the next page, empty on the last page.
        public var nextPageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(payments: [Payment] = [], nextPageToken: String = "") {
            self.payments = payments
            self.nextPageToken = nextPageToken
        }
    }

    /// Request of Payments.WriteOff.
    public struct WriteOffRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.WriteOffRequest"

        /// Required. The account.
        public var account: AccountRef? = nil
        /// The obligation to write off; empty: everything open in currency.
        public var obligationExternalId: String = ""
        /// With an obligation: the currency is the obligation's and this must be empty or equal; without one: required, the currency whose open balance is written off.
        public var currency: String = ""
        /// With an obligation: the amount (> 0, at most what is open); 0: all that is open.
        public var amountMinor: Int64 = 0
        /// Required. Why (not SETTLEMENT or SMALL_BALANCE, which acsd writes itself).
        public var reason: WriteOffReason = .unspecified
        /// Required. A note for the record.
        public var note: String = ""
        /// Makes a retry safe (1–200 printable characters; empty: none): the same key with the same content answers the write-offs it made (replayed), never writes off twice; with other content ABORTED.
        public var idempotencyKey: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            account: AccountRef? = nil,
            obligationExternalId: String = "",
            currency: String = "",
            amountMinor: Int64 = 0,
            reason: WriteOffReason = .unspecified,
            note: String = "",
            idempotencyKey: String = ""
        ) {
            self.account = account
            self.obligationExternalId = obligationExternalId
            self.currency = currency
            self.amountMinor = amountMinor
            self.reason = reason
            self.note = note
            self.idempotencyKey = idempotencyKey
        }
    }

    /// Response of Payments.WriteOff.
    public struct WriteOffResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.WriteOffResponse"

        /// One write-off per obligation.
        public var writeOffs: [WriteOff] = []
        /// The account's balances after it (now, for a replay).
        public var balances: [Balance] = []
        /// True when the key was used before with the same content: nothing was written off now.
        public var replayed: Bool = false

        /// Creates a message; every field defaults to its proto default.
        public init(writeOffs: [WriteOff] = [], balances: [Balance] = [], replayed: Bool = false) {
            self.writeOffs = writeOffs
            self.balances = balances
            self.replayed = replayed
        }
    }

    /// Request of Payments.ListWriteOffs.
    public struct ListWriteOffsRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListWriteOffsRequest"

        /// Only this account; absent: every account.
        public var account: AccountRef? = nil
        /// Page size (see common.proto).
        public var pageSize: UInt32 = 0
        /// Page token (see common.proto).
        public var pageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(account: AccountRef? = nil, pageSize: UInt32 = 0, pageToken: String = "") {
            self.account = account
            self.pageSize = pageSize
            self.pageToken = pageToken
        }
    }

    /// Response of Payments.ListWriteOffs.
    public struct ListWriteOffsResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListWriteOffsResponse"

        /// The write-offs, newest first.
        public var writeOffs: [WriteOff] = []
        /// Token of the next page, empty on the last page.
        public var nextPageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(writeOffs: [WriteOff] = [], nextPageToken: String = "") {
            self.writeOffs = writeOffs
            self.nextPageToken = nextPageToken
        }
    }
}

extension Methods {
    /// The `acs.v1.Payments` methods.
    public enum Payments {
        private static let service = "acs.v1.Payments"
        /// Posts one payment and allocates it.
        public static let postPayment = RPCMethod<V1.PostPaymentRequest, V1.PostPaymentResponse>(service: service, name: "PostPayment")
        /// Posts many payments in one call, each on its own: the valid ones are posted even when others are refused, and every item gets its own status.
        public static let postPayments = RPCMethod<V1.PostPaymentsRequest, V1.PostPaymentsResponse>(service: service, name: "PostPayments")
        /// Reverses a payment (chargeback, returned payment, posting error): re-opens exactly what it paid and takes back its credit.
        public static let reversePayment = RPCMethod<V1.ReversePaymentRequest, V1.ReversePaymentResponse>(service: service, name: "ReversePayment")
        /// One payment, by acsd's id or by the idempotency key it was posted with (a gateway finds the payment a refund or a dispute is about by its own id).
        public static let getPayment = RPCMethod<V1.GetPaymentRequest, V1.GetPaymentResponse>(service: service, name: "GetPayment")
        /// Lists payments, newest first, with cursor pagination.
        public static let listPayments = RPCMethod<V1.ListPaymentsRequest, V1.ListPaymentsResponse>(service: service, name: "ListPayments")
        /// Writes an amount off: one obligation (all that is open on it, or part), or everything open in a currency.
        public static let writeOff = RPCMethod<V1.WriteOffRequest, V1.WriteOffResponse>(service: service, name: "WriteOff")
        /// Write-offs, newest first, with cursor pagination.
        public static let listWriteOffs = RPCMethod<V1.ListWriteOffsRequest, V1.ListWriteOffsResponse>(service: service, name: "ListWriteOffs")
        /// Imports the entries of a bank statement (acsctl reads camt.053 and BAI2 files and checks their control totals first), each on its own.
        public static let importBankStatement = RPCMethod<V1.ImportBankStatementRequest, V1.ImportBankStatementResponse>(service: service, name: "ImportBankStatement")
        /// The unmatched queue, newest first.
        public static let listUnmatched = RPCMethod<V1.ListUnmatchedRequest, V1.ListUnmatchedResponse>(service: service, name: "ListUnmatched")
        /// Resolves an open unmatched entry by hand: a credit is posted to the account named (same idempotency key as a matched one); a returned debit reverses the payment named.
        public static let assignUnmatched = RPCMethod<V1.AssignUnmatchedRequest, V1.AssignUnmatchedResponse>(service: service, name: "AssignUnmatched")
        /// Closes an open unmatched entry without posting it (not ours, refunded by the bank), with the reason.
        public static let ignoreUnmatched = RPCMethod<V1.IgnoreUnmatchedRequest, V1.IgnoreUnmatchedResponse>(service: service, name: "IgnoreUnmatched")
    }
}

extension V1.BankEntry: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.BankEntry", fields: [
        "reference", "amount", "debit", "booked_on", "structured_reference", "remittance", "end_to_end_id", "counterparty",
        "return_code", "is_return"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.reference)
        cMessage.message(1, self.amount)
        cMessage.bool(2, self.debit)
        cMessage.string(3, self.bookedOn)
        cMessage.string(4, self.structuredReference)
        cMessage.string(5, self.remittance)
        cMessage.string(6, self.endToEndId)
        cMessage.string(7, self.counterparty)
        cMessage.string(8, self.returnCode)
        cMessage.bool(9, self.isReturn)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.reference = cMessage.string(0)
        self.amount = try cMessage.message(1)
        self.debit = cMessage.bool(2)
        self.bookedOn = cMessage.string(3)
        self.structuredReference = cMessage.string(4)
        self.remittance = cMessage.string(5)
        self.endToEndId = cMessage.string(6)
        self.counterparty = cMessage.string(7)
        self.returnCode = cMessage.string(8)
        self.isReturn = cMessage.bool(9)
    }
}

extension V1.ImportBankStatementRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ImportBankStatementRequest", fields: [
        "bank_account", "statement_id", "entries"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.bankAccount)
        cMessage.string(1, self.statementId)
        cMessage.messages(2, self.entries)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.bankAccount = cMessage.string(0)
        self.statementId = cMessage.string(1)
        self.entries = try cMessage.messages(2)
    }
}

extension V1.BankEntryResult: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.BankEntryResult", fields: [
        "index", "outcome", "status", "account_id", "payment_id", "matched_by", "unmatched_id", "reason",
        "unmatched_status"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.index)
        cMessage.enumeration(1, self.outcome)
        cMessage.message(2, self.status)
        cMessage.string(3, self.accountId)
        cMessage.string(4, self.paymentId)
        cMessage.string(5, self.matchedBy)
        cMessage.string(6, self.unmatchedId)
        cMessage.string(7, self.reason)
        cMessage.enumeration(8, self.unmatchedStatus)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.index = cMessage.integer(0)
        self.outcome = try cMessage.enumeration(1)
        self.status = try cMessage.message(2)
        self.accountId = cMessage.string(3)
        self.paymentId = cMessage.string(4)
        self.matchedBy = cMessage.string(5)
        self.unmatchedId = cMessage.string(6)
        self.reason = cMessage.string(7)
        self.unmatchedStatus = try cMessage.enumeration(8)
    }
}

extension V1.ImportBankStatementResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ImportBankStatementResponse", fields: ["results"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.results)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.results = try cMessage.messages(0)
    }
}

extension V1.UnmatchedEntry: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.UnmatchedEntry", fields: [
        "id", "bank_account", "entry", "reason", "status", "account_id", "payment_id", "queued_at", "resolved_at", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.bankAccount)
        cMessage.message(2, self.entry)
        cMessage.string(3, self.reason)
        cMessage.enumeration(4, self.status)
        cMessage.string(5, self.accountId)
        cMessage.string(6, self.paymentId)
        cMessage.string(7, self.queuedAt)
        cMessage.string(8, self.resolvedAt)
        cMessage.string(9, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.bankAccount = cMessage.string(1)
        self.entry = try cMessage.message(2)
        self.reason = cMessage.string(3)
        self.status = try cMessage.enumeration(4)
        self.accountId = cMessage.string(5)
        self.paymentId = cMessage.string(6)
        self.queuedAt = cMessage.string(7)
        self.resolvedAt = cMessage.string(8)
        self.note = cMessage.string(9)
    }
}

extension V1.ListUnmatchedRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListUnmatchedRequest", fields: [
        "status", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.status)
        cMessage.integer(1, self.pageSize)
        cMessage.string(2, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.status = try cMessage.enumeration(0)
        self.pageSize = cMessage.integer(1)
        self.pageToken = cMessage.string(2)
    }
}

extension V1.ListUnmatchedResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListUnmatchedResponse", fields: ["entries", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.entries)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.entries = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.AssignUnmatchedRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AssignUnmatchedRequest", fields: [
        "id", "account", "payment_id", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.message(1, self.account)
        cMessage.string(2, self.paymentId)
        cMessage.string(3, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.account = try cMessage.message(1)
        self.paymentId = cMessage.string(2)
        self.note = cMessage.string(3)
    }
}

extension V1.AssignUnmatchedResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AssignUnmatchedResponse", fields: ["entry", "payment", "balances"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.entry)
        cMessage.message(1, self.payment)
        cMessage.messages(2, self.balances)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.entry = try cMessage.message(0)
        self.payment = try cMessage.message(1)
        self.balances = try cMessage.messages(2)
    }
}

extension V1.IgnoreUnmatchedRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.IgnoreUnmatchedRequest", fields: ["id", "reason"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.reason)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.reason = cMessage.string(1)
    }
}

extension V1.IgnoreUnmatchedResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.IgnoreUnmatchedResponse", fields: ["entry"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.entry)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.entry = try cMessage.message(0)
    }
}

extension V1.NewPayment: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.NewPayment", fields: [
        "idempotency_key", "account", "amount", "received_at", "method", "reference", "agency", "note"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.idempotencyKey)
        cMessage.message(1, self.account)
        cMessage.message(2, self.amount)
        cMessage.string(3, self.receivedAt)
        cMessage.string(4, self.method)
        cMessage.string(5, self.reference)
        cMessage.string(6, self.agency)
        cMessage.string(7, self.note)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.idempotencyKey = cMessage.string(0)
        self.account = try cMessage.message(1)
        self.amount = try cMessage.message(2)
        self.receivedAt = cMessage.string(3)
        self.method = cMessage.string(4)
        self.reference = cMessage.string(5)
        self.agency = cMessage.string(6)
        self.note = cMessage.string(7)
    }
}

extension V1.Allocation: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Allocation", fields: [
        "obligation_external_id", "due_on", "amount", "open_after"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.obligationExternalId)
        cMessage.string(1, self.dueOn)
        cMessage.message(2, self.amount)
        cMessage.message(3, self.openAfter)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.obligationExternalId = cMessage.string(0)
        self.dueOn = cMessage.string(1)
        self.amount = try cMessage.message(2)
        self.openAfter = try cMessage.message(3)
    }
}

extension V1.WriteOff: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.WriteOff", fields: [
        "id", "account_id", "obligation_external_id", "amount", "reason", "settlement_id", "stage", "written_off_by",
        "reversed_at"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.accountId)
        cMessage.string(2, self.obligationExternalId)
        cMessage.message(3, self.amount)
        cMessage.enumeration(4, self.reason)
        cMessage.string(5, self.settlementId)
        cMessage.string(6, self.stage)
        cMessage.message(7, self.writtenOffBy)
        cMessage.string(8, self.reversedAt)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.accountId = cMessage.string(1)
        self.obligationExternalId = cMessage.string(2)
        self.amount = try cMessage.message(3)
        self.reason = try cMessage.enumeration(4)
        self.settlementId = cMessage.string(5)
        self.stage = cMessage.string(6)
        self.writtenOffBy = try cMessage.message(7)
        self.reversedAt = cMessage.string(8)
    }
}

extension V1.Payment: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Payment", fields: [
        "id", "idempotency_key", "account_id", "amount", "received_at", "method", "reference", "note", "status",
        "allocations", "credit", "posted_by", "agency", "agency_commission_bp", "agency_commission", "reversal_reason",
        "reversed_by", "return_code"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.idempotencyKey)
        cMessage.string(2, self.accountId)
        cMessage.message(3, self.amount)
        cMessage.string(4, self.receivedAt)
        cMessage.string(5, self.method)
        cMessage.string(6, self.reference)
        cMessage.string(7, self.note)
        cMessage.enumeration(8, self.status)
        cMessage.messages(9, self.allocations)
        cMessage.message(10, self.credit)
        cMessage.message(11, self.postedBy)
        cMessage.string(12, self.agency)
        cMessage.integer(13, self.agencyCommissionBp)
        cMessage.message(14, self.agencyCommission)
        cMessage.enumeration(15, self.reversalReason)
        cMessage.message(16, self.reversedBy)
        cMessage.string(17, self.returnCode)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.idempotencyKey = cMessage.string(1)
        self.accountId = cMessage.string(2)
        self.amount = try cMessage.message(3)
        self.receivedAt = cMessage.string(4)
        self.method = cMessage.string(5)
        self.reference = cMessage.string(6)
        self.note = cMessage.string(7)
        self.status = try cMessage.enumeration(8)
        self.allocations = try cMessage.messages(9)
        self.credit = try cMessage.message(10)
        self.postedBy = try cMessage.message(11)
        self.agency = cMessage.string(12)
        self.agencyCommissionBp = cMessage.integer(13)
        self.agencyCommission = try cMessage.message(14)
        self.reversalReason = try cMessage.enumeration(15)
        self.reversedBy = try cMessage.message(16)
        self.returnCode = cMessage.string(17)
    }
}

extension V1.PaymentResult: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PaymentResult", fields: [
        "index", "status", "payment", "replayed", "balances"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.index)
        cMessage.message(1, self.status)
        cMessage.message(2, self.payment)
        cMessage.bool(3, self.replayed)
        cMessage.messages(4, self.balances)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.index = cMessage.integer(0)
        self.status = try cMessage.message(1)
        self.payment = try cMessage.message(2)
        self.replayed = cMessage.bool(3)
        self.balances = try cMessage.messages(4)
    }
}

extension V1.PostPaymentRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PostPaymentRequest", fields: ["payment"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.payment)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.payment = try cMessage.message(0)
    }
}

extension V1.PostPaymentResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PostPaymentResponse", fields: ["payment", "replayed", "balances"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.payment)
        cMessage.bool(1, self.replayed)
        cMessage.messages(2, self.balances)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.payment = try cMessage.message(0)
        self.replayed = cMessage.bool(1)
        self.balances = try cMessage.messages(2)
    }
}

extension V1.PostPaymentsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PostPaymentsRequest", fields: ["payments"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.payments)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.payments = try cMessage.messages(0)
    }
}

extension V1.PostPaymentsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PostPaymentsResponse", fields: [
        "results", "posted_count", "replayed_count", "refused_count"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.results)
        cMessage.integer(1, self.postedCount)
        cMessage.integer(2, self.replayedCount)
        cMessage.integer(3, self.refusedCount)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.results = try cMessage.messages(0)
        self.postedCount = cMessage.integer(1)
        self.replayedCount = cMessage.integer(2)
        self.refusedCount = cMessage.integer(3)
    }
}

extension V1.ReversePaymentRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ReversePaymentRequest", fields: [
        "payment_id", "idempotency_key", "reason", "note", "return_code"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.paymentId)
        cMessage.string(1, self.idempotencyKey)
        cMessage.enumeration(2, self.reason)
        cMessage.string(3, self.note)
        cMessage.string(4, self.returnCode)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.paymentId = cMessage.string(0)
        self.idempotencyKey = cMessage.string(1)
        self.reason = try cMessage.enumeration(2)
        self.note = cMessage.string(3)
        self.returnCode = cMessage.string(4)
    }
}

extension V1.GetPaymentRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetPaymentRequest", fields: ["payment_id", "idempotency_key"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.paymentId)
        cMessage.string(1, self.idempotencyKey)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.paymentId = cMessage.string(0)
        self.idempotencyKey = cMessage.string(1)
    }
}

extension V1.GetPaymentResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetPaymentResponse", fields: ["payment"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.payment)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.payment = try cMessage.message(0)
    }
}

extension V1.ReversePaymentResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ReversePaymentResponse", fields: [
        "payment", "reopened", "replayed", "balances"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.payment)
        cMessage.messages(1, self.reopened)
        cMessage.bool(2, self.replayed)
        cMessage.messages(3, self.balances)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.payment = try cMessage.message(0)
        self.reopened = try cMessage.messages(1)
        self.replayed = cMessage.bool(2)
        self.balances = try cMessage.messages(3)
    }
}

extension V1.ListPaymentsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPaymentsRequest", fields: [
        "account", "status", "agency", "received_from", "received_until", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.enumeration(1, self.status)
        cMessage.string(2, self.agency)
        cMessage.string(3, self.receivedFrom)
        cMessage.string(4, self.receivedUntil)
        cMessage.integer(5, self.pageSize)
        cMessage.string(6, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.status = try cMessage.enumeration(1)
        self.agency = cMessage.string(2)
        self.receivedFrom = cMessage.string(3)
        self.receivedUntil = cMessage.string(4)
        self.pageSize = cMessage.integer(5)
        self.pageToken = cMessage.string(6)
    }
}

extension V1.ListPaymentsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPaymentsResponse", fields: ["payments", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.payments)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.payments = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.WriteOffRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.WriteOffRequest", fields: [
        "account", "obligation_external_id", "currency", "amount_minor", "reason", "note", "idempotency_key"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.string(1, self.obligationExternalId)
        cMessage.string(2, self.currency)
        cMessage.integer(3, self.amountMinor)
        cMessage.enumeration(4, self.reason)
        cMessage.string(5, self.note)
        cMessage.string(6, self.idempotencyKey)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.obligationExternalId = cMessage.string(1)
        self.currency = cMessage.string(2)
        self.amountMinor = cMessage.integer(3)
        self.reason = try cMessage.enumeration(4)
        self.note = cMessage.string(5)
        self.idempotencyKey = cMessage.string(6)
    }
}

extension V1.WriteOffResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.WriteOffResponse", fields: ["write_offs", "balances", "replayed"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.writeOffs)
        cMessage.messages(1, self.balances)
        cMessage.bool(2, self.replayed)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.writeOffs = try cMessage.messages(0)
        self.balances = try cMessage.messages(1)
        self.replayed = cMessage.bool(2)
    }
}

extension V1.ListWriteOffsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListWriteOffsRequest", fields: [
        "account", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.integer(1, self.pageSize)
        cMessage.string(2, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.pageSize = cMessage.integer(1)
        self.pageToken = cMessage.string(2)
    }
}

extension V1.ListWriteOffsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListWriteOffsResponse", fields: ["write_offs", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.writeOffs)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.writeOffs = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}
