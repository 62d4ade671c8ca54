import ACSCore
import Foundation
import GRDB

extension Ledger {
    /// Divisor of a day's interest: basis points (10,000) times days in a year (365).
    static let interestDivisor: Int64 = 3_650_000

    /// Brings the account's interest up to the end of yesterday: for every day since it was
    /// last accrued (from the day after the oldest due date), every overdue principal
    /// obligation open at the end of that day earns `rateBP` / 365 of its open amount. The
    /// fraction of a minor unit is carried to the next day, never rounded away. Interest is
    /// an obligation `INTEREST-<currency>` of kind interest. Nothing accrues under a
    /// bankruptcy or breathing-space hold (the days pass without interest).
    static func accrueInterest(accountID: Int64, rateBP: Int, blocked: Bool, today: LocalDate, at now: Date, in db: Database) throws -> [EscalationEvent] {
        guard rateBP > 0 else { return [] }
        let histories = try obligationHistories(accountID: accountID, in: db).filter { !$0.kind.isCharge }
        let yesterday = today.adding(days: -1)
        var events: [EscalationEvent] = []
        for currency in Set(histories.map(\.currency)).sorted() {
            let owed = histories.filter { $0.currency == currency }
            let stored = try db.row("SELECT accrued_through, carry FROM interest_accrual WHERE account_id = ? AND currency = ?", [accountID, currency])
            guard let oldestDue = owed.map(\.dueOn).min() else { continue }
            // Interest starts when acs first evaluates the debt under a rate: never back-charged.
            var through = (stored?["accrued_through"] as String?).flatMap(LocalDate.init) ?? max(oldestDue, yesterday)
            var carry: Int64 = stored?["carry"] ?? 0
            var accrued: Int64 = 0
            while through < yesterday {
                through = through.adding(days: 1)
                guard !blocked else { continue }
                let principal = owed.filter { $0.dueOn < through }.reduce(Int64(0)) { $0 + ($1.open(atEndOf: through) ?? 0) }
                let (day, rest) = (Int128(principal) * Int128(rateBP) + Int128(carry)).quotientAndRemainder(dividingBy: Int128(interestDivisor))
                try accrued.add(minorUnits: Int64(day), "interest accrued on one account")
                carry = Int64(rest)
            }
            try db.run("""
                INSERT INTO interest_accrual (account_id, currency, accrued_through, carry) VALUES (?, ?, ?, ?)
                ON CONFLICT (account_id, currency) DO UPDATE SET accrued_through = excluded.accrued_through, carry = excluded.carry
                """, [accountID, currency, through.description, carry])
            guard accrued > 0 else { continue }
            try db.run("""
                INSERT INTO obligation (account_id, external_id, kind, currency, amount_minor, open_minor, issued_on, due_on)
                VALUES (?, ?, 'interest', ?, ?, ?, ?, ?)
                ON CONFLICT (account_id, external_id) DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor,
                  open_minor = open_minor + excluded.open_minor,
                  issued_on = CASE WHEN open_minor = 0 THEN excluded.issued_on ELSE issued_on END,
                  due_on = CASE WHEN open_minor = 0 THEN excluded.due_on ELSE due_on END
                """, [accountID, "INTEREST-\(currency)", currency, accrued, accrued, today.description, today.description])
            try refreshOldestDue(accountID: accountID, in: db)
            events.append(EscalationEvent(.interestAccrued, accountID: accountID,
                                          "interest of \(Money(minorUnits: accrued, currency: currency)) accrued through \(through) at \(rateBP) bp a year",
                                          ["AMOUNT_MINOR": String(accrued), "CURRENCY": currency, "RATE_BP": String(rateBP),
                                           "THROUGH": through.description]))
        }
        return events
    }

    /// The account's obligations with the payments applied to them.
    static func obligationHistories(accountID: Int64, in db: Database) throws -> [ObligationHistory] {
        var histories: [Int64: ObligationHistory] = [:]
        var order: [Int64] = []
        for row in try db.rows("""
            SELECT o.id, a.segment, a.time_zone, o.external_id, o.currency, o.kind, o.amount_minor, o.open_minor, o.due_on, o.issued_on,
                   ev.amount_minor AS allocated, ev.received_at, ev.reversed_at, ev.write_off
            FROM obligation o JOIN account a ON a.id = o.account_id
            LEFT JOIN \(obligationEvents(ofAccount: "?1")) ev ON ev.obligation_id = o.id
            WHERE o.account_id = ?1 ORDER BY o.id
            """, [accountID]) {
            let id: Int64 = row[0]
            if histories[id] == nil {
                order.append(id)
                histories[id] = ObligationHistory(
                    accountID: accountID, segment: row[1], timeZone: row[2], externalID: row[3], currency: row[4],
                    kind: try Ledger.stored(row[5]), amount: row[6], openNow: row[7],
                    dueOn: LocalDate(row[8] as String) ?? LocalDate(daysSinceEpoch: 0), issuedOn: (row[9] as String?).flatMap(LocalDate.init), allocations: [])
            }
            if let allocated = row["allocated"] as Int64? {
                histories[id]!.allocations.append(AllocationEvent(amount: allocated, receivedAt: date(row["received_at"]),
                                                                  reversedAt: (row["reversed_at"] as String?).map { date($0) },
                                                                  isWriteOff: row["write_off"]))
            }
        }
        return order.map { histories[$0]! }
    }
}

extension Ledger {
    /// What lowered each obligation's open amount, as `(obligation_id, amount_minor,
    /// received_at, reversed_at, write_off)`: payments' allocations and write-offs, of the
    /// account the SQL expression `account` names (nil: every account, for reports). The
    /// one definition of an obligation's history, for interest and for reports.
    static func obligationEvents(ofAccount account: String? = nil) -> String {
        """
        (SELECT al.obligation_id, al.amount_minor, p.received_at, p.reversed_at, 0 AS write_off FROM allocation al JOIN payment p ON p.id = al.payment_id
           \(account.map { "WHERE p.account_id = \($0)" } ?? "")
         UNION ALL SELECT obligation_id, amount_minor, at, reversed_at, 1 FROM write_off \(account.map { "WHERE account_id = \($0)" } ?? ""))
        """
    }
}
