/// An event type: its stable name, journald `MESSAGE_ID` and priority.
public struct AuditEventKind: Sendable, Hashable {
    /// The `ACS_EVENT` value, e.g. `daemon.started`.
    public let name: String
    /// The journald `MESSAGE_ID`: 32 lower-case hex digits, fixed forever.
    public let messageID: String
    /// The syslog priority (3 error, 4 warning, 5 notice, 6 info).
    public let priority: Int
    /// What the event means, for the catalog and docs.
    public let summary: String
    /// The `ACS_*` fields (without the prefix) the entry carries beside `ACS_EVENT`
    /// and, for calls, the caller's `ACS_CALLER_*` fields. Each is documented in `AuditField`.
    public let fields: [String]
}

extension AuditEventKind {
    /// acsd opened its database and began accepting calls.
    public static let daemonStarted = AuditEventKind(
        name: "daemon.started", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a01", priority: 5,
        summary: "acsd started: the database is open and migrated and the socket accepts calls.",
        fields: ["SOCKET", "DATABASE"])
    /// acsd stopped after draining its calls.
    public static let daemonStopped = AuditEventKind(
        name: "daemon.stopped", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a02", priority: 5,
        summary: "acsd stopped: it refused new calls, finished those in flight and closed the database.",
        fields: [])
    /// The configuration was reloaded (SIGHUP).
    public static let configReloaded = AuditEventKind(
        name: "config.reloaded", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a03", priority: 5,
        summary: "The configuration file was read again and the new settings are in force.",
        fields: ["CONFIG", "GENERATION"])
    /// A reload was refused; the old configuration stays in force.
    public static let configReloadFailed = AuditEventKind(
        name: "config.reload_failed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a04", priority: 3,
        summary: "The configuration file could not be loaded; the previous configuration stays in force.",
        fields: ["CONFIG", "REASON"])
    /// The simulated clock was moved.
    public static let clockChanged = AuditEventKind(
        name: "clock.changed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a05", priority: 5,
        summary: "The simulated clock was set or advanced by a caller.",
        fields: ["CLOCK_FROM", "CLOCK_TO"])

    /// A batch of account snapshots was synced from a source system.
    public static let accountSynced = AuditEventKind(
        name: "account.synced", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a06", priority: 6,
        summary: "A sync batch from a source system was applied: counts of created, updated, unchanged, stale and rejected records.",
        fields: ["SOURCE", "RECORDS", "CREATED", "UPDATED", "UNCHANGED", "STALE", "REJECTED"])
    /// A payment was posted and allocated.
    public static let paymentPosted = AuditEventKind(
        name: "payment.posted", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a07", priority: 5,
        summary: "A payment was posted: allocated oldest due first within its currency, the rest kept as credit.",
        fields: ["ACCOUNT", "PAYMENT", "IDEMPOTENCY_KEY", "AMOUNT_MINOR", "CURRENCY", "CREDIT_MINOR"])
    /// A payment was sent again with the same idempotency key and content.
    public static let paymentReplayed = AuditEventKind(
        name: "payment.replayed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a08", priority: 6,
        summary: "A payment was sent again with an idempotency key already posted; the original result was answered, nothing posted twice.",
        fields: ["ACCOUNT", "PAYMENT", "IDEMPOTENCY_KEY", "AMOUNT_MINOR", "CURRENCY", "CREDIT_MINOR"])
    /// A payment was reversed.
    public static let paymentReversed = AuditEventKind(
        name: "payment.reversed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a09", priority: 5,
        summary: "A payment was reversed (chargeback, returned, posting error): what it paid is open again.",
        fields: ["ACCOUNT", "PAYMENT", "IDEMPOTENCY_KEY", "AMOUNT_MINOR", "CURRENCY", "CREDIT_MINOR", "REASON", "RETURN_CODE"])
    /// A hold was set on an account or obligation.
    public static let holdSet = AuditEventKind(
        name: "hold.set", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a0a", priority: 5,
        summary: "A hold (dispute, cease, bankruptcy, deceased, attorney, breathing space) was set: collection contact stops as the rules say.",
        fields: ["ACCOUNT", "HOLD", "HOLD_ID", "OBLIGATION", "REASON", "EFFECTIVE_ON", "ENDS_ON", "VALIDATION_ENDS_ON"])
    /// A hold was cleared.
    public static let holdCleared = AuditEventKind(
        name: "hold.cleared", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a0b", priority: 5,
        summary: "A hold was cleared, or ended by itself on its ACS_ENDS_ON (REASON \"ended on DAY\", no caller): the account may be collected again.",
        fields: ["ACCOUNT", "HOLD", "HOLD_ID", "REASON"])
    /// A crisis breathing space was told the crisis ended.
    public static let holdEnding = AuditEventKind(
        name: "hold.ending", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a2f", priority: 5,
        summary: "The mental health crisis of a crisis breathing space ended: the hold ends by itself 30 days later, on ACS_ENDS_ON.",
        fields: ["ACCOUNT", "HOLD", "HOLD_ID", "ENDS_ON", "REASON"])
    /// Contact preferences changed: an opt-out or opt-in, consent granted or revoked, inconvenient times.
    public static let consentChanged = AuditEventKind(
        name: "consent.changed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a0c", priority: 5,
        summary: "How the debtor may be contacted changed: a channel opted out or in, consent for a number granted or revoked, or inconvenient times declared.",
        fields: ["ACCOUNT", "CHANGE", "CHANNEL", "PHONE", "SOURCE", "REASON"])
    /// A call was refused because the caller's role does not allow the method.
    public static let accessDenied = AuditEventKind(
        name: "access.denied", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a0d", priority: 4,
        summary: "A call was refused with PERMISSION_DENIED: the caller holds no role that allows the method; nothing changed.",
        fields: ["METHOD", "ROLE", "CALLER_NAME"])

