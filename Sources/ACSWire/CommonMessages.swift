// Swift mirrors of proto/acs/v1/common.proto (see `ProtoMessage`), plus the three
// frame.proto types that accounts and payments messages embed (Code, FieldViolation,
// Status). Property names are the proto field names in camelCase, letter for letter.

extension V1 {
    /// An amount of money: an integer count of minor units of one currency.
    public struct Money: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Money"

        /// The amount in minor units of the currency (cents for USD, yen for JPY).
        public var amountMinor: Int64 = 0
        /// The ISO 4217 alphabetic code, upper case, e.g. "USD", "EUR", "JPY".
        public var currency: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(amountMinor: Int64 = 0, currency: String = "") {
            self.amountMinor = amountMinor
            self.currency = currency
        }
    }

    /// Names one account: by acsd's account id, or by its source system's key.
    public struct AccountRef: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AccountRef"

        /// acsd's account id (Account.id).
        public var id: String = ""
        /// The source system's name (Account.source); used together with external_id.
        public var source: String = ""
        /// The account's id in that source system (Account.external_id).
        public var externalId: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(id: String = "", source: String = "", externalId: String = "") {
            self.id = id
            self.source = source
            self.externalId = externalId
        }
    }

    /// A contact channel: `acs.v1.Channel`, renamed so it does not hide NIOCore's `Channel`.
    public enum Channel: Int, Codable, Sendable, Hashable, CaseIterable {
        /// Not set; in a filter: every channel.
        case unspecified = 0
        /// Email to one of the account's addresses.
        case email = 1
        /// Text message to a phone number (needs SMS consent).
        case sms = 2
        /// Telephone call, automated or by a person (automated calls need voice consent).
        case voice = 3
        /// Paper letter to the postal address.
        case letter = 4
    }

    /// The kind of a hold: a legal or contractual reason to stop (part of) collection.
    public enum HoldKind: Int, Codable, Sendable, Hashable, CaseIterable {
        /// Not set; in a filter: any hold.
        case unspecified = 0
        /// The debtor disputes the debt, whole or one obligation (HOLD-DISPUTE).
        case dispute = 1
        /// The debtor asked in writing to stop contact or refused to pay (HOLD-CEASE).
        case cease = 2
        /// Bankruptcy filed; no collection of debt from before the filing (HOLD-BANKRUPTCY).
        case bankruptcy = 3
        /// The debtor is deceased; only the estate may be contacted (HOLD-DECEASED).
        case deceased = 4
        /// The debtor is represented by an attorney; no direct contact (HOLD-ATTORNEY).
        case attorney = 5
        /// UK breathing-space moratorium: no fees, interest or payment requests (UK-BREATHING-SPACE).
        case breathingSpace = 6
    }

    /// How urgent a reminder is; policies raise it as the debt ages.
    public enum Urgency: Int, Codable, Sendable, Hashable, CaseIterable {
        /// Not set; treated as URGENCY_NORMAL.
        case unspecified = 0
        /// A friendly note, e.g. before the due date.
        case low = 1
        /// A plain reminder.
        case normal = 2
        /// An urgent demand.
        case high = 3
        /// A final notice before escalation.
        case `final` = 4
    }

    /// Who made a call: the caller's peer credentials, taken from the socket (SO_PEERCRED).
    public struct Caller: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Caller"

        /// The caller's user id.
        public var uid: UInt32 = 0
        /// The caller's group id.
        public var gid: UInt32 = 0
        /// The caller's process id.
        public var pid: UInt32 = 0
        /// The caller's process name (from /proc), empty when unknown.
        public var processName: String = ""
        /// The user name of uid, empty when it has none.
        public var userName: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(uid: UInt32 = 0, gid: UInt32 = 0, pid: UInt32 = 0, processName: String = "", userName: String = "") {
            self.uid = uid
            self.gid = gid
            self.pid = pid
            self.processName = processName
            self.userName = userName
        }
    }

    /// A recorded change: who made it, when and why.
    public struct ChangeRecord: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ChangeRecord"

        /// The process that made the change.
        public var caller: Caller? = nil
        /// When the change was made, RFC 3339 UTC.
        public var at: String = ""
        /// Why, as given by the caller (free text).
        public var reason: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(caller: Caller? = nil, at: String = "", reason: String = "") {
            self.caller = caller
            self.at = at
            self.reason = reason
        }
    }

    /// Open amounts of one account (or one report row) in one currency.
    public struct Balance: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Balance"

        /// The ISO 4217 code these amounts are in.
        public var currency: String = ""
        /// Sum of the open amounts of all obligations (due or not).
        public var outstanding: Money? = nil
        /// The part of outstanding whose due date has passed.
        public var overdue: Money? = nil
        /// Payments not allocated to any obligation (overpayment), owed back or kept for future obligations.
        public var credit: Money? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(currency: String = "", outstanding: Money? = nil, overdue: Money? = nil, credit: Money? = nil) {
            self.currency = currency
            self.outstanding = outstanding
            self.overdue = overdue
            self.credit = credit
        }
    }

    /// A postal address, for letters and placement files.
    public struct PostalAddress: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PostalAddress"

        /// Street lines, first to last (street, number, building, c/o ...).
        public var lines: [String] = []
        /// City or town.
        public var locality: String = ""
        /// State, province or county, empty where not used.
        public var region: String = ""
        /// Postal or ZIP code.
        public var postalCode: String = ""
        /// ISO 3166-1 alpha-2 country code, e.g. "US", "GB", "DE".
        public var country: String = ""
        /// IANA time zone the address implies, e.g. "America/Chicago"; empty when unknown.
        public var timeZone: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            lines: [String] = [],
            locality: String = "",
            region: String = "",
            postalCode: String = "",
            country: String = "",
            timeZone: String = ""
        ) {
            self.lines = lines
            self.locality = locality
            self.region = region
            self.postalCode = postalCode
            self.country = country
            self.timeZone = timeZone
        }
    }

    /// A phone number of a debtor, with its consent for automated contact.
    public struct Phone: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Phone"

        /// The number in E.164 form, e.g. "+14155550123".
        public var number: String = ""
        /// Consent to automated text messages to this number (CONSENT-SMS-VOICE).
        public var smsConsent: Bool = false
        /// Consent to automated or prerecorded calls to this number (CONSENT-SMS-VOICE).
        public var voiceConsent: Bool = false
        /// Where the consent (or its revocation) came from, e.g. "STOP reply"; free text.
        public var consentSource: String = ""
        /// When the consent last changed, RFC 3339 UTC; empty when it came from a sync and never changed in acsd.
        public var consentChangedAt: String = ""
        /// IANA time zone the number implies, e.g. from its area code; empty when unknown.
        public var timeZone: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            number: String = "",
            smsConsent: Bool = false,
            voiceConsent: Bool = false,
            consentSource: String = "",
            consentChangedAt: String = "",
            timeZone: String = ""
        ) {
            self.number = number
            self.smsConsent = smsConsent
            self.voiceConsent = voiceConsent
            self.consentSource = consentSource
            self.consentChangedAt = consentChangedAt
            self.timeZone = timeZone
        }
    }

    /// A time of day the debtor declared inconvenient for contact (TIME-DECLARED), in the account's time zone.
    public struct InconvenientTime: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.InconvenientTime"

        /// Start of the period, "HH:MM" (24-hour), inclusive.
        public var startTime: String = ""
        /// End of the period, "HH:MM", exclusive.
        public var endTime: String = ""
        /// ISO weekdays the period applies to (1 Monday ... 7 Sunday); empty means every day.
        public var weekdays: [UInt32] = []

        /// Creates a message; every field defaults to its proto default.
        public init(startTime: String = "", endTime: String = "", weekdays: [UInt32] = []) {
            self.startTime = startTime
            self.endTime = endTime
            self.weekdays = weekdays
        }
    }

    /// A hold on an account or on one of its obligations.
    public struct Hold: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Hold"

        /// acsd's id of the hold.
        public var id: String = ""
        /// What kind of hold.
        public var kind: HoldKind = .unspecified
        /// For a dispute of one obligation: that obligation's external id.
        public var obligationExternalId: String = ""
        /// The day the hold takes effect from, "YYYY-MM-DD"; empty means the day it was set.
        public var effectiveOn: String = ""
        /// The day the hold ends by itself, "YYYY-MM-DD", exclusive; empty means until cleared.
        public var endsOn: String = ""
        /// True while the hold is in force (not cleared, not ended).
        public var active: Bool = false
        /// Who set the hold, when and why.
        public var setBy: ChangeRecord? = nil
        /// Who cleared the hold, when and why; absent while it has not been cleared.
        public var clearedBy: ChangeRecord? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            kind: HoldKind = .unspecified,
            obligationExternalId: String = "",
            effectiveOn: String = "",
            endsOn: String = "",
            active: Bool = false,
            setBy: ChangeRecord? = nil,
            clearedBy: ChangeRecord? = nil
        ) {
            self.id = id
            self.kind = kind
            self.obligationExternalId = obligationExternalId
            self.effectiveOn = effectiveOn
            self.endsOn = endsOn
            self.active = active
            self.setBy = setBy
            self.clearedBy = clearedBy
        }
    }

    /// An exact ratio, numerator / denominator, so that reports need no floating point.
    public struct Ratio: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Ratio"

        /// The numerator.
        public var numerator: Int64 = 0
        /// The denominator; 0 means the ratio is undefined (nothing to measure).
        public var denominator: Int64 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(numerator: Int64 = 0, denominator: Int64 = 0) {
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// Counts of promises to pay and the share kept.
    public struct PromiseStats: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PromiseStats"

        /// Promises still waiting for their date (plus grace).
        public var pending: UInt64 = 0
        /// Promises kept: covered by payments by their date plus the grace period.
        public var kept: UInt64 = 0
        /// Promises broken: not covered in time.
        public var broken: UInt64 = 0
        /// Promises cancelled or replaced before they were decided.
        public var cancelled: UInt64 = 0
        /// kept / (kept + broken).
        public var keptRate: Ratio? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(
            pending: UInt64 = 0,
            kept: UInt64 = 0,
            broken: UInt64 = 0,
            cancelled: UInt64 = 0,
            keptRate: Ratio? = nil
        ) {
            self.pending = pending
            self.kept = kept
            self.broken = broken
            self.cancelled = cancelled
            self.keptRate = keptRate
        }
    }

    // MARK: - frame.proto types embedded in service messages

    /// Status codes: gRPC's codes with the same numbers and meanings.
    public enum Code: Int, Codable, Sendable, Hashable, CaseIterable {
        /// Success.
        case ok = 0
        /// The call was cancelled, typically by the caller.
        case cancelled = 1
        /// An error with no better code.
        case unknown = 2
        /// The request is malformed; see Status.violations.
        case invalidArgument = 3
        /// The call's deadline (timeout_ms) passed first.
        case deadlineExceeded = 4
        /// A named entity (account, payment, ...) does not exist.
        case notFound = 5
        /// The entity to create exists already.
        case alreadyExists = 6
        /// The caller's role does not allow this method.
        case permissionDenied = 7
        /// A limit was hit: frame size, disk space, quota.
        case resourceExhausted = 8
        /// The system is not in a state that allows the call.
        case failedPrecondition = 9
        /// A conflict, e.g. an idempotency key reused with other content.
        case aborted = 10
        /// A value lies outside its valid range.
        case outOfRange = 11
        /// The method is unknown or not implemented by this server.
        case unimplemented = 12
        /// An invariant broke inside the server.
        case `internal` = 13
        /// The server cannot serve now (shutting down, storage down); retry later.
        case unavailable = 14
        /// Unrecoverable data loss or corruption.
        case dataLoss = 15
        /// The caller could not be identified.
        case unauthenticated = 16
    }

    /// One invalid field of a request.
    public struct FieldViolation: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.FieldViolation"

        /// Path of the field in the request message, e.g. "accounts[3].obligations[0].currency".
        public var field: String = ""
        /// Why the value was refused, for a person to read.
        public var description: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(field: String = "", description: String = "") {
            self.field = field
            self.description = description
        }
    }

    /// The outcome of a call.
    public struct Status: ProtoMessage, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Status"

        /// The status code (see Code).
        public var code: Code = .ok
        /// A message for a person: what went wrong and, where it helps, what to do.
        public var message: String = ""
        /// For INVALID_ARGUMENT: every field that was refused.
        public var violations: [FieldViolation] = []

        /// Creates a message; every field defaults to its proto default.
        public init(code: Code = .ok, message: String = "", violations: [FieldViolation] = []) {
            self.code = code
            self.message = message
            self.violations = violations
        }
    }
}
