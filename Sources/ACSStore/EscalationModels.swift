public import ACSCore
public import Foundation

/// Something the engine or a call did besides reminders, for the audit trail.
public struct EscalationEvent: Sendable, Hashable {
    /// The audit event it is.
    public var kind: AuditEventKind
    /// acsd's account id.
    public var accountID: Int64
    /// The entry's message.
    public var message: String
    /// The entry's `ACS_*` fields (without the prefix), beside the account.
    public var fields: [String: String]

    /// Creates an event.
    public init(_ kind: AuditEventKind, accountID: Int64, _ message: String, _ fields: [String: String] = [:]) {
        self.kind = kind
        self.accountID = accountID
        self.message = message
        self.fields = fields
    }
}

/// One contact attempt: a claimed reminder and what came of it.
public struct ContactRecord: Sendable, Hashable {
    /// When it was claimed.
    public var at: Date
    /// The contact channel.
    public var channel: ContactChannel
    /// The outcome reported; nil while none.
    public var outcome: ReminderOutcome?
    /// acsd's reminder id.
    public var reminderID: Int64
}

/// A task for a person.
public struct TaskView: Sendable, Hashable {
    /// acsd's id.
    public var id: Int64
    /// acsd's account id.
    public var accountID: Int64
    /// The work queue.
    public var queue: String
    /// Where it is.
    public var status: TaskStatus
    /// The policy stage that owed it.
    public var stage: String
    /// Why.
    public var reason: String
    /// The due date.
    public var dueOn: LocalDate
    /// When it was created.
    public var createdAt: Date
    /// Who works it.
    public var assignee: String
    /// When it was claimed.
    public var claimedAt: Date?
    /// The uid of the claimer.
    public var claimedByUID: UInt32?
    /// What came of it; nil until done.
    public var outcome: TaskOutcome?
    /// A note for the record.
    public var note: String
    /// When it was completed.
    public var completedAt: Date?
    /// The uid of who completed it.
    public var completedByUID: UInt32?
}

/// A placement of an account with an agency.
public struct PlacementView: Sendable, Hashable {
    /// acsd's id.
    public var id: Int64
    /// acsd's account id.
    public var accountID: Int64
    /// The agency, as in the configuration.
    public var agency: String
    /// Where it is.
    public var status: PlacementStatus
    /// True when a policy stage placed it.
    public var automatic: Bool
    /// The policy stage that owed it.
    public var stage: String
    /// True when acs keeps reminding while the agency collects.
    public var coCollect: Bool
    /// Why.
    public var reason: String
    /// When it was placed.
    public var placedAt: Date
    /// The uid of who placed it (0: the engine).
    public var placedByUID: UInt32
    /// Outstanding per currency when placed.
    public var placedBalances: [Money]
    /// Collected by the agency since, per currency (agency payments).
    public var collected: [Money]
    /// The export that carried it; "" until exported.
    public var exportID: String
    /// When it was first exported.
    public var exportedAt: Date?
    /// Why it was recalled; nil while active.
    public var recallReason: RecallReason?
    /// What the caller said when recalling.
    public var recallNote: String
    /// When it was recalled.
    public var recalledAt: Date?
    /// The uid of who recalled it.
    public var recalledByUID: UInt32?
    /// The export that carried its recall to the agency; "" until then.
    public var recallExportID = ""
    /// The agency's latest status of the account (its return file); "" until one.
    public var agencyStatus = ""
    /// When the agency reported it.
    public var agencyStatusAt: Date?
}

/// What a placement file carries: a placement, or the recall of one exported before.
public struct PlacementFileRecord: Sendable {
    /// The placement as it is now.
    public var placement: PlacementView
    /// True for a recall, false for a new placement.
    public var isRecall: Bool
    /// The account in full.
    public var account: AccountView
    /// Its latest contact attempts.
    public var contacts: [ContactRecord]
}

/// A promise to pay.
public struct PromiseView: Sendable, Hashable {
    /// acsd's id.
    public var id: Int64
    /// acsd's account id.
    public var accountID: Int64
    /// The amount.
    public var amount: Money
    /// The day it is promised by.
    public var promisedOn: LocalDate
    /// Grace days after the date.
    public var graceDays: Int
    /// Where it is.
    public var status: PromiseState
    /// Paid towards it since it was recorded.
    public var paid: Money
    /// Where it came from: collector, portal, voice.
    public var source: String
    /// A note for the record.
    public var note: String
    /// When it was recorded.
    public var recordedAt: Date
    /// The uid of who recorded it.
    public var recordedByUID: UInt32
    /// When it was decided.
    public var resolvedAt: Date?
}

/// Counts of promises and the share kept.
public struct PromiseCounts: Sendable, Hashable {
    /// Still pending.
    public var pending = 0, kept = 0, broken = 0, cancelled = 0

    /// No promises.
    public init() {}

    /// Counts `count` more promises in `state`.
    public mutating func add(_ count: Int, _ state: PromiseState) {
        switch state {
        case .pending: pending += count
        case .kept: kept += count
        case .broken: broken += count
        case .cancelled: cancelled += count
        }
    }
}
