// proto/acs/v1/reminders.proto in Swift: its enums and messages as `V1` mirrors with their protobuf-c
// code (`ProtoCodable`), and the typed methods of its services.
// Generated from the compiled descriptors by scripts/proto/gen-swift.py: do not edit; run 'make proto'.

extension V1 {
    /// Where a reminder is in its life.
    public enum ReminderStatus: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; in a filter: see ListDueRemindersRequest.statuses.
        case unspecified = 0
        /// In the outbox, waiting for its window (or for a retry).
        case scheduled = 1
        /// In the outbox, moved later by the gate (see rule_id).
        case deferred = 2
        /// Held by a claimer under a lease.
        case claimed = 3
        /// Delivered (outcome DELIVERED or CONVERSATION). Final.
        case delivered = 4
        /// Failed permanently, out of retries, or opted out. Final.
        case failed = 5
        /// Cancelled before it was claimed (see cancel_reason). Final.
        case cancelled = 6
        /// Refused by the gate for good (see rule_id). Final.
        case suppressed = 7

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .scheduled: "scheduled"
            case .deferred: "deferred"
            case .claimed: "claimed"
            case .delivered: "delivered"
            case .failed: "failed"
            case .cancelled: "cancelled"
            case .suppressed: "suppressed"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// What a delivery service reports for a claimed reminder.
    public enum ReminderOutcome: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; refused in CompleteReminder.
        case unspecified = 0
        /// Handed over: email accepted, SMS sent, letter posted, voicemail left.
        case delivered = 1
        /// A temporary failure: retried with backoff up to the configured limit, then FAILED.
        case failed = 2
        /// Will never work: bounce, invalid number, undeliverable address.
        case failedPermanently = 3
        /// A voice call reached the debtor and a conversation took place (CALL-CONVERSATION).
        case conversation = 4
        /// The recipient opted out (e.g. a STOP reply): the channel is opted out at once.
        case optedOut = 5

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .delivered: "delivered"
            case .failed: "failed"
            case .failedPermanently: "failed_permanently"
            case .conversation: "conversation"
            case .optedOut: "opted_out"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// Why a reminder was cancelled.
    public enum CancelReason: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not cancelled.
        case unspecified = 0
        /// A payment was posted (the engine re-evaluates what is still owed).
        case payment = 1
        /// A hold was set.
        case hold = 2
        /// The channel was opted out.
        case optOut = 3
        /// Consent for the number was revoked.
        case consentRevoked = 4
        /// A promise to pay was recorded; reminders pause.
        case promise = 5
        /// A payment plan was created.
        case paymentPlan = 6
        /// The account was placed with an agency.
        case placement = 7
        /// The policy in force changed and no longer owes the reminder.
        case policyChange = 8
        /// A validation notice not sent on the day its period was counted from; the next cycle makes a new one.
        case stale = 9
        /// The account's pay link was revoked: the next cycle renders it again with the new one.
        case payTokenRevoked = 10

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .payment: "payment"
            case .hold: "hold"
            case .optOut: "opt_out"
            case .consentRevoked: "consent_revoked"
            case .promise: "promise"
            case .paymentPlan: "payment_plan"
            case .placement: "placement"
            case .policyChange: "policy_change"
            case .stale: "stale"
            case .payTokenRevoked: "pay_token_revoked"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// Where the compliance gate looked at a reminder.
    public enum GateCheckpoint: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set.
        case unspecified = 0
        /// When the engine created the reminder.
        case schedule = 1
        /// When a delivery service claimed it.
        case claim = 2

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .schedule: "schedule"
            case .claim: "claim"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// What the compliance gate decided.
    public enum GateVerdict: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set.
        case unspecified = 0
        /// Allowed at the proposed time.
        case allow = 1
        /// Deferred to a later instant (deferred_until).
        case `defer` = 2
        /// Suppressed for good.
        case suppress = 3

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .allow: "allow"
            case .`defer`: "defer"
            case .suppress: "suppress"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// One decision of the compliance gate about a reminder.
    public struct GateDecision: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GateDecision"

