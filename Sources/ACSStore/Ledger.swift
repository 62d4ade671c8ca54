import ACSCore
import Foundation
import GRDB

/// The receivables ledger: accounts, obligations, payments, credits and holds, and what
/// collection does with them, as seven named stores (`accounts`, `payments`, `reminders`,
/// `escalations`, `reports`, `settlements`, `disputes`) over one database. Every change goes through one
/// group-commit writer, so that every acknowledged change is durable
/// (`synchronous=FULL`) without one fsync per request. The `static` helpers of its
/// extensions are the row-level reads and writes the stores share.
public struct Ledger: Sendable {
    let database: ACSDatabase
    let writer: GroupCommitWriter

    /// The ledger stored in `database`.
    public init(database: ACSDatabase) {
        self.database = database
        writer = GroupCommitWriter(database: database)
    }

    /// Accounts, holds and contact preferences.
    public var accounts: AccountStore { AccountStore(database: database, writer: writer) }
    /// Payments and reversals.
    public var payments: PaymentStore { PaymentStore(database: database, writer: writer) }
    /// The outbox of reminders and the cycle.
    public var reminders: ReminderStore { ReminderStore(database: database, writer: writer) }
    /// Promises, plans, tasks and placements.
    public var escalations: EscalationStore { EscalationStore(database: database, writer: writer) }
    /// The figures of reports.
    public var reports: ReportStore { ReportStore(database: database, writer: writer) }
    /// Settlements and write-offs.
    public var settlements: SettlementStore { SettlementStore(database: database, writer: writer) }
    /// Disputes.
    public var disputes: DisputeStore { DisputeStore(database: database, writer: writer) }
    /// Bank statements: matching entries, the unmatched queue.
    public var bank: BankStore { BankStore(database: database, writer: writer) }
}

/// What every named store has: the database and the ledger's one writer.
protocol LedgerStore: Sendable {
    var database: ACSDatabase { get }
    var writer: GroupCommitWriter { get }
}

extension LedgerStore {
    /// Reads with the pool's readers, mapping SQLite errors.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(ACSError) -> T {
        try await mapDatabaseErrors(path: database.path) { try await database.writer.read(body) }
    }
}

extension Ledger {
    /// Unix seconds, as the collection tables store instants.
    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    /// 128 random bits in hex: lease tokens and payment-link tokens.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    static func instant(_ seconds: Int64?) -> Date? { seconds.map { Date(timeIntervalSince1970: TimeInterval($0)) } }

    /// A value of a closed set (a hold kind, a task status, …) read back from the database;
    /// a word that is none is DATA_LOSS, never a guess.
    static func stored<Value: RawRepresentable<String>>(_ text: String) throws -> Value {
        guard let value = Value(rawValue: text) else {
            throw ACSError(.dataLoss, "the database holds \"\(text.prefix(40))\" where a \(Value.self) belongs")
        }
        return value
    }

    /// Like `stored`, with the empty word (the column's default) as nil.
    static func storedIfAny<Value: RawRepresentable<String>>(_ text: String) throws -> Value? {
        text.isEmpty ? nil : try stored(text) as Value
    }

    /// The row id of the account `lookup` names, or NOT_FOUND.
    static func accountID(_ lookup: AccountLookup, in db: Database) throws -> Int64 {
        let id = switch lookup {
        case .id(let id): try db.value(Int64.self, "SELECT id FROM account WHERE id = ?", [id])
        case .external(let source, let externalID):
            try db.value(Int64.self, "SELECT id FROM account WHERE source = ? AND external_id = ?", [source, externalID])
        case .payToken(let token):
            PayToken.isWellFormed(token) ? try db.value(Int64.self, "SELECT id FROM account WHERE pay_token = ? AND pay_token != ''", [token]) : nil
        }
        guard let id else { throw notFound(lookup) }
        return id
    }

    /// NOT_FOUND for an account no lookup found.
    static func notFound(_ lookup: AccountLookup) -> ACSError {
        switch lookup {
        case .id(let id): ACSError(.notFound, "no account with id \(id)")
        case .external(let source, let externalID): ACSError(.notFound, "no account \(externalID) from source \(source)")
        case .payToken: ACSError(.notFound, "no account has this pay token (never issued, or revoked)")
        }
    }

    /// Recomputes the account's oldest unpaid due date after its obligations changed.
    static func refreshOldestDue(accountID: Int64, in db: Database) throws {
        try db.run("""
            UPDATE account SET oldest_unpaid_due_on =
              (SELECT min(due_on) FROM obligation WHERE account_id = ?1 AND open_minor > 0)
            WHERE id = ?1
            """, [accountID])
    }

    /// Balances per currency: outstanding, overdue on `today`, credit.
    static func balances(accountID: Int64, today: LocalDate, in db: Database) throws -> [BalanceView] {
        let rows = try db.rows("""
            SELECT currency, sum(outstanding) AS outstanding, sum(overdue) AS overdue, sum(credit) AS credit FROM (
              SELECT currency, open_minor AS outstanding, CASE WHEN due_on < ?2 THEN open_minor ELSE 0 END AS overdue, 0 AS credit
                FROM obligation WHERE account_id = ?1
              UNION ALL
              SELECT currency, 0, 0, amount_minor FROM credit WHERE account_id = ?1
            ) GROUP BY currency ORDER BY currency
            """, [accountID, today.description])
        return rows.map { BalanceView(currency: $0["currency"], outstanding: $0["outstanding"], overdue: $0["overdue"], credit: $0["credit"]) }
    }

    /// The account's time zone (UTC when unknown).
    static func timeZone(accountID: Int64, in db: Database) throws -> TimeZone {
        let name = try db.value(String.self, "SELECT time_zone FROM account WHERE id = ?", [accountID])
        return name.flatMap(TimeZones.named) ?? TimeZones.utc
    }

    /// A day read back from the database; a stored value that is not a date is DATA_LOSS, never a crash.
    static func day(_ text: String) throws -> LocalDate {
        guard let day = LocalDate(text) else { throw ACSError(.dataLoss, "the database holds \"\(text.prefix(40))\" where a date belongs") }
        return day
    }

    /// RFC 3339 text for the database.
    static func text(_ date: Date) -> String { ACSClock.format(date) }

    /// `date` as the database keeps it: to the second (what `date(text(date))` gives, without the text).
    static func wholeSeconds(_ date: Date) -> Date { Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)) }

    /// A date read back from the database.
    static func date(_ text: String?) -> Date { text.flatMap(ACSClock.parse) ?? Date(timeIntervalSince1970: 0) }
}
