// proto/acs/v1/common.proto in Swift: its enums and messages as `V1` mirrors with their protobuf-c
// code (`ProtoCodable`), and the typed methods of its services.
// Generated from the compiled descriptors by scripts/proto/gen-swift.py: do not edit; run 'make proto'.

extension V1 {
    /// An amount of money: an integer count of minor units of one currency.
    public struct Money: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Money"

        /// The amount in minor units of the currency: cents for USD (2 decimals), yen for JPY (0 decimals), fils for BHD (3 decimals). 1234 USD means 12.34 USD.
        public var amountMinor: Int64 = 0
        /// The ISO 4217 alphabetic code, upper case, e.g. "USD", "EUR", "JPY".
        public var currency: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(amountMinor: Int64 = 0, currency: String = "") {
            self.amountMinor = amountMinor
            self.currency = currency
        }
    }

    /// Names one account in a request: by acsd's account id, by the key of the source system it came from, or by its pay-link token.
    public struct AccountRef: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AccountRef"

        /// acsd's account id (Account.id).
        public var id: String = ""
        /// The source system's name (Account.source); used together with external_id.
        public var source: String = ""
        /// The account's id in that source system (Account.external_id).
        public var externalId: String = ""
        /// The account's pay-link token (Accounts.GetPayToken), alone.
        public var payToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(id: String = "", source: String = "", externalId: String = "", payToken: String = "") {
            self.id = id
            self.source = source
            self.externalId = externalId
            self.payToken = payToken
        }
    }

    /// A contact channel.
    public enum Channel: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
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

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .email: "email"
            case .sms: "sms"
            case .voice: "voice"
            case .letter: "letter"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// The kind of a hold: a legal or contractual reason to stop (part of) collection.
    public enum HoldKind: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
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

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .dispute: "dispute"
            case .cease: "cease"
            case .bankruptcy: "bankruptcy"
            case .deceased: "deceased"
            case .attorney: "attorney"
            case .breathingSpace: "breathing_space"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// How urgent a reminder is; policies raise it as the debt ages.
    public enum Urgency: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
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

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .low: "low"
            case .normal: "normal"
            case .high: "high"
            case .`final`: "final"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// Who made a call: the peer credentials of the calling process, which acsd takes from the socket (SO_PEERCRED), never from the request.
    public struct Caller: Codable, Sendable, Hashable {
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
    public struct ChangeRecord: Codable, Sendable, Hashable {
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
    public struct Balance: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Balance"

        /// The ISO 4217 code these amounts are in.
        public var currency: String = ""
        /// Sum of the open amounts of all obligations (due or not).
        public var outstanding: Money? = nil
        /// The part of outstanding whose due date has passed.
        public var overdue: Money? = nil
        /// Payments not allocated to any obligation (overpayment), owed back or kept for future obligations: the next cycle applies it to what falls open.
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
    public struct PostalAddress: Codable, Sendable, Hashable {
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
        /// IANA time zone the address implies, e.g. "America/Chicago", empty when unknown; a candidate zone for the TIME-UNKNOWN rule.
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
    public struct Phone: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Phone"

        /// The number in E.164 form, e.g. "+14155550123".
        public var number: String = ""
        /// Consent to automated text messages to this number (CONSENT-SMS-VOICE).
        public var smsConsent: Bool = false
        /// Consent to automated or prerecorded calls to this number (CONSENT-SMS-VOICE).
        public var voiceConsent: Bool = false
        /// Where the consent (or its revocation) came from, e.g. "signup form 2025-04-02", "STOP reply", "phone call"; free text.
        public var consentSource: String = ""
        /// When the consent last changed, RFC 3339 UTC; empty when it came from a sync and never changed in acsd.
        public var consentChangedAt: String = ""
        /// IANA time zone the number implies, e.g. from its area code, empty when unknown; a candidate zone for the TIME-UNKNOWN rule.
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

    /// Whom a representative acts as.
    public enum ContactRole: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        case unspecified = 0
        /// The debtor's attorney: under HOLD_KIND_ATTORNEY communication goes to them only.
        case attorney = 1
        /// The estate's representative: under HOLD_KIND_DECEASED communication goes to them only.
        case estateRepresentative = 2

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .attorney: "attorney"
            case .estateRepresentative: "estate_representative"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// A person acting for the debtor, reached by email or letter (never by automated texts or calls).
    public struct Representative: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Representative"

        /// Required. Whom they act as.
        public var role: ContactRole = .unspecified
        /// Required. Their name, e.g. a law firm or an executor.
        public var name: String = ""
        /// Their email address; an email or an address is required.
        public var email: String = ""
        /// Their postal address, for letters.
        public var address: PostalAddress? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(
            role: ContactRole = .unspecified,
            name: String = "",
            email: String = "",
            address: PostalAddress? = nil
        ) {
            self.role = role
            self.name = name
            self.email = email
            self.address = address
        }
    }

    /// A time of day the debtor declared inconvenient for contact (TIME-DECLARED), in the account's time zone.
    public struct InconvenientTime: Codable, Sendable, Hashable {
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
    public struct Hold: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Hold"

        /// acsd's id of the hold.
        public var id: String = ""
        /// What kind of hold.
        public var kind: HoldKind = .unspecified
        /// For a dispute of one obligation: that obligation's external id.
        public var obligationExternalId: String = ""
        /// The day the hold takes effect from, "YYYY-MM-DD" (e.g. the bankruptcy filing date); empty means the day it was set.
        public var effectiveOn: String = ""
        /// The day the hold ends by itself, "YYYY-MM-DD" (e.g. the end of a breathing space), exclusive; empty means it lasts until cleared.
        public var endsOn: String = ""
        /// True while the hold is in force (not cleared, not ended).
        public var active: Bool = false
        /// Who set the hold, when and why.
        public var setBy: ChangeRecord? = nil
        /// Who cleared the hold, when and why; absent while it has not been cleared.
        public var clearedBy: ChangeRecord? = nil
        /// A mental health crisis breathing space (see SetHoldRequest).
        public var mentalHealthCrisis: Bool = false
        /// For a dispute recorded inside the validation period (VALIDATION, us profile): the period's last day, "YYYY-MM-DD".
        public var validationEndsOn: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            kind: HoldKind = .unspecified,
            obligationExternalId: String = "",
            effectiveOn: String = "",
            endsOn: String = "",
            active: Bool = false,
            setBy: ChangeRecord? = nil,
            clearedBy: ChangeRecord? = nil,
            mentalHealthCrisis: Bool = false,
            validationEndsOn: String = ""
        ) {
            self.id = id
            self.kind = kind
            self.obligationExternalId = obligationExternalId
            self.effectiveOn = effectiveOn
            self.endsOn = endsOn
            self.active = active
            self.setBy = setBy
            self.clearedBy = clearedBy
            self.mentalHealthCrisis = mentalHealthCrisis
            self.validationEndsOn = validationEndsOn
        }
    }

    /// An exact ratio, numerator / denominator, so that reports need no floating point.
    public struct Ratio: Codable, Sendable, Hashable {
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
    public struct PromiseStats: Codable, Sendable, Hashable {
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
}

extension V1.Money: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Money", fields: ["amount_minor", "currency"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.amountMinor)
        cMessage.string(1, self.currency)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.amountMinor = cMessage.integer(0)
        self.currency = cMessage.string(1)
    }
}

