public import ACSCore
public import Foundation
import GRDB

/// What goes beyond reminders: promises, payment plans, tasks, and placements with agencies.
/// One of the ledger's named stores (`Ledger.escalations`); it shares the
/// database and the group-commit writer with the others.
public struct EscalationStore: LedgerStore {
    let database: ACSDatabase
    let writer: GroupCommitWriter
}

extension EscalationStore {
    /// Inserts a pending promise, cancelling the account's earlier pending one (replaced).
    static func insertPromise(_ lookup: AccountLookup, amount: Money, promisedOn: LocalDate, graceDays: Int, source: String, note: String,
                              by actor: ChangeActor, in db: Database) throws
        -> (promise: PromiseView, replaced: PromiseView?, accountID: Int64, events: [EscalationEvent]) {
        guard amount.minorUnits > 0 else { throw ACSError.invalidArgument(field: "amount", "must be more than 0") }
        guard TextRules.isText(note, max: 2000), TextRules.isText(source, max: 200) else {
            throw ACSError.invalidArgument(field: "note", "note and source must be text without control characters")
        }
        let accountID = try Ledger.accountID(lookup, in: db)
        let today = LocalDate(actor.at, in: try Ledger.timeZone(accountID: accountID, in: db))
        guard promisedOn >= today else { throw ACSError.invalidArgument(field: "promised_on", "must not be before today (\(today))") }
        let owes = try db.value(Int64.self, "SELECT count(*) FROM obligation WHERE account_id = ? AND currency = ? AND open_minor > 0",
                                [accountID, amount.currency]) ?? 0
        guard owes > 0 else { throw ACSError.invalidArgument(field: "amount", "the account owes nothing in \(amount.currency)") }
        let replacedID = try db.value(Int64.self, "SELECT id FROM promise WHERE account_id = ? AND status = 'pending'", [accountID])
        if let replacedID {
            try db.run("UPDATE promise SET status = 'cancelled', resolved_at = ? WHERE id = ?", [Ledger.seconds(actor.at), replacedID])
        }
        try db.run("""
            INSERT INTO promise (account_id, currency, amount_minor, promised_on, grace_days, status, source, note, recorded_at, recorded_by_uid)
            VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)
            """, [accountID, amount.currency, amount.minorUnits, promisedOn.description, graceDays, source, note, Ledger.seconds(actor.at),
                  Int64(actor.caller.uid)])
        let promise = try Self.promise(id: db.lastInsertedRowID, in: db)
        let event = EscalationEvent(.promiseRecorded, accountID: accountID,
                                    "promise to pay \(amount) by \(promisedOn) recorded (\(source.isEmpty ? "no source given" : source))",
                                    ["PROMISE": String(promise.id), "AMOUNT_MINOR": String(amount.minorUnits), "CURRENCY": amount.currency,
                                     "PROMISED_ON": promisedOn.description, "SOURCE": source])
        let replacedEvent = replacedID.map {
            EscalationEvent(.promiseCancelled, accountID: accountID, "promise \($0) replaced by promise \(promise.id)",
                            ["PROMISE": String($0), "REASON": "replaced"])
        }
        return (promise, try replacedID.map { try Self.promise(id: $0, in: db) }, accountID, [replacedEvent, event].compactMap { $0 })
    }

    // MARK: Promises

    /// The account's pending promise with what was paid towards it.
    static func pendingPromise(accountID: Int64, in db: Database) throws -> PendingPromise? {
        // Every cycle asks, and almost every account has none: the question goes through SQLite's own calls.
        guard try db.rawRow("SELECT 1 FROM promise WHERE account_id = ? AND status = 'pending'", bind: { try $0.bind(1, accountID) }, { _ in true }) != nil,
              let row = try db.row("SELECT * FROM promise WHERE account_id = ? AND status = 'pending'", [accountID]) else { return nil }
        let currency: String = row["currency"]
        let recorded = Date(timeIntervalSince1970: TimeInterval(row["recorded_at"] as Int64))
        let promisedOn = try Ledger.day(row["promised_on"])
        let graceDays: Int = row["grace_days"]
        // Only payments received by the end of its last day (in the debtor's zone) keep it: those received since it was
        // recorded, and those posted since (received before, reported late: a gateway's retry, a bank file).
        let deadline = promisedOn.adding(days: graceDays + 1).start(in: try Ledger.timeZone(accountID: accountID, in: db))
        let paid = try db.value(Int64.self, """
            SELECT account_sum(amount_minor) FROM payment
            WHERE account_id = ? AND currency = ? AND reversed_at IS NULL AND (received_at >= ? OR posted_at >= ?) AND received_at < ?
            """, [accountID, currency, Ledger.text(recorded), Ledger.text(recorded), Ledger.text(deadline)]) ?? 0
        return PendingPromise(id: row["id"], amount: Money(minorUnits: row["amount_minor"], currency: currency),
                              promisedOn: promisedOn, graceDays: graceDays, paid: paid)
    }

