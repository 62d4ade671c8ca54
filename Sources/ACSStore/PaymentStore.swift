public import ACSCore
import Foundation
import GRDB

/// Payments: posting with its allocation, reversal, and the payment lists.
/// One of the ledger's named stores (`Ledger.payments`); it shares the
/// database and the group-commit writer with the others.
public struct PaymentStore: LedgerStore {
    let database: ACSDatabase
    let writer: GroupCommitWriter
}

/// A payment checked and hashed, ready to record (`PaymentStore.prepare`).
public struct PreparedPayment: Sendable {
    let payment: NewPaymentRecord
    /// What a replay must match: everything but the note.
    let content: String
}

extension PaymentStore {
    /// Records and allocates a payment, or answers the one its key already recorded.
    static func record(_ prepared: PreparedPayment, by actor: ChangeActor, feesFirstPolicies: Set<String>, in db: Database) throws -> PostingResult {
        let (payment, content) = (prepared.payment, prepared.content)
        if let existing = try db.rawRow("SELECT id FROM payment WHERE idempotency_key = ?",
                                        bind: { try $0.bind(1, payment.idempotencyKey) }, { $0.int64(0) }) {
            return try replay(paymentID: existing, key: payment.idempotencyKey, content: content, at: actor.at, in: db)
        }
        return try insert(payment, content: content, by: actor, feesFirstPolicies: feesFirstPolicies, in: db)
    }

    /// Checks a payment and works out what a replay of it must match, off the single writer
    /// (posting is the writer's busiest work); INVALID_ARGUMENT names the field refused.
    public static func prepare(_ payment: NewPaymentRecord) throws(ACSError) -> PreparedPayment {
        try validate(payment)
        return PreparedPayment(payment: payment, content: content(of: payment))
    }

    private static func validate(_ payment: NewPaymentRecord) throws(ACSError) {
        guard TextRules.isIdentifier(payment.idempotencyKey) else {
            throw .invalidArgument(field: "idempotency_key", "is required: 1–200 printable characters")
        }
        guard Currency(code: payment.amount.currency) != nil else {
            throw .invalidArgument(field: "amount.currency", "\"\(payment.amount.currency.prefix(16))\" is not an ISO 4217 currency")
        }
        guard payment.amount.minorUnits > 0 else {
            throw .invalidArgument(field: "amount.amount_minor", "must be greater than 0")
        }
        for (field, value) in [("method", payment.method), ("reference", payment.reference)] where !TextRules.isText(value, max: 200) {
            throw .invalidArgument(field: field, "must be at most 200 characters without control characters")
        }
        guard TextRules.isText(payment.note, max: 2000) else {
            throw .invalidArgument(field: "note", "must be at most 2000 characters without control characters")
        }
    }

    /// What a replay must match: everything but the note (and the time when none was sent).
    private static func content(of payment: NewPaymentRecord) -> String {
        let account = switch payment.account {
        case .id(let id): "id:\(id)"
        case .external(let source, let externalID): "ext:\(source.utf8.count):\(source):\(externalID)"
        case .payToken(let token): "tok:\(token)"
        }
        let received = payment.receivedAt.map(Ledger.text) ?? ""
        return ([account, String(payment.amount.minorUnits), payment.amount.currency, received, payment.method, payment.reference]
                + (payment.agency.isEmpty ? [] : [payment.agency]))
            .map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
    }

    private static func replay(paymentID: Int64, key: String, content: String, at now: Date, in db: Database) throws -> PostingResult {
        let stored = try db.value(String.self, "SELECT request_hash FROM payment WHERE id = ?", [paymentID])
        guard let stored, TextRules.sameBytes(stored, content) else {
            throw ACSError(.aborted, "idempotency key \"\(key)\" was used for a different payment (id \(paymentID)); use a new key")
        }
        let view = try payment(id: paymentID, in: db)
        let today = LocalDate(now, in: try Ledger.timeZone(accountID: view.accountID, in: db))
        return PostingResult(payment: view, replayed: true, balances: try Ledger.balances(accountID: view.accountID, today: today, in: db), reopened: [])
    }

    /// An obligation as the posting path reads it.
    private struct OpenObligation {
        let item: OpenItem
        let externalID: String
        let currency: String
    }

