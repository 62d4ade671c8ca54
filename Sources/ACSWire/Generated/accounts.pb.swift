// proto/acs/v1/accounts.proto in Swift: its enums and messages as `V1` mirrors with their protobuf-c
// code (`ProtoCodable`), and the typed methods of its services.
// Generated from the compiled descriptors by scripts/proto/gen-swift.py: do not edit; run 'make proto'.

extension V1 {
    /// The kind of an obligation.
    public enum ObligationKind: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; in SyncAccounts treated as OBLIGATION_KIND_INVOICE.
        case unspecified = 0
        /// An invoice.
        case invoice = 1
        /// An instalment of a loan or of a source system's plan.
        case instalment = 2
        /// A fee charged by an acs policy stage (never synced).
        case fee = 3
        /// Interest accrued by acs on overdue principal (never synced).
        case interest = 4

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .invoice: "invoice"
            case .instalment: "instalment"
            case .fee: "fee"
            case .interest: "interest"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// The outcome of one record of a SyncAccounts batch.
    public enum SyncOutcome: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Never answered.
        case unspecified = 0
        /// A new account was stored.
        case created = 1
        /// A newer version replaced the stored one.
        case updated = 2
        /// The stored account already had this version and content; nothing changed.
        case unchanged = 3
        /// The record's source_version is older than the stored one; skipped.
        case stale = 4
        /// The record is invalid (see violations); nothing of it was applied.
        case rejected = 5

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .created: "created"
            case .updated: "updated"
            case .unchanged: "unchanged"
            case .stale: "stale"
            case .rejected: "rejected"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// A contact-preference change.
    public enum ContactChange: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; refused.
        case unspecified = 0
        /// The debtor opts out of a channel (OPTOUT-ELECTRONIC); effective at once.
        case optOut = 1
        /// The debtor opts back in to a channel.
        case optIn = 2
        /// Consent to automated SMS or calls to a number (CONSENT-SMS-VOICE).
        case grantConsent = 3
        /// Consent revoked, by any reasonable means; effective at once.
        case revokeConsent = 4
        /// Replaces the declared inconvenient times (TIME-DECLARED).
        case setInconvenientTimes = 5

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .optOut: "opt_out"
            case .optIn: "opt_in"
            case .grantConsent: "grant_consent"
            case .revokeConsent: "revoke_consent"
            case .setInconvenientTimes: "set_inconvenient_times"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// One obligation as a source system sends it.
    public struct ObligationRecord: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ObligationRecord"