    /// A kept promise that counted a payment now returned is broken when what stays paid
    /// falls short of it (a pending one counts only unreversed payments already).
    static func promisesBroken(byReversalOf payment: PaymentView, at now: Date, in db: Database) throws -> [EscalationEvent] {
        let zone = try Ledger.timeZone(accountID: payment.accountID, in: db)
        let received = Ledger.seconds(payment.receivedAt)
        let counted = Ledger.seconds(payment.countsFrom)
        return try db.rows("SELECT * FROM promise WHERE account_id = ? AND status = 'kept' AND currency = ?",
                           [payment.accountID, payment.amount.currency]).compactMap { row -> EscalationEvent? in
            let id: Int64 = row["id"], amount: Int64 = row["amount_minor"], paid: Int64 = row["paid_minor"]
            let promisedOn = try Ledger.day(row["promised_on"])
            let deadline = Ledger.seconds(promisedOn.adding(days: (row["grace_days"] as Int) + 1).start(in: zone))
            let recorded: Int64 = row["recorded_at"]
            guard counted >= recorded, received < deadline, paid - payment.amount.minorUnits < amount else { return nil }
            let left = max(0, paid - payment.amount.minorUnits)
            try db.run("UPDATE promise SET status = 'broken', paid_minor = ?, resolved_at = ? WHERE id = ?", [left, Ledger.seconds(now), id])
            return EscalationEvent(.promiseBroken, accountID: payment.accountID,
                                   "promise \(id) broken: payment \(payment.id) that kept it came back; \(Money(minorUnits: left, currency: payment.amount.currency)) of \(Money(minorUnits: amount, currency: payment.amount.currency)) paid",
                                   ["PROMISE": String(id), "AMOUNT_MINOR": String(amount), "CURRENCY": payment.amount.currency,
                                    "PROMISED_ON": promisedOn.description])
        }
    }

    /// Settles a pending promise that is kept or broken on `today`.
    static func resolve(_ promise: PendingPromise, accountID: Int64, on today: LocalDate, at now: Date, in db: Database) throws -> EscalationEvent? {
        let state = promise.state(on: today)
        guard state != .pending else { return nil }
        try db.run("UPDATE promise SET status = ?, paid_minor = ?, resolved_at = ? WHERE id = ?",
                   [state.rawValue, promise.paid, Ledger.seconds(now), promise.id])
        let what = state == .kept ? "kept: \(Money(minorUnits: promise.paid, currency: promise.amount.currency)) paid"
            : "broken: \(Money(minorUnits: promise.paid, currency: promise.amount.currency)) of \(promise.amount) paid by \(promise.lastDay); the policy resumes"
        return EscalationEvent(state == .kept ? .promiseKept : .promiseBroken, accountID: accountID, "promise \(promise.id) \(what)",
                               ["PROMISE": String(promise.id), "AMOUNT_MINOR": String(promise.amount.minorUnits), "CURRENCY": promise.amount.currency,
                                "PROMISED_ON": promise.promisedOn.description])
    }

