public import Foundation

/// Where a reminder is in its life.
public enum ReminderStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// In the outbox, waiting for its window (or for a retry).
    case scheduled
    /// In the outbox, moved later by the compliance gate.
    case deferred
    /// Held by a claimer under a lease.
    case claimed
    /// Delivered (or a conversation took place). Final.
    case delivered
    /// Failed permanently, out of retries, or opted out. Final.
    case failed
    /// Cancelled before it was claimed. Final.
    case cancelled
    /// Refused by the gate for good. Final.
    case suppressed

    /// The statuses of reminders still in the outbox.
    public static let open: [ReminderStatus] = [.scheduled, .deferred, .claimed]
}

/// What a delivery service reports for a claimed reminder.
public enum ReminderOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// Handed over (email accepted, SMS sent, letter posted, voicemail left).
    case delivered
    /// A temporary failure: retried with backoff up to a limit.
    case failed
    /// Will never work: bounce, invalid number.
    case failedPermanently = "failed_permanently"
    /// A voice call reached the debtor (CALL-CONVERSATION).
    case conversation
    /// The recipient opted out (a STOP reply): the channel is opted out at once.
    case optedOut = "opted_out"
}

/// Why a reminder was cancelled.
public enum ReminderCancelReason: String, Sendable, Hashable, Codable, CaseIterable {
    case payment, hold, optOut = "opt_out", consentRevoked = "consent_revoked", promise, paymentPlan = "payment_plan"
    case placement, policyChange = "policy_change", cured
    /// A validation notice not sent on the day its period was counted from (its dates would be short).
    case stale
    /// The account's pay link was revoked: a rendered reminder would carry the old one.
    case payTokenRevoked = "pay_token_revoked"
}

/// Where the compliance gate looked at a reminder.
public enum GateCheckpoint: String, Sendable, Hashable, Codable, CaseIterable {
    case schedule, claim
}

/// One decision of the compliance gate, as recorded with the reminder.
public struct GateDecisionRecord: Sendable, Hashable, Codable {
    /// When it was made.
    public var at: Date
    /// Where in the reminder's life.
    public var checkpoint: GateCheckpoint
    /// The verdict.
    public var verdict: GateVerdict
    /// The zones the contact window was judged in (several under TIME-UNKNOWN); none for letters.
    public var zones: [String]

    /// Creates a record.
    public init(at: Date, checkpoint: GateCheckpoint, verdict: GateVerdict, zones: [String] = []) {
        self.at = at
        self.checkpoint = checkpoint
        self.verdict = verdict
        self.zones = zones
    }
}

/// What a reminder says, to whom and on which channel: drafted by the engine, kept in the
/// outbox (`ReminderView`), shown on the wire (`V1.Reminder`). The one model of its fields.
public struct ReminderContent: Sendable, Hashable {
    /// The policy that owes it.
    public var policyID: String
    /// The stage that owes it.
    public var stage: String
    /// The channel.
    public var channel: ContactChannel
    /// The template's name.
    public var templateName: String
    /// The locale it was rendered in.
    public var locale: String
    /// How urgent it is.
    public var urgency: Urgency
    /// The recipient's name.
    public var recipientName: String
    /// Email address or E.164 number; empty for letters.
    public var recipient: String
    /// For letters: the postal address.
    public var postalAddress: PostalAddress?
    /// The zone used for its window ("" unknown).
    public var timeZone: String
    /// The rendered subject (email, letter).
    public var subject: String
    /// The rendered text.
    public var bodyText: String
    /// True when the template threatens suit (TIME-BARRED).
    public var threatensSuit: Bool
    /// True when it is the one notice HOLD-CEASE allows.
    public var ceaseNotice: Bool
    /// For a validation notice (VALIDATION): its itemization and period; nil otherwise.
    public var validation: ValidationNotice?

    /// Creates the content of a reminder.
    public init(policyID: String, stage: String, channel: ContactChannel, templateName: String, locale: String, urgency: Urgency,
                recipientName: String, recipient: String, postalAddress: PostalAddress?, timeZone: String, subject: String,
                bodyText: String, threatensSuit: Bool, ceaseNotice: Bool = false, validation: ValidationNotice? = nil) {
        self.ceaseNotice = ceaseNotice
        self.validation = validation
        self.policyID = policyID
        self.stage = stage
        self.channel = channel
        self.templateName = templateName
        self.locale = locale
        self.urgency = urgency
        self.recipientName = recipientName
        self.recipient = recipient
        self.postalAddress = postalAddress
        self.timeZone = timeZone
        self.subject = subject
        self.bodyText = bodyText
        self.threatensSuit = threatensSuit
    }
}

/// A reminder the engine wants in the outbox, rendered and judged by the gate; its content's
/// fields read as its own (`draft.stage`).
@dynamicMemberLookup
public struct ReminderDraft: Sendable, Hashable {
    /// Unique per account over the policy's life: policy, anchor, stage, action and occurrence.
    public var actionKey: String
    /// What it says and to whom.
    public var content: ReminderContent
    /// The gate's decision at scheduling.
    public var decision: GateDecisionRecord

    /// Creates a draft.
    public init(actionKey: String, content: ReminderContent, decision: GateDecisionRecord) {
        self.actionKey = actionKey
        self.content = content
        self.decision = decision
    }

    /// A field of the content.
    public subscript<T>(dynamicMember field: WritableKeyPath<ReminderContent, T>) -> T {
        get { content[keyPath: field] }
        set { content[keyPath: field] = newValue }
    }
}