    /// A reminder was put in the outbox.
    public static let reminderScheduled = AuditEventKind(
        name: "reminder.scheduled", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a0e", priority: 6,
        summary: "A policy stage owed a reminder: it was rendered, passed the compliance gate and put in the outbox with its send window.",
        fields: ["ACCOUNT", "REMINDER", "CHANNEL", "STAGE", "ZONES"])
    /// A delivery service claimed a reminder.
    public static let reminderClaimed = AuditEventKind(
        name: "reminder.claimed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a0f", priority: 6,
        summary: "A delivery service claimed a reminder under a lease after the compliance gate allowed it again: a contact attempt.",
        fields: ["ACCOUNT", "REMINDER", "CHANNEL", "STAGE", "CLAIMER", "ZONES"])
    /// A reminder reached the debtor.
    public static let reminderDelivered = AuditEventKind(
        name: "reminder.delivered", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a10", priority: 5,
        summary: "A reminder was delivered (or a voice call became a conversation with the debtor).",
        fields: ["ACCOUNT", "REMINDER", "CHANNEL", "STAGE", "OUTCOME", "DETAIL"])
    /// A delivery failed.
    public static let reminderFailed = AuditEventKind(
        name: "reminder.failed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a11", priority: 4,
        summary: "A delivery failed: retried later with backoff (ACS_UNTIL set) or for good (bounce, invalid number, opt-out reply, out of retries).",
        fields: ["ACCOUNT", "REMINDER", "CHANNEL", "STAGE", "OUTCOME", "DETAIL", "UNTIL"])
    /// A reminder was cancelled before it was claimed.
    public static let reminderCancelled = AuditEventKind(
        name: "reminder.cancelled", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a12", priority: 6,
        summary: "A reminder not yet claimed was cancelled: a payment, a hold, an opt-out, a consent revocation, or the account was paid in full.",
        fields: ["ACCOUNT", "REMINDER", "CHANNEL", "STAGE", "REASON"])
    /// The compliance gate deferred a reminder.
    public static let reminderDeferred = AuditEventKind(
        name: "reminder.deferred", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a13", priority: 5,
        summary: "The compliance gate refused the proposed instant and moved the reminder to the next allowed one; ACS_RULE names the rule.",
        fields: ["ACCOUNT", "REMINDER", "CHANNEL", "STAGE", "RULE", "UNTIL", "DETAIL", "ZONES"])
    /// The compliance gate suppressed a reminder.
    public static let reminderSuppressed = AuditEventKind(
        name: "reminder.suppressed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a14", priority: 5,
        summary: "The compliance gate refused a reminder for good (a hold, an opt-out, no consent, a time-barred threat); ACS_RULE names the rule.",
        fields: ["ACCOUNT", "REMINDER", "CHANNEL", "STAGE", "RULE", "DETAIL", "ZONES"])
    /// An engine cycle finished.
    public static let cycleCompleted = AuditEventKind(
        name: "cycle.completed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a15", priority: 6,
        summary: "The collection engine evaluated the accounts whose next action was due.",
        fields: ["CYCLE", "EVALUATED", "SCHEDULED", "DEFERRED", "SUPPRESSED", "CANCELLED", "CURED"])
    /// The dunning policies were (re)loaded.
    public static let policiesReloaded = AuditEventKind(
        name: "policy.reloaded", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a16", priority: 5,
        summary: "The policy files and templates were read and the set is in force.",
        fields: ["POLICY_VERSION", "POLICIES"])
    /// A policy reload was refused.
    public static let policiesReloadFailed = AuditEventKind(
        name: "policy.reload_failed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a17", priority: 3,
        summary: "The policy files or templates had errors; the previous policies stay in force.",
        fields: ["POLICY_VERSION", "REASON"])