    static func promise(id: Int64, in db: Database) throws -> PromiseView {
        guard let row = try db.row("SELECT * FROM promise WHERE id = ?", [id]) else { throw ACSError(.notFound, "no promise \(id)") }
        let currency: String = row["currency"]
        let status: PromiseState = try Ledger.stored(row["status"])
        let accountID: Int64 = row["account_id"]
        var paid: Int64 = row["paid_minor"]
        if status == .pending, let pending = try pendingPromise(accountID: accountID, in: db) { paid = pending.paid }
        return PromiseView(
            id: id, accountID: accountID, amount: Money(minorUnits: row["amount_minor"], currency: currency),
            promisedOn: try Ledger.day(row["promised_on"]), graceDays: row["grace_days"], status: status,
            paid: Money(minorUnits: paid, currency: currency), source: row["source"], note: row["note"],
            recordedAt: Ledger.instant(row["recorded_at"])!, recordedByUID: UInt32(row["recorded_by_uid"] as Int64), resolvedAt: Ledger.instant(row["resolved_at"]))
    }

    // MARK: Placements

    static func place(accountID: Int64, agency: String, coCollect: Bool, automatic: Bool, stage: String, actionKey: String, reason: String,
                      uid: UInt32, at now: Date, in db: Database) throws -> (PlacementView, [ReminderEvent], EscalationEvent) {
        if let hold = try db.value(String.self, """
            SELECT kind FROM hold WHERE account_id = ? AND cleared_at IS NULL AND kind IN ('dispute', 'bankruptcy') LIMIT 1
            """, [accountID]) {
            throw ACSError(.failedPrecondition, "account \(accountID) has an active \(hold) hold; it cannot be placed")
        }
        if let existing = try db.value(String.self, "SELECT agency FROM placement WHERE account_id = ? AND status = 'active'", [accountID]) {
            throw ACSError(.alreadyExists, "account \(accountID) is already placed with \(existing)")
        }
        let today = LocalDate(now, in: try Ledger.timeZone(accountID: accountID, in: db))
        let balances = try Ledger.balances(accountID: accountID, today: today, in: db).filter { $0.outstanding > 0 }
            .map { "\($0.currency):\($0.outstanding)" }.joined(separator: ",")
        try db.run("""
            INSERT INTO placement (account_id, agency, status, automatic, action_key, stage, co_collect, reason, placed_at, placed_by_uid, placed_balances)
            VALUES (?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?)
            """, [accountID, agency, automatic, actionKey, stage, coCollect, reason, Ledger.seconds(now), Int64(uid), balances])
        let placement = try Self.placement(id: db.lastInsertedRowID, in: db)
        let cancelled = coCollect ? [] : try ReminderStore.cancelUnclaimed(accountID: accountID, reason: .placement, at: now, in: db)
        let tasks = try cancelOpenTasks(accountID: accountID, in: db)
        let event = EscalationEvent(.accountPlaced, accountID: accountID,
                                    "placed with \(agency)\(automatic ? " at stage \(stage)" : " by hand")\(coCollect ? " (acs keeps reminding)" : ""): \(reason)",
                                    ["PLACEMENT": String(placement.id), "AGENCY": agency, "STAGE": stage, "REASON": reason,
                                     "TASKS_CANCELLED": String(tasks)])
        return (placement, cancelled, event)
    }

    /// Recalls the account's active placement, if any.
    static func recall(accountID: Int64, reason: RecallReason, note: String, uid: UInt32, at now: Date, in db: Database) throws -> EscalationEvent? {
        guard let row = try db.row("SELECT id, agency FROM placement WHERE account_id = ? AND status = 'active'", [accountID]) else { return nil }
        let id: Int64 = row[0], agency: String = row[1]
        try db.run("""
            UPDATE placement SET status = 'recalled', recall_reason = ?, recall_note = ?, recalled_at = ?, recalled_by_uid = ? WHERE id = ?
            """, [reason.rawValue, note, Ledger.seconds(now), Int64(uid), id])
        try AccountStore.markDue(accountID: accountID, in: db)
        return EscalationEvent(.accountRecalled, accountID: accountID, "recalled from \(agency): \(reason.rawValue)\(note.isEmpty ? "" : " (\(note))")",
                               ["PLACEMENT": String(id), "AGENCY": agency, "REASON": reason.rawValue])
    }

    static func activePlacement(accountID: Int64, in db: Database) throws -> (id: Int64, coCollect: Bool)? {
        try db.rawRow("SELECT id, co_collect FROM placement WHERE account_id = ? AND status = 'active'",
                      bind: { try $0.bind(1, accountID) }) { (id: $0.int64(0), coCollect: $0.int64(1) != 0) }
    }