    /// Posts in as few statements as the ledger allows: every open obligation of the
    /// account is read once, and the answer (allocations, balances) is computed from
    /// it rather than read back.
    private static func insert(_ payment: NewPaymentRecord, content: String, by actor: ChangeActor, feesFirstPolicies: Set<String>,
                               in db: Database) throws -> PostingResult {
        let (accountID, zone, policyID) = try postingAccount(payment.account, in: db)
        // Paid obligations are not read one by one, only their currencies (the balances list a currency whose debt is
        // all paid, as Ledger.balances does): an account grows by an invoice a month and pays them. Reading all of them
        // cost a payment to an account of 120 paid invoices 150–210 µs: p50 668–721 µs before, 463–519 µs after, one at
        // a time through libacsclient (an account of one open invoice: the same within noise).
        var open = try db.rawRows("SELECT id, due_on, kind, open_minor, external_id, currency FROM obligation WHERE account_id = ? AND open_minor > 0",
                                  bind: { try $0.bind(1, accountID) }) { row in
            OpenObligation(item: OpenItem(id: row.int64(0), dueOn: try Ledger.day(row.text(1)),
                                          isCharge: (try Ledger.stored(row.text(2)) as ObligationKind).isCharge, openMinorUnits: row.int64(3)),
                           externalID: row.text(4), currency: row.text(5))
        }
        let paidCurrencies = try db.rawRows("SELECT DISTINCT currency FROM obligation WHERE account_id = ? AND open_minor = 0",
                                            bind: { try $0.bind(1, accountID) }) { $0.text(0) }
        let currency = payment.amount.currency
        let chargesFirst = feesFirstPolicies.contains(policyID)
        let allocation = PaymentAllocation.allocate(
            payment.amount.minorUnits, to: open.filter { $0.currency == currency && $0.item.openMinorUnits > 0 }.map(\.item), chargesFirst: chargesFirst)
        // Times are stored to the second; the answer shows them as a replay will.
        let postedAt = Ledger.text(actor.at)
        let receivedAt = Ledger.wholeSeconds(payment.receivedAt ?? actor.at)
        let postedBy = ChangeActor(caller: actor.caller, at: Ledger.wholeSeconds(actor.at))
        try db.withRawStatement("""
            INSERT INTO payment (idempotency_key, request_hash, account_id, currency, amount_minor, credit_minor, received_at,
                                 method, reference, note, posted_at, posted_by_uid, posted_by_gid, posted_by_pid, agency, commission_bp)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """) { statement in
            try statement.bind(1, payment.idempotencyKey)
            try statement.bind(2, content)
            try statement.bind(3, accountID)
            try statement.bind(4, currency)
            try statement.bind(5, payment.amount.minorUnits)
            try statement.bind(6, allocation.creditMinorUnits)
            try statement.bind(7, payment.receivedAt.map(Ledger.text) ?? postedAt)
            try statement.bind(8, payment.method)
            try statement.bind(9, payment.reference)
            try statement.bind(10, payment.note)
            try statement.bind(11, postedAt)
            try statement.bind(12, Int64(actor.caller.uid))
            try statement.bind(13, Int64(actor.caller.gid))
            try statement.bind(14, Int64(actor.caller.pid))
            try statement.bind(15, payment.agency)
            try statement.bind(16, Int64(payment.commissionBP))
            try statement.run()
        }
        let paymentID = db.lastInsertedRowID
        var allocations: [AllocationView] = []
        for part in allocation.parts {
            try db.withRawStatement("UPDATE obligation SET open_minor = open_minor - ? WHERE id = ?") { statement in
                try statement.bind(1, part.minorUnits)
                try statement.bind(2, part.id)
                try statement.run()
            }
            try db.withRawStatement("INSERT INTO allocation (payment_id, obligation_id, amount_minor) VALUES (?, ?, ?)") { statement in
                try statement.bind(1, paymentID)
                try statement.bind(2, part.id)
                try statement.bind(3, part.minorUnits)
                try statement.run()
            }
            let index = open.firstIndex { $0.item.id == part.id }!
            open[index] = OpenObligation(item: OpenItem(id: part.id, dueOn: open[index].item.dueOn, isCharge: open[index].item.isCharge,
                                                        openMinorUnits: open[index].item.openMinorUnits - part.minorUnits),
                                         externalID: open[index].externalID, currency: currency)
            allocations.append(AllocationView(
                obligationExternalID: open[index].externalID, dueOn: open[index].item.dueOn,
                amount: Money(minorUnits: part.minorUnits, currency: currency),
                openAfter: Money(minorUnits: open[index].item.openMinorUnits, currency: currency)))
        }
        if allocation.creditMinorUnits > 0 {
            let held = try db.value(Int64.self, "SELECT amount_minor FROM credit WHERE account_id = ? AND currency = ?", [accountID, currency]) ?? 0
            _ = try Money.accountTotal(held, allocation.creditMinorUnits, field: "amount")
            try db.run("""
                INSERT INTO credit (account_id, currency, amount_minor) VALUES (?, ?, ?)
                ON CONFLICT (account_id, currency) DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor
                """, [accountID, currency, allocation.creditMinorUnits])
        }
        let paid = Set(allocation.parts.map(\.id))
        let oldestBefore = open.filter { $0.item.openMinorUnits > 0 || paid.contains($0.item.id) }.map(\.item.dueOn).min()
        let oldestUnpaid = open.filter { $0.item.openMinorUnits > 0 }.map(\.item.dueOn).min()
        // The account is due for evaluation, with its oldest unpaid due date moved when this paid it.
        if oldestUnpaid != oldestBefore {
            try db.run("UPDATE account SET oldest_unpaid_due_on = ?, next_action_at = 0 WHERE id = ?", [oldestUnpaid?.description, accountID])
        } else {
            try AccountStore.markDue(accountID: accountID, in: db)
        }
        let credits = try db.rawRows("SELECT currency, amount_minor FROM credit WHERE account_id = ?",
                                     bind: { try $0.bind(1, accountID) }) { ($0.text(0), $0.int64(1)) }
        let view = PaymentView(
            id: paymentID, idempotencyKey: payment.idempotencyKey, accountID: accountID, amount: payment.amount,
            credit: Money(minorUnits: allocation.creditMinorUnits, currency: currency), receivedAt: receivedAt,
            method: payment.method, reference: payment.reference, note: payment.note, postedBy: postedBy, allocations: allocations,
            reversalReason: nil, reversedBy: nil, agency: payment.agency, commissionBP: payment.commissionBP)
        return PostingResult(payment: view, replayed: false,
                             balances: try postedBalances(open: open, paidCurrencies: paidCurrencies, credits: credits,
                                                           today: LocalDate(actor.at, in: zone)),
                             reopened: [], settled: oldestUnpaid == nil)
    }