        /// Required. The obligation's id in the source system, unique within the account.
        public var externalId: String = ""
        /// Invoice or instalment; UNSPECIFIED means invoice.
        public var kind: ObligationKind = .unspecified
        /// Required. The original amount (> 0) and its currency.
        public var amount: Money? = nil
        /// Required. The amount still open according to the source (0 ... amount), in the same currency.
        public var openAmount: Money? = nil
        /// The issue date, "YYYY-MM-DD"; empty when unknown.
        public var issuedOn: String = ""
        /// Required. The due date, "YYYY-MM-DD", not before issued_on.
        public var dueOn: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            externalId: String = "",
            kind: ObligationKind = .unspecified,
            amount: Money? = nil,
            openAmount: Money? = nil,
            issuedOn: String = "",
            dueOn: String = ""
        ) {
            self.externalId = externalId
            self.kind = kind
            self.amount = amount
            self.openAmount = openAmount
            self.issuedOn = issuedOn
            self.dueOn = dueOn
        }
    }

    /// One account as a source system sends it: a full snapshot at one version.
    public struct AccountRecord: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AccountRecord"

        /// Required. The source system's name, e.g. "billing", "crm-eu".
        public var source: String = ""
        /// Required. The account's id in that source system.
        public var externalId: String = ""
        /// Required (> 0). The snapshot's version in the source: any number that grows with every change there (a revision counter, or a Unix time in milliseconds).
        public var sourceVersion: UInt64 = 0
        /// Required. The debtor's name as it should appear in reminders.
        public var name: String = ""
        /// Email addresses, preferred first.
        public var emails: [String] = []
        /// Phone numbers with their consent, preferred first.
        public var phones: [Phone] = []
        /// The postal address, for letters; absent when unknown.
        public var address: PostalAddress? = nil
        /// The debtor's IANA time zone, e.g. "America/New_York"; empty when unknown (then contact times follow the TIME-UNKNOWN rule).
        public var timeZone: String = ""
        /// The debtor's locale, BCP 47, e.g. "en-US", "de-DE"; empty: the configured default.
        public var locale: String = ""
        /// The segment that chooses the policy, e.g. "consumer", "b2b"; empty: the default.
        public var segment: String = ""
        /// The account's obligations in the source.
        public var obligations: [ObligationRecord] = []
        /// People acting for the debtor (an attorney, the estate's representative).
        public var representatives: [Representative] = []

        /// Creates a message; every field defaults to its proto default.
        public init(
            source: String = "",
            externalId: String = "",
            sourceVersion: UInt64 = 0,
            name: String = "",
            emails: [String] = [],
            phones: [Phone] = [],
            address: PostalAddress? = nil,
            timeZone: String = "",
            locale: String = "",
            segment: String = "",
            obligations: [ObligationRecord] = [],
            representatives: [Representative] = []
        ) {
            self.source = source
            self.externalId = externalId
            self.sourceVersion = sourceVersion
            self.name = name
            self.emails = emails
            self.phones = phones
            self.address = address
            self.timeZone = timeZone
            self.locale = locale
            self.segment = segment
            self.obligations = obligations
            self.representatives = representatives
        }
    }

    /// The outcome of one record of a SyncAccounts batch.
    public struct SyncResult: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.SyncResult"

        /// The position of the record in the request (0-based).
        public var index: UInt32 = 0
        /// The record's source, as sent.
        public var source: String = ""
        /// The record's external_id, as sent.
        public var externalId: String = ""
        /// What happened to the record.
        public var outcome: SyncOutcome = .unspecified
        /// acsd's id of the account; empty when rejected and never stored.
        public var accountId: String = ""
        /// The version stored after this record (for STALE: the newer version kept).
        public var storedVersion: UInt64 = 0
        /// For REJECTED: every invalid field, with paths relative to the record, e.g. "obligations[2].due_on".
        public var violations: [FieldViolation] = []

        /// Creates a message; every field defaults to its proto default.
        public init(
            index: UInt32 = 0,
            source: String = "",
            externalId: String = "",
            outcome: SyncOutcome = .unspecified,
            accountId: String = "",
            storedVersion: UInt64 = 0,
            violations: [FieldViolation] = []
        ) {
            self.index = index
            self.source = source
            self.externalId = externalId
            self.outcome = outcome
            self.accountId = accountId
            self.storedVersion = storedVersion
            self.violations = violations
        }
    }

    /// An obligation of an account as acsd holds it.
    public struct Obligation: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Obligation"

        /// The obligation's id in the source (for fees and interest: an id acsd made).
        public var externalId: String = ""
        /// Invoice, instalment, fee or interest.
        public var kind: ObligationKind = .unspecified
        /// The original amount.
        public var amount: Money? = nil
        /// The amount still open.
        public var openAmount: Money? = nil
        /// The issue date, "YYYY-MM-DD"; empty when unknown.
        public var issuedOn: String = ""
        /// The due date, "YYYY-MM-DD".
        public var dueOn: String = ""
        /// Days past due today in the account's time zone; 0 when not yet due or paid.
        public var daysPastDue: UInt32 = 0
        /// True while an active dispute hold covers this obligation (or the whole account).
        public var disputed: Bool = false
        /// For fees: the policy stage that charged it; empty otherwise.
        public var stage: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            externalId: String = "",
            kind: ObligationKind = .unspecified,
            amount: Money? = nil,
            openAmount: Money? = nil,
            issuedOn: String = "",
            dueOn: String = "",
            daysPastDue: UInt32 = 0,
            disputed: Bool = false,
            stage: String = ""
        ) {
            self.externalId = externalId
            self.kind = kind
            self.amount = amount
            self.openAmount = openAmount
            self.issuedOn = issuedOn
            self.dueOn = dueOn
            self.daysPastDue = daysPastDue
            self.disputed = disputed
            self.stage = stage
        }
    }

    /// A channel's opt-out state for an account.
    public struct ChannelPreference: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ChannelPreference"

        /// The channel.
        public var channel: Channel = .unspecified
        /// True when the debtor opted out of the channel; nothing is sent on it.
        public var optedOut: Bool = false
        /// Where the last change came from, e.g. "STOP reply", "phone call", "letter".
        public var source: String = ""
        /// Who made the last change, when and why; absent when never changed.
        public var changedBy: ChangeRecord? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(
            channel: Channel = .unspecified,
            optedOut: Bool = false,
            source: String = "",
            changedBy: ChangeRecord? = nil
        ) {
            self.channel = channel
            self.optedOut = optedOut
            self.source = source
            self.changedBy = changedBy
        }
    }

    /// An account as acsd holds it.
    public struct Account: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Account"

        /// acsd's id of the account: stable, unique, opaque.
        public var id: String = ""
        /// The source system's name.
        public var source: String = ""
        /// The account's id in the source system.
        public var externalId: String = ""
        /// The source version stored.
        public var sourceVersion: UInt64 = 0
        /// The debtor's name.
        public var name: String = ""
        /// Email addresses, preferred first.
        public var emails: [String] = []
        /// Phone numbers with their consent.
        public var phones: [Phone] = []
        /// The postal address; absent when unknown.
        public var address: PostalAddress? = nil
        /// The debtor's IANA time zone; empty when unknown.
        public var timeZone: String = ""
        /// The debtor's locale, BCP 47.
        public var locale: String = ""
        /// The segment.
        public var segment: String = ""
        /// Balances, one per currency the account has obligations or credit in, sorted by currency code.
        public var balances: [Balance] = []
        /// The oldest due date of an obligation still open, "YYYY-MM-DD"; empty when nothing is open.
        public var oldestUnpaidDueOn: String = ""
        /// Days past due today, counted from oldest_unpaid_due_on in the account's time zone; 0 when nothing is overdue.
        public var daysPastDue: UInt32 = 0
        /// The holds in force (GetAccount also lists cleared and ended holds, active false).
        public var holds: [Hold] = []
        /// Opt-out state per channel (channels never changed may be missing: not opted out).
        public var channelPreferences: [ChannelPreference] = []
        /// Times the debtor declared inconvenient.
        public var inconvenientTimes: [InconvenientTime] = []
        /// The obligations, oldest due date first (open and settled).
        public var obligations: [Obligation] = []
        /// The most recent payments, newest first (GetAccountRequest.recent_payments).
        public var recentPayments: [Payment] = []
        /// The policy the account follows; empty when none applies.
        public var policyId: String = ""
        /// The policy stage the account is in; empty when in none (current or cured).
        public var stage: String = ""
        /// When the engine next looks at the account, RFC 3339 UTC; empty when nothing is scheduled.
        public var nextActionAt: String = ""
        /// The agency the account is placed with; empty when not placed.
        public var placedWith: String = ""
        /// The id of the active payment plan; empty when none.
        public var paymentPlanId: String = ""
        /// The id of the pending promise to pay; empty when none.
        public var promiseId: String = ""
        /// Promises on this account kept, broken, pending.
        public var promises: PromiseStats? = nil
        /// When acsd first stored the account, RFC 3339 UTC.
        public var createdAt: String = ""
        /// When the account last changed in acsd, RFC 3339 UTC.
        public var updatedAt: String = ""
        /// People acting for the debtor (an attorney, the estate's representative).
        public var representatives: [Representative] = []

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            source: String = "",
            externalId: String = "",
            sourceVersion: UInt64 = 0,
            name: String = "",
            emails: [String] = [],
            phones: [Phone] = [],
            address: PostalAddress? = nil,
            timeZone: String = "",
            locale: String = "",
            segment: String = "",
            balances: [Balance] = [],
            oldestUnpaidDueOn: String = "",
            daysPastDue: UInt32 = 0,
            holds: [Hold] = [],
            channelPreferences: [ChannelPreference] = [],
            inconvenientTimes: [InconvenientTime] = [],
            obligations: [Obligation] = [],
            recentPayments: [Payment] = [],
            policyId: String = "",
            stage: String = "",
            nextActionAt: String = "",
            placedWith: String = "",
            paymentPlanId: String = "",
            promiseId: String = "",
            promises: PromiseStats? = nil,
            createdAt: String = "",
            updatedAt: String = "",
            representatives: [Representative] = []
        ) {
            self.id = id
            self.source = source
            self.externalId = externalId
            self.sourceVersion = sourceVersion
            self.name = name
            self.emails = emails
            self.phones = phones
            self.address = address
            self.timeZone = timeZone
            self.locale = locale
            self.segment = segment
            self.balances = balances
            self.oldestUnpaidDueOn = oldestUnpaidDueOn
            self.daysPastDue = daysPastDue
            self.holds = holds
            self.channelPreferences = channelPreferences
            self.inconvenientTimes = inconvenientTimes
            self.obligations = obligations
            self.recentPayments = recentPayments
            self.policyId = policyId
            self.stage = stage
            self.nextActionAt = nextActionAt
            self.placedWith = placedWith
            self.paymentPlanId = paymentPlanId
            self.promiseId = promiseId
            self.promises = promises
            self.createdAt = createdAt
            self.updatedAt = updatedAt
            self.representatives = representatives
        }
    }

    /// Request of Accounts.SyncAccounts.
    public struct SyncAccountsRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.SyncAccountsRequest"

        /// The records, each a full snapshot of one account.
        public var accounts: [AccountRecord] = []

        /// Creates a message; every field defaults to its proto default.
        public init(accounts: [AccountRecord] = []) {
            self.accounts = accounts
        }
    }

    /// Response of Accounts.SyncAccounts.
    public struct SyncAccountsResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.SyncAccountsResponse"

        /// One result per record, in request order.
        public var results: [SyncResult] = []
        /// How many records created an account.
        public var createdCount: UInt32 = 0
        /// How many updated an account.
        public var updatedCount: UInt32 = 0
        /// How many changed nothing.
        public var unchangedCount: UInt32 = 0
        /// How many were stale.
        public var staleCount: UInt32 = 0
        /// How many were rejected.
        public var rejectedCount: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(
            results: [SyncResult] = [],
            createdCount: UInt32 = 0,
            updatedCount: UInt32 = 0,
            unchangedCount: UInt32 = 0,
            staleCount: UInt32 = 0,
            rejectedCount: UInt32 = 0
        ) {
            self.results = results
            self.createdCount = createdCount
            self.updatedCount = updatedCount
            self.unchangedCount = unchangedCount
            self.staleCount = staleCount
            self.rejectedCount = rejectedCount
        }
    }

    /// Request of Accounts.GetAccount.
    public struct GetAccountRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GetAccountRequest"

        /// Required. The account.
        public var account: AccountRef? = nil
        /// How many recent payments to include; 0 means 10, at most 100.
        public var recentPayments: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(account: AccountRef? = nil, recentPayments: UInt32 = 0) {
            self.account = account
            self.recentPayments = recentPayments
        }
    }

    /// Response of Accounts.GetAccount.
    public struct GetAccountResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GetAccountResponse"

        /// The account in full.
        public var account: Account? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(account: Account? = nil) {
            self.account = account
        }
    }

    /// Request of Accounts.ListAccounts.
    public struct ListAccountsRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListAccountsRequest"

        /// Only accounts of this segment; empty: any.
        public var segment: String = ""
        /// Only accounts at least this many days past due; 0: any.
        public var minDaysPastDue: UInt32 = 0
        /// Only accounts with an active hold of this kind; UNSPECIFIED: no filter.
        public var hold: HoldKind = .unspecified
        /// Only accounts in this policy stage; empty: any.
        public var stage: String = ""
        /// Only accounts from this source system; empty: any.
        public var source: String = ""
        /// Only accounts placed with this agency; empty: any.
        public var placedWith: String = ""
        /// Page size (see common.proto).
        public var pageSize: UInt32 = 0
        /// Page token (see common.proto).
        public var pageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            segment: String = "",
            minDaysPastDue: UInt32 = 0,
            hold: HoldKind = .unspecified,
            stage: String = "",
            source: String = "",
            placedWith: String = "",
            pageSize: UInt32 = 0,
            pageToken: String = ""
        ) {
            self.segment = segment
            self.minDaysPastDue = minDaysPastDue
            self.hold = hold
            self.stage = stage
            self.source = source
            self.placedWith = placedWith
            self.pageSize = pageSize
            self.pageToken = pageToken
        }
    }

    /// Response of Accounts.ListAccounts.
    public struct ListAccountsResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListAccountsResponse"

        /// The accounts, ordered by id, without obligations and recent payments.
        public var accounts: [Account] = []
        /// Token of the next page, empty on the last page.
        public var nextPageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(accounts: [Account] = [], nextPageToken: String = "") {
            self.accounts = accounts
            self.nextPageToken = nextPageToken
        }
    }

    /// Request of Accounts.SetHold.
    public struct SetHoldRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.SetHoldRequest"

        /// Required. The account.
        public var account: AccountRef? = nil
        /// Required. The kind of hold.
        public var kind: HoldKind = .unspecified
        /// Only for HOLD_KIND_DISPUTE: the disputed obligation's external id; empty: the whole account.
        public var obligationExternalId: String = ""
        /// The day the hold takes effect from, "YYYY-MM-DD" (e.g. the bankruptcy filing date); empty: today.
        public var effectiveOn: String = ""
        /// The day the hold ends by itself, "YYYY-MM-DD", exclusive; empty: until cleared.
        public var endsOn: String = ""
        /// Required. Why, e.g. "dispute letter received 2026-03-02".
        public var reason: String = ""
        /// Only for HOLD_KIND_BREATHING_SPACE: a mental health crisis breathing space, which has no end until the crisis treatment ends (ClearHold then ends it 30 days later).
        public var mentalHealthCrisis: Bool = false

        /// Creates a message; every field defaults to its proto default.
        public init(
            account: AccountRef? = nil,
            kind: HoldKind = .unspecified,
            obligationExternalId: String = "",
            effectiveOn: String = "",
            endsOn: String = "",
            reason: String = "",
            mentalHealthCrisis: Bool = false
        ) {
            self.account = account
            self.kind = kind
            self.obligationExternalId = obligationExternalId
            self.effectiveOn = effectiveOn
            self.endsOn = endsOn
            self.reason = reason
            self.mentalHealthCrisis = mentalHealthCrisis
        }
    }

    /// Response of Accounts.SetHold.
    public struct SetHoldResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.SetHoldResponse"

        /// The hold in force.
        public var hold: Hold? = nil
        /// False when an identical hold was already active; that hold is answered and nothing changed.
        public var created: Bool = false
        /// How many reminders not yet claimed were cancelled.
        public var remindersCancelled: UInt32 = 0
        /// True when the hold recalled the account from its agency (dispute, bankruptcy).
        public var recalled: Bool = false

        /// Creates a message; every field defaults to its proto default.
        public init(hold: Hold? = nil, created: Bool = false, remindersCancelled: UInt32 = 0, recalled: Bool = false) {
            self.hold = hold
            self.created = created
            self.remindersCancelled = remindersCancelled
            self.recalled = recalled
        }
    }

    /// Request of Accounts.ClearHold.
    public struct ClearHoldRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ClearHoldRequest"

        /// Required. The account.
        public var account: AccountRef? = nil
        /// The hold's id; or leave empty and give kind.
        public var holdId: String = ""
        /// The kind of the active hold to clear, when hold_id is empty.
        public var kind: HoldKind = .unspecified
        /// With kind HOLD_KIND_DISPUTE: the obligation whose dispute to clear; empty: the whole-account dispute.
        public var obligationExternalId: String = ""
        /// Required. Why, e.g. "verification sent 2026-03-10".
        public var reason: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            account: AccountRef? = nil,
            holdId: String = "",
            kind: HoldKind = .unspecified,
            obligationExternalId: String = "",
            reason: String = ""
        ) {
            self.account = account
            self.holdId = holdId
            self.kind = kind
            self.obligationExternalId = obligationExternalId
            self.reason = reason
        }
    }

    /// Response of Accounts.ClearHold.
    public struct ClearHoldResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ClearHoldResponse"

        /// The hold, now inactive, with cleared_by set; or, for a mental health crisis breathing space, still active with ends_on 30 days from today.
        public var hold: Hold? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(hold: Hold? = nil) {
            self.hold = hold
        }
    }

    /// Request of Accounts.SetContactPreference.
    public struct SetContactPreferenceRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.SetContactPreferenceRequest"

        /// Required. The account.
        public var account: AccountRef? = nil
        /// Required. What changes.
        public var change: ContactChange = .unspecified
        /// The channel: required for OPT_OUT and OPT_IN; for consent changes CHANNEL_SMS or CHANNEL_VOICE; ignored for SET_INCONVENIENT_TIMES (they apply to every channel).
        public var channel: Channel = .unspecified
        /// For consent changes: the number (E.164) concerned; empty: every number of the account.
        public var phoneNumber: String = ""
        /// Where the change came from, e.g. "STOP reply", "phone call", "letter", "portal".
        public var source: String = ""
        /// Why, free text.
        public var reason: String = ""
        /// For SET_INCONVENIENT_TIMES: the complete new list (empty clears it).
        public var inconvenientTimes: [InconvenientTime] = []

        /// Creates a message; every field defaults to its proto default.
        public init(
            account: AccountRef? = nil,
            change: ContactChange = .unspecified,
            channel: Channel = .unspecified,
            phoneNumber: String = "",
            source: String = "",
            reason: String = "",
            inconvenientTimes: [InconvenientTime] = []
        ) {
            self.account = account
            self.change = change
            self.channel = channel
            self.phoneNumber = phoneNumber
            self.source = source
            self.reason = reason
            self.inconvenientTimes = inconvenientTimes
        }
    }

    /// Response of Accounts.SetContactPreference.
    public struct SetContactPreferenceResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.SetContactPreferenceResponse"

        /// The account after the change, without obligations and recent payments.
        public var account: Account? = nil
        /// How many reminders not yet claimed were cancelled.
        public var remindersCancelled: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(account: Account? = nil, remindersCancelled: UInt32 = 0) {
            self.account = account
            self.remindersCancelled = remindersCancelled
        }
    }

    /// Request of Accounts.GetPayToken.
    public struct GetPayTokenRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GetPayTokenRequest"

        public var account: AccountRef? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(account: AccountRef? = nil) {
            self.account = account
        }
    }

    /// An account's pay-link token.
    public struct PayTokenResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PayTokenResponse"

        public var accountId: String = ""
        /// 32 lower-case hex digits.
        public var token: String = ""
        /// payment_link_base followed by the token; empty when acsd has no payment_link_base.
        public var paymentLink: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(accountId: String = "", token: String = "", paymentLink: String = "") {
            self.accountId = accountId
            self.token = token
            self.paymentLink = paymentLink
        }
    }

    /// Request of Accounts.ResolvePayToken.
    public struct ResolvePayTokenRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ResolvePayTokenRequest"

        /// The token of a payment link.
        public var token: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(token: String = "") {
            self.token = token
        }
    }

    /// The account a pay link is for, and what it owes.
    public struct ResolvePayTokenResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ResolvePayTokenResponse"

        public var accountId: String = ""
        /// The debtor's name and the account's external id, as the letters show them.
        public var name: String = ""
        public var externalId: String = ""
        /// Per currency: what is owed and what is overdue.
        public var balances: [Balance] = []
        /// The creditor (creditor_name).
        public var creditor: String = ""
        /// The account's ISO 11649 reference.
        public var rfReference: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            accountId: String = "",
            name: String = "",
            externalId: String = "",
            balances: [Balance] = [],
            creditor: String = "",
            rfReference: String = ""
        ) {
            self.accountId = accountId
            self.name = name
            self.externalId = externalId
            self.balances = balances
            self.creditor = creditor
            self.rfReference = rfReference
        }
    }

    /// Request of Accounts.RevokePayToken.
    public struct RevokePayTokenRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RevokePayTokenRequest"

        public var account: AccountRef? = nil
        /// Why (a link forwarded by mistake, ...), for the audit trail.
        public var reason: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(account: AccountRef? = nil, reason: String = "") {
            self.account = account
            self.reason = reason
        }
    }
}