        /// When the decision was made, RFC 3339 UTC.
        public var at: String = ""
        /// Where in the reminder's life.
        public var checkpoint: GateCheckpoint = .unspecified
        /// The verdict.
        public var verdict: GateVerdict = .unspecified
        /// For DEFER and SUPPRESS: the COMPLIANCE.md rule id that decided, e.g. "TIME-WINDOW".
        public var ruleId: String = ""
        /// For DEFER: the next allowed instant, RFC 3339 UTC.
        public var deferredUntil: String = ""
        /// Details for people, e.g. "20:15 in America/Los_Angeles is inside the window but 23:15 in America/New_York is not".
        public var detail: String = ""
        /// The zones the contact window was judged in: one under TIME-WINDOW, every candidate (the account's, the address's, each number's; every zone of the profile when one is unknown) under TIME-UNKNOWN; none for letters.
        public var zones: [String] = []

        /// Creates a message; every field defaults to its proto default.
        public init(
            at: String = "",
            checkpoint: GateCheckpoint = .unspecified,
            verdict: GateVerdict = .unspecified,
            ruleId: String = "",
            deferredUntil: String = "",
            detail: String = "",
            zones: [String] = []
        ) {
            self.at = at
            self.checkpoint = checkpoint
            self.verdict = verdict
            self.ruleId = ruleId
            self.deferredUntil = deferredUntil
            self.detail = detail
            self.zones = zones
        }
    }

    /// A reminder in the outbox.
    public struct Reminder: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Reminder"

        /// acsd's id of the reminder.
        public var id: String = ""
        /// acsd's id of the account.
        public var accountId: String = ""
        /// The channel it goes out on.
        public var channel: Channel = .unspecified
        /// Where it is in its life.
        public var status: ReminderStatus = .unspecified
        /// The policy that owed it.
        public var policyId: String = ""
        /// The policy stage that owed it.
        public var stage: String = ""
        /// The template it was rendered from.
        public var templateName: String = ""
        /// The locale it was rendered in, BCP 47.
        public var locale: String = ""
        /// How urgent it is.
        public var urgency: Urgency = .unspecified
        /// The recipient's name.
        public var recipientName: String = ""
        /// The address: an email address (EMAIL), an E.164 number (SMS, VOICE); empty for LETTER (see postal_address).
        public var recipient: String = ""
        /// For LETTER: the postal address.
        public var postalAddress: PostalAddress? = nil
        /// The recipient's IANA time zone used for the send window; empty when unknown.
        public var timeZone: String = ""
        /// The rendered subject (EMAIL, LETTER); empty for other channels.
        public var subject: String = ""
        /// The rendered plain text: the email's text part, the SMS, the voice script, the letter's text.
        public var bodyText: String = ""
        /// The rendered HTML (EMAIL, optionally LETTER); empty when the template has none.
        public var bodyHtml: String = ""
        /// Start of the send window, RFC 3339 UTC: it may not go out before.
        public var windowStart: String = ""
        /// End of the send window, RFC 3339 UTC: it may not go out at or after.
        public var windowEnd: String = ""
        /// When the engine created it, RFC 3339 UTC.
        public var createdAt: String = ""
        /// Delivery attempts made so far (claims that ended in an outcome or a lost lease).
        public var attempts: UInt32 = 0
        /// While CLAIMED: the claimer's name, as given in ClaimReminders.
        public var claimedBy: String = ""
        /// While CLAIMED: the token that proves the lease, to give in CompleteReminder.
        public var leaseToken: String = ""
        /// While CLAIMED: when the lease ends, RFC 3339 UTC.
        public var leaseExpiresAt: String = ""
        /// The last outcome reported; UNSPECIFIED when none.
        public var outcome: ReminderOutcome = .unspecified
        /// The detail given with the last outcome (error text, provider message id).
        public var outcomeDetail: String = ""
        /// When it reached a final status, RFC 3339 UTC; empty while open.
        public var finishedAt: String = ""
        /// For CANCELLED: why.
        public var cancelReason: CancelReason = .unspecified
        /// For DEFERRED and SUPPRESSED: the rule id of the gate decision that did it.
        public var ruleId: String = ""
        /// Every gate decision about it, oldest first; only in GetReminder.
        public var gateDecisions: [GateDecision] = []
        /// For a validation notice (VALIDATION, us profile): what it itemizes and the period it states; absent on other reminders.
        public var validation: ValidationNotice? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            accountId: String = "",
            channel: Channel = .unspecified,
            status: ReminderStatus = .unspecified,
            policyId: String = "",
            stage: String = "",
            templateName: String = "",
            locale: String = "",
            urgency: Urgency = .unspecified,
            recipientName: String = "",
            recipient: String = "",
            postalAddress: PostalAddress? = nil,
            timeZone: String = "",
            subject: String = "",
            bodyText: String = "",
            bodyHtml: String = "",
            windowStart: String = "",
            windowEnd: String = "",
            createdAt: String = "",
            attempts: UInt32 = 0,
            claimedBy: String = "",
            leaseToken: String = "",
            leaseExpiresAt: String = "",
            outcome: ReminderOutcome = .unspecified,
            outcomeDetail: String = "",
            finishedAt: String = "",
            cancelReason: CancelReason = .unspecified,
            ruleId: String = "",
            gateDecisions: [GateDecision] = [],
            validation: ValidationNotice? = nil
        ) {
            self.id = id
            self.accountId = accountId
            self.channel = channel
            self.status = status
            self.policyId = policyId
            self.stage = stage
            self.templateName = templateName
            self.locale = locale
            self.urgency = urgency
            self.recipientName = recipientName
            self.recipient = recipient
            self.postalAddress = postalAddress
            self.timeZone = timeZone
            self.subject = subject
            self.bodyText = bodyText
            self.bodyHtml = bodyHtml
            self.windowStart = windowStart
            self.windowEnd = windowEnd
            self.createdAt = createdAt
            self.attempts = attempts
            self.claimedBy = claimedBy
            self.leaseToken = leaseToken
            self.leaseExpiresAt = leaseExpiresAt
            self.outcome = outcome
            self.outcomeDetail = outcomeDetail
            self.finishedAt = finishedAt
            self.cancelReason = cancelReason
            self.ruleId = ruleId
            self.gateDecisions = gateDecisions
            self.validation = validation
        }
    }

    /// A validation notice's content (Regulation F, 12 CFR 1006.34): the itemization of the debt and the validation period.
    public struct ValidationNotice: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ValidationNotice"

        /// The itemization date: the oldest unpaid due date, "YYYY-MM-DD".
        public var itemizationDate: String = ""
        /// What was owed on the itemization date (the principal).
        public var amountThen: Money? = nil
        /// Interest charged since.
        public var interest: Money? = nil
        /// Fees charged since.
        public var fees: Money? = nil
        /// Payments applied since.
        public var payments: Money? = nil
        /// Credits and other reductions since.
        public var credits: Money? = nil
        /// What is owed now: then + interest + fees - payments - credits.
        public var amountNow: Money? = nil
        /// The day it is sent (the day the gate lets it out), "YYYY-MM-DD".
        public var sentOn: String = ""
        /// Assumed receipt: 5 business days after sending (not Saturdays, Sundays or US federal holidays), "YYYY-MM-DD".
        public var receiptOn: String = ""
        /// The validation period's last day: 30 days after receipt, "YYYY-MM-DD".
        public var periodEndsOn: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            itemizationDate: String = "",
            amountThen: Money? = nil,
            interest: Money? = nil,
            fees: Money? = nil,
            payments: Money? = nil,
            credits: Money? = nil,
            amountNow: Money? = nil,
            sentOn: String = "",
            receiptOn: String = "",
            periodEndsOn: String = ""
        ) {
            self.itemizationDate = itemizationDate
            self.amountThen = amountThen
            self.interest = interest
            self.fees = fees
            self.payments = payments
            self.credits = credits
            self.amountNow = amountNow
            self.sentOn = sentOn
            self.receiptOn = receiptOn
            self.periodEndsOn = periodEndsOn
        }
    }

    /// Request of Reminders.ListDueReminders.
    public struct ListDueRemindersRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListDueRemindersRequest"

        /// Only this channel; UNSPECIFIED: every channel.
        public var channel: Channel = .unspecified
        /// Only this account; absent: every account.
        public var account: AccountRef? = nil
        /// Only these statuses; empty: the open ones (SCHEDULED, DEFERRED, CLAIMED).
        public var statuses: [ReminderStatus] = []
        /// Only reminders whose window starts before this instant, RFC 3339; empty: no limit. "Due now" is window_start_before = now.
        public var windowStartBefore: String = ""
        /// Only reminders whose window starts at or after this instant, RFC 3339; empty: no limit.
        public var windowStartFrom: String = ""
        /// Page size (see common.proto).
        public var pageSize: UInt32 = 0
        /// Page token (see common.proto).
        public var pageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            channel: Channel = .unspecified,
            account: AccountRef? = nil,
            statuses: [ReminderStatus] = [],
            windowStartBefore: String = "",
            windowStartFrom: String = "",
            pageSize: UInt32 = 0,
            pageToken: String = ""
        ) {
            self.channel = channel
            self.account = account
            self.statuses = statuses
            self.windowStartBefore = windowStartBefore
            self.windowStartFrom = windowStartFrom
            self.pageSize = pageSize
            self.pageToken = pageToken
        }
    }

    /// Response of Reminders.ListDueReminders.
    public struct ListDueRemindersResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListDueRemindersResponse"

        /// The reminders, by window start then id, without gate_decisions and lease_token.
        public var reminders: [Reminder] = []
        /// Token of the next page, empty on the last page.
        public var nextPageToken: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(reminders: [Reminder] = [], nextPageToken: String = "") {
            self.reminders = reminders
            self.nextPageToken = nextPageToken
        }
    }

    /// Request of Reminders.GetReminder.
    public struct GetReminderRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GetReminderRequest"

        /// Required. The reminder's id.
        public var id: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(id: String = "") {
            self.id = id
        }
    }

    /// Response of Reminders.GetReminder.
    public struct GetReminderResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GetReminderResponse"

        /// The reminder with its gate decisions.
        public var reminder: Reminder? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(reminder: Reminder? = nil) {
            self.reminder = reminder
        }
    }

    /// Request of Reminders.ClaimReminders.
    public struct ClaimRemindersRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ClaimRemindersRequest"

        /// Required. The channel the claimer delivers.
        public var channel: Channel = .unspecified
        /// The most reminders to claim, 1 ... 1000; 0 means 1.
        public var maxCount: UInt32 = 0
        /// The lease in seconds; 0 means the configured default.
        public var leaseSeconds: UInt32 = 0
        /// The claimer's name for people and the audit trail, e.g. "deliver-email@host:1234".
        public var claimer: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(channel: Channel = .unspecified, maxCount: UInt32 = 0, leaseSeconds: UInt32 = 0, claimer: String = "") {
            self.channel = channel
            self.maxCount = maxCount
            self.leaseSeconds = leaseSeconds
            self.claimer = claimer
        }
    }

    /// Response of Reminders.ClaimReminders.
    public struct ClaimRemindersResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ClaimRemindersResponse"

        /// The reminders claimed, each with its lease_token and lease_expires_at.
        public var reminders: [Reminder] = []

        /// Creates a message; every field defaults to its proto default.
        public init(reminders: [Reminder] = []) {
            self.reminders = reminders
        }
    }

    /// Request of Reminders.CompleteReminder.
    public struct CompleteReminderRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.CompleteReminderRequest"

        /// Required. The reminder's id.
        public var id: String = ""
        /// Required. The lease token the claim answered.
        public var leaseToken: String = ""
        /// Required. What happened.
        public var outcome: ReminderOutcome = .unspecified
        /// Details: the error text of a failure, the provider's message id of a delivery.
        public var detail: String = ""
        /// When it happened (the conversation or delivery instant), RFC 3339; empty: now.
        public var occurredAt: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            leaseToken: String = "",
            outcome: ReminderOutcome = .unspecified,
            detail: String = "",
            occurredAt: String = ""
        ) {
            self.id = id
            self.leaseToken = leaseToken
            self.outcome = outcome
            self.detail = detail
            self.occurredAt = occurredAt
        }
    }

    /// Response of Reminders.CompleteReminder.
    public struct CompleteReminderResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.CompleteReminderResponse"

        /// The reminder after the outcome (SCHEDULED again for a FAILED that will be retried).
        public var reminder: Reminder? = nil
        /// For OPTED_OUT: how many other reminders not yet claimed on the channel were cancelled.
        public var remindersCancelled: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(reminder: Reminder? = nil, remindersCancelled: UInt32 = 0) {
            self.reminder = reminder
            self.remindersCancelled = remindersCancelled
        }
    }
}

