public import ACSCore
import Foundation
import GRDB

extension PaymentStore {
    /// Credit pays what the account owes in its currency, as a payment would (oldest due
    /// first, principal before charges unless its policy is in `feesFirst`): the unused credit of each
    /// payment, oldest payment first, is allocated to the open obligations and leaves the
    /// account's credit. The allocations stay the payment's, so reversing it reopens them.
    /// Answers one event per allocation, for the journal. All or nothing: in a savepoint of its own.
    static func applyCredit(accountID: Int64, feesFirst: Set<String>, in db: Database) throws -> [EscalationEvent] {
        // Every account a cycle reads comes here: the savepoint only when there is credit.
        let credits = try db.rawRows("SELECT currency, amount_minor FROM credit WHERE account_id = ? AND amount_minor > 0",
                                     bind: { try $0.bind(1, accountID) }) { (currency: $0.text(0), amount: $0.int64(1)) }
        guard !credits.isEmpty else { return [] }
        var events: [EscalationEvent] = []
        try db.inSavepoint {
            events = try applyingCredit(credits, accountID: accountID, feesFirst: feesFirst, in: db)
            return .commit
        }
        return events
    }

    private static func applyingCredit(_ credits: [(currency: String, amount: Int64)], accountID: Int64, feesFirst: Set<String>,
                                       in db: Database) throws -> [EscalationEvent] {
        var events: [EscalationEvent] = []
        let chargesFirst = feesFirst.contains(try db.value(String.self, "SELECT policy_id FROM account WHERE id = ?", [accountID]) ?? "")
        for held in credits {
            let currency = held.currency
            var credit = held.amount
            var open = try db.rows("""
                SELECT id, due_on, kind, open_minor, external_id FROM obligation WHERE account_id = ? AND currency = ? AND open_minor > 0
                """, [accountID, currency]).map { row in
                (item: OpenItem(id: row[0], dueOn: try Ledger.day(row[1]), isCharge: (try Ledger.stored(row[2]) as ObligationKind).isCharge,
                                openMinorUnits: row[3]), externalID: row[4] as String)
            }
            let payments = try db.rows("""
                SELECT id, credit_minor FROM payment WHERE account_id = ? AND currency = ? AND credit_minor > 0 AND reversal_reason IS NULL ORDER BY id
                """, [accountID, currency])
            for payment in payments where credit > 0 && open.contains(where: { $0.item.openMinorUnits > 0 }) {
                let paymentID: Int64 = payment[0]
                let allocation = PaymentAllocation.allocate(min(payment[1], credit), to: open.map(\.item), chargesFirst: chargesFirst)
                for part in allocation.parts {
                    try db.run("UPDATE obligation SET open_minor = open_minor - ? WHERE id = ?", [part.minorUnits, part.id])
                    // The payment may have paid this obligation before (a sync opened it again): one allocation row grows.
                    try db.run("""
                        INSERT INTO allocation (payment_id, obligation_id, amount_minor) VALUES (?, ?, ?)
                        ON CONFLICT (payment_id, obligation_id) DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor
                        """, [paymentID, part.id, part.minorUnits])
                    try db.run("UPDATE payment SET credit_minor = credit_minor - ? WHERE id = ?", [part.minorUnits, paymentID])
                    try db.run("UPDATE credit SET amount_minor = amount_minor - ? WHERE account_id = ? AND currency = ?", [part.minorUnits, accountID, currency])
                    credit -= part.minorUnits
                    let index = open.firstIndex { $0.item.id == part.id }!
                    open[index].item.openMinorUnits -= part.minorUnits
                    events.append(EscalationEvent(
                        .creditApplied, accountID: accountID,
                        "credit of \(Money(minorUnits: part.minorUnits, currency: currency)) from payment \(paymentID) applied to \(open[index].externalID)",
                        ["PAYMENT": String(paymentID), "OBLIGATION": open[index].externalID, "AMOUNT_MINOR": String(part.minorUnits), "CURRENCY": currency]))
                }
            }
        }
        if !events.isEmpty { try Ledger.refreshOldestDue(accountID: accountID, in: db) }
        return events
    }
}
