public import ACSCore
public import Foundation

/// Something the engine or a call did besides reminders, for the audit trail.
public struct EscalationEvent: Sendable, Hashable {
    /// The audit event's name, e.g. `escalation.placed` (one of `AuditEventKind.all`).
    public var event: String
    /// acsd's account id.
    public var accountID: Int64
    /// The entry's message.
    public var message: String
    /// The entry's `ACS_*` fields (without the prefix), beside the account.
    public var fields: [String: String]

    /// Creates an event.
    public init(_ event: String, accountID: Int64, _ message: String, _ fields: [String: String] = [:]) {
        self.event = event
        self.accountID = accountID
        self.message = message
        self.fields = fields
    }
}

/// One contact attempt: a claimed reminder and what came of it.
public struct ContactRecord: Sendable, Hashable {
    /// When it was claimed.
    public var at: Date
    public var channel: ContactChannel
    /// The outcome reported; nil while none.
    public var outcome: ReminderOutcome?
    public var reminderID: Int64
}

/// A task for a person.
public struct TaskView: Sendable, Hashable {
    public var id: Int64
    public var accountID: Int64
    public var queue: String
    /// open, claimed, done, cancelled.
    public var status: String
    public var stage: String
    public var reason: String
    public var dueOn: LocalDate
    public var createdAt: Date
    public var assignee: String
    public var claimedAt: Date?
    public var claimedByUID: UInt32?
    /// The outcome's name (contacted, no_contact, promise, payment_plan, paid, dispute, escalate, other).
    public var outcome: String
    public var note: String
    public var completedAt: Date?
    public var completedByUID: UInt32?
}

/// A placement of an account with an agency.
public struct PlacementView: Sendable, Hashable {
    public var id: Int64
    public var accountID: Int64
    public var agency: String
    /// active or recalled.
    public var status: String
    public var automatic: Bool
    public var stage: String
    public var coCollect: Bool
    public var reason: String
    public var placedAt: Date
    public var placedByUID: UInt32
    /// Outstanding per currency when placed.
    public var placedBalances: [Money]
    /// Collected by the agency since, per currency (agency payments).
    public var collected: [Money]
    public var exportID: String
    public var exportedAt: Date?
    /// manual, paid_in_full, disputed, bankruptcy; "" while active.
    public var recallReason: String
    public var recallNote: String
    public var recalledAt: Date?
    public var recalledByUID: UInt32?
}

/// A promise to pay.
public struct PromiseView: Sendable, Hashable {
    public var id: Int64
    public var accountID: Int64
    public var amount: Money
    public var promisedOn: LocalDate
    public var graceDays: Int
    /// pending, kept, broken, cancelled.
    public var status: String
    /// Paid towards it since it was recorded.
    public var paid: Money
    public var source: String
    public var note: String
    public var recordedAt: Date
    public var recordedByUID: UInt32
    public var resolvedAt: Date?
}

/// Counts of promises and the share kept.
public struct PromiseCounts: Sendable, Hashable {
    public var pending = 0, kept = 0, broken = 0, cancelled = 0

    /// No promises.
    public init() {}
}
