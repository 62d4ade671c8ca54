public import ACSCore
public import Foundation
import GRDB

/// One durable write over several stores: what the application layer composes (a payment
/// and what it sets off, a hold and what it stops) commits, or rolls back, as one. Only
/// valid inside the `Ledger.write` body that received it.
public struct LedgerTransaction {
    let db: Database

    /// Account rows.
    public var accounts: AccountStore.Rows { AccountStore.Rows(db: db) }
    /// Payment rows.
    public var payments: PaymentStore.Rows { PaymentStore.Rows(db: db) }
    /// Reminder rows.
    public var reminders: ReminderStore.Rows { ReminderStore.Rows(db: db) }
    /// Escalation rows.
    public var escalations: EscalationStore.Rows { EscalationStore.Rows(db: db) }
    /// Settlement and write-off rows.
    public var settlements: SettlementStore.Rows { SettlementStore.Rows(db: db) }
    /// Dispute rows.
    public var disputes: DisputeStore.Rows { DisputeStore.Rows(db: db) }
    /// Bank statement rows: the unmatched queue, applied returns.
    public var bank: BankStore.Rows { BankStore.Rows(db: db) }
}

extension Ledger {
    /// Runs `body` in one transaction of the group-commit writer: when this returns,
    /// everything it wrote is on disk (`synchronous=FULL`); when it throws, nothing is.
    /// `then` runs with the result after the commit and before this returns, never on the
    /// caller's thread (`GroupCommitWriter.write`): it must wait for nothing but a local socket
    /// (a journal entry), since the next group's commit may wait for it.
    public func write<T: Sendable>(_ body: @escaping @Sendable (LedgerTransaction) throws -> T,
                                   then afterCommit: (@Sendable (T) -> Void)? = nil) async throws(ACSError) -> T {
        try await writer.write({ db in try body(LedgerTransaction(db: db)) }, then: afterCommit)
    }
}

extension AccountStore {
    /// The account rows inside a `LedgerTransaction`.
    public struct Rows {
        let db: Database

        /// Puts the account in the next cycle's batch.
        public func markDue(_ accountID: Int64) throws { try AccountStore.markDue(accountID: accountID, in: db) }

        /// The account as stored, with no recent payments.
        public func view(_ accountID: Int64, at now: Date) throws -> AccountView {
            try AccountStore.view(accountID: accountID, recentPayments: 0, at: now, in: db)
        }

        /// Records a change of contact preferences (opt-out or opt-in of a channel, consent for
        /// a number, inconvenient times) on the account `lookup` names; answers its id.
        public func applyContactChange(_ change: ContactChange, on lookup: AccountLookup, by actor: ChangeActor) throws -> Int64 {
            try AccountStore.applyContactChange(change, on: lookup, by: actor, in: db)
        }

        /// Clears an active hold a decided dispute set (unless another open dispute holds it too);
        /// nil when it was cleared already or still holds another dispute.
        public func clearDisputeHold(_ id: Int64, by actor: ChangeActor) throws -> HoldView? {
            guard try DisputeStore.openDispute(holdingHold: id, in: db) == nil,
                  let accountID = try Int64.fetchOne(db, sql: "SELECT account_id FROM hold WHERE id = ? AND cleared_at IS NULL", arguments: [id]) else {
                return nil
            }
            try db.execute(sql: "UPDATE hold SET cleared_at = ?, cleared_by_uid = ?, clear_reason = ? WHERE id = ?",
                           arguments: [Ledger.text(actor.at), Int64(actor.caller.uid), actor.reason, id])
            try AccountStore.markDue(accountID: accountID, in: db)
            return try AccountStore.hold(id: id, in: db)
        }

        /// Inserts a hold (whole account, or one obligation for a dispute) on the account
        /// `lookup` names, with the dates `dates` decides on the account's day (default: in
        /// force from today until cleared); an identical active hold is answered again with
        /// `created` false.
        public func insertHold(_ kind: HoldKind, on lookup: AccountLookup, obligationExternalID: String = "",
                               dates: (LocalDate) throws(ACSError) -> HoldDates = { HoldDates(effectiveOn: $0) },
                               by actor: ChangeActor) throws -> (hold: HoldView, accountID: Int64, created: Bool) {
            try AccountStore.insertHold(kind, on: lookup, obligationExternalID: obligationExternalID, dates: dates, by: actor, in: db)
        }
    }
}

