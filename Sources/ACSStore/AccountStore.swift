public import ACSCore
public import Foundation
import GRDB

/// The accounts: their sync from the source systems, their views and lists, holds and contact preferences.
/// One of the ledger's named stores (`Ledger.accounts`); it shares the
/// database and the group-commit writer with the others.
public struct AccountStore: LedgerStore {
    let database: ACSDatabase
    let writer: GroupCommitWriter
}

extension AccountStore {
    /// Inserts a hold; an identical active hold is answered again with `created` false.
    static func insertHold(_ kind: HoldKind, on lookup: AccountLookup, obligationExternalID: String,
                           dates: (LocalDate) throws(ACSError) -> HoldDates, by actor: ChangeActor,
                           in db: Database) throws -> (hold: HoldView, accountID: Int64, created: Bool) {
        guard TextRules.isText(actor.reason, max: 2000) else {
            throw ACSError.invalidArgument(field: "reason", "must be at most 2000 characters without control characters")
        }
        let accountID = try Ledger.accountID(lookup, in: db)
        if !obligationExternalID.isEmpty {
            guard try db.value(Int64.self, "SELECT id FROM obligation WHERE account_id = ? AND external_id = ?", [accountID, obligationExternalID]) != nil else {
                throw ACSError(.notFound, "account \(accountID) has no obligation \(obligationExternalID)")
            }
        }
        let zone = try Ledger.timeZone(accountID: accountID, in: db)
        let held = try dates(LocalDate(actor.at, in: zone))
        if let existing = try db.value(Int64.self, """
            SELECT id FROM hold WHERE account_id = ? AND kind = ? AND obligation_external_id = ? AND cleared_at IS NULL
            """, [accountID, kind.rawValue, obligationExternalID]) {
            let hold = try Self.hold(id: existing, in: db)
            guard hold.dates.mentalHealthCrisis == held.mentalHealthCrisis else {
                throw ACSError(.failedPrecondition, "account \(accountID) already has \(kind.rawValue) hold \(existing)"
                               + "\(hold.dates.mentalHealthCrisis ? " (a crisis one)" : ""); clear it first")
            }
            return (hold, accountID, false)
        }
        let validationEndsOn = kind == .dispute ? try validationPeriodEnd(accountID: accountID, on: LocalDate(actor.at, in: zone), in: db) : nil
        try db.run("""
            INSERT INTO hold (account_id, kind, obligation_external_id, reason, set_at, set_by_uid, set_by_pid, effective_on, ends_on, ends_at, crisis,
              validation_ends_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [accountID, kind.rawValue, obligationExternalID, actor.reason, Ledger.text(actor.at),
                  Int64(actor.caller.uid), Int64(actor.caller.pid), held.effectiveOn.description, held.endsOn?.description ?? "",
                  held.endsOn.map { Ledger.seconds($0.start(in: zone)) }, held.mentalHealthCrisis, validationEndsOn?.description ?? ""])
        return (try Self.hold(id: db.lastInsertedRowID, in: db), accountID, true)
    }

    /// The last day of the account's validation period when `today` is inside it (VALIDATION:
    /// a dispute then is a validation dispute); nil when it has no validation notice or the period ended.
    static func validationPeriodEnd(accountID: Int64, on today: LocalDate, in db: Database) throws -> LocalDate? {
        let notice = try ReminderStore.validationNotice(accountID: accountID, in: db).map { try JSONDecoder().decode(ValidationNotice.self, from: Data($0.utf8)) }
        return notice.flatMap { today <= $0.periodEndsOn ? $0.periodEndsOn : nil }
    }

    /// Marks the account for evaluation at the next cycle (its obligations, holds or preferences changed).
    static func markDue(accountID: Int64, in db: Database) throws {
        try db.withRawStatement("UPDATE account SET next_action_at = 0 WHERE id = ?") { statement in
            try statement.bind(1, accountID)
            try statement.run()
        }
    }

    static func view(accountID: Int64, recentPayments: Int, at now: Date, in db: Database) throws -> AccountView {
        guard let row = try db.row("SELECT * FROM account WHERE id = ?", [accountID]) else {
            throw ACSError(.notFound, "no account with id \(accountID)")
        }
        let zone = TimeZones.named(row["time_zone"]) ?? TimeZones.utc
        let today = LocalDate(now, in: zone)
        let obligations = try db.rows("SELECT * FROM obligation WHERE account_id = ? ORDER BY due_on, id", [accountID]).map { row in
            let currency: String = row["currency"]
            let dueOn = try Ledger.day(row["due_on"])
            let open: Int64 = row["open_minor"]
            return ObligationView(
                externalID: row["external_id"], kind: try Ledger.stored(row["kind"]),
                amount: Money(minorUnits: row["amount_minor"], currency: currency), openAmount: Money(minorUnits: open, currency: currency),
                issuedOn: (row["issued_on"] as String?).flatMap(LocalDate.init), dueOn: dueOn,
                daysPastDue: open > 0 ? max(0, dueOn.days(to: today)) : 0)
        }
        let contacts = try effectiveContacts(ContactPoints.decode(stored: row["contacts"]), accountID: accountID, in: db)
        let inconvenient = try JSONDecoder().decode([InconvenientTime].self, from: Data((row["inconvenient_times"] as String).utf8))
        let snapshot = AccountSnapshot(
            source: row["source"], externalID: row["external_id"], sourceVersion: UInt64(row["source_version"] as Int64),
            name: row["name"], contacts: contacts, timeZone: row["time_zone"], locale: row["locale"], segment: row["segment"],
            obligations: obligations.filter { !$0.kind.isCharge }.map {
                ObligationSnapshot(externalID: $0.externalID, kind: $0.kind, amount: $0.amount, openAmount: $0.openAmount,
                                   issuedOn: $0.issuedOn, dueOn: $0.dueOn)
            })
        let oldest = (row["oldest_unpaid_due_on"] as String?).flatMap(LocalDate.init)
        let paymentIDs = try db.values(Int64.self, "SELECT id FROM payment WHERE account_id = ? ORDER BY id DESC LIMIT ?", [accountID, recentPayments])
        return AccountView(
            id: accountID, snapshot: snapshot, balances: try Ledger.balances(accountID: accountID, today: today, in: db),
            oldestUnpaidDueOn: oldest, daysPastDue: oldest.map { max(0, $0.days(to: today)) } ?? 0,
            holds: try holds(accountID: accountID, in: db),
            channelPreferences: try channelPreferences(accountID: accountID, in: db), inconvenientTimes: inconvenient,
            obligations: obligations,
            recentPayments: try paymentIDs.map { try PaymentStore.payment(id: $0, in: db) },
            createdAt: Ledger.date(row["created_at"]), updatedAt: Ledger.date(row["updated_at"]))
    }

    static func holds(accountID: Int64, in db: Database) throws -> [HoldView] {
        try db.values(Int64.self, "SELECT id FROM hold WHERE account_id = ? ORDER BY cleared_at IS NOT NULL, id", [accountID])
            .map { try hold(id: $0, in: db) }
    }

    static func hold(id: Int64, in db: Database) throws -> HoldView {
        let row = try db.row("SELECT * FROM hold WHERE id = ?", [id])!
        let clearedAt: String? = row["cleared_at"]
        let effectiveOn: String = row["effective_on"], endsOn: String = row["ends_on"], validationEndsOn: String = row["validation_ends_on"]
        return HoldView(
            id: id, kind: try Ledger.stored(row["kind"]), obligationExternalID: row["obligation_external_id"],
            dates: HoldDates(effectiveOn: effectiveOn.isEmpty ? LocalDate(Ledger.date(row["set_at"]), in: TimeZones.utc) : try Ledger.day(effectiveOn),
                             endsOn: endsOn.isEmpty ? nil : try Ledger.day(endsOn), mentalHealthCrisis: row["crisis"]),
            setBy: ChangeActor(caller: CallerIdentity(uid: UInt32(row["set_by_uid"] as Int64), gid: 0, pid: Int32(row["set_by_pid"] as Int64)),
                               at: Ledger.date(row["set_at"]), reason: row["reason"]),
            clearedBy: clearedAt.map {
                ChangeActor(caller: CallerIdentity(uid: UInt32(row["cleared_by_uid"] as Int64? ?? 0), gid: 0, pid: 0),
                            at: Ledger.date($0), reason: row["clear_reason"] ?? "")
            },
            validationEndsOn: validationEndsOn.isEmpty ? nil : try Ledger.day(validationEndsOn))
    }
}

extension AccountStore {
    /// The account with balances, holds, obligations and its latest payments, as of `now`.
    public func account(_ lookup: AccountLookup, recentPayments: Int = 10, at now: Date) async throws(ACSError) -> AccountView {
        try await read { db in
            try Self.view(accountID: try Ledger.accountID(lookup, in: db), recentPayments: recentPayments, at: now, in: db)
        }
    }

    /// Accounts matching `filter`, by id, after `afterID`, at most `limit`.
    public func list(_ filter: AccountFilter, limit: Int, afterID: Int64 = 0, at now: Date) async throws(ACSError) -> [AccountView] {
        try await read { db in
            var conditions = ["a.id > ?"]
            var arguments: StatementArguments = [afterID]
            if !filter.segment.isEmpty { conditions.append("a.segment = ?"); arguments += [filter.segment] }
            if !filter.source.isEmpty { conditions.append("a.source = ?"); arguments += [filter.source] }
            if filter.minDaysPastDue > 0 {
                // A cheap superset by UTC date; the exact, zone-aware check follows.
                let latest = LocalDate(now, in: TimeZones.utc).adding(days: 1 - filter.minDaysPastDue)
                conditions.append("a.oldest_unpaid_due_on <= ?")
                arguments += [latest.description]
            }
            if let hold = filter.hold {
                conditions.append("EXISTS (SELECT 1 FROM hold h WHERE h.account_id = a.id AND h.cleared_at IS NULL AND h.kind = ?)")
                arguments += [hold.rawValue]
            }
            var views: [AccountView] = []
            let cursor = try Int64.fetchCursor(db, sql: "SELECT a.id FROM account a WHERE \(conditions.joined(separator: " AND ")) ORDER BY a.id", arguments: arguments)
            while views.count < limit, let id = try cursor.next() {
                let view = try Self.view(accountID: id, recentPayments: 0, at: now, in: db)
                if view.daysPastDue >= filter.minDaysPastDue { views.append(view) }
            }
            return views
        }
    }

    /// Clears an active hold by id; NOT_FOUND when there is no such active hold.
    public func clearHold(id: Int64, on lookup: AccountLookup, by actor: ChangeActor) async throws(ACSError) -> HoldView {
        guard TextRules.isText(actor.reason, max: 2000) else {
            throw .invalidArgument(field: "reason", "must be at most 2000 characters without control characters")
        }
        return try await writer.write { db in
            let accountID = try Ledger.accountID(lookup, in: db)
            guard try db.value(Int64.self, "SELECT 1 FROM hold WHERE id = ? AND account_id = ? AND cleared_at IS NULL", [id, accountID]) != nil else {
                throw ACSError(.notFound, "account \(accountID) has no active hold \(id)")
            }
            if let dispute = try DisputeStore.openDispute(holdingHold: id, in: db) {
                throw ACSError(.failedPrecondition, "hold \(id) belongs to open dispute \(dispute); decide the dispute (acsctl disputes resolve)")
            }
            let zone = try Ledger.timeZone(accountID: accountID, in: db)
            let current = try Self.hold(id: id, in: db)
            if let end = current.dates.endOfCrisis(today: LocalDate(actor.at, in: zone)) {
                try db.run("UPDATE hold SET ends_on = ?, ends_at = ? WHERE id = ?", [end.description, Ledger.seconds(end.start(in: zone)), id])
                return try Self.hold(id: id, in: db)
            }
            // A crisis breathing space whose crisis already ended runs its 30 days: asking again changes nothing.
            if current.dates.mentalHealthCrisis { return current }
            try db.run("UPDATE hold SET cleared_at = ?, cleared_by_uid = ?, clear_reason = ? WHERE id = ?",
                       [Ledger.text(actor.at), Int64(actor.caller.uid), actor.reason, id])
            try Self.markDue(accountID: accountID, in: db)
            return try Self.hold(id: id, in: db)
        }
    }

    /// Ends every hold whose end has come (`ends_on` began in the account's zone by `now`):
    /// cleared by acsd (uid 0) at that instant, "ended on DAY", the account evaluated again
    /// at the next cycle. Answers the holds ended with their accounts.
    public func endHolds(at now: Date) async throws(ACSError) -> [(accountID: Int64, hold: HoldView)] {
        try await writer.write { db in
            let ending = try db.rows("""
                SELECT id, account_id, ends_at, ends_on FROM hold WHERE cleared_at IS NULL AND ends_at IS NOT NULL AND ends_at <= ? ORDER BY ends_at, id
                """, [Ledger.seconds(now)])
            return try ending.map { row in
                let id: Int64 = row["id"], accountID: Int64 = row["account_id"], endsOn: String = row["ends_on"]
                try db.run("UPDATE hold SET cleared_at = ?, cleared_by_uid = 0, clear_reason = ? WHERE id = ?",
                           [Ledger.text(Ledger.instant(row["ends_at"] as Int64)!), "ended on \(endsOn)", id])
                try Self.markDue(accountID: accountID, in: db)
                return (accountID, try Self.hold(id: id, in: db))
            }
        }
    }
}