extension Methods {
    /// The `acs.v1.Reminders` methods.
    public enum Reminders {
        private static let service = "acs.v1.Reminders"
        /// Queries the outbox by channel, account, status and send time, ordered by window start, with cursor pagination.
        public static let listDueReminders = RPCMethod<V1.ListDueRemindersRequest, V1.ListDueRemindersResponse>(service: service, name: "ListDueReminders")
        /// One reminder with its gate decisions.
        public static let getReminder = RPCMethod<V1.GetReminderRequest, V1.GetReminderResponse>(service: service, name: "GetReminder")
        /// Claims up to max_count reminders of one channel whose window is open now, each under a lease, after passing them through the gate again.
        public static let claimReminders = RPCMethod<V1.ClaimRemindersRequest, V1.ClaimRemindersResponse>(service: service, name: "ClaimReminders")
        /// Reports the outcome of a claimed reminder.
        public static let completeReminder = RPCMethod<V1.CompleteReminderRequest, V1.CompleteReminderResponse>(service: service, name: "CompleteReminder")
    }
}

extension V1.GateDecision: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GateDecision", fields: [
        "at", "checkpoint", "verdict", "rule_id", "deferred_until", "detail", "zones"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.at)
        cMessage.enumeration(1, self.checkpoint)
        cMessage.enumeration(2, self.verdict)
        cMessage.string(3, self.ruleId)
        cMessage.string(4, self.deferredUntil)
        cMessage.string(5, self.detail)
        cMessage.strings(6, self.zones)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.at = cMessage.string(0)
        self.checkpoint = try cMessage.enumeration(1)
        self.verdict = try cMessage.enumeration(2)
        self.ruleId = cMessage.string(3)
        self.deferredUntil = cMessage.string(4)
        self.detail = cMessage.string(5)
        self.zones = cMessage.strings(6)
    }
}