extension Methods {
    /// The `acs.v1.Accounts` methods.
    public enum Accounts {
        private static let service = "acs.v1.Accounts"
        /// Upserts a batch of accounts from a source system.
        public static let syncAccounts = RPCMethod<V1.SyncAccountsRequest, V1.SyncAccountsResponse>(service: service, name: "SyncAccounts")
        /// One account in full: balances per currency, oldest unpaid due date, days past due, holds, contact points and preferences, obligations, recent payments.
        public static let getAccount = RPCMethod<V1.GetAccountRequest, V1.GetAccountResponse>(service: service, name: "GetAccount")
        /// Accounts matching filters, ordered by id, with cursor pagination.
        public static let listAccounts = RPCMethod<V1.ListAccountsRequest, V1.ListAccountsResponse>(service: service, name: "ListAccounts")
        /// Sets a hold on an account (or a dispute on one obligation).
        public static let setHold = RPCMethod<V1.SetHoldRequest, V1.SetHoldResponse>(service: service, name: "SetHold")
        /// Clears a hold.
        public static let clearHold = RPCMethod<V1.ClearHoldRequest, V1.ClearHoldResponse>(service: service, name: "ClearHold")
        /// Changes a contact preference: opts a channel out or back in, grants or revokes consent for a phone number, or sets the declared inconvenient times.
        public static let setContactPreference = RPCMethod<V1.SetContactPreferenceRequest, V1.SetContactPreferenceResponse>(service: service, name: "SetContactPreference")
        /// The account's pay-link token (128 random bits, never the account id), made at its first sync; payment links are payment_link_base followed by it.
        public static let getPayToken = RPCMethod<V1.GetPayTokenRequest, V1.PayTokenResponse>(service: service, name: "GetPayToken")
        /// What a pay link shows: the account a token names, with what it owes.
        public static let resolvePayToken = RPCMethod<V1.ResolvePayTokenRequest, V1.ResolvePayTokenResponse>(service: service, name: "ResolvePayToken")
        /// Revokes the account's token and issues a new one: links sent before stop working.
        public static let revokePayToken = RPCMethod<V1.RevokePayTokenRequest, V1.PayTokenResponse>(service: service, name: "RevokePayToken")
    }
}

