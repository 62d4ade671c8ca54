public import ACSCore
public import Foundation
import GRDB

/// A payment plan as stored.
public struct PlanView: Sendable, Hashable {
    /// acsd's id.
    public var id: Int64
    /// acsd's account id.
    public var accountID: Int64
    /// The currency of every amount.
    public var currency: String
    /// The total, minor units.
    public var total: Int64
    /// With what payments since the plan began paid of each.
    public var instalments: [PlanInstalment]
    /// Where it is.
    public var status: PlanState
    /// Grace days after the date.
    public var graceDays: Int
    /// A note for the record.
    public var note: String
    /// When it was created.
    public var createdAt: Date
    /// The uid of who created it.
    public var createdByUID: UInt32
    /// When it ended.
    public var endedAt: Date?
    /// For cancelled: why.
    public var cancelReason: String
    /// The uid of who cancelled it.
    public var cancelledByUID: UInt32?
}

extension EscalationStore {
    /// Inserts an active payment plan of the account's overdue balance in `currency`; a
    /// pending promise gives way to it (cancelled).
    static func insertPlan(_ lookup: AccountLookup, currency: String, instalments: [(amount: Int64, dueOn: LocalDate)], graceDays: Int,
                           note: String, by actor: ChangeActor, in db: Database) throws -> (plan: PlanView, events: [EscalationEvent]) {
        guard TextRules.isText(note, max: 2000) else { throw ACSError.invalidArgument(field: "note", "must be text without control characters") }
        let accountID = try Ledger.accountID(lookup, in: db)
        let today = LocalDate(actor.at, in: try Ledger.timeZone(accountID: accountID, in: db))
        if try db.value(Int64.self, "SELECT id FROM payment_plan WHERE account_id = ? AND status = 'active'", [accountID]) != nil {
            throw ACSError(.alreadyExists, "account \(accountID) already has an active payment plan")
        }
        let overdue = try db.value(Int64.self, """
            SELECT account_sum(open_minor) FROM obligation WHERE account_id = ? AND currency = ? AND due_on < ?
            """, [accountID, currency, today.description]) ?? 0
        let violations = PaymentPlanRules.violations(amounts: instalments.map(\.amount), dates: instalments.map(\.dueOn), overdue: overdue, today: today)
        guard violations.isEmpty else {
            throw ACSError(.invalidArgument, violations.map { "\($0.field): \($0.description)" }.joined(separator: "; "), violations: violations)
        }
        try db.run("""
            INSERT INTO payment_plan (account_id, currency, total_minor, status, grace_days, note, created_at, created_by_uid)
            VALUES (?, ?, ?, 'active', ?, ?, ?, ?)
            """, [accountID, currency, overdue, graceDays, note, Ledger.seconds(actor.at), Int64(actor.caller.uid)])
        let planID = db.lastInsertedRowID
        for (index, instalment) in instalments.enumerated() {
            try db.run("INSERT INTO instalment (plan_id, number, amount_minor, due_on) VALUES (?, ?, ?, ?)",
                       [planID, index + 1, instalment.amount, instalment.dueOn.description])
        }
        let promiseID = try db.value(Int64.self, "SELECT id FROM promise WHERE account_id = ? AND status = 'pending'", [accountID])
        try db.run("UPDATE promise SET status = 'cancelled', resolved_at = ? WHERE account_id = ? AND status = 'pending'",
                   [Ledger.seconds(actor.at), accountID])
        let plan = try Self.plan(id: planID, in: db)
        let event = EscalationEvent(.planCreated, accountID: accountID,
                                    "payment plan \(planID): \(Money(minorUnits: overdue, currency: currency)) in \(instalments.count) instalments, the last due \(instalments.last!.dueOn)",
                                    ["PLAN": String(planID), "AMOUNT_MINOR": String(overdue), "CURRENCY": currency, "INSTALMENTS": String(instalments.count)])
        let promiseEvent = promiseID.map {
            EscalationEvent(.promiseCancelled, accountID: accountID, "promise \($0) cancelled: payment plan \(planID) takes its place",
                            ["PROMISE": String($0), "REASON": "payment plan \(planID)"])
        }
        return (plan, [promiseEvent, event].compactMap { $0 })
    }

