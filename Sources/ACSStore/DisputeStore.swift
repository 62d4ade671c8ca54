public import ACSCore
public import Foundation
import GRDB

/// Disputes as a workflow: received (with HOLD-DISPUTE on what is disputed), verification
/// sent, then upheld (written off) or rejected (collection resumes with a notice).
/// One of the ledger's named stores (`Ledger.disputes`).
public struct DisputeStore: LedgerStore {
    let database: ACSDatabase
    let writer: GroupCommitWriter
}

/// A dispute and where it is.
public struct DisputeView: Sendable, Hashable {
    /// acsd's id.
    public var id: Int64
    /// acsd's account id.
    public var accountID: Int64
    /// The obligations disputed (external ids): for the whole account, those open when it came.
    public var obligations: [String]
    /// True when the whole account is disputed.
    public var wholeAccount: Bool
    /// The HOLD-DISPUTE holds it set or found.
    public var holdIDs: [Int64]
    /// What the debtor says is wrong.
    public var reason: DisputeReason
    /// How it came.
    public var receivedVia: DisputeChannel
    /// Who disputes.
    public var disputant: String
    /// Where it is.
    public var status: DisputeStatus
    /// Who recorded it, when, and the note.
    public var openedBy: ChangeActor
    /// The last day of the validation period when the dispute came inside it (VALIDATION).
    public var validationEndsOn: LocalDate?
    /// Where the verification sent is kept; "" before.
    public var verificationDocument: String
    /// Who recorded the verification sent, and when.
    public var verifiedBy: ChangeActor?
    /// Who decided it, when, and the note.
    public var resolvedBy: ChangeActor?
    /// Written off when upheld.
    public var writtenOff: [Money]
}

extension DisputeStore {
    static func insert(accountID: Int64, obligations: [String], wholeAccount: Bool, holdIDs: [Int64], reason: DisputeReason, via: DisputeChannel,
                       disputant: String, note: String, by actor: ChangeActor, in db: Database) throws -> DisputeView {
        try db.run("""
            INSERT INTO dispute (account_id, obligations, whole_account, hold_ids, reason, received_via, disputant, note, status, opened_at, opened_by_uid)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)
            """, [accountID, JSONText.array(obligations), wholeAccount, JSONText.array(holdIDs.map(String.init)), reason.rawValue, via.rawValue,
                  disputant, note, Ledger.text(actor.at), Int64(actor.caller.uid)])
        return try dispute(id: db.lastInsertedRowID, in: db)
    }

    static func dispute(id: Int64, in db: Database) throws -> DisputeView {
        guard let row = try db.row("SELECT * FROM dispute WHERE id = ?", [id]) else { throw ACSError(.notFound, "no dispute \(id)") }
        let accountID: Int64 = row["account_id"]
        let obligations = try JSONDecoder().decode([String].self, from: Data((row["obligations"] as String).utf8))
        let holdIDs = try JSONDecoder().decode([String].self, from: Data((row["hold_ids"] as String).utf8)).compactMap { Int64($0) }
        let validation = try db.value(String.self, """
            SELECT max(validation_ends_on) FROM hold WHERE id IN (SELECT value FROM json_each(?)) AND validation_ends_on != ''
            """, [row["hold_ids"] as String])
        let actor = { (uid: Int64?, at: String?, reason: String) in
            at.map { ChangeActor(caller: CallerIdentity(uid: UInt32(uid ?? 0), gid: 0, pid: 0), at: Ledger.date($0), reason: reason) }
        }
        let writtenOff = try db.rows("""
            SELECT currency, account_sum(amount_minor) FROM write_off WHERE dispute_id = ? GROUP BY currency ORDER BY currency
            """, [id]).map { Money(minorUnits: $0[1], currency: $0[0]) }
        return DisputeView(
            id: id, accountID: accountID, obligations: obligations, wholeAccount: row["whole_account"], holdIDs: holdIDs, reason: try Ledger.stored(row["reason"]),
            receivedVia: try Ledger.stored(row["received_via"]), disputant: row["disputant"], status: try Ledger.stored(row["status"]),
            openedBy: actor(row["opened_by_uid"], row["opened_at"], row["note"])!, validationEndsOn: validation.flatMap(LocalDate.init),
            verificationDocument: row["verification_document"], verifiedBy: actor(row["verification_by_uid"], row["verification_sent_at"], ""),
            resolvedBy: actor(row["resolved_by_uid"], row["resolved_at"], row["resolution_note"]), writtenOff: writtenOff)
    }

    /// The id of the open dispute a hold belongs to, if any.
    static func openDispute(holdingHold holdID: Int64, in db: Database) throws -> Int64? {
        try db.value(Int64.self, """
            SELECT d.id FROM dispute d, json_each(d.hold_ids) h WHERE d.status IN ('open', 'verification_sent') AND CAST(h.value AS INTEGER) = ? LIMIT 1
            """, [holdID])
    }

    /// Rejected disputes of the account decided in the last 30 days: each owes the policy's notice once.
    static func recentlyRejected(accountID: Int64, at now: Date, in db: Database) throws -> [Int64] {
        try db.values(Int64.self, "SELECT id FROM dispute WHERE account_id = ? AND status = 'rejected' AND resolved_at >= ? ORDER BY id",
                      [accountID, Ledger.text(now.addingTimeInterval(-30 * 86_400))])
    }
}