extension V1.ObligationRecord: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ObligationRecord", fields: [
        "external_id", "kind", "amount", "open_amount", "issued_on", "due_on"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.externalId)
        cMessage.enumeration(1, self.kind)
        cMessage.message(2, self.amount)
        cMessage.message(3, self.openAmount)
        cMessage.string(4, self.issuedOn)
        cMessage.string(5, self.dueOn)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.externalId = cMessage.string(0)
        self.kind = try cMessage.enumeration(1)
        self.amount = try cMessage.message(2)
        self.openAmount = try cMessage.message(3)
        self.issuedOn = cMessage.string(4)
        self.dueOn = cMessage.string(5)
    }
}

extension V1.AccountRecord: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AccountRecord", fields: [
        "source", "external_id", "source_version", "name", "emails", "phones", "address", "time_zone", "locale", "segment",
        "obligations", "representatives"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.source)
        cMessage.string(1, self.externalId)
        cMessage.integer(2, self.sourceVersion)
        cMessage.string(3, self.name)
        cMessage.strings(4, self.emails)
        cMessage.messages(5, self.phones)
        cMessage.message(6, self.address)
        cMessage.string(7, self.timeZone)
        cMessage.string(8, self.locale)
        cMessage.string(9, self.segment)
        cMessage.messages(10, self.obligations)
        cMessage.messages(11, self.representatives)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.source = cMessage.string(0)
        self.externalId = cMessage.string(1)
        self.sourceVersion = cMessage.integer(2)
        self.name = cMessage.string(3)
        self.emails = cMessage.strings(4)
        self.phones = try cMessage.messages(5)
        self.address = try cMessage.message(6)
        self.timeZone = cMessage.string(7)
        self.locale = cMessage.string(8)
        self.segment = cMessage.string(9)
        self.obligations = try cMessage.messages(10)
        self.representatives = try cMessage.messages(11)
    }
}