    /// The paying account's id, time zone and policy, in one read; NOT_FOUND when unknown.
    private static func postingAccount(_ lookup: AccountLookup, in db: Database) throws -> (id: Int64, zone: TimeZone, policyID: String) {
        let read = { (row: RawStatement) in (row.int64(0), row.text(1), row.text(2)) }
        let row = switch lookup {
        case .id(let id):
            try db.rawRow("SELECT id, time_zone, policy_id FROM account WHERE id = ?", bind: { try $0.bind(1, id) }, read)
        case .external(let source, let externalID):
            try db.rawRow("SELECT id, time_zone, policy_id FROM account WHERE source = ? AND external_id = ?", bind: {
                try $0.bind(1, source)
                try $0.bind(2, externalID)
            }, read)
        case .payToken(let token):
            PayToken.isWellFormed(token)
                ? try db.rawRow("SELECT id, time_zone, policy_id FROM account WHERE pay_token = ? AND pay_token != ''", bind: { try $0.bind(1, token) }, read)
                : nil
        }
        guard let row else { throw Ledger.notFound(lookup) }
        return (row.0, TimeZones.named(row.1) ?? TimeZones.utc, row.2)
    }

    /// Balances per currency from the obligations and the credits (the same figures `Ledger.balances(accountID:)` reads).
    /// Sums past Int64 are OUT_OF_RANGE (sync and posting keep an account near 10^15).
    private static func postedBalances(open: [OpenObligation], paidCurrencies: [String], credits: [(String, Int64)],
                                       today: LocalDate) throws(ACSError) -> [BalanceView] {
        var byCurrency: [String: BalanceView] = [:]
        for currency in paidCurrencies { byCurrency[currency] = BalanceView(currency: currency, outstanding: 0, overdue: 0, credit: 0) }
        for obligation in open {
            var balance = byCurrency[obligation.currency] ?? BalanceView(currency: obligation.currency, outstanding: 0, overdue: 0, credit: 0)
            try balance.outstanding.add(minorUnits: obligation.item.openMinorUnits, "the account's \(obligation.currency) balance")
            if obligation.item.dueOn < today { try balance.overdue.add(minorUnits: obligation.item.openMinorUnits, "the account's overdue balance") }
            byCurrency[obligation.currency] = balance
        }
        for (currency, amount) in credits {
            try byCurrency[currency, default: BalanceView(currency: currency, outstanding: 0, overdue: 0, credit: 0)].credit
                .add(minorUnits: amount, "the account's credit")
        }
        return byCurrency.values.sorted { $0.currency < $1.currency }
    }