extension V1.Reminder: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Reminder", fields: [
        "id", "account_id", "channel", "status", "policy_id", "stage", "template_name", "locale", "urgency",
        "recipient_name", "recipient", "postal_address", "time_zone", "subject", "body_text", "body_html", "window_start",
        "window_end", "created_at", "attempts", "claimed_by", "lease_token", "lease_expires_at", "outcome",
        "outcome_detail", "finished_at", "cancel_reason", "rule_id", "gate_decisions", "validation"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.accountId)
        cMessage.enumeration(2, self.channel)
        cMessage.enumeration(3, self.status)
        cMessage.string(4, self.policyId)
        cMessage.string(5, self.stage)
        cMessage.string(6, self.templateName)
        cMessage.string(7, self.locale)
        cMessage.enumeration(8, self.urgency)
        cMessage.string(9, self.recipientName)
        cMessage.string(10, self.recipient)
        cMessage.message(11, self.postalAddress)
        cMessage.string(12, self.timeZone)
        cMessage.string(13, self.subject)
        cMessage.string(14, self.bodyText)
        cMessage.string(15, self.bodyHtml)
        cMessage.string(16, self.windowStart)
        cMessage.string(17, self.windowEnd)
        cMessage.string(18, self.createdAt)
        cMessage.integer(19, self.attempts)
        cMessage.string(20, self.claimedBy)
        cMessage.string(21, self.leaseToken)
        cMessage.string(22, self.leaseExpiresAt)
        cMessage.enumeration(23, self.outcome)
        cMessage.string(24, self.outcomeDetail)
        cMessage.string(25, self.finishedAt)
        cMessage.enumeration(26, self.cancelReason)
        cMessage.string(27, self.ruleId)
        cMessage.messages(28, self.gateDecisions)
        cMessage.message(29, self.validation)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.accountId = cMessage.string(1)
        self.channel = try cMessage.enumeration(2)
        self.status = try cMessage.enumeration(3)
        self.policyId = cMessage.string(4)
        self.stage = cMessage.string(5)
        self.templateName = cMessage.string(6)
        self.locale = cMessage.string(7)
        self.urgency = try cMessage.enumeration(8)
        self.recipientName = cMessage.string(9)
        self.recipient = cMessage.string(10)
        self.postalAddress = try cMessage.message(11)
        self.timeZone = cMessage.string(12)
        self.subject = cMessage.string(13)
        self.bodyText = cMessage.string(14)
        self.bodyHtml = cMessage.string(15)
        self.windowStart = cMessage.string(16)
        self.windowEnd = cMessage.string(17)
        self.createdAt = cMessage.string(18)
        self.attempts = cMessage.integer(19)
        self.claimedBy = cMessage.string(20)
        self.leaseToken = cMessage.string(21)
        self.leaseExpiresAt = cMessage.string(22)
        self.outcome = try cMessage.enumeration(23)
        self.outcomeDetail = cMessage.string(24)
        self.finishedAt = cMessage.string(25)
        self.cancelReason = try cMessage.enumeration(26)
        self.ruleId = cMessage.string(27)
        self.gateDecisions = try cMessage.messages(28)
        self.validation = try cMessage.message(29)
    }
}

