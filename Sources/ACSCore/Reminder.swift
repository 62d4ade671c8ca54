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
}

/// Where the compliance gate looked at a reminder.
public enum GateCheckpoint: String, Sendable, Hashable, Codable {
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

    /// Creates a record.
    public init(at: Date, checkpoint: GateCheckpoint, verdict: GateVerdict) {
        self.at = at
        self.checkpoint = checkpoint
        self.verdict = verdict
    }
}

/// A reminder the engine wants in the outbox, rendered and judged by the gate.
public struct ReminderDraft: Sendable, Hashable {
    /// Unique per account over the policy's life: policy, anchor, stage, action and occurrence.
    public var actionKey: String
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
    /// How urgent it is (low, normal, high, final).
    public var urgency: String
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
    /// The gate's decision at scheduling.
    public var decision: GateDecisionRecord
    /// True when the template threatens suit (TIME-BARRED).
    public var threatensSuit: Bool

    /// Creates a draft.
    public init(actionKey: String, policyID: String, stage: String, channel: ContactChannel, templateName: String, locale: String,
                urgency: String, recipientName: String, recipient: String, postalAddress: PostalAddress?, timeZone: String,
                subject: String, bodyText: String, decision: GateDecisionRecord, threatensSuit: Bool) {
        self.actionKey = actionKey
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
        self.decision = decision
        self.threatensSuit = threatensSuit
    }
}