    /// One payment with its allocations.
    static func payment(id: Int64, in db: Database) throws -> PaymentView {
        guard let row = try db.row("SELECT * FROM payment WHERE id = ?", [id]) else {
            throw ACSError(.notFound, "no payment with id \(id)")
        }
        let currency: String = row["currency"]
        let allocations = try db.rows("""
            SELECT o.external_id, o.due_on, a.amount_minor, o.open_minor FROM allocation a JOIN obligation o ON o.id = a.obligation_id
            WHERE a.payment_id = ? ORDER BY o.due_on, o.id
            """, [id]).map { row in
            AllocationView(obligationExternalID: row[0], dueOn: try Ledger.day(row[1]),
                           amount: Money(minorUnits: row[2], currency: currency), openAfter: Money(minorUnits: row[3], currency: currency))
        }
        let reversedAt: String? = row["reversed_at"]
        return PaymentView(
            id: id, idempotencyKey: row["idempotency_key"], accountID: row["account_id"],
            amount: Money(minorUnits: row["amount_minor"], currency: currency),
            credit: Money(minorUnits: row["credit_minor"], currency: currency),
            receivedAt: Ledger.date(row["received_at"]), method: row["method"], reference: row["reference"], note: row["note"],
            postedBy: ChangeActor(caller: CallerIdentity(uid: UInt32(row["posted_by_uid"] as Int64), gid: UInt32(row["posted_by_gid"] as Int64),
                                                         pid: Int32(row["posted_by_pid"] as Int64)),
                                  at: Ledger.date(row["posted_at"])),
            allocations: allocations,
            reversalReason: (row["reversal_reason"] as String?).flatMap(ReversalReason.init(rawValue:)), returnCode: row["return_code"],
            reversedBy: reversedAt.map { at in
                ChangeActor(caller: CallerIdentity(uid: UInt32(row["reversed_by_uid"] as Int64? ?? 0), gid: 0, pid: 0),
                            at: Ledger.date(at), reason: row["reversal_note"] ?? "")
            }, agency: row["agency"], commissionBP: row["commission_bp"])
    }
}

extension PaymentStore {
    /// Reverses a payment: reopens exactly what it paid and takes back its credit.
    /// Reversing a reversed payment answers the reversal again (`replayed`). A returned
    /// payment or a chargeback (not a posting error or a refund) records its `returnCode`, charges
    /// `returnedFee(segment, currency)` once, breaks a kept promise it was needed for, and reopens (or breaks) a
    /// payment plan it completed.
    public func reverse(paymentID: Int64, reason: ReversalReason, returnCode: String = "", note: String,
                        returnedFee: @escaping @Sendable (String, String) -> Money? = { _, _ in nil },
                        by actor: ChangeActor) async throws(ACSError) -> PostingResult {
        guard TextRules.isText(note, max: 2000) else {
            throw .invalidArgument(field: "note", "must be at most 2000 characters without control characters")
        }
        guard TextRules.isText(returnCode, max: 16), returnCode.isEmpty || reason != .postingError else {
            throw .invalidArgument(field: "return_code", "must be at most 16 characters of text, for a returned payment or a chargeback")
        }
        return try await writer.write { db in
            try Self.reverse(paymentID: paymentID, reason: reason, returnCode: returnCode, note: note, returnedFee: returnedFee, by: actor, in: db)
        }
    }

