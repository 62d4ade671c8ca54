public import ACSCore
public import Foundation
import GRDB

extension ReportStore {
    /// A credit bureau run: one furnishing record per account reported to `bureau` and
    /// currency it owes in, as of `now`, recorded under a new run id with what it furnished.
    /// An account whose records all show nothing owed is reported paid once, then leaves
    /// later runs. A dry run records nothing and answers no id.
    public func bureauRun(bureau: String, dryRun: Bool, at now: Date) async throws(ACSError) -> (runID: String, records: [FurnishingRecord]) {
        try await writer.write { db in
            let accounts = try db.rows("""
                SELECT a.id, a.external_id, a.name, a.time_zone FROM bureau_report r JOIN account a ON a.id = r.account_id
                WHERE r.bureau = ? AND r.closed_run = '' ORDER BY a.id
                """, [bureau])
            var records: [FurnishingRecord] = []
            var paid: [Int64] = []
            for row in accounts {
                let id: Int64 = row[0]
                let today = LocalDate(now, in: TimeZones.named(row[3]) ?? TimeZones.utc)
                let own = try Self.furnishing(accountID: id, externalID: row[1], name: row[2], today: today, in: db)
                if own.allSatisfy({ $0.balance.minorUnits == 0 }) { paid.append(id) }
                records += own
            }
            guard !dryRun else { return ("", records) }
            let runID = "\(bureau)-\(Ledger.seconds(now))-\(Ledger.randomToken().prefix(8))"
            try db.run("INSERT INTO bureau_run (id, bureau, at, records) VALUES (?, ?, ?, ?)", [runID, bureau, Ledger.seconds(now), records.count])
            for record in records {
                try db.run("""
                    INSERT INTO furnished (run_id, account_id, status_code, currency, balance_minor, past_due_minor, first_delinquency_on, disputed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, [runID, record.accountID, record.statusCode, record.balance.currency, record.balance.minorUnits,
                          record.pastDue.minorUnits, record.firstDelinquencyOn?.description ?? "", record.disputed])
            }
            for id in paid {
                try db.run("UPDATE bureau_report SET closed_run = ? WHERE account_id = ? AND bureau = ?", [runID, id, bureau])
            }
            return (runID, records)
        }
    }

    /// One account's records, a currency each: balances, the oldest unpaid due date, the
    /// status it makes, and whether the debtor disputes (any active dispute hold).
    static func furnishing(accountID: Int64, externalID: String, name: String, today: LocalDate, in db: Database) throws -> [FurnishingRecord] {
        let disputed = try db.value(Int64.self, "SELECT 1 FROM hold WHERE account_id = ? AND kind = 'dispute' AND cleared_at IS NULL LIMIT 1",
                                    [accountID]) != nil
        return try Ledger.balances(accountID: accountID, today: today, in: db).map { balance in
            let oldest = try db.value(String.self, "SELECT min(due_on) FROM obligation WHERE account_id = ? AND currency = ? AND open_minor > 0",
                                      [accountID, balance.currency]).map(Ledger.day)
            let delinquentSince = oldest.flatMap { $0 < today ? $0 : nil }
            let daysPastDue = delinquentSince.map { $0.days(to: today) } ?? 0
            return FurnishingRecord(
                accountID: accountID, externalID: externalID, name: name,
                statusCode: CreditReporting.statusCode(balance: balance.outstanding, daysPastDue: daysPastDue),
                balance: Money(minorUnits: balance.outstanding, currency: balance.currency),
                pastDue: Money(minorUnits: balance.overdue, currency: balance.currency), firstDelinquencyOn: delinquentSince, disputed: disputed)
        }
    }
}