    static func placement(id: Int64, in db: Database) throws -> PlacementView {
        guard let row = try db.row("SELECT * FROM placement WHERE id = ?", [id]) else { throw ACSError(.notFound, "no placement \(id)") }
        let accountID: Int64 = row["account_id"]
        let agency: String = row["agency"]
        let placedAt: Int64 = row["placed_at"]
        let balances = (row["placed_balances"] as String).split(separator: ",").compactMap { part -> Money? in
            let pieces = part.split(separator: ":")
            guard pieces.count == 2, let minor = Int64(pieces[1]) else { return nil }
            return Money(minorUnits: minor, currency: String(pieces[0]))
        }
        let collected = try Row.fetchAll(db, sql: """
            SELECT currency, account_sum(amount_minor) FROM payment WHERE account_id = ? AND agency = ? AND reversed_at IS NULL AND posted_at >= ? GROUP BY currency
            """, arguments: [accountID, agency, Ledger.text(Date(timeIntervalSince1970: TimeInterval(placedAt)))]).map { Money(minorUnits: $0[1], currency: $0[0]) }
        return PlacementView(
            id: id, accountID: accountID, agency: agency, status: try Ledger.stored(row["status"]), automatic: row["automatic"], stage: row["stage"],
            coCollect: row["co_collect"], reason: row["reason"], placedAt: Ledger.instant(placedAt)!, placedByUID: UInt32(row["placed_by_uid"] as Int64),
            placedBalances: balances, collected: collected, exportID: row["export_id"], exportedAt: Ledger.instant(row["exported_at"]),
            recallReason: try Ledger.storedIfAny(row["recall_reason"]), recallNote: row["recall_note"], recalledAt: Ledger.instant(row["recalled_at"]),
            recalledByUID: (row["recalled_by_uid"] as Int64?).map { UInt32($0) }, recallExportID: row["recall_export_id"],
            agencyStatus: row["agency_status"], agencyStatusAt: (row["agency_status_at"] as String?).map { Ledger.date($0) })
    }

    // MARK: Tasks

    static func cancelOpenTasks(accountID: Int64, in db: Database) throws -> Int {
        try db.run("UPDATE task SET status = 'cancelled' WHERE account_id = ? AND status IN ('open', 'claimed')", [accountID])
        return db.changesCount
    }

    static func task(id: Int64, in db: Database) throws -> TaskView {
        guard let row = try db.row("SELECT * FROM task WHERE id = ?", [id]) else { throw ACSError(.notFound, "no task \(id)") }
        return TaskView(
            id: id, accountID: row["account_id"], queue: row["queue"], status: try Ledger.stored(row["status"]), stage: row["stage"], reason: row["reason"],
            dueOn: try Ledger.day(row["due_on"]), createdAt: Ledger.instant(row["created_at"])!, assignee: row["assignee"],
            claimedAt: Ledger.instant(row["claimed_at"]), claimedByUID: (row["claimed_by_uid"] as Int64?).map { UInt32($0) }, outcome: try Ledger.storedIfAny(row["outcome"]),
            note: row["note"], completedAt: Ledger.instant(row["completed_at"]), completedByUID: (row["completed_by_uid"] as Int64?).map { UInt32($0) })
    }

    // MARK: The engine's escalations

    /// Marks a stage's money action (a fee on `base`, a write-off, a settlement offer) done
    /// for the account, once: the charge table's keys are among the engine's done keys.
    /// Answers the mark's id, or nil when it was done before.
    private static func markOnce(accountID: Int64, base: String = "", key: String, at now: Date, in db: Database) throws -> Int64? {
        try db.run("INSERT OR IGNORE INTO charge (account_id, base_external_id, action_key, obligation_id, charged_at) VALUES (?, ?, ?, NULL, ?)",
                   [accountID, base, key, Ledger.seconds(now)])
        return db.changesCount == 1 ? db.lastInsertedRowID : nil
    }

