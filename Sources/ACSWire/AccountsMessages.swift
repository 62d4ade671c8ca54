// Swift mirrors of proto/acs/v1/accounts.proto (see `ProtoMessage`) and the typed
// `Methods.Accounts` methods. Property names are the proto field names in camelCase.

extension V1 {
    /// The kind of an obligation.
    public enum ObligationKind: Int, Codable, Sendable, Hashable, CaseIterable {
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
    }

    /// The outcome of one record of a SyncAccounts batch.
    public enum SyncOutcome: Int, Codable, Sendable, Hashable, CaseIterable {
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
    }

    /// A contact-preference change.
    public enum ContactChange: Int, Codable, Sendable, Hashable, CaseIterable {
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
    }

    /// One obligation as a source system sends it.
    public struct ObligationRecord: ProtoMessage, Hashable {
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
    public struct AccountRecord: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AccountRecord"

        /// Required. The source system's name, e.g. "billing", "crm-eu".
        public var source: String = ""
        /// Required. The account's id in that source system.
        public var externalId: String = ""
        /// Required (> 0). The snapshot's version in the source; grows with every change there.
        public var sourceVersion: UInt64 = 0
        /// Required. The debtor's name as it should appear in reminders.
        public var name: String = ""
        /// Email addresses, preferred first.
        public var emails: [String] = []
        /// Phone numbers with their consent, preferred first.
        public var phones: [Phone] = []
        /// The postal address, for letters; absent when unknown.
        public var address: PostalAddress? = nil
        /// The debtor's IANA time zone, e.g. "America/New_York"; empty when unknown.
        public var timeZone: String = ""
        /// The debtor's locale, BCP 47, e.g. "en-US", "de-DE"; empty: the configured default.
        public var locale: String = ""
        /// The segment that chooses the policy, e.g. "consumer", "b2b"; empty: the default.
        public var segment: String = ""
        /// The account's obligations in the source.
        public var obligations: [ObligationRecord] = []

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
            obligations: [ObligationRecord] = []
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
        }
    }

    /// The outcome of one record of a SyncAccounts batch.
    public struct SyncResult: ProtoMessage, Hashable {
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
    public struct Obligation: ProtoMessage, Hashable {
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
    public struct ChannelPreference: ProtoMessage, Hashable {
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
    public struct Account: ProtoMessage, Hashable {
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
        /// Days past due today, counted from oldest_unpaid_due_on; 0 when nothing is overdue.
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
            updatedAt: String = ""
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
        }
    }

    /// Request of Accounts.SyncAccounts.
    public struct SyncAccountsRequest: ProtoMessage, Hashable {
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
    public struct SyncAccountsResponse: ProtoMessage, Hashable {
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
    public struct GetAccountRequest: ProtoMessage, Hashable {
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
    public struct GetAccountResponse: ProtoMessage, Hashable {
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
    public struct ListAccountsRequest: ProtoMessage, Hashable {
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
    public struct ListAccountsResponse: ProtoMessage, Hashable {
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
    public struct SetHoldRequest: ProtoMessage, Hashable {
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

        /// Creates a message; every field defaults to its proto default.
        public init(
            account: AccountRef? = nil,
            kind: HoldKind = .unspecified,
            obligationExternalId: String = "",
            effectiveOn: String = "",
            endsOn: String = "",
            reason: String = ""
        ) {
            self.account = account
            self.kind = kind
            self.obligationExternalId = obligationExternalId
            self.effectiveOn = effectiveOn
            self.endsOn = endsOn
            self.reason = reason
        }
    }

    /// Response of Accounts.SetHold.
    public struct SetHoldResponse: ProtoMessage, Hashable {
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
    public struct ClearHoldRequest: ProtoMessage, Hashable {
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
    public struct ClearHoldResponse: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ClearHoldResponse"

        /// The hold, now inactive, with cleared_by set.
        public var hold: Hold? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(hold: Hold? = nil) {
            self.hold = hold
        }
    }

    /// Request of Accounts.SetContactPreference.
    public struct SetContactPreferenceRequest: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.SetContactPreferenceRequest"

        /// Required. The account.
        public var account: AccountRef? = nil
        /// Required. What changes.
        public var change: ContactChange = .unspecified
        /// The channel: required for OPT_OUT and OPT_IN; SMS or VOICE for consent changes.
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
    public struct SetContactPreferenceResponse: ProtoMessage, Hashable {
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
}

extension Methods {
    /// The `acs.v1.Accounts` methods.
    public enum Accounts {
        private static let service = "acs.v1.Accounts"
        /// Upserts a batch of accounts from a source system.
        public static let syncAccounts = RPCMethod<V1.SyncAccountsRequest, V1.SyncAccountsResponse>(service: service, name: "SyncAccounts")
        /// One account in full: balances, holds, contact preferences, obligations, recent payments.
        public static let getAccount = RPCMethod<V1.GetAccountRequest, V1.GetAccountResponse>(service: service, name: "GetAccount")
        /// Accounts matching filters, ordered by id, with cursor pagination.
        public static let listAccounts = RPCMethod<V1.ListAccountsRequest, V1.ListAccountsResponse>(service: service, name: "ListAccounts")
        /// Sets a hold on an account (or a dispute on one obligation).
        public static let setHold = RPCMethod<V1.SetHoldRequest, V1.SetHoldResponse>(service: service, name: "SetHold")
        /// Clears a hold.
        public static let clearHold = RPCMethod<V1.ClearHoldRequest, V1.ClearHoldResponse>(service: service, name: "ClearHold")
        /// Changes a contact preference: opt-out or opt-in, phone consent, inconvenient times.
        public static let setContactPreference = RPCMethod<V1.SetContactPreferenceRequest, V1.SetContactPreferenceResponse>(service: service, name: "SetContactPreference")
    }
}
