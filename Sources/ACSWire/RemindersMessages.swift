// Swift mirrors of proto/acs/v1/reminders.proto (see `ProtoMessage`) and the typed
// `Methods.Reminders` methods. Property names are the proto field names in camelCase.
// Generated from the proto by scripts/gen-mirrors.py: do not edit; run 'make mirrors'.

extension V1 {
    /// Where a reminder is in its life.
    public enum ReminderStatus: Int, Codable, Sendable, Hashable, CaseIterable {
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
    }

    /// What a delivery service reports for a claimed reminder.
    public enum ReminderOutcome: Int, Codable, Sendable, Hashable, CaseIterable {
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
    }

    /// Why a reminder was cancelled.
    public enum CancelReason: Int, Codable, Sendable, Hashable, CaseIterable {
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
    }

    /// Where the compliance gate looked at a reminder.
    public enum GateCheckpoint: Int, Codable, Sendable, Hashable, CaseIterable {
        /// Not set.
        case unspecified = 0
        /// When the engine created the reminder.
        case schedule = 1
        /// When a delivery service claimed it.
        case claim = 2
    }

    /// What the compliance gate decided.
    public enum GateVerdict: Int, Codable, Sendable, Hashable, CaseIterable {
        /// Not set.
        case unspecified = 0
        /// Allowed at the proposed time.
        case allow = 1
        /// Deferred to a later instant (deferred_until).
        case `defer` = 2
        /// Suppressed for good.
        case suppress = 3
    }

    /// One decision of the compliance gate about a reminder.
    public struct GateDecision: ProtoMessage, Hashable {
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

        /// Creates a message; every field defaults to its proto default.
        public init(
            at: String = "",
            checkpoint: GateCheckpoint = .unspecified,
            verdict: GateVerdict = .unspecified,
            ruleId: String = "",
            deferredUntil: String = "",
            detail: String = ""
        ) {
            self.at = at
            self.checkpoint = checkpoint
            self.verdict = verdict
            self.ruleId = ruleId
            self.deferredUntil = deferredUntil
            self.detail = detail
        }
    }

    /// A reminder in the outbox.
    public struct Reminder: ProtoMessage, Hashable {
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
            gateDecisions: [GateDecision] = []
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
        }
    }

    /// Request of Reminders.ListDueReminders.
    public struct ListDueRemindersRequest: ProtoMessage, Hashable {
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
    public struct ListDueRemindersResponse: ProtoMessage, Hashable {
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
    public struct GetReminderRequest: ProtoMessage, Hashable {
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
    public struct GetReminderResponse: ProtoMessage, Hashable {
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
    public struct ClaimRemindersRequest: ProtoMessage, Hashable {
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
    public struct ClaimRemindersResponse: ProtoMessage, Hashable {
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
    public struct CompleteReminderRequest: ProtoMessage, Hashable {
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
    public struct CompleteReminderResponse: ProtoMessage, Hashable {
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