extension V1.SyncResult: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SyncResult", fields: [
        "index", "source", "external_id", "outcome", "account_id", "stored_version", "violations"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.index)
        cMessage.string(1, self.source)
        cMessage.string(2, self.externalId)
        cMessage.enumeration(3, self.outcome)
        cMessage.string(4, self.accountId)
        cMessage.integer(5, self.storedVersion)
        cMessage.messages(6, self.violations)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.index = cMessage.integer(0)
        self.source = cMessage.string(1)
        self.externalId = cMessage.string(2)
        self.outcome = try cMessage.enumeration(3)
        self.accountId = cMessage.string(4)
        self.storedVersion = cMessage.integer(5)
        self.violations = try cMessage.messages(6)
    }
}

extension V1.Obligation: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Obligation", fields: [
        "external_id", "kind", "amount", "open_amount", "issued_on", "due_on", "days_past_due", "disputed", "stage"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.externalId)
        cMessage.enumeration(1, self.kind)
        cMessage.message(2, self.amount)
        cMessage.message(3, self.openAmount)
        cMessage.string(4, self.issuedOn)
        cMessage.string(5, self.dueOn)
        cMessage.integer(6, self.daysPastDue)
        cMessage.bool(7, self.disputed)
        cMessage.string(8, self.stage)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.externalId = cMessage.string(0)
        self.kind = try cMessage.enumeration(1)
        self.amount = try cMessage.message(2)
        self.openAmount = try cMessage.message(3)
        self.issuedOn = cMessage.string(4)
        self.dueOn = cMessage.string(5)
        self.daysPastDue = cMessage.integer(6)
        self.disputed = cMessage.bool(7)
        self.stage = cMessage.string(8)
    }
}