    /// A task was created for a person.
    public static let taskCreated = AuditEventKind(
        name: "escalation.task_created", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a18", priority: 5,
        summary: "A policy stage handed the account to a person: a task in a work queue with a due date.",
        fields: ["ACCOUNT", "TASK", "QUEUE", "STAGE", "REASON"])
    /// An account was placed with an agency.
    public static let accountPlaced = AuditEventKind(
        name: "escalation.placed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a19", priority: 5,
        summary: "The account was placed with a collection agency (by a policy stage or by hand); acs stops reminding unless it co-collects.",
        fields: ["ACCOUNT", "PLACEMENT", "AGENCY", "STAGE", "REASON", "TASKS_CANCELLED"])
    /// A placement went to its agency in an export.
    public static let placementExported = AuditEventKind(
        name: "escalation.exported", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a1f", priority: 6,
        summary: "The account's placement went to its agency in a placement file (an export); it is never exported as new again.",
        fields: ["ACCOUNT", "PLACEMENT", "AGENCY", "EXPORT"])
    /// An account was recalled from its agency.
    public static let accountRecalled = AuditEventKind(
        name: "escalation.recalled", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a1a", priority: 5,
        summary: "The account was recalled from its agency: by hand, paid in full or settled, disputed, in bankruptcy, or closed by the agency.",
        fields: ["ACCOUNT", "PLACEMENT", "AGENCY", "REASON"])
    /// A promise to pay was recorded.
    public static let promiseRecorded = AuditEventKind(
        name: "promise.recorded", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a1b", priority: 5,
        summary: "The debtor promised to pay an amount by a date; reminders pause while it is pending.",
        fields: ["ACCOUNT", "PROMISE", "AMOUNT_MINOR", "CURRENCY", "PROMISED_ON", "SOURCE"])
    /// A promise was kept.
    public static let promiseKept = AuditEventKind(
        name: "promise.kept", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a1c", priority: 5,
        summary: "Payments covered a promise to pay by its date plus the grace period.",
        fields: ["ACCOUNT", "PROMISE", "AMOUNT_MINOR", "CURRENCY", "PROMISED_ON"])
    /// A promise was broken.
    public static let promiseBroken = AuditEventKind(
        name: "promise.broken", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a1d", priority: 4,
        summary: "A promise to pay was not covered by its date plus the grace period; the policy resumed.",
        fields: ["ACCOUNT", "PROMISE", "AMOUNT_MINOR", "CURRENCY", "PROMISED_ON"])
    /// Interest accrued.
    public static let interestAccrued = AuditEventKind(
        name: "interest.accrued", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a24", priority: 6,
        summary: "Interest on overdue principal was brought up to date (daily, at the policy's yearly rate; eu: the reference rate + 8 points).",
        fields: ["ACCOUNT", "AMOUNT_MINOR", "CURRENCY", "RATE_BP", "THROUGH"])
    /// A payment plan was agreed.
    public static let planCreated = AuditEventKind(
        name: "plan.created", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a20", priority: 5,
        summary: "The overdue balance in one currency became a payment plan of instalments; the policy waits while the plan is current.",
        fields: ["ACCOUNT", "PLAN", "AMOUNT_MINOR", "CURRENCY", "INSTALMENTS"])
    /// A payment plan was broken.
    public static let planBroken = AuditEventKind(
        name: "plan.broken", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a21", priority: 4,
        summary: "An instalment stayed unpaid past the grace period: the plan broke and the policy resumed. Also when a payment that "
            + "completed the plan came back after that period (ACS_PAYMENT names it).",
        fields: ["ACCOUNT", "PLAN", "AMOUNT_MINOR", "CURRENCY", "INSTALMENTS", "PAYMENT"])
    /// A payment plan was completed.
    public static let planCompleted = AuditEventKind(
        name: "plan.completed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a22", priority: 5,
        summary: "Every instalment of a payment plan was paid.",
        fields: ["ACCOUNT", "PLAN", "AMOUNT_MINOR", "CURRENCY", "INSTALMENTS"])
    /// A completed payment plan was reopened.
    public static let planReopened = AuditEventKind(
        name: "plan.reopened", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a41", priority: 4,
        summary: "A payment that completed a payment plan came back (returned or charged back): the plan is active again while its unpaid "
            + "instalment is within the grace period (the policy waits again); past it the plan breaks instead (plan.broken).",
        fields: ["ACCOUNT", "PLAN", "PAYMENT", "AMOUNT_MINOR", "CURRENCY", "INSTALMENTS"])
    /// A payment plan was cancelled.
    public static let planCancelled = AuditEventKind(
        name: "plan.cancelled", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a23", priority: 5,
        summary: "A payment plan was cancelled by a caller; the policy resumed.",
        fields: ["ACCOUNT", "PLAN", "REASON"])
    /// A promise was cancelled (replaced by a newer one, or by a payment plan).
    public static let promiseCancelled = AuditEventKind(
        name: "promise.cancelled", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a25", priority: 6,
        summary: "A pending promise to pay was cancelled: a newer promise replaced it, or a payment plan took its place.",
        fields: ["ACCOUNT", "PROMISE", "REASON"])
    /// A task was completed.
    public static let taskCompleted = AuditEventKind(
        name: "escalation.task_completed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a26", priority: 6,
        summary: "A person completed a task with an outcome and a note.",
        fields: ["ACCOUNT", "TASK", "QUEUE", "OUTCOME", "REASON"])
    /// A fee was charged.
    public static let feeCharged = AuditEventKind(
        name: "fee.charged", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a1e", priority: 5,
        summary: "A policy stage charged a fee on an overdue obligation (once per obligation and stage), as a new obligation.",
        fields: ["ACCOUNT", "OBLIGATION", "FEE", "AMOUNT_MINOR", "CURRENCY", "STAGE", "REASON"])
    /// Accepting a connection failed: acsd ran out of file descriptors (or memory).
    public static let acceptFailed = AuditEventKind(
        name: "daemon.accept_failed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a27", priority: 4,
        summary: "acsd could not accept a connection (no file descriptor or memory left) and waits a quarter second before trying again; "
            + "written for the first failure and every hundredth after it. Look for a client holding many connections (acsctl status).",
        fields: ["REASON", "FAILURES"])
    /// A validation notice was made for a debt's first collection contact (VALIDATION).
    public static let validationNotice = AuditEventKind(
        name: "validation.notice", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a30", priority: 5,
        summary: "The first collection contact of a debt made its validation notice (us profile): the itemization and the validation period it states.",
        fields: ["ACCOUNT", "REMINDER", "CHANNEL", "CURRENCY", "ITEMIZATION_DATE", "AMOUNT_THEN_MINOR", "INTEREST_MINOR", "FEES_MINOR",
                 "PAYMENTS_MINOR", "CREDITS_MINOR", "AMOUNT_MINOR", "SENT_ON", "RECEIPT_ON", "VALIDATION_ENDS_ON"])
    /// A policy stage put the account in a bureau's runs (CREDIT-REPORT-WAIT allowed it).
    public static let accountReported = AuditEventKind(
        name: "account.reported", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a31", priority: 5,
        summary: "A policy stage's report_to_bureau action put the account in the bureau's runs, after a conversation or 14 days after "
            + "a notice with no undeliverable return (CREDIT-REPORT-WAIT).",
        fields: ["ACCOUNT", "BUREAU", "STAGE"])
    /// A bureau run furnished an account's record.
    public static let accountFurnished = AuditEventKind(
        name: "account.furnished", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a32", priority: 6,
        summary: "A bureau run furnished one record of the account (one per currency): its status, balance and dispute flag.",
        fields: ["ACCOUNT", "BUREAU", "RUN", "STATUS_CODE", "AMOUNT_MINOR", "CURRENCY", "DISPUTED"])
    /// A bureau run was recorded.
    public static let bureauRun = AuditEventKind(
        name: "bureau.run", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a33", priority: 5,
        summary: "A credit bureau run was recorded: the furnishing records of every account reported to the bureau.",
        fields: ["BUREAU", "RUN", "RECORDS"])
    /// Credit held on the account paid an obligation.
    public static let creditApplied = AuditEventKind(
        name: "credit.applied", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a34", priority: 5,
        summary: "Credit left by an earlier payment paid an open obligation (oldest due first), as an allocation of that payment.",
        fields: ["ACCOUNT", "PAYMENT", "OBLIGATION", "AMOUNT_MINOR", "CURRENCY"])
    /// A settlement was offered.
    public static let settlementOffered = AuditEventKind(
        name: "settlement.offered", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a35", priority: 5,
        summary: "A settlement was offered: the debt in one currency is settled for an amount paid by a day; the rest will be written off.",
        fields: ["ACCOUNT", "SETTLEMENT", "AMOUNT_MINOR", "CURRENCY", "BALANCE_MINOR", "DISCOUNT_BP", "EXPIRES_ON", "STAGE"])
    /// A settlement changed status: accepted, paid, expired, withdrawn, broken.
    public static let settlementChanged = AuditEventKind(
        name: "settlement.changed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a36", priority: 5,
        summary: "A settlement was accepted (a promise stands for it), paid (the rest is written off), expired, withdrawn, "
            + "or broken (a payment that paid it came back; its write-offs are reversed).",
        fields: ["ACCOUNT", "SETTLEMENT", "STATUS", "AMOUNT_MINOR", "CURRENCY", "REASON"])
    /// An amount was written off an obligation.
    public static let writtenOff = AuditEventKind(
        name: "obligation.written_off", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a37", priority: 5,
        summary: "An amount was written off an obligation: an adjustment with its reason, never a deleted row. "
            + "A reversed write-off (a broken settlement) has REVERSED=1 and reopens the amount.",
        fields: ["ACCOUNT", "WRITE_OFF", "OBLIGATION", "AMOUNT_MINOR", "CURRENCY", "REASON", "SETTLEMENT", "STAGE", "REVERSED"])
    /// A dispute was received.
    public static let disputeOpened = AuditEventKind(
        name: "dispute.opened", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a38", priority: 5,
        summary: "A dispute was received: who, which obligations, why and how; HOLD-DISPUTE holds them until it is decided.",
        fields: ["ACCOUNT", "DISPUTE", "OBLIGATION", "REASON", "RECEIVED_VIA", "DISPUTANT", "VALIDATION_ENDS_ON"])
    /// A dispute moved on: verification sent, upheld or rejected.
    public static let disputeChanged = AuditEventKind(
        name: "dispute.changed", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a39", priority: 5,
        summary: "A dispute moved on: verification of the debt sent (DOCUMENT names it), upheld (AMOUNT_MINOR written off, holds cleared) "
            + "or rejected (holds cleared, collection resumes with the policy's notice).",
        fields: ["ACCOUNT", "DISPUTE", "STATUS", "DOCUMENT", "AMOUNT_MINOR", "CURRENCY", "REASON"])
    /// An agency reported its status of a placed account.
    public static let placementStatus = AuditEventKind(
        name: "placement.status", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a3a", priority: 6,
        summary: "An agency's return file reported its status of an account placed with it (REFERENCE is the agency's record).",
        fields: ["ACCOUNT", "PLACEMENT", "AGENCY", "STATUS", "REFERENCE", "REASON"])
    /// A backup copy of the database was taken.
    public static let databaseBackup = AuditEventKind(
        name: "database.backup", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a3b", priority: 5,
        summary: "A consistent copy of the database was taken while acsd served (SQLite's online backup of one snapshot), "
            + "passed integrity_check and was sent to the caller (acsctl backup).",
        fields: ["BYTES", "SCHEMA", "ACCOUNTS", "PAYMENTS"])
    /// An account's pay-link token was revoked and replaced.
    public static let payTokenRevoked = AuditEventKind(
        name: "account.pay_token_revoked", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a3e", priority: 5,
        summary: "An account's pay-link token was revoked: the links sent before no longer work; its reminders not yet claimed are "
            + "cancelled (pay_token_revoked) and the next cycle renders them with the new token.",
        fields: ["ACCOUNT", "REASON"])
    /// A bank statement entry matched nothing: it waits in the unmatched queue.
    public static let bankUnmatched = AuditEventKind(
        name: "bank.unmatched", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a3c", priority: 4,
        summary: "A bank statement entry matched no account (a credit) or no payment (a return); it waits in the unmatched queue "
            + "(acsctl payments unmatched list) with the reason.",
        fields: ["UNMATCHED", "BANK_ACCOUNT", "REFERENCE", "AMOUNT_MINOR", "CURRENCY", "REASON"])
    /// An entry of the unmatched queue was resolved by hand.
    public static let bankUnmatchedResolved = AuditEventKind(
        name: "bank.unmatched_resolved", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a3d", priority: 5,
        summary: "An unmatched bank entry was resolved by hand: assigned (posted to ACS_ACCOUNT, or the return applied to ACS_PAYMENT) "
            + "or ignored, with the reason.",
        fields: ["UNMATCHED", "BANK_ACCOUNT", "REFERENCE", "STATUS", "ACCOUNT", "PAYMENT", "REASON"])
    /// acs-gateway refused a webhook: a bad or missing signature, a stale timestamp, a malformed body, or acsd refusing the event.
    public static let gatewayRefused = AuditEventKind(
        name: "gateway.refused", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a3f", priority: 4,
        summary: "acs-gateway refused a payment gateway's webhook with the HTTP status in ACS_HTTP_STATUS (400 bad signature, stale "
            + "timestamp or malformed body; 401 bad Adyen HMAC; 409 or 422 acsd refused the event; 413 a body over 1 MiB; 503 acsd could not take it, the gateway retries). "
            + "Written by acs-gateway (SYSLOG_IDENTIFIER=acs-gateway), not acsd.",
        fields: ["GATEWAY", "GATEWAY_EVENT", "HTTP_STATUS", "REASON"])
    /// acs-gateway took an event it cannot apply by itself: a person must.
    public static let gatewayNeedsReview = AuditEventKind(
        name: "gateway.needs_review", messageID: "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a40", priority: 4,
        summary: "acs-gateway answered a gateway's event 200 but could not apply it by itself; ACS_REASON says what a person must do: "
            + "a partial refund (acsd reverses payments whole: reverse it with reason refunded and post what the debtor kept), "
            + "a refund of a payment already reversed, a refund, dispute or chargeback of a payment acs never posted under the gateway's "
            + "key (older than an hour), a dispute won, a failed refund or a reversed chargeback. Written by acs-gateway.",
        fields: ["GATEWAY", "GATEWAY_EVENT", "PAYMENT", "ACCOUNT", "AMOUNT_MINOR", "CURRENCY", "REASON"])

    /// Every event type acsd writes: the one list the catalog and docs are made from.
    public static let all: [AuditEventKind] = [
        daemonStarted, daemonStopped, configReloaded, configReloadFailed, clockChanged,
        accountSynced, paymentPosted, paymentReplayed, paymentReversed, holdSet, holdCleared, holdEnding, consentChanged,
        accessDenied, reminderScheduled, reminderClaimed, reminderDelivered, reminderFailed, reminderCancelled,
        reminderDeferred, reminderSuppressed, cycleCompleted, policiesReloaded, policiesReloadFailed,
        taskCreated, accountPlaced, placementExported, accountRecalled, promiseRecorded, promiseKept, promiseBroken, feeCharged,
        planCreated, planBroken, planCompleted, planReopened, planCancelled, interestAccrued, promiseCancelled, taskCompleted,
        acceptFailed, validationNotice, accountReported, accountFurnished, bureauRun, creditApplied,
        settlementOffered, settlementChanged, writtenOff, disputeOpened, disputeChanged, placementStatus, databaseBackup,
        bankUnmatched, bankUnmatchedResolved, payTokenRevoked, gatewayRefused, gatewayNeedsReview,
    ]
}