    /// Completes or breaks the account's active plan when its instalments say so (on `today`).
    static func resolvePlan(_ plan: PlanView, on today: LocalDate, at now: Date, in db: Database) throws -> EscalationEvent? {
        let state = PaymentPlanRules.state(plan.instalments, graceDays: plan.graceDays, today: today)
        guard state != .active else { return nil }
        try db.run("UPDATE payment_plan SET status = ?, ended_at = ? WHERE id = ?", [state.rawValue, Ledger.seconds(now), plan.id])
        try AccountStore.markDue(accountID: plan.accountID, in: db)
        let missed = plan.instalments.first { !$0.isPaid }
        let what = state == .completed ? "completed: every instalment paid"
            : "broken: instalment \(missed?.number ?? 0) due \(missed?.dueOn.description ?? "") unpaid after \(plan.graceDays) days of grace; the policy resumes"
        return EscalationEvent(state == .completed ? .planCompleted : .planBroken, accountID: plan.accountID, "payment plan \(plan.id) \(what)",
                               ["PLAN": String(plan.id), "AMOUNT_MINOR": String(plan.total), "CURRENCY": plan.currency,
                                "INSTALMENTS": String(plan.instalments.count)])
    }

    /// The completed plans in the payment's currency that `payment` counted towards, now that it came back (the payer's
    /// doing, as for a promise it kept): each is active again while its first unpaid instalment is within the plan's grace
    /// days (the policy waits again), broken after them (the policy resumes). Runs after the payment is marked reversed.
    static func plansReopened(byReversalOf payment: PaymentView, at now: Date, in db: Database) throws -> [EscalationEvent] {
        let today = LocalDate(now, in: try Ledger.timeZone(accountID: payment.accountID, in: db))
        let ids = try db.rows("""
            SELECT id FROM payment_plan WHERE account_id = ? AND currency = ? AND status = 'completed' AND created_at <= ? ORDER BY id
            """, [payment.accountID, payment.amount.currency, Ledger.seconds(payment.countsFrom)])
            .map { $0[0] as Int64 }
        return try ids.compactMap { id -> EscalationEvent? in
            let plan = try plan(id: id, in: db)
            var state = PaymentPlanRules.state(plan.instalments, graceDays: plan.graceDays, today: today)
            guard state != .completed else { return nil }
            // One active plan per account: one agreed since (for new debt) keeps its place.
            let displaced = try state == .active && activePlan(accountID: plan.accountID, in: db) != nil
            if displaced { state = .broken }
            try db.run("UPDATE payment_plan SET status = ?, ended_at = ? WHERE id = ?",
                       [state.rawValue, state == .active ? nil : Ledger.seconds(now), id])
            let missed = plan.instalments.first { !$0.isPaid }
            let due = "instalment \(missed?.number ?? 0) due \(missed?.dueOn.description ?? "") is unpaid again"
            let fields = ["PLAN": String(id), "PAYMENT": String(payment.id), "AMOUNT_MINOR": String(plan.total), "CURRENCY": plan.currency,
                          "INSTALMENTS": String(plan.instalments.count)]
            if state == .active {
                return EscalationEvent(.planReopened, accountID: plan.accountID,
                                       "payment plan \(id) reopened: payment \(payment.id) that completed it came back; \(due), within \(plan.graceDays) days of grace", fields)
            }
            let why = displaced ? "another plan is active" : "past \(plan.graceDays) days of grace"
            return EscalationEvent(.planBroken, accountID: plan.accountID,
                                   "payment plan \(id) broken: payment \(payment.id) that completed it came back; \(due), \(why); the policy resumes",
                                   fields)
        }
    }

    static func activePlan(accountID: Int64, in db: Database) throws -> PlanView? {
        try db.rawRow("SELECT id FROM payment_plan WHERE account_id = ? AND status = 'active'", bind: { try $0.bind(1, accountID) }) { $0.int64(0) }
            .map { try plan(id: $0, in: db) }
    }