extension V1.ChannelPreference: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ChannelPreference", fields: [
        "channel", "opted_out", "source", "changed_by"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.channel)
        cMessage.bool(1, self.optedOut)
        cMessage.string(2, self.source)
        cMessage.message(3, self.changedBy)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.channel = try cMessage.enumeration(0)
        self.optedOut = cMessage.bool(1)
        self.source = cMessage.string(2)
        self.changedBy = try cMessage.message(3)
    }
}

extension V1.Account: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Account", fields: [
        "id", "source", "external_id", "source_version", "name", "emails", "phones", "address", "time_zone", "locale",
        "segment", "balances", "oldest_unpaid_due_on", "days_past_due", "holds", "channel_preferences",
        "inconvenient_times", "obligations", "recent_payments", "policy_id", "stage", "next_action_at", "placed_with",
        "payment_plan_id", "promise_id", "promises", "created_at", "updated_at", "representatives"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.source)
        cMessage.string(2, self.externalId)
        cMessage.integer(3, self.sourceVersion)
        cMessage.string(4, self.name)
        cMessage.strings(5, self.emails)
        cMessage.messages(6, self.phones)
        cMessage.message(7, self.address)
        cMessage.string(8, self.timeZone)
        cMessage.string(9, self.locale)
        cMessage.string(10, self.segment)
        cMessage.messages(11, self.balances)
        cMessage.string(12, self.oldestUnpaidDueOn)
        cMessage.integer(13, self.daysPastDue)
        cMessage.messages(14, self.holds)
        cMessage.messages(15, self.channelPreferences)
        cMessage.messages(16, self.inconvenientTimes)
        cMessage.messages(17, self.obligations)
        cMessage.messages(18, self.recentPayments)
        cMessage.string(19, self.policyId)
        cMessage.string(20, self.stage)
        cMessage.string(21, self.nextActionAt)
        cMessage.string(22, self.placedWith)
        cMessage.string(23, self.paymentPlanId)
        cMessage.string(24, self.promiseId)
        cMessage.message(25, self.promises)
        cMessage.string(26, self.createdAt)
        cMessage.string(27, self.updatedAt)
        cMessage.messages(28, self.representatives)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.source = cMessage.string(1)
        self.externalId = cMessage.string(2)
        self.sourceVersion = cMessage.integer(3)
        self.name = cMessage.string(4)
        self.emails = cMessage.strings(5)
        self.phones = try cMessage.messages(6)
        self.address = try cMessage.message(7)
        self.timeZone = cMessage.string(8)
        self.locale = cMessage.string(9)
        self.segment = cMessage.string(10)
        self.balances = try cMessage.messages(11)
        self.oldestUnpaidDueOn = cMessage.string(12)
        self.daysPastDue = cMessage.integer(13)
        self.holds = try cMessage.messages(14)
        self.channelPreferences = try cMessage.messages(15)
        self.inconvenientTimes = try cMessage.messages(16)
        self.obligations = try cMessage.messages(17)
        self.recentPayments = try cMessage.messages(18)
        self.policyId = cMessage.string(19)
        self.stage = cMessage.string(20)
        self.nextActionAt = cMessage.string(21)
        self.placedWith = cMessage.string(22)
        self.paymentPlanId = cMessage.string(23)
        self.promiseId = cMessage.string(24)
        self.promises = try cMessage.message(25)
        self.createdAt = cMessage.string(26)
        self.updatedAt = cMessage.string(27)
        self.representatives = try cMessage.messages(28)
    }
}

