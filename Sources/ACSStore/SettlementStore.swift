public import ACSCore
public import Foundation
import GRDB

/// Settlements and write-offs: a debt settled for less, and amounts written off obligations.
/// A write-off is an adjustment row with its reason; the obligation's open amount falls by
/// it, so that for every obligation amount = open + allocated + written off (not reversed).
/// One of the ledger's named stores (`Ledger.settlements`).
public struct SettlementStore: LedgerStore {
    let database: ACSDatabase
    let writer: GroupCommitWriter
}

extension SettlementStore {
    // MARK: Write-offs

    /// Writes `amount` off one obligation (at most what is open on it) and answers its event.
    static func writeOff(obligationID: Int64, amount: Int64, reason: WriteOffReason, note: String, settlementID: Int64? = nil, disputeID: Int64? = nil,
                         stage: String = "", uid: UInt32, at now: Date, in db: Database) throws -> EscalationEvent {
        guard let row = try db.row("SELECT account_id, external_id, currency, open_minor FROM obligation WHERE id = ?", [obligationID]) else {
            throw ACSError(.notFound, "no obligation \(obligationID)")
        }
        let (accountID, externalID, currency, open): (Int64, String, String, Int64) = (row[0], row[1], row[2], row[3])
        guard amount > 0, amount <= open else {
            throw ACSError.invalidArgument(field: "amount", "\(Money(minorUnits: amount, currency: currency)) is not between 0 and the "
                                           + "\(Money(minorUnits: open, currency: currency)) open on \(externalID)")
        }
        try db.run("UPDATE obligation SET open_minor = open_minor - ? WHERE id = ?", [amount, obligationID])
        try db.run("""
            INSERT INTO write_off (account_id, obligation_id, currency, amount_minor, reason, note, settlement_id, dispute_id, stage, at, by_uid)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [accountID, obligationID, currency, amount, reason.rawValue, note, settlementID, disputeID, stage, Ledger.text(now), Int64(uid)])
        let id = db.lastInsertedRowID
        return EscalationEvent(.writtenOff, accountID: accountID,
                               "\(Money(minorUnits: amount, currency: currency)) written off \(externalID): \(reason.rawValue)\(note.isEmpty ? "" : " (\(note))")",
                               ["WRITE_OFF": String(id), "OBLIGATION": externalID, "AMOUNT_MINOR": String(amount), "CURRENCY": currency,
                                "REASON": reason.rawValue, "SETTLEMENT": settlementID.map(String.init) ?? "", "STAGE": stage, "REVERSED": "0"])
    }

    /// Writes off everything open in `currency` on the account (or on the obligations
    /// `only` names), oldest due first; answers one event per obligation.
    static func writeOffOpen(accountID: Int64, currency: String, only: [Int64]? = nil, reason: WriteOffReason, note: String,
                             settlementID: Int64? = nil, stage: String = "", uid: UInt32, at now: Date, in db: Database) throws -> [EscalationEvent] {
        let open = try db.rows("""
            SELECT id, open_minor FROM obligation WHERE account_id = ? AND currency = ? AND open_minor > 0 ORDER BY due_on, id
            """, [accountID, currency]).filter { only?.contains($0[0]) ?? true }
        let events = try open.map { try writeOff(obligationID: $0[0], amount: $0[1], reason: reason, note: note, settlementID: settlementID,
                                                 stage: stage, uid: uid, at: now, in: db) }
        try Ledger.refreshOldestDue(accountID: accountID, in: db)
        try AccountStore.markDue(accountID: accountID, in: db)
        return events
    }

    /// Reverses the standing write-offs of a settlement: their amounts are open again.
    private static func reverseWriteOffs(settlementID: Int64, at now: Date, in db: Database) throws -> [EscalationEvent] {
        let rows = try db.rows("""
            SELECT w.id, w.account_id, w.obligation_id, o.external_id, w.currency, w.amount_minor FROM write_off w
            JOIN obligation o ON o.id = w.obligation_id WHERE w.settlement_id = ? AND w.reversed_at IS NULL
            """, [settlementID])
        return try rows.map { row in
            let (id, accountID, obligationID, externalID, currency, amount): (Int64, Int64, Int64, String, String, Int64) =
                (row[0], row[1], row[2], row[3], row[4], row[5])
            // A sync may have lowered the amount since: never open beyond it.
            try db.run("UPDATE obligation SET open_minor = min(amount_minor, open_minor + ?) WHERE id = ?", [amount, obligationID])
            try db.run("UPDATE write_off SET reversed_at = ? WHERE id = ?", [Ledger.text(now), id])
            return EscalationEvent(.writtenOff, accountID: accountID,
                                   "write-off \(id) of \(Money(minorUnits: amount, currency: currency)) on \(externalID) reversed: settlement \(settlementID) broken",
                                   ["WRITE_OFF": String(id), "OBLIGATION": externalID, "AMOUNT_MINOR": String(amount), "CURRENCY": currency,
                                    "REASON": WriteOffReason.settlement.rawValue, "SETTLEMENT": String(settlementID), "STAGE": "", "REVERSED": "1"])
        }
    }

    // MARK: Settlements

    /// What is open in `currency` on the account, with the obligations that hold it.
    static func openBalance(accountID: Int64, currency: String, in db: Database) throws -> (total: Int64, obligations: [Int64]) {
        let rows = try db.rows("SELECT id, open_minor FROM obligation WHERE account_id = ? AND currency = ? AND open_minor > 0", [accountID, currency])
        var total: Int64 = 0
        for row in rows { try total.add(minorUnits: row[1] as Int64, "the account's \(currency) balance") }
        guard total <= Money.maxMinorUnits else {
            throw ACSError(.outOfRange, "the account's \(currency) balance is beyond \(Money.maxMinorUnits) minor units: settle its obligations one by one")
        }
        return (total, rows.map { $0[0] })
    }

    /// Offers a settlement of the account's open balance in `amount`'s currency, after
    /// `check` approved it against that balance; ALREADY_EXISTS when one is open.
    /// `terms` answers the amount to pay for the balance on the account's day, having checked
    /// it (`SettlementRules.check`: an operator's amount, a stage's percentage).
    static func offer(accountID: Int64, currency: String, expiresOn: LocalDate, stage: String, note: String, by actor: ChangeActor,
                      terms: (_ balance: Int64, _ today: LocalDate) throws(ACSError) -> Int64, in db: Database)
        throws -> (SettlementView, EscalationEvent) {
        if let open = try db.value(Int64.self, "SELECT id FROM settlement WHERE account_id = ? AND currency = ? AND status IN ('offered', 'accepted')",
                                   [accountID, currency]) {
            throw ACSError(.alreadyExists, "account \(accountID) has settlement \(open) open in \(currency); withdraw it first")
        }
        let zone = try Ledger.timeZone(accountID: accountID, in: db)
        let (balance, obligations) = try openBalance(accountID: accountID, currency: currency, in: db)
        let amount = Money(minorUnits: try terms(balance, LocalDate(actor.at, in: zone)), currency: currency)
        try db.run("""
            INSERT INTO settlement (account_id, currency, amount_minor, balance_minor, expires_on, deadline, status, stage, note, offered_at, offered_by_uid)
            VALUES (?, ?, ?, ?, ?, ?, 'offered', ?, ?, ?, ?)
            """, [accountID, currency, amount.minorUnits, balance, expiresOn.description, Ledger.text(expiresOn.adding(days: 1).start(in: zone)),
                  stage, note, Ledger.text(actor.at), Int64(actor.caller.uid)])
        let id = db.lastInsertedRowID
        for obligation in obligations {
            try db.run("INSERT INTO settlement_obligation (settlement_id, obligation_id) VALUES (?, ?)", [id, obligation])
        }
        // Evaluated at the next cycle, which writes the offer to the debtor when the policy says so.
        try AccountStore.markDue(accountID: accountID, in: db)
        let discount = SettlementRules.discountBP(amount: amount.minorUnits, balance: balance)
        let event = EscalationEvent(.settlementOffered, accountID: accountID,
                                    "settlement \(id) offered: \(amount) settles the \(Money(minorUnits: balance, currency: currency)) owed "
                                    + "(\(SettlementRules.percent(discount)) off) if paid by \(expiresOn)\(stage.isEmpty ? "" : " (stage \(stage))")",
                                    ["SETTLEMENT": String(id), "AMOUNT_MINOR": String(amount.minorUnits), "CURRENCY": currency,
                                     "BALANCE_MINOR": String(balance), "DISCOUNT_BP": String(discount), "EXPIRES_ON": expiresOn.description, "STAGE": stage])
        return (try settlement(id: id, in: db), event)
    }

    /// Moves an open settlement to `status` (accepted, withdrawn or expired); FAILED_PRECONDITION when it is not open.
    static func change(_ id: Int64, to status: SettlementStatus, promiseID: Int64? = nil, reason: String, at now: Date, in db: Database)
        throws -> (SettlementView, EscalationEvent) {
        let current = try settlement(id: id, in: db)
        guard current.status.isOpen, status != .accepted || current.status == .offered else {
            throw ACSError(.failedPrecondition, "settlement \(id) is \(current.status.rawValue)")
        }
        let resolved: String? = status.isOpen ? nil : Ledger.text(now)
        try db.run("UPDATE settlement SET status = ?, promise_id = coalesce(?, promise_id), resolved_at = ? WHERE id = ?",
                   [status.rawValue, promiseID, resolved, id])
        return (try settlement(id: id, in: db), changed(current, status, reason: reason))
    }

    private static func changed(_ settlement: SettlementView, _ status: SettlementStatus, reason: String) -> EscalationEvent {
        EscalationEvent(.settlementChanged, accountID: settlement.accountID, "settlement \(settlement.id) \(status.rawValue)\(reason.isEmpty ? "" : ": \(reason)")",
                        ["SETTLEMENT": String(settlement.id), "STATUS": status.rawValue, "AMOUNT_MINOR": String(settlement.amount.minorUnits),
                         "CURRENCY": settlement.amount.currency, "REASON": reason])
    }

    /// What payments received from the offer to the end of its last day (or received before it but
    /// posted after: reported late), not reversed, paid of the debt it covers: their allocations to
    /// the obligations open at the offer and to fees and interest charged since (a payment of a
    /// newer invoice pays no settlement).
    /// At most Money.maxMinorUnits (`account_sum`): many large payments must not make SQLite's sum() fail.
    private static func paidTowards(settlementID: Int64, in db: Database) throws -> Int64 {
        guard let row = try db.row("SELECT account_id, currency, offered_at FROM settlement WHERE id = ?", [settlementID]) else { return 0 }
        let offeredOn = LocalDate(Ledger.date(row[2]), in: try Ledger.timeZone(accountID: row[0], in: db))
        return try db.value(Int64.self, """
            SELECT account_sum(al.amount_minor) FROM allocation al JOIN payment p ON p.id = al.payment_id JOIN settlement s ON s.id = ?1
            WHERE p.account_id = s.account_id AND p.reversed_at IS NULL AND (p.received_at >= s.offered_at OR p.posted_at >= s.offered_at)
              AND p.received_at < s.deadline
              AND al.obligation_id IN (\(coveredObligations))
            """, [settlementID, offeredOn.description]) ?? 0
    }

    /// The obligations a settlement (`?1`) covers, as SQL: those open when it was offered, and
    /// the fees and interest of its currency charged on or after the offer's day (`?2`).
    private static let coveredObligations = """
        SELECT obligation_id FROM settlement_obligation WHERE settlement_id = ?1
        UNION SELECT o.id FROM obligation o JOIN settlement s ON s.id = ?1
          WHERE o.account_id = s.account_id AND o.currency = s.currency AND o.kind IN ('fee', 'interest') AND o.issued_on >= ?2
        """

    /// After a payment in `currency` received at `receivedAt`: the open settlement it
    /// completes is paid, and what is left of the debt it covers is written off. A payment
    /// received by a settlement's last day counts even when the cycle expired it before the
    /// payment was posted. One indexed read when none is open.
    static func settleIfPaid(accountID: Int64, currency: String, receivedAt: Date, at now: Date, in db: Database) throws -> [EscalationEvent] {
        guard let id = try db.rawRow("""
            SELECT id FROM settlement WHERE account_id = ? AND currency = ? AND (status IN ('offered', 'accepted') OR (status = 'expired' AND deadline > ?))
            ORDER BY id DESC LIMIT 1
            """, bind: {
            try $0.bind(1, accountID)
            try $0.bind(2, currency)
            try $0.bind(3, Ledger.text(receivedAt))
        }, { $0.int64(0) }) else { return [] }
        let settlement = try settlement(id: id, in: db)
        let paid = try paidTowards(settlementID: id, in: db)
        guard paid >= settlement.amount.minorUnits else { return [] }
        let offeredOn = LocalDate(settlement.offeredBy.at, in: try Ledger.timeZone(accountID: accountID, in: db))
        let covered = try db.values(Int64.self, coveredObligations, [id, offeredOn.description])
        let writeOffs = try writeOffOpen(accountID: accountID, currency: currency, only: covered, reason: .settlement,
                                         note: "the rest, once the settlement was paid", settlementID: id, uid: 0, at: now, in: db)
        try db.run("UPDATE settlement SET status = 'paid', paid_minor = ?, resolved_at = ? WHERE id = ?", [paid, Ledger.text(now), id])
        let written = try writtenOff(settlementID: id, in: db)
        var events = [changed(settlement, .paid, reason: "\(Money(minorUnits: paid, currency: currency)) paid; \(Money(minorUnits: written, currency: currency)) written off"
                              + (settlement.status == .expired ? " (paid by its last day, posted after it expired)" : ""))]
        if let promise = settlement.promiseID {
            // The promise that stood for it is kept now, not at the next cycle.
            try db.run("UPDATE promise SET status = 'kept', paid_minor = ?, resolved_at = ? WHERE id = ? AND status = 'pending'",
                       [paid, Ledger.seconds(now), promise])
            if db.changesCount == 1 {
                events.append(EscalationEvent(.promiseKept, accountID: accountID, "promise \(promise) kept: settlement \(id) paid",
                                              ["PROMISE": String(promise), "AMOUNT_MINOR": String(settlement.amount.minorUnits), "CURRENCY": currency,
                                               "PROMISED_ON": settlement.expiresOn.description]))
            }
        }
        return events + writeOffs
    }

    /// A paid settlement that counted a payment now reversed is broken when what stays paid
    /// falls short of it: its write-offs are reversed, and the debt is owed again.
    static func brokenByReversal(of payment: PaymentView, at now: Date, in db: Database) throws -> [EscalationEvent] {
        let received = Ledger.text(payment.receivedAt)
        let counted = Ledger.text(payment.countsFrom)
        let ids = try db.values(Int64.self, """
            SELECT id FROM settlement WHERE account_id = ? AND currency = ? AND status = 'paid' AND offered_at <= ? AND deadline > ?
            """, [payment.accountID, payment.amount.currency, counted, received])
        var events: [EscalationEvent] = []
        for id in ids {
            let settlement = try settlement(id: id, in: db)
            let paid = try paidTowards(settlementID: id, in: db)
            guard paid < settlement.amount.minorUnits else { continue }
            try db.run("UPDATE settlement SET status = 'broken', paid_minor = ?, resolved_at = ? WHERE id = ?", [paid, Ledger.text(now), id])
            events.append(changed(settlement, .broken, reason: "payment \(payment.id) came back; \(Money(minorUnits: paid, currency: payment.amount.currency)) stays paid"))
            events += try reverseWriteOffs(settlementID: id, at: now, in: db)
            try Ledger.refreshOldestDue(accountID: payment.accountID, in: db)
        }
        return events
    }

    /// Open settlements whose last day has passed are expired.
    static func expire(at now: Date, in db: Database) throws -> [EscalationEvent] {
        let ids = try db.values(Int64.self, "SELECT id FROM settlement WHERE status IN ('offered', 'accepted') AND deadline <= ? ORDER BY id",
                                [Ledger.text(now)])
        return try ids.map { id in
            let (settlement, event) = try change(id, to: .expired, reason: "not paid by its last day", at: now, in: db)
            try AccountStore.markDue(accountID: settlement.accountID, in: db)
            return event
        }
    }

    /// What a settlement's standing write-offs wrote off.
    private static func writtenOff(settlementID: Int64, in db: Database) throws -> Int64 {
        try db.value(Int64.self, "SELECT account_sum(amount_minor) FROM write_off WHERE settlement_id = ? AND reversed_at IS NULL", [settlementID]) ?? 0
    }

    static func settlement(id: Int64, in db: Database) throws -> SettlementView {
        guard let row = try db.row("SELECT * FROM settlement WHERE id = ?", [id]) else { throw ACSError(.notFound, "no settlement \(id)") }
        let currency: String = row["currency"]
        let status: SettlementStatus = try Ledger.stored(row["status"])
        let written = try writtenOff(settlementID: id, in: db)
        let paid = status.isOpen ? try paidTowards(settlementID: id, in: db) : row["paid_minor"] as Int64
        return SettlementView(
            id: id, accountID: row["account_id"], amount: Money(minorUnits: row["amount_minor"], currency: currency),
            balance: Money(minorUnits: row["balance_minor"], currency: currency), expiresOn: try Ledger.day(row["expires_on"]), status: status,
            paid: Money(minorUnits: paid, currency: currency), writtenOff: Money(minorUnits: written, currency: currency), stage: row["stage"],
            offeredBy: ChangeActor(caller: CallerIdentity(uid: UInt32(row["offered_by_uid"] as Int64), gid: 0, pid: 0), at: Ledger.date(row["offered_at"]),
                                   reason: row["note"]),
            note: row["note"], promiseID: row["promise_id"], resolvedAt: (row["resolved_at"] as String?).map { Ledger.date($0) })
    }

    static func writeOffView(_ row: Row) throws -> WriteOffView {
        let currency: String = row["currency"]
        return WriteOffView(
            id: row["id"], accountID: row["account_id"], obligationExternalID: row["external_id"], amount: Money(minorUnits: row["amount_minor"], currency: currency),
            reason: try Ledger.stored(row["reason"]), note: row["note"], settlementID: row["settlement_id"], stage: row["stage"],
            by: ChangeActor(caller: CallerIdentity(uid: UInt32(row["by_uid"] as Int64), gid: 0, pid: 0), at: Ledger.date(row["at"])),
            reversedAt: (row["reversed_at"] as String?).map { Ledger.date($0) })
    }
}

extension SettlementStore {
    /// Settlements, newest first: of one account, of one status.
    public func settlements(account: AccountLookup?, status: SettlementStatus?, limit: Int, beforeID: Int64?) async throws(ACSError) -> [SettlementView] {
        try await read { db in
            var conditions = ["id < ?"]
            var arguments: StatementArguments = [beforeID ?? Int64.max]
            if let account { conditions.append("account_id = ?"); arguments += [try Ledger.accountID(account, in: db)] }
            if let status { conditions.append("status = ?"); arguments += [status.rawValue] }
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM settlement WHERE \(conditions.joined(separator: " AND ")) ORDER BY id DESC LIMIT ?",
                                         arguments: arguments + [limit])
            return try ids.map { try Self.settlement(id: $0, in: db) }
        }
    }

    /// Write-offs, newest first: of one account, or every one.
    public func writeOffs(account: AccountLookup?, limit: Int, beforeID: Int64?) async throws(ACSError) -> [WriteOffView] {
        try await read { db in
            var conditions = ["w.id < ?"]
            var arguments: StatementArguments = [beforeID ?? Int64.max]
            if let account { conditions.append("w.account_id = ?"); arguments += [try Ledger.accountID(account, in: db)] }
            return try Row.fetchAll(db, sql: """
                SELECT w.*, o.external_id FROM write_off w JOIN obligation o ON o.id = w.obligation_id
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY w.id DESC LIMIT ?
                """, arguments: arguments + [limit]).map(Self.writeOffView)
        }
    }

    /// Expires the open settlements whose last day has passed (a cycle's first step).
    public func expire(at now: Date) async throws(ACSError) -> [EscalationEvent] {
        try await writer.write { db in try Self.expire(at: now, in: db) }
    }
}

extension SettlementStore {
    /// The settlement and write-off rows inside a `LedgerTransaction`.
    public struct Rows {
        let db: Database

        /// Offers a settlement of the account's open balance in `currency`, paid by `expiresOn`;
        /// `terms` answers the amount for that balance on the account's day, checked.
        public func offer(_ lookup: AccountLookup, currency: String, expiresOn: LocalDate, note: String, by actor: ChangeActor,
                          terms: (_ balance: Int64, _ today: LocalDate) throws(ACSError) -> Int64) throws -> (settlement: SettlementView, event: EscalationEvent) {
            guard TextRules.isText(note, max: 2000) else { throw ACSError.invalidArgument(field: "note", "must be text without control characters") }
            let accountID = try Ledger.accountID(lookup, in: db)
            return try SettlementStore.offer(accountID: accountID, currency: currency, expiresOn: expiresOn, stage: "", note: note, by: actor,
                                             terms: terms, in: db)
        }

        /// Moves an open settlement to accepted (with the promise that stands for it) or withdrawn.
        public func change(_ id: Int64, to status: SettlementStatus, promiseID: Int64? = nil, reason: String, at now: Date) throws
            -> (settlement: SettlementView, event: EscalationEvent) {
            try SettlementStore.change(id, to: status, promiseID: promiseID, reason: reason, at: now, in: db)
        }

        /// One settlement.
        public func settlement(_ id: Int64) throws -> SettlementView { try SettlementStore.settlement(id: id, in: db) }

        /// The write-offs the events name (`WRITE_OFF`), in their order.
        public func writeOffs(of events: [EscalationEvent]) throws -> [WriteOffView] {
            try events.compactMap { $0.fields["WRITE_OFF"].flatMap { Int64($0) } }.compactMap { id in
                try Row.fetchOne(db, sql: "SELECT w.*, o.external_id FROM write_off w JOIN obligation o ON o.id = w.obligation_id WHERE w.id = ?",
                                 arguments: [id]).map(SettlementStore.writeOffView)
            }
        }

        /// After a payment received at `receivedAt`: the settlement it completes is paid and the rest written off.
        public func settleIfPaid(_ accountID: Int64, currency: String, receivedAt: Date, at now: Date) throws -> [EscalationEvent] {
            try SettlementStore.settleIfPaid(accountID: accountID, currency: currency, receivedAt: receivedAt, at: now, in: db)
        }

        /// Whether the WriteOff call `key` names was made before: nil when not (or no key), else
        /// the account and its write-offs; ABORTED when the key came with other content.
        public func earlierWriteOff(key: String, content: String) throws -> (accountID: Int64, writeOffs: [WriteOffView])? {
            guard !key.isEmpty, let row = try Row.fetchOne(db, sql: "SELECT content, account_id, write_off_ids FROM write_off_request WHERE key = ?",
                                                           arguments: [key]) else { return nil }
            guard TextRules.sameBytes(row[0], content) else {
                throw ACSError(.aborted, "idempotency key \"\(key)\" was used for a different write-off; use a new key")
            }
            let ids = try JSONDecoder().decode([String].self, from: Data((row[2] as String).utf8))
            let events = ids.map { EscalationEvent(.writtenOff, accountID: row[1], "", ["WRITE_OFF": $0]) }
            return (row[1], try writeOffs(of: events))
        }

        /// Records the WriteOff call `key` names with what it made.
        public func recordWriteOff(key: String, content: String, accountID: Int64, events: [EscalationEvent]) throws {
            guard !key.isEmpty else { return }
            let ids = events.compactMap { $0.fields["WRITE_OFF"] }
            try db.execute(sql: "INSERT INTO write_off_request (key, content, account_id, write_off_ids) VALUES (?, ?, ?, ?)",
                           arguments: [key, content, accountID, JSONText.array(ids)])
        }

        /// Writes off `amount` of one obligation (nil: all that is open on it), or everything open
        /// in `currency` when no obligation is named; answers the account and one event per obligation.
        public func writeOff(_ lookup: AccountLookup, obligationExternalID: String, currency: String, amount: Int64?, reason: WriteOffReason,
                             note: String, by actor: ChangeActor) throws -> (accountID: Int64, events: [EscalationEvent]) {
            guard TextRules.isText(note, max: 2000) else { throw ACSError.invalidArgument(field: "note", "must be text without control characters") }
            let accountID = try Ledger.accountID(lookup, in: db)
            guard !obligationExternalID.isEmpty else {
                guard amount == nil else { throw ACSError.invalidArgument(field: "amount", "name the obligation to write part of it off") }
                let events = try SettlementStore.writeOffOpen(accountID: accountID, currency: currency, reason: reason, note: note,
                                                              uid: actor.caller.uid, at: actor.at, in: db)
                guard !events.isEmpty else { throw ACSError(.failedPrecondition, "account \(accountID) owes nothing in \(currency)") }
                return (accountID, events)
            }
            guard let row = try db.row("SELECT id, open_minor, currency FROM obligation WHERE account_id = ? AND external_id = ?",
                                       [accountID, obligationExternalID]) else {
                throw ACSError(.notFound, "account \(accountID) has no obligation \(obligationExternalID)")
            }
            guard currency.isEmpty || currency == row[2] as String else {
                throw ACSError.invalidArgument(field: "currency", "obligation \(obligationExternalID) is in \(row[2] as String), not \(currency)")
            }
            let event = try SettlementStore.writeOff(obligationID: row[0], amount: amount ?? row[1], reason: reason, note: note,
                                                     uid: actor.caller.uid, at: actor.at, in: db)
            try Ledger.refreshOldestDue(accountID: accountID, in: db)
            try AccountStore.markDue(accountID: accountID, in: db)
            return (accountID, [event])
        }
    }
}
