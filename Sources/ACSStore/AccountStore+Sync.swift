public import ACSCore
public import Foundation
import GRDB

extension AccountStore {
    /// Applies a batch in one savepoint (`Database.writeEach`); a record the database
    /// refuses (a constraint) is rejected alone.
    private static func apply(_ records: [(PreparedSnapshot?, [ACSError.FieldViolation])], at stamp: String,
                              in db: Database) throws -> [SyncRecordOutcome] {
        let refusal = { (error: any Error) in (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT }
        return try db.writeEach(records, refusing: refusal) { prepared, violations in
            guard let prepared else { return invalid(violations) }
            return try Self.apply(prepared, at: stamp, in: db)
        }.map { result in
            switch result {
            case .success(let outcome): outcome
            case .failure(let error): rejected(error)
            }
        }
    }

    private static func invalid(_ violations: [ACSError.FieldViolation]) -> SyncRecordOutcome {
        SyncRecordOutcome(kind: .rejected, accountID: nil, storedVersion: 0, violations: violations)
    }

    private static func rejected(_ error: any Error) -> SyncRecordOutcome {
        let reason = "refused by the database: \((error as? DatabaseError)?.message ?? "constraint")"
        return SyncRecordOutcome(kind: .rejected, accountID: nil, storedVersion: 0, violations: [.init(field: "external_id", description: reason)])
    }

    /// A valid snapshot with the texts the writer stores, written before the writer runs.
    private struct PreparedSnapshot: Sendable {
        let snapshot: AccountSnapshot
        let contactsJSON: String
        let content: String
        /// The pay-link token of the account, if it is new.
        let token: String
        /// The oldest due date with something open, if the account is new (it has no charges yet).
        let oldestUnpaidDueOn: String?

        init(_ snapshot: AccountSnapshot) {
            self.snapshot = snapshot
            contactsJSON = snapshot.contacts.json
            content = snapshot.canonicalContent(contactsJSON: contactsJSON)
            token = Ledger.randomToken()
            oldestUnpaidDueOn = snapshot.obligations.filter { $0.openAmount.minorUnits > 0 }.map(\.dueOn).min()?.description
        }
    }

    private static func apply(_ record: PreparedSnapshot, at stamp: String, in db: Database) throws -> SyncRecordOutcome {
        let snapshot = record.snapshot
        let stored = try db.rawRow("SELECT id, source_version, content_hash, time_zone FROM account WHERE source = ? AND external_id = ?", bind: {
            try $0.bind(1, snapshot.source)
            try $0.bind(2, snapshot.externalID)
        }) { (id: $0.int64(0), version: $0.int64(1), content: $0.text(2), timeZone: $0.text(3)) }
        guard let stored else {
            let id = try insert(record, at: stamp, in: db)
            return SyncRecordOutcome(kind: .created, accountID: id, storedVersion: snapshot.sourceVersion, violations: [])
        }
        let id = stored.id
        let version = UInt64(stored.version)
        if snapshot.sourceVersion < version {
            return SyncRecordOutcome(kind: .stale, accountID: id, storedVersion: version, violations: [])
        }
        if snapshot.sourceVersion == version {
            if TextRules.sameBytes(stored.content, record.content) {
                return SyncRecordOutcome(kind: .unchanged, accountID: id, storedVersion: version, violations: [])
            }
            let violation = ACSError.FieldViolation(
                field: "source_version", description: "version \(version) is stored with other content; send a newer version")
            return SyncRecordOutcome(kind: .rejected, accountID: id, storedVersion: version, violations: [violation])
        }
        try update(id: id, with: record, at: stamp, in: db)
        if stored.timeZone != snapshot.timeZone {
            try reanchorHoldEnds(accountID: id, zone: TimeZones.named(snapshot.timeZone) ?? TimeZones.utc, in: db)
        }
        return SyncRecordOutcome(kind: .updated, accountID: id, storedVersion: snapshot.sourceVersion, violations: [])
    }

    /// A new account: its oldest unpaid due date is known from the snapshot, so it is written with the row.
    private static func insert(_ record: PreparedSnapshot, at stamp: String, in db: Database) throws -> Int64 {
        let snapshot = record.snapshot
        try db.withRawStatement("""
            INSERT INTO account (source, external_id, name, source_version, time_zone, locale, segment, contacts,
                                 content_hash, created_at, updated_at, next_action_at, pay_token, oldest_unpaid_due_on)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, 0, ?11, ?12)
            """) { statement in
            try statement.bind(1, snapshot.source)
            try statement.bind(2, snapshot.externalID)
            try statement.bind(3, snapshot.name)
            try statement.bind(4, Int64(snapshot.sourceVersion))
            try statement.bind(5, snapshot.timeZone)
            try statement.bind(6, snapshot.locale)
            try statement.bind(7, snapshot.segment)
            try statement.bind(8, record.contactsJSON)
            try statement.bind(9, record.content)
            try statement.bind(10, stamp)
            try statement.bind(11, record.token)
            try statement.bind(12, record.oldestUnpaidDueOn)
            try statement.run()
        }
        let id = db.lastInsertedRowID
        try upsertObligations(snapshot.obligations, accountID: id, in: db)
        return id
    }

    private static func update(id: Int64, with record: PreparedSnapshot, at stamp: String, in db: Database) throws {
        let snapshot = record.snapshot
        try db.run("""
            UPDATE account SET name = ?, source_version = ?, time_zone = ?, locale = ?, segment = ?, contacts = ?,
                               content_hash = ?, updated_at = ?, next_action_at = 0
            WHERE id = ?
            """, [snapshot.name, Int64(snapshot.sourceVersion), snapshot.timeZone, snapshot.locale,
                  snapshot.segment, record.contactsJSON, record.content, stamp, id])
        let kept = snapshot.obligations.map(\.externalID)
        try db.run("""
            UPDATE obligation SET open_minor = 0
            WHERE account_id = ? AND kind IN ('invoice', 'instalment') AND external_id NOT IN (SELECT value FROM json_each(?))
            """, [id, JSONText.array(kept)])
        try upsertObligations(snapshot.obligations, accountID: id, settled: try settled(accountID: id, in: db), in: db)
        // Charges (fees, interest) and settled obligations count too: read back what is open.
        try Ledger.refreshOldestDue(accountID: id, in: db)
    }

    /// A dated hold ends when its `ends_on` begins in the account's zone, which a sync may change.
    private static func reanchorHoldEnds(accountID: Int64, zone: TimeZone, in db: Database) throws {
        for row in try db.rows("SELECT id, ends_on FROM hold WHERE account_id = ? AND cleared_at IS NULL AND ends_on != ''", [accountID]) {
            let endsOn = try Ledger.day(row[1] as String)
            try db.run("UPDATE hold SET ends_at = ? WHERE id = ?", [Ledger.seconds(endsOn.start(in: zone)), row[0] as Int64])
        }
    }

    /// What acsd's own ledger settled of each of the account's obligations, by external id and currency: the payments
    /// posted and the write-offs made here, none reversed. At most Money.maxMinorUnits (`account_sum`): the allocations
    /// an older acsd let re-syncs pile up on one obligation must not make SQLite's sum() fail the whole batch.
    private static func settled(accountID: Int64, in db: Database) throws -> [[UInt8]: Int64] {
        let rows = try db.rows("""
            SELECT external_id, currency, account_sum(amount_minor) FROM (
              SELECT o.external_id, p.currency, a.amount_minor FROM allocation a JOIN payment p ON p.id = a.payment_id
                JOIN obligation o ON o.id = a.obligation_id WHERE o.account_id = ?1 AND p.reversed_at IS NULL
              UNION ALL SELECT o.external_id, w.currency, w.amount_minor FROM write_off w JOIN obligation o ON o.id = w.obligation_id
                WHERE o.account_id = ?1 AND w.reversed_at IS NULL
            ) GROUP BY external_id, currency
            """, [accountID])
        return rows.reduce(into: [:]) { totals, row in totals[Self.settledKey(row[0], currency: row[1])] = row[2] }
    }

    /// The bytes SQLite keys an obligation by: a String key would equate canonically equal ids (NFC, NFD), which are
    /// two rows here, and lend one's payments to the other.
    private static func settledKey(_ externalID: String, currency: String) -> [UInt8] { Array("\(currency) \(externalID)".utf8) }

    /// Inserts or updates the snapshot's obligations. An obligation already here stays no more open than acsd's own
    /// ledger leaves it (its amount less what `settled` holds for it in its own currency): a source that has not yet
    /// seen a payment posted here must not reopen what it paid, and dun the debtor for it. The source can only lower
    /// it further (its credit notes, payments taken there); after a change of currency the source's figure stands.
    private static func upsertObligations(_ obligations: [ObligationSnapshot], accountID: Int64, settled: [[UInt8]: Int64] = [:],
                                          in db: Database) throws {
        for obligation in obligations {
            try db.withRawStatement("""
                INSERT INTO obligation (account_id, external_id, kind, currency, amount_minor, open_minor, issued_on, due_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id, external_id) DO UPDATE SET
                  kind = excluded.kind, currency = excluded.currency, amount_minor = excluded.amount_minor,
                  open_minor = max(0, min(excluded.open_minor, excluded.amount_minor - ?9)),
                  issued_on = excluded.issued_on, due_on = excluded.due_on
                """) { statement in
                try statement.bind(1, accountID)
                try statement.bind(2, obligation.externalID)
                try statement.bind(3, obligation.kind.rawValue)
                try statement.bind(4, obligation.amount.currency)
                try statement.bind(5, obligation.amount.minorUnits)
                try statement.bind(6, obligation.openAmount.minorUnits)
                try statement.bind(7, obligation.issuedOn?.description)
                try statement.bind(8, obligation.dueOn.description)
                try statement.bind(9, settled[Self.settledKey(obligation.externalID, currency: obligation.amount.currency)] ?? 0)
                try statement.run()
            }
        }
    }
}

extension AccountStore {
    /// Upserts a batch of snapshots from a source system, one outcome per record.
    ///
    /// Invalid records are rejected with their violations and valid ones applied
    /// regardless. An older `sourceVersion` than stored is stale and skipped; the
    /// same version with the same content is unchanged; the same version with other
    /// content is rejected. Obligations absent from a newer snapshot are settled
    /// (open 0) by the source. Replaying a batch changes nothing.
    public func sync(_ snapshots: [AccountSnapshot], at now: Date) async throws(ACSError) -> [SyncRecordOutcome] {
        // Everything that needs no database is done here, off the single writer.
        let records = snapshots.map { snapshot -> (Self.PreparedSnapshot?, [ACSError.FieldViolation]) in
            let violations = snapshot.violations()
            return (violations.isEmpty ? Self.PreparedSnapshot(snapshot) : nil, violations)
        }
        let stamp = Ledger.text(now)
        return try await writer.write { db in try Self.apply(records, at: stamp, in: db) }
    }
}