    static func plan(id: Int64, in db: Database) throws -> PlanView {
        guard let row = try db.row("SELECT * FROM payment_plan WHERE id = ?", [id]) else { throw ACSError(.notFound, "no payment plan \(id)") }
        let accountID: Int64 = row["account_id"], currency: String = row["currency"]
        let created: Int64 = row["created_at"]
        // What payments since the plan began (received since, or posted since: reported late) applied to the debt it
        // covers (what was overdue then).
        let createdAt = Date(timeIntervalSince1970: TimeInterval(created))
        let createdOn = LocalDate(createdAt, in: try Ledger.timeZone(accountID: accountID, in: db))
        let paid = try db.value(Int64.self, """
            SELECT account_sum(al.amount_minor) FROM allocation al JOIN payment p ON p.id = al.payment_id JOIN obligation o ON o.id = al.obligation_id
            WHERE o.account_id = ? AND o.currency = ? AND o.due_on < ? AND o.kind IN ('invoice', 'instalment')
              AND p.reversed_at IS NULL AND (p.received_at >= ? OR p.posted_at >= ?)
            """, [accountID, currency, createdOn.description, Ledger.text(createdAt), Ledger.text(createdAt)]) ?? 0
        let instalments = try db.rows("SELECT number, amount_minor, due_on FROM instalment WHERE plan_id = ? ORDER BY number", [id]).map {
            PlanInstalment(number: $0[0], amount: $0[1], dueOn: try Ledger.day($0[2]))
        }
        return PlanView(
            id: id, accountID: accountID, currency: currency, total: row["total_minor"], instalments: PaymentPlanRules.apply(paid: paid, to: instalments),
            status: try Ledger.stored(row["status"]), graceDays: row["grace_days"], note: row["note"], createdAt: Ledger.instant(created)!,
            createdByUID: UInt32(row["created_by_uid"] as Int64), endedAt: Ledger.instant(row["ended_at"]), cancelReason: row["cancel_reason"],
            cancelledByUID: (row["cancelled_by_uid"] as Int64?).map { UInt32($0) })
    }
}

extension EscalationStore {
    /// A plan by id, or the account's active plan.
    public func plan(id: Int64?, account: AccountLookup?) async throws(ACSError) -> PlanView {
        try await read { db in
            if let id { return try Self.plan(id: id, in: db) }
            guard let account else { throw ACSError.invalidArgument(field: "plan_id", "give a plan_id or an account") }
            let accountID = try Ledger.accountID(account, in: db)
            guard let planID = try db.value(Int64.self, "SELECT id FROM payment_plan WHERE account_id = ? AND status = 'active'", [accountID]) else {
                throw ACSError(.notFound, "account \(accountID) has no active payment plan")
            }
            return try Self.plan(id: planID, in: db)
        }
    }

    /// Cancels an active plan; the policy resumes.
    public func cancelPlan(id: Int64, by actor: ChangeActor) async throws(ACSError) -> (plan: PlanView, events: [EscalationEvent]) {
        guard !actor.reason.isEmpty, TextRules.isText(actor.reason, max: 2000) else { throw .invalidArgument(field: "reason", "is required") }
        return try await writer.write { db in
            let plan = try Self.plan(id: id, in: db)
            guard plan.status == .active else { throw ACSError(.failedPrecondition, "payment plan \(id) is \(plan.status.rawValue)") }
            try db.run("UPDATE payment_plan SET status = 'cancelled', ended_at = ?, cancel_reason = ?, cancelled_by_uid = ? WHERE id = ?",
                       [Ledger.seconds(actor.at), actor.reason, Int64(actor.caller.uid), id])
            try AccountStore.markDue(accountID: plan.accountID, in: db)
            return (try Self.plan(id: id, in: db), [EscalationEvent(.planCancelled, accountID: plan.accountID,
                                                                     "payment plan \(id) cancelled: \(actor.reason); the policy resumes",
                                                                     ["PLAN": String(id), "REASON": actor.reason])])
        }
    }
}