extension V1.AccountRef: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AccountRef", fields: ["id", "source", "external_id", "pay_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.source)
        cMessage.string(2, self.externalId)
        cMessage.string(3, self.payToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.source = cMessage.string(1)
        self.externalId = cMessage.string(2)
        self.payToken = cMessage.string(3)
    }
}

extension V1.Caller: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Caller", fields: ["uid", "gid", "pid", "process_name", "user_name"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.uid)
        cMessage.integer(1, self.gid)
        cMessage.integer(2, self.pid)
        cMessage.string(3, self.processName)
        cMessage.string(4, self.userName)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.uid = cMessage.integer(0)
        self.gid = cMessage.integer(1)
        self.pid = cMessage.integer(2)
        self.processName = cMessage.string(3)
        self.userName = cMessage.string(4)
    }
}

extension V1.ChangeRecord: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ChangeRecord", fields: ["caller", "at", "reason"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.caller)
        cMessage.string(1, self.at)
        cMessage.string(2, self.reason)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.caller = try cMessage.message(0)
        self.at = cMessage.string(1)
        self.reason = cMessage.string(2)
    }
}

extension V1.Balance: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Balance", fields: ["currency", "outstanding", "overdue", "credit"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.currency)
        cMessage.message(1, self.outstanding)
        cMessage.message(2, self.overdue)
        cMessage.message(3, self.credit)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.currency = cMessage.string(0)
        self.outstanding = try cMessage.message(1)
        self.overdue = try cMessage.message(2)
        self.credit = try cMessage.message(3)
    }
}