extension PaymentStore {
    /// The payment rows inside a `LedgerTransaction`.
    public struct Rows {
        let db: Database

        /// Records a prepared payment and allocates it (oldest first; what is left becomes
        /// credit), or answers the payment its idempotency key already recorded (`replayed`);
        /// the same key with other content is ABORTED. Sets off nothing else: that is the caller's.
        public func record(_ payment: PreparedPayment, by actor: ChangeActor, feesFirstPolicies: Set<String> = []) throws -> PostingResult {
            try PaymentStore.record(payment, by: actor, feesFirstPolicies: feesFirstPolicies, in: db)
        }

        /// Reverses a payment (see `PaymentStore.reverse`); a reversed one is answered again (`replayed`).
        public func reverse(_ paymentID: Int64, reason: ReversalReason, returnCode: String, note: String,
                            returnedFee: (String, String) -> Money?, by actor: ChangeActor) throws -> PostingResult {
            try PaymentStore.reverse(paymentID: paymentID, reason: reason, returnCode: returnCode, note: note, returnedFee: returnedFee,
                                     by: actor, in: db)
        }

        /// One payment.
        public func payment(_ id: Int64) throws -> PaymentView { try PaymentStore.payment(id: id, in: db) }
    }
}

extension ReminderStore {
    /// The reminder rows inside a `LedgerTransaction`.
    public struct Rows {
        let db: Database

        /// Cancels the account's reminders not yet claimed (on `channels`, or all), for `reason`.
        public func cancelUnclaimed(_ accountID: Int64, channels: [ContactChannel]? = nil, reason: ReminderCancelReason, at now: Date) throws
            -> [ReminderEvent] {
            try ReminderStore.cancelUnclaimed(accountID: accountID, channels: channels, reason: reason, at: now, in: db)
        }
    }
}

extension EscalationStore {
    /// The escalation rows inside a `LedgerTransaction`.
    public struct Rows {
        let db: Database

        /// Records a pending promise to pay on the account `lookup` names, replacing (cancelling)
        /// its earlier pending one; the amount must be owed in its currency, the date not past.
        public func insertPromise(_ lookup: AccountLookup, amount: Money, promisedOn: LocalDate, graceDays: Int, source: String, note: String,
                                  by actor: ChangeActor) throws
            -> (promise: PromiseView, replaced: PromiseView?, accountID: Int64, events: [EscalationEvent]) {
            try EscalationStore.insertPromise(lookup, amount: amount, promisedOn: promisedOn, graceDays: graceDays, source: source, note: note,
                                              by: actor, in: db)
        }

        /// Inserts an active payment plan of the account's overdue balance in `currency` (a
        /// pending promise gives way to it); PaymentPlanRules decides what may be agreed.
        public func insertPlan(_ lookup: AccountLookup, currency: String, instalments: [(amount: Int64, dueOn: LocalDate)], graceDays: Int,
                               note: String, by actor: ChangeActor) throws -> (plan: PlanView, events: [EscalationEvent]) {
            try EscalationStore.insertPlan(lookup, currency: currency, instalments: instalments, graceDays: graceDays, note: note, by: actor, in: db)
        }

        /// Cancels a pending promise; nil when it is no longer pending.
        public func cancelPromise(_ id: Int64, reason: String, at now: Date) throws -> EscalationEvent? {
            guard let accountID = try Int64.fetchOne(db, sql: "SELECT account_id FROM promise WHERE id = ? AND status = 'pending'", arguments: [id]) else {
                return nil
            }
            try db.execute(sql: "UPDATE promise SET status = 'cancelled', resolved_at = ? WHERE id = ?", arguments: [Ledger.seconds(now), id])
            return EscalationEvent(.promiseCancelled, accountID: accountID, "promise \(id) cancelled: \(reason)", ["PROMISE": String(id), "REASON": reason])
        }

        /// Recalls the account's active placement, if any.
        public func recall(_ accountID: Int64, reason: RecallReason, note: String, by actor: ChangeActor) throws -> EscalationEvent? {
            try EscalationStore.recall(accountID: accountID, reason: reason, note: note, uid: actor.caller.uid, at: actor.at, in: db)
        }
    }
}