extension V1.ValidationNotice: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ValidationNotice", fields: [
        "itemization_date", "amount_then", "interest", "fees", "payments", "credits", "amount_now", "sent_on",
        "receipt_on", "period_ends_on"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.itemizationDate)
        cMessage.message(1, self.amountThen)
        cMessage.message(2, self.interest)
        cMessage.message(3, self.fees)
        cMessage.message(4, self.payments)
        cMessage.message(5, self.credits)
        cMessage.message(6, self.amountNow)
        cMessage.string(7, self.sentOn)
        cMessage.string(8, self.receiptOn)
        cMessage.string(9, self.periodEndsOn)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.itemizationDate = cMessage.string(0)
        self.amountThen = try cMessage.message(1)
        self.interest = try cMessage.message(2)
        self.fees = try cMessage.message(3)
        self.payments = try cMessage.message(4)
        self.credits = try cMessage.message(5)
        self.amountNow = try cMessage.message(6)
        self.sentOn = cMessage.string(7)
        self.receiptOn = cMessage.string(8)
        self.periodEndsOn = cMessage.string(9)
    }
}

extension V1.ListDueRemindersRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListDueRemindersRequest", fields: [
        "channel", "account", "statuses", "window_start_before", "window_start_from", "page_size", "page_token"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.channel)
        cMessage.message(1, self.account)
        cMessage.enumerations(2, self.statuses)
        cMessage.string(3, self.windowStartBefore)
        cMessage.string(4, self.windowStartFrom)
        cMessage.integer(5, self.pageSize)
        cMessage.string(6, self.pageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.channel = try cMessage.enumeration(0)
        self.account = try cMessage.message(1)
        self.statuses = try cMessage.enumerations(2)
        self.windowStartBefore = cMessage.string(3)
        self.windowStartFrom = cMessage.string(4)
        self.pageSize = cMessage.integer(5)
        self.pageToken = cMessage.string(6)
    }
}