extension V1.SyncAccountsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SyncAccountsRequest", fields: ["accounts"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.accounts)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.accounts = try cMessage.messages(0)
    }
}

extension V1.SyncAccountsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SyncAccountsResponse", fields: [
        "results", "created_count", "updated_count", "unchanged_count", "stale_count", "rejected_count"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.results)
        cMessage.integer(1, self.createdCount)
        cMessage.integer(2, self.updatedCount)
        cMessage.integer(3, self.unchangedCount)
        cMessage.integer(4, self.staleCount)
        cMessage.integer(5, self.rejectedCount)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.results = try cMessage.messages(0)
        self.createdCount = cMessage.integer(1)
        self.updatedCount = cMessage.integer(2)
        self.unchangedCount = cMessage.integer(3)
        self.staleCount = cMessage.integer(4)
        self.rejectedCount = cMessage.integer(5)
    }
}

extension V1.GetAccountRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetAccountRequest", fields: ["account", "recent_payments"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.integer(1, self.recentPayments)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.recentPayments = cMessage.integer(1)
    }
}

extension V1.GetAccountResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetAccountResponse", fields: ["account"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
    }
}

extension V1.ListAccountsRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListAccountsRequest", fields: [
        "segment", "min_days_past_due", "hold", "stage", "source", "placed_with", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.segment)
        cMessage.integer(1, self.minDaysPastDue)
        cMessage.enumeration(2, self.hold)
        cMessage.string(3, self.stage)
        cMessage.string(4, self.source)
        cMessage.string(5, self.placedWith)
        cMessage.integer(6, self.pageSize)
        cMessage.string(7, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.segment = cMessage.string(0)
        self.minDaysPastDue = cMessage.integer(1)
        self.hold = try cMessage.enumeration(2)
        self.stage = cMessage.string(3)
        self.source = cMessage.string(4)
        self.placedWith = cMessage.string(5)
        self.pageSize = cMessage.integer(6)
        self.pageToken = cMessage.string(7)
    }
}

