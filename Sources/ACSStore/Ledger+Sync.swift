public import ACSCore
public import Foundation
import GRDB

extension Ledger {
    /// Upserts a batch of snapshots from a source system, one outcome per record.
    ///
    /// Invalid records are rejected with their violations and valid ones applied
    /// regardless. An older `sourceVersion` than stored is stale and skipped; the
    /// same version with the same content is unchanged; the same version with other
    /// content is rejected. Obligations absent from a newer snapshot are settled
    /// (open 0) by the source. Replaying a batch changes nothing.
    public func sync(_ snapshots: [AccountSnapshot], at now: Date) async throws(ACSError) -> [SyncRecordOutcome] {
        let checked = snapshots.map { snapshot in (snapshot, snapshot.violations()) }
        return try await writer.write { db in
            try checked.map { snapshot, violations in
                guard violations.isEmpty else {
                    return SyncRecordOutcome(kind: .rejected, accountID: nil, storedVersion: 0, violations: violations)
                }
                do {
                    return try db.inSavepointReturning { db in try Self.apply(snapshot, at: now, in: db) }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    // One record the database refuses is rejected alone (its savepoint is
                    // rolled back); anything else (disk full, I/O) fails the whole call.
                    let reason = "refused by the database: \(error.message ?? "constraint")"
                    return SyncRecordOutcome(kind: .rejected, accountID: nil, storedVersion: 0,
                                             violations: [.init(field: "external_id", description: reason)])
                }
            }
        }
    }

    private static func apply(_ snapshot: AccountSnapshot, at now: Date, in db: Database) throws -> SyncRecordOutcome {
        let content = snapshot.canonicalContent
        let stored = try db.row("""
            SELECT id, source_version, content_hash FROM account WHERE source = ? AND external_id = ?
            """, [snapshot.source, snapshot.externalID])
        guard let stored else {
            let id = try insert(snapshot, content: content, at: now, in: db)
            return SyncRecordOutcome(kind: .created, accountID: id, storedVersion: snapshot.sourceVersion, violations: [])
        }
        let id: Int64 = stored["id"]
        let version = UInt64(stored["source_version"] as Int64)
        if snapshot.sourceVersion < version {
            return SyncRecordOutcome(kind: .stale, accountID: id, storedVersion: version, violations: [])
        }
        if snapshot.sourceVersion == version {
            if stored["content_hash"] == content {
                return SyncRecordOutcome(kind: .unchanged, accountID: id, storedVersion: version, violations: [])
            }
            let violation = ACSError.FieldViolation(
                field: "source_version", description: "version \(version) is stored with other content; send a newer version")
            return SyncRecordOutcome(kind: .rejected, accountID: id, storedVersion: version, violations: [violation])
        }
        try update(id: id, with: snapshot, content: content, at: now, in: db)
        return SyncRecordOutcome(kind: .updated, accountID: id, storedVersion: snapshot.sourceVersion, violations: [])
    }

    private static func insert(_ snapshot: AccountSnapshot, content: String, at now: Date, in db: Database) throws -> Int64 {
        try db.run("""
            INSERT INTO account (source, external_id, name, source_version, time_zone, locale, segment, contacts,
                                 content_hash, created_at, updated_at, next_action_at, pay_token)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
            """, [snapshot.source, snapshot.externalID, snapshot.name, Int64(snapshot.sourceVersion),
                             snapshot.timeZone, snapshot.locale, snapshot.segment, snapshot.contacts.json,
                             content, text(now), text(now), randomToken()])
        let id = db.lastInsertedRowID
        try upsertObligations(snapshot.obligations, accountID: id, in: db)
        return id
    }

    private static func update(id: Int64, with snapshot: AccountSnapshot, content: String, at now: Date, in db: Database) throws {
        try db.run("""
            UPDATE account SET name = ?, source_version = ?, time_zone = ?, locale = ?, segment = ?, contacts = ?,
                               content_hash = ?, updated_at = ?, next_action_at = 0
            WHERE id = ?
            """, [snapshot.name, Int64(snapshot.sourceVersion), snapshot.timeZone, snapshot.locale,
                             snapshot.segment, snapshot.contacts.json, content, text(now), id])
        let kept = snapshot.obligations.map(\.externalID)
        try db.run("""
            UPDATE obligation SET open_minor = 0
            WHERE account_id = ? AND kind IN ('invoice', 'instalment') AND external_id NOT IN (SELECT value FROM json_each(?))
            """, [id, String(decoding: try JSONEncoder().encode(kept), as: UTF8.self)])
        try upsertObligations(snapshot.obligations, accountID: id, in: db)
    }

    private static func upsertObligations(_ obligations: [ObligationSnapshot], accountID: Int64, in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO obligation (account_id, external_id, kind, currency, amount_minor, open_minor, issued_on, due_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (account_id, external_id) DO UPDATE SET
              kind = excluded.kind, currency = excluded.currency, amount_minor = excluded.amount_minor,
              open_minor = excluded.open_minor, issued_on = excluded.issued_on, due_on = excluded.due_on
            """)
        for obligation in obligations {
            try statement.execute(arguments: [
                accountID, obligation.externalID, obligation.kind.rawValue, obligation.amount.currency,
                obligation.amount.minorUnits, obligation.openAmount.minorUnits, obligation.issuedOn?.description,
                obligation.dueOn.description,
            ])
        }
        try refreshOldestDue(accountID: accountID, in: db)
    }
}