extension V1.PostalAddress: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PostalAddress", fields: [
        "lines", "locality", "region", "postal_code", "country", "time_zone"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.strings(0, self.lines)
        cMessage.string(1, self.locality)
        cMessage.string(2, self.region)
        cMessage.string(3, self.postalCode)
        cMessage.string(4, self.country)
        cMessage.string(5, self.timeZone)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.lines = cMessage.strings(0)
        self.locality = cMessage.string(1)
        self.region = cMessage.string(2)
        self.postalCode = cMessage.string(3)
        self.country = cMessage.string(4)
        self.timeZone = cMessage.string(5)
    }
}

extension V1.Phone: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Phone", fields: [
        "number", "sms_consent", "voice_consent", "consent_source", "consent_changed_at", "time_zone"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.number)
        cMessage.bool(1, self.smsConsent)
        cMessage.bool(2, self.voiceConsent)
        cMessage.string(3, self.consentSource)
        cMessage.string(4, self.consentChangedAt)
        cMessage.string(5, self.timeZone)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.number = cMessage.string(0)
        self.smsConsent = cMessage.bool(1)
        self.voiceConsent = cMessage.bool(2)
        self.consentSource = cMessage.string(3)
        self.consentChangedAt = cMessage.string(4)
        self.timeZone = cMessage.string(5)
    }
}

extension V1.Representative: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Representative", fields: ["role", "name", "email", "address"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.role)
        cMessage.string(1, self.name)
        cMessage.string(2, self.email)
        cMessage.message(3, self.address)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.role = try cMessage.enumeration(0)
        self.name = cMessage.string(1)
        self.email = cMessage.string(2)
        self.address = try cMessage.message(3)
    }
}

extension V1.InconvenientTime: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.InconvenientTime", fields: ["start_time", "end_time", "weekdays"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.startTime)
        cMessage.string(1, self.endTime)
        cMessage.integers(2, self.weekdays)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.startTime = cMessage.string(0)
        self.endTime = cMessage.string(1)
        self.weekdays = cMessage.integers(2)
    }
}

extension V1.Hold: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Hold", fields: [
        "id", "kind", "obligation_external_id", "effective_on", "ends_on", "active", "set_by", "cleared_by",
        "mental_health_crisis", "validation_ends_on"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.enumeration(1, self.kind)
        cMessage.string(2, self.obligationExternalId)
        cMessage.string(3, self.effectiveOn)
        cMessage.string(4, self.endsOn)
        cMessage.bool(5, self.active)
        cMessage.message(6, self.setBy)
        cMessage.message(7, self.clearedBy)
        cMessage.bool(8, self.mentalHealthCrisis)
        cMessage.string(9, self.validationEndsOn)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.kind = try cMessage.enumeration(1)
        self.obligationExternalId = cMessage.string(2)
        self.effectiveOn = cMessage.string(3)
        self.endsOn = cMessage.string(4)
        self.active = cMessage.bool(5)
        self.setBy = try cMessage.message(6)
        self.clearedBy = try cMessage.message(7)
        self.mentalHealthCrisis = cMessage.bool(8)
        self.validationEndsOn = cMessage.string(9)
    }
}

extension V1.Ratio: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Ratio", fields: ["numerator", "denominator"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.numerator)
        cMessage.integer(1, self.denominator)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.numerator = cMessage.integer(0)
        self.denominator = cMessage.integer(1)
    }
}

extension V1.PromiseStats: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PromiseStats", fields: [
        "pending", "kept", "broken", "cancelled", "kept_rate"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.integer(0, self.pending)
        cMessage.integer(1, self.kept)
        cMessage.integer(2, self.broken)
        cMessage.integer(3, self.cancelled)
        cMessage.message(4, self.keptRate)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.pending = cMessage.integer(0)
        self.kept = cMessage.integer(1)
        self.broken = cMessage.integer(2)
        self.cancelled = cMessage.integer(3)
        self.keptRate = try cMessage.message(4)
    }
}