extension V1.ListAccountsResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListAccountsResponse", fields: ["accounts", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.accounts)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.accounts = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.SetHoldRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SetHoldRequest", fields: [
        "account", "kind", "obligation_external_id", "effective_on", "ends_on", "reason", "mental_health_crisis"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.enumeration(1, self.kind)
        cMessage.string(2, self.obligationExternalId)
        cMessage.string(3, self.effectiveOn)
        cMessage.string(4, self.endsOn)
        cMessage.string(5, self.reason)
        cMessage.bool(6, self.mentalHealthCrisis)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.kind = try cMessage.enumeration(1)
        self.obligationExternalId = cMessage.string(2)
        self.effectiveOn = cMessage.string(3)
        self.endsOn = cMessage.string(4)
        self.reason = cMessage.string(5)
        self.mentalHealthCrisis = cMessage.bool(6)
    }
}

extension V1.SetHoldResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SetHoldResponse", fields: [
        "hold", "created", "reminders_cancelled", "recalled"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.hold)
        cMessage.bool(1, self.created)
        cMessage.integer(2, self.remindersCancelled)
        cMessage.bool(3, self.recalled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.hold = try cMessage.message(0)
        self.created = cMessage.bool(1)
        self.remindersCancelled = cMessage.integer(2)
        self.recalled = cMessage.bool(3)
    }
}

extension V1.ClearHoldRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClearHoldRequest", fields: [
        "account", "hold_id", "kind", "obligation_external_id", "reason"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.string(1, self.holdId)
        cMessage.enumeration(2, self.kind)
        cMessage.string(3, self.obligationExternalId)
        cMessage.string(4, self.reason)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.holdId = cMessage.string(1)
        self.kind = try cMessage.enumeration(2)
        self.obligationExternalId = cMessage.string(3)
        self.reason = cMessage.string(4)
    }
}

extension V1.ClearHoldResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClearHoldResponse", fields: ["hold"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.hold)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.hold = try cMessage.message(0)
    }
}

extension V1.SetContactPreferenceRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SetContactPreferenceRequest", fields: [
        "account", "change", "channel", "phone_number", "source", "reason", "inconvenient_times"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.enumeration(1, self.change)
        cMessage.enumeration(2, self.channel)
        cMessage.string(3, self.phoneNumber)
        cMessage.string(4, self.source)
        cMessage.string(5, self.reason)
        cMessage.messages(6, self.inconvenientTimes)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.change = try cMessage.enumeration(1)
        self.channel = try cMessage.enumeration(2)
        self.phoneNumber = cMessage.string(3)
        self.source = cMessage.string(4)
        self.reason = cMessage.string(5)
        self.inconvenientTimes = try cMessage.messages(6)
    }
}

extension V1.SetContactPreferenceResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.SetContactPreferenceResponse", fields: [
        "account", "reminders_cancelled"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
        cMessage.integer(1, self.remindersCancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
        self.remindersCancelled = cMessage.integer(1)
    }
}

extension V1.GetPayTokenRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetPayTokenRequest", fields: ["account"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.account)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.account = try cMessage.message(0)
    }
}

extension V1.PayTokenResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PayTokenResponse", fields: ["account_id", "token", "payment_link"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.accountId)
        cMessage.string(1, self.token)
        cMessage.string(2, self.paymentLink)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.accountId = cMessage.string(0)
        self.token = cMessage.string(1)
        self.paymentLink = cMessage.string(2)
    }
}

extension V1.ResolvePayTokenRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ResolvePayTokenRequest", fields: ["token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.token)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.token = cMessage.string(0)
    }
}

extension V1.ResolvePayTokenResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ResolvePayTokenResponse", fields: [
        "account_id", "name", "external_id", "balances", "creditor", "rf_reference"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.accountId)
        cMessage.string(1, self.name)
        cMessage.string(2, self.externalId)
        cMessage.messages(3, self.balances)
        cMessage.string(4, self.creditor)
        cMessage.string(5, self.rfReference)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.accountId = cMessage.string(0)
        self.name = cMessage.string(1)
        self.externalId = cMessage.string(2)
        self.balances = try cMessage.messages(3)
        self.creditor = cMessage.string(4)
        self.rfReference = cMessage.string(5)
    }
}

extension V1.RevokePayTokenRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RevokePayTokenRequest", fields: ["account", "reason"])

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