extension V1.ListDueRemindersResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListDueRemindersResponse", fields: ["reminders", "next_page_token"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.reminders)
        cMessage.string(1, self.nextPageToken)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.reminders = try cMessage.messages(0)
        self.nextPageToken = cMessage.string(1)
    }
}

extension V1.GetReminderRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetReminderRequest", fields: ["id"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
    }
}

extension V1.GetReminderResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetReminderResponse", fields: ["reminder"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.reminder)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.reminder = try cMessage.message(0)
    }
}

extension V1.ClaimRemindersRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClaimRemindersRequest", fields: [
        "channel", "max_count", "lease_seconds", "claimer"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.channel)
        cMessage.integer(1, self.maxCount)
        cMessage.integer(2, self.leaseSeconds)
        cMessage.string(3, self.claimer)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.channel = try cMessage.enumeration(0)
        self.maxCount = cMessage.integer(1)
        self.leaseSeconds = cMessage.integer(2)
        self.claimer = cMessage.string(3)
    }
}

extension V1.ClaimRemindersResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ClaimRemindersResponse", fields: ["reminders"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.reminders)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.reminders = try cMessage.messages(0)
    }
}

extension V1.CompleteReminderRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CompleteReminderRequest", fields: [
        "id", "lease_token", "outcome", "detail", "occurred_at"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.leaseToken)
        cMessage.enumeration(2, self.outcome)
        cMessage.string(3, self.detail)
        cMessage.string(4, self.occurredAt)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.leaseToken = cMessage.string(1)
        self.outcome = try cMessage.enumeration(2)
        self.detail = cMessage.string(3)
        self.occurredAt = cMessage.string(4)
    }
}

extension V1.CompleteReminderResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CompleteReminderResponse", fields: [
        "reminder", "reminders_cancelled"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.reminder)
        cMessage.integer(1, self.remindersCancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.reminder = try cMessage.message(0)
        self.remindersCancelled = cMessage.integer(1)
    }
}