    /// Carries out one escalation the engine owes; no events when it was done before.
    static func apply(_ draft: EscalationDraft, accountID: Int64, at now: Date, in db: Database) throws -> (events: [EscalationEvent], cancelled: [ReminderEvent]) {
        switch draft {
        case .fee(let key, let stage, let base, let amount, let reason):
            guard let chargeID = try markOnce(accountID: accountID, base: base, key: key, at: now, in: db) else { return ([], []) }
            let today = LocalDate(now, in: try Ledger.timeZone(accountID: accountID, in: db))
            try db.run("""
                INSERT INTO obligation (account_id, external_id, kind, currency, amount_minor, open_minor, issued_on, due_on)
                VALUES (?, ?, 'fee', ?, ?, ?, ?, ?)
                """, [accountID, "FEE-\(chargeID)", amount.currency, amount.minorUnits, amount.minorUnits, today.description, today.description])
            try db.run("UPDATE charge SET obligation_id = ? WHERE id = ?", [db.lastInsertedRowID, chargeID])
            try Ledger.refreshOldestDue(accountID: accountID, in: db)
            return ([EscalationEvent(.feeCharged, accountID: accountID, "\(reason) of \(amount) charged\(base.isEmpty ? "" : " on \(base)") (stage \(stage))",
                                    ["OBLIGATION": base, "FEE": "FEE-\(chargeID)", "AMOUNT_MINOR": String(amount.minorUnits),
                                     "CURRENCY": amount.currency, "STAGE": stage, "REASON": reason])], [])
        case .task(let key, let stage, let queue, let dueOn, let reason):
            try db.run("""
                INSERT OR IGNORE INTO task (account_id, queue, status, action_key, stage, reason, due_on, created_at) VALUES (?, ?, 'open', ?, ?, ?, ?, ?)
                """, [accountID, queue, key, stage, reason, dueOn.description, Ledger.seconds(now)])
            guard db.changesCount == 1 else { return ([], []) }
            return ([EscalationEvent(.taskCreated, accountID: accountID, "task for queue \(queue), due \(dueOn): \(reason)",
                                    ["TASK": String(db.lastInsertedRowID), "QUEUE": queue, "STAGE": stage, "REASON": reason])], [])
        case .placement(let key, let stage, let agency, let coCollect):
            guard try activePlacement(accountID: accountID, in: db) == nil,
                  try db.value(Int64.self, "SELECT 1 FROM placement WHERE account_id = ? AND action_key = ?", [accountID, key]) == nil
            else { return ([], []) }
            do {
                let (_, cancelled, event) = try place(accountID: accountID, agency: agency, coCollect: coCollect, automatic: true, stage: stage,
                                                      actionKey: key, reason: "policy stage \(stage)", uid: 0, at: now, in: db)
                return ([event], cancelled)
            } catch let error as ACSError where error.code == .failedPrecondition {
                return ([], [])  // under a dispute or bankruptcy hold: not placed
            }
        case .bureauReport(let key, let stage, let bureau):
            // A report closed once paid opens again for a new debt.
            try db.run("""
                INSERT INTO bureau_report (account_id, bureau, action_key, stage, enrolled_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (account_id, bureau) DO UPDATE SET action_key = excluded.action_key, stage = excluded.stage,
                  enrolled_at = excluded.enrolled_at, closed_run = '' WHERE closed_run != ''
                """, [accountID, bureau, key, stage, Ledger.seconds(now)])
            guard db.changesCount == 1 else { return ([], []) }
            return ([EscalationEvent(.accountReported, accountID: accountID, "reported to \(bureau) from its next run (stage \(stage))",
                                    ["BUREAU": bureau, "STAGE": stage])], [])
        case .writeOff(let key, let stage, let externalIDs):
            guard let first = externalIDs.first, try markOnce(accountID: accountID, key: key, at: now, in: db) != nil else { return ([], []) }
            let ids = try db.values(Int64.self, "SELECT id FROM obligation WHERE account_id = ? AND external_id IN (SELECT value FROM json_each(?))",
                                    [accountID, JSONText.array(externalIDs)])
            let currency = try db.value(String.self, "SELECT currency FROM obligation WHERE account_id = ? AND external_id = ?", [accountID, first]) ?? ""
            let events = try SettlementStore.writeOffOpen(accountID: accountID, currency: currency, only: ids, reason: .smallBalance,
                                                          note: "policy stage \(stage)", stage: stage, uid: 0, at: now, in: db)
            return (events, [])
        case .settlementOffer(let key, let stage, let currency, let percent, let expiresOn):
            // None while one is open or nothing is owed.
            guard try markOnce(accountID: accountID, key: key, at: now, in: db) != nil else { return ([], []) }
            do {
                let engine = ChangeActor(caller: CallerIdentity(uid: 0, gid: 0, pid: 0), at: now, reason: "policy stage \(stage)")
                // The policy's own authority: any discount its percentage gives.
                let (_, event) = try SettlementStore.offer(
                    accountID: accountID, currency: currency, expiresOn: expiresOn, stage: stage, note: engine.reason, by: engine,
                    terms: { (balance, today) throws(ACSError) in
                        let amount = SettlementRules.amount(percentBP: percent, of: balance)
                        try SettlementRules.check(amount: Money(minorUnits: amount, currency: currency), balance: balance, expiresOn: expiresOn,
                                                  today: today, authorityBP: 10_000)
                        return amount
                    }, in: db)
                return ([event], [])
            } catch let error as ACSError where [.alreadyExists, .invalidArgument].contains(error.code) {
                // Not offered (one is open, or nothing to settle): the action is owed again at the next evaluation.
                try db.run("DELETE FROM charge WHERE account_id = ? AND base_external_id = '' AND action_key = ?", [accountID, key])
                return ([], [])
            }
        }
    }

}