    /// `reverse` inside a transaction (its text fields already checked).
    static func reverse(paymentID: Int64, reason: ReversalReason, returnCode: String, note: String,
                        returnedFee: (String, String) -> Money?, by actor: ChangeActor, in db: Database) throws -> PostingResult {
        let view = try Self.payment(id: paymentID, in: db)
        let today = LocalDate(actor.at, in: try Ledger.timeZone(accountID: view.accountID, in: db))
        if view.reversalReason != nil {
            return PostingResult(payment: view, replayed: true,
                                 balances: try Ledger.balances(accountID: view.accountID, today: today, in: db), reopened: [])
        }
        let credit = try db.value(Int64.self, "SELECT amount_minor FROM credit WHERE account_id = ? AND currency = ?", [view.accountID, view.amount.currency]) ?? 0
        guard credit >= view.credit.minorUnits else {
            throw ACSError(.failedPrecondition, "payment \(paymentID)'s credit of \(view.credit) was already used")
        }
        try db.run("""
            UPDATE obligation SET open_minor = open_minor + (SELECT amount_minor FROM allocation a WHERE a.obligation_id = obligation.id AND a.payment_id = ?1)
            WHERE id IN (SELECT obligation_id FROM allocation WHERE payment_id = ?1)
            """, [paymentID])
        try db.run("UPDATE credit SET amount_minor = amount_minor - ? WHERE account_id = ? AND currency = ?", [view.credit.minorUnits, view.accountID, view.amount.currency])
        try db.run("""
            UPDATE payment SET reversal_reason = ?, reversal_note = ?, reversed_at = ?, reversed_by_uid = ?, return_code = ? WHERE id = ?
            """, [reason.rawValue, note, Ledger.text(actor.at), Int64(actor.caller.uid), returnCode, paymentID])
        // A settlement the payment paid is broken whatever the reason: the money is not there.
        var escalations = try SettlementStore.brokenByReversal(of: view, at: actor.at, in: db)
        if reason.isPayersDoing {
            escalations += try EscalationStore.promisesBroken(byReversalOf: view, at: actor.at, in: db)
            escalations += try EscalationStore.plansReopened(byReversalOf: view, at: actor.at, in: db)
            let segment = try db.value(String.self, "SELECT segment FROM account WHERE id = ?", [view.accountID]) ?? ""
            // No fee under a bankruptcy or breathing-space hold (COMPLIANCE.md), as for a stage's fees.
            let kinds = FeeRules.blockingHolds.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")
            let blocked = try db.value(Int64.self, """
                SELECT 1 FROM hold WHERE account_id = ? AND cleared_at IS NULL AND obligation_external_id = '' AND kind IN (\(kinds)) LIMIT 1
                """, [view.accountID]) != nil
            if !blocked, let fee = returnedFee(segment, view.amount.currency) {
                escalations += try EscalationStore.apply(.fee(actionKey: "returned-payment/\(paymentID)", stage: "returned-payment",
                                                                obligationExternalID: view.allocations.first?.obligationExternalID ?? "",
                                                                amount: fee, reason: "returned payment \(paymentID) \(returnCode)"),
                                                           accountID: view.accountID, at: actor.at, in: db).events
            }
        }
        try Ledger.refreshOldestDue(accountID: view.accountID, in: db)
        try AccountStore.markDue(accountID: view.accountID, in: db)
        let reversed = try Self.payment(id: paymentID, in: db)
        var result = PostingResult(payment: reversed, replayed: false,
                                   balances: try Ledger.balances(accountID: view.accountID, today: today, in: db),
                                   reopened: reversed.allocations)
        result.escalations = escalations
        return result
    }

    /// One payment; NOT_FOUND when there is none.
    public func payment(_ id: Int64) async throws(ACSError) -> PaymentView {
        try await read { db in try Self.payment(id: id, in: db) }
    }

    /// The payment posted with `idempotencyKey`; NOT_FOUND when there is none.
    public func payment(idempotencyKey: String) async throws(ACSError) -> PaymentView {
        try await read { db in
            guard let id = try db.value(Int64.self, "SELECT id FROM payment WHERE idempotency_key = ?", [idempotencyKey]) else {
                throw ACSError(.notFound, "no payment was posted with idempotency key \"\(idempotencyKey)\"")
            }
            return try Self.payment(id: id, in: db)
        }
    }

    /// Payments of an account, newest first, `limit` at most, older than `beforeID` when given.
    public func list(account: AccountLookup, limit: Int, beforeID: Int64? = nil) async throws(ACSError) -> [PaymentView] {
        try await read { db in
            let accountID = try Ledger.accountID(account, in: db)
            let ids = try db.values(Int64.self, """
                SELECT id FROM payment WHERE account_id = ? AND id < ? ORDER BY id DESC LIMIT ?
                """, [accountID, beforeID ?? Int64.max, limit])
            return try ids.map { try Self.payment(id: $0, in: db) }
        }
    }
}