extension DisputeStore {
    /// Disputes, newest first: of one account, of one status.
    public func disputes(account: AccountLookup?, status: DisputeStatus?, limit: Int, beforeID: Int64?) async throws(ACSError) -> [DisputeView] {
        try await read { db in
            var conditions = ["id < ?"]
            var arguments: StatementArguments = [beforeID ?? Int64.max]
            if let account { conditions.append("account_id = ?"); arguments += [try Ledger.accountID(account, in: db)] }
            if let status { conditions.append("status = ?"); arguments += [status.rawValue] }
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM dispute WHERE \(conditions.joined(separator: " AND ")) ORDER BY id DESC LIMIT ?",
                                         arguments: arguments + [limit])
            return try ids.map { try Self.dispute(id: $0, in: db) }
        }
    }

    /// The dispute rows inside a `LedgerTransaction`.
    public struct Rows {
        let db: Database

        /// Records a dispute of `obligations` (none: the whole account, as it is open now) whose holds are `holdIDs`;
        /// `created` is false when the same dispute was open already (a retried call), which is answered.
        public func insert(accountID: Int64, obligations: [String], holdIDs: [Int64], reason: DisputeReason, via: DisputeChannel, disputant: String,
                           note: String, by actor: ChangeActor) throws -> (dispute: DisputeView, created: Bool) {
            // The whole account is what it owes when the dispute comes: a later invoice is not disputed by it.
            let disputed = obligations.isEmpty
                ? try db.values(String.self, "SELECT external_id FROM obligation WHERE account_id = ? AND open_minor > 0 ORDER BY due_on, id", [accountID])
                : obligations
            guard TextRules.isText(disputant, max: 200), TextRules.isText(note, max: 2000) else {
                throw ACSError.invalidArgument(field: "disputant", "disputant and note must be text without control characters")
            }
            // The same dispute again (a retried call) is the open one, never a second.
            if let open = try db.value(Int64.self, """
                SELECT id FROM dispute WHERE account_id = ? AND status IN ('open', 'verification_sent') AND obligations = ? AND whole_account = ?
                """, [accountID, JSONText.array(disputed), obligations.isEmpty]) {
                return (try DisputeStore.dispute(id: open, in: db), false)
            }
            return (try DisputeStore.insert(accountID: accountID, obligations: disputed, wholeAccount: obligations.isEmpty, holdIDs: holdIDs,
                                            reason: reason, via: via, disputant: disputant, note: note, by: actor, in: db), true)
        }

        /// One dispute.
        public func dispute(_ id: Int64) throws -> DisputeView { try DisputeStore.dispute(id: id, in: db) }

        /// Verification of the debt was sent: `document` says where it is kept.
        public func verificationSent(_ id: Int64, document: String, by actor: ChangeActor) throws -> DisputeView {
            guard !document.isEmpty, TextRules.isText(document, max: 500) else {
                throw ACSError.invalidArgument(field: "document", "is required: where the verification sent is kept")
            }
            let current = try DisputeStore.dispute(id: id, in: db)
            guard current.status == .open else { throw ACSError(.failedPrecondition, "dispute \(id) is \(current.status.rawValue), not open") }
            try db.run("UPDATE dispute SET status = 'verification_sent', verification_document = ?, verification_sent_at = ?, verification_by_uid = ? WHERE id = ?",
                       [document, Ledger.text(actor.at), Int64(actor.caller.uid), id])
            return try DisputeStore.dispute(id: id, in: db)
        }

        /// Decides a dispute (its holds are the caller's to clear). A rejection needs the
        /// verification sent first (FDCPA 809(b): no collection of a disputed debt before it).
        public func decide(_ id: Int64, upheld: Bool, by actor: ChangeActor) throws -> DisputeView {
            let current = try DisputeStore.dispute(id: id, in: db)
            guard current.status.isOpen else { throw ACSError(.failedPrecondition, "dispute \(id) is already \(current.status.rawValue)") }
            guard upheld || current.status == .verificationSent else {
                throw ACSError(.failedPrecondition, "dispute \(id): send the verification of the debt before rejecting it (acsctl disputes verify)")
            }
            try db.run("UPDATE dispute SET status = ?, resolution_note = ?, resolved_at = ?, resolved_by_uid = ? WHERE id = ?",
                       [(upheld ? DisputeStatus.upheld : .rejected).rawValue, actor.reason, Ledger.text(actor.at), Int64(actor.caller.uid), id])
            return try DisputeStore.dispute(id: id, in: db)
        }

        /// Writes off the disputed obligations for an upheld dispute: `amount` of them, oldest due
        /// first (nil: all that is open on them).
        public func writeOff(_ dispute: DisputeView, amount: Money?, by actor: ChangeActor) throws -> [EscalationEvent] {
            var left = amount?.minorUnits ?? .max
            var events: [EscalationEvent] = []
            let open = try db.rows("""
                SELECT id, open_minor, currency FROM obligation WHERE account_id = ? AND open_minor > 0 AND external_id IN (SELECT value FROM json_each(?))
                ORDER BY due_on, id
                """, [dispute.accountID, JSONText.array(dispute.obligations)])
            for row in open where left > 0 && (amount == nil || row[2] == amount?.currency) {
                let part = min(left, row[1] as Int64)
                events.append(try SettlementStore.writeOff(obligationID: row[0], amount: part, reason: .disputeUpheld, note: "dispute \(dispute.id) upheld",
                                                           disputeID: dispute.id, uid: actor.caller.uid, at: actor.at, in: db))
                if amount != nil { left -= part }
            }
            if let amount, left > 0 {
                throw ACSError.invalidArgument(field: "write_off", "\(amount) is more than the \(Money(minorUnits: amount.minorUnits - left, currency: amount.currency)) open on the disputed obligations")
            }
            try Ledger.refreshOldestDue(accountID: dispute.accountID, in: db)
            return events
        }
    }
}