extension EscalationStore {
    /// Promises, newest first, with counts over every promise matching the filter.
    public func promises(account: AccountLookup?, status: PromiseState?, limit: Int, beforeID: Int64?) async throws(ACSError)
        -> (promises: [PromiseView], counts: PromiseCounts) {
        try await read { db in
            var conditions = ["1"]
            var arguments: StatementArguments = []
            if let account { conditions.append("account_id = ?"); arguments += [try Ledger.accountID(account, in: db)] }
            var counts = PromiseCounts()
            for row in try Row.fetchAll(db, sql: "SELECT status, count(*) FROM promise WHERE \(conditions.joined(separator: " AND ")) GROUP BY status",
                                        arguments: arguments) {
                let count: Int = row[1]
                counts.add(count, try Ledger.stored(row[0]))
            }
            if let status { conditions.append("status = ?"); arguments += [status.rawValue] }
            if let beforeID { conditions.append("id < ?"); arguments += [beforeID] }
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM promise WHERE \(conditions.joined(separator: " AND ")) ORDER BY id DESC LIMIT ?",
                                         arguments: arguments + [limit])
            return (try ids.map { try Self.promise(id: $0, in: db) }, counts)
        }
    }

    /// Places an account with an agency by hand. ALREADY_EXISTS when placed;
    /// FAILED_PRECONDITION under a dispute or bankruptcy hold.
    public func placeAccount(_ lookup: AccountLookup, agency: String, coCollect: Bool, by actor: ChangeActor) async throws(ACSError)
        -> (placement: PlacementView, cancelled: [ReminderEvent], events: [EscalationEvent]) {
        guard TextRules.isText(actor.reason, max: 2000), !actor.reason.isEmpty else { throw .invalidArgument(field: "reason", "is required") }
        return try await writer.write { db in
            let accountID = try Ledger.accountID(lookup, in: db)
            let (placement, cancelled, event) = try Self.place(accountID: accountID, agency: agency, coCollect: coCollect, automatic: false,
                                                               stage: "", actionKey: "", reason: actor.reason, uid: actor.caller.uid, at: actor.at, in: db)
            return (placement, cancelled, [event])
        }
    }

    /// Recalls an account from its agency by hand; NOT_FOUND when it is not placed.
    public func recallAccount(_ lookup: AccountLookup, by actor: ChangeActor) async throws(ACSError) -> (placement: PlacementView, events: [EscalationEvent]) {
        guard TextRules.isText(actor.reason, max: 2000), !actor.reason.isEmpty else { throw .invalidArgument(field: "reason", "is required") }
        return try await writer.write { db in
            let accountID = try Ledger.accountID(lookup, in: db)
            guard let event = try Self.recall(accountID: accountID, reason: .manual, note: actor.reason, uid: actor.caller.uid, at: actor.at, in: db) else {
                throw ACSError(.notFound, "account \(accountID) is not placed with an agency")
            }
            let id = try db.value(Int64.self, "SELECT id FROM placement WHERE account_id = ? ORDER BY id DESC LIMIT 1", [accountID])!
            return (try Self.placement(id: id, in: db), [event])
        }
    }

    /// Placements, newest first.
    public func placements(agency: String, account: AccountLookup?, status: PlacementStatus?, unexportedOnly: Bool, limit: Int,
                           beforeID: Int64?) async throws(ACSError) -> [PlacementView] {
        try await read { db in
            var conditions = ["1"]
            var arguments: StatementArguments = []
            if !agency.isEmpty { conditions.append("agency = ?"); arguments += [agency] }
            if let account { conditions.append("account_id = ?"); arguments += [try Ledger.accountID(account, in: db)] }
            if let status { conditions.append("status = ?"); arguments += [status.rawValue] }
            if unexportedOnly { conditions.append("export_id = ''") }
            if let beforeID { conditions.append("id < ?"); arguments += [beforeID] }
            return try Int64.fetchAll(db, sql: "SELECT id FROM placement WHERE \(conditions.joined(separator: " AND ")) ORDER BY id DESC LIMIT ?",
                                      arguments: arguments + [limit]).map { try Self.placement(id: $0, in: db) }
        }
    }

    /// The placement file of an agency: a new export takes its active placements not yet
    /// exported (place) and its placements exported before and recalled since (recall),
    /// and marks them under a new export id (never twice); an earlier export is sent again
    /// by its id; a dry run marks nothing. Records by account id.
    public func exportPlacements(agency: String, exportID: String, dryRun: Bool, at now: Date) async throws(ACSError)
        -> (exportID: String, records: [PlacementFileRecord]) {
        try await writer.write { db in
            var records: [(id: Int64, recall: Bool)]
            var id = exportID
            if exportID.isEmpty {
                records = try Row.fetchAll(db, sql: """
                    SELECT id, status = 'recalled' FROM placement WHERE agency = ?1 AND (
                      (status = 'active' AND export_id = '') OR (status = 'recalled' AND export_id != '' AND recall_export_id = ''))
                    ORDER BY account_id, id
                    """, arguments: [agency]).map { ($0[0], $0[1]) }
                if !dryRun && !records.isEmpty {
                    id = "\(agency)-\(Ledger.seconds(now))-\(Ledger.randomToken().prefix(8))"
                    for record in records {
                        if record.recall {
                            try db.run("UPDATE placement SET recall_export_id = ? WHERE id = ?", [id, record.id])
                        } else {
                            try db.run("UPDATE placement SET export_id = ?, exported_at = ? WHERE id = ?", [id, Ledger.seconds(now), record.id])
                        }
                    }
                }
            } else {
                records = try Row.fetchAll(db, sql: """
                    SELECT id, recall_export_id = ?2 FROM placement WHERE agency = ?1 AND (export_id = ?2 OR recall_export_id = ?2) ORDER BY account_id, id
                    """, arguments: [agency, exportID]).map { ($0[0], $0[1]) }
                guard !records.isEmpty else { throw ACSError(.notFound, "agency \(agency) has no export \(exportID)") }
            }
            return (dryRun ? "" : id, try records.map { record in
                let placement = try Self.placement(id: record.id, in: db)
                let account = try AccountStore.view(accountID: placement.accountID, recentPayments: 0, at: now, in: db)
                let contacts = try Row.fetchAll(db, sql: """
                    SELECT at, channel, outcome, reminder_id FROM contact_attempt WHERE account_id = ? ORDER BY at DESC, id DESC LIMIT 10
                    """, arguments: [placement.accountID]).map { row in
                    ContactRecord(at: Date(timeIntervalSince1970: TimeInterval(row[0] as Int64)), channel: try Ledger.stored(row[1]),
                                  outcome: try Ledger.storedIfAny(row[2]), reminderID: row[3])
                }
                return PlacementFileRecord(placement: placement, isRecall: record.recall, account: account, contacts: contacts)
            })
        }
    }

    /// Tasks by due date then id.
    public func tasks(queue: String, statuses: [TaskStatus], account: AccountLookup?, assignee: String, dueBy: LocalDate?, limit: Int,
                      after: (dueOn: String, id: Int64)?) async throws(ACSError) -> [TaskView] {
        try await read { db in
            let wanted = statuses.isEmpty ? TaskStatus.unfinished : statuses
            var conditions = ["status IN (\(wanted.map { "'\($0.rawValue)'" }.joined(separator: ",")))"]
            var arguments: StatementArguments = []
            if !queue.isEmpty { conditions.append("queue = ?"); arguments += [queue] }
            if let account { conditions.append("account_id = ?"); arguments += [try Ledger.accountID(account, in: db)] }
            if !assignee.isEmpty { conditions.append("assignee = ?"); arguments += [assignee] }
            if let dueBy { conditions.append("due_on <= ?"); arguments += [dueBy.description] }
            if let after { conditions.append("(due_on, id) > (?, ?)"); arguments += [after.dueOn, after.id] }
            return try Int64.fetchAll(db, sql: "SELECT id FROM task WHERE \(conditions.joined(separator: " AND ")) ORDER BY due_on, id LIMIT ?",
                                      arguments: arguments + [limit]).map { try Self.task(id: $0, in: db) }
        }
    }

    /// Claims a task (by id, or the open task of `queue` due first) for `assignee`.
    public func claimTask(id: Int64?, queue: String, assignee: String, by actor: ChangeActor) async throws(ACSError) -> TaskView {
        try await writer.write { db in
            let taskID: Int64
            if let id {
                guard let row = try db.row("SELECT status, assignee FROM task WHERE id = ?", [id]) else { throw ACSError(.notFound, "no task \(id)") }
                let status: TaskStatus = try Ledger.stored(row[0]), holder: String = row[1]
                if status == .claimed && holder == assignee { return try Self.task(id: id, in: db) }
                guard status == .open else { throw ACSError(.failedPrecondition, "task \(id) is \(status.rawValue)\(holder.isEmpty ? "" : " by \(holder)")") }
                taskID = id
            } else {
                guard let next = try db.value(Int64.self, "SELECT id FROM task WHERE status = 'open' AND queue = ? ORDER BY due_on, id LIMIT 1", [queue]) else {
                    throw ACSError(.notFound, "no open task in queue \(queue)")
                }
                taskID = next
            }
            try db.run("UPDATE task SET status = 'claimed', assignee = ?, claimed_at = ?, claimed_by_uid = ? WHERE id = ?",
                       [assignee, Ledger.seconds(actor.at), Int64(actor.caller.uid), taskID])
            return try Self.task(id: taskID, in: db)
        }
    }

    /// Completes a claimed task with an outcome and a note.
    public func completeTask(id: Int64, outcome: TaskOutcome, note: String, by actor: ChangeActor) async throws(ACSError) -> (task: TaskView, events: [EscalationEvent]) {
        guard TextRules.isText(note, max: 4000) else { throw .invalidArgument(field: "note", "must be text without control characters") }
        return try await writer.write { db in
            guard let text = try db.value(String.self, "SELECT status FROM task WHERE id = ?", [id]) else { throw ACSError(.notFound, "no task \(id)") }
            let status: TaskStatus = try Ledger.stored(text)
            guard status == .claimed else { throw ACSError(.failedPrecondition, "task \(id) is \(status.rawValue); claim it first") }
            try db.run("UPDATE task SET status = 'done', outcome = ?, note = ?, completed_at = ?, completed_by_uid = ? WHERE id = ?",
                       [outcome.rawValue, note, Ledger.seconds(actor.at), Int64(actor.caller.uid), id])
            let task = try Self.task(id: id, in: db)
            return (task, [EscalationEvent(.taskCompleted, accountID: task.accountID,
                                           "task \(id) of queue \(task.queue) completed by \(task.assignee): \(outcome.rawValue)\(note.isEmpty ? "" : " (\(note))")",
                                           ["TASK": String(id), "QUEUE": task.queue, "OUTCOME": outcome.rawValue, "REASON": note])])
        }
    }
}
