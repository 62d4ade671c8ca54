public import ACSCore
public import Foundation
import GRDB

extension EscalationStore {
    /// The account's latest placement with `agency` (active or recalled); FAILED_PRECONDITION when it never was placed there.
    static func latestPlacement(accountID: Int64, agency: String, in db: Database) throws -> (id: Int64, active: Bool) {
        guard let row = try db.row("SELECT id, status FROM placement WHERE account_id = ? AND agency = ? ORDER BY id DESC LIMIT 1", [accountID, agency]) else {
            throw ACSError(.failedPrecondition, "account \(accountID) was never placed with \(agency)")
        }
        return (row[0], (row[1] as String) == PlacementStatus.active.rawValue)
    }
}

extension EscalationStore.Rows {
    /// The account's latest placement with `agency`; FAILED_PRECONDITION when it never was.
    public func latestPlacement(_ lookup: AccountLookup, agency: String) throws -> (accountID: Int64, placementID: Int64, active: Bool) {
        let accountID = try Ledger.accountID(lookup, in: db)
        let placement = try EscalationStore.latestPlacement(accountID: accountID, agency: agency, in: db)
        return (accountID, placement.id, placement.active)
    }

    /// Whether an agency's record was imported before: nil when not, true when with the same
    /// `content`; ABORTED when its reference came with other content.
    public func importedBefore(agency: String, reference: String, content: String) throws -> Bool {
        guard let stored = try String.fetchOne(db, sql: "SELECT content FROM agency_return WHERE agency = ? AND reference = ?", arguments: [agency, reference]) else {
            return false
        }
        guard TextRules.sameBytes(stored, content) else {
            throw ACSError(.aborted, "\(agency) reference \"\(reference)\" was imported before with other content; the agency must use a new reference")
        }
        return true
    }

    /// Applies a status update or a closure of an agency's return file to the account's
    /// latest placement with it, and records the record (agency, reference) as imported.
    public func applyAgencyReturn(agency: String, reference: String, kind: AgencyReturnKind, accountID: Int64, placementID: Int64, status: String,
                                  note: String, content: String, by actor: ChangeActor) throws -> [EscalationEvent] {
        var events: [EscalationEvent] = []
        let reported = kind == .closure ? "closed: \(status)" : status
        try db.execute(sql: "UPDATE placement SET agency_status = ?, agency_status_at = ? WHERE id = ?", arguments: [reported, Ledger.text(actor.at), placementID])
        events.append(EscalationEvent(.placementStatus, accountID: accountID, "\(agency) reports \(reported)\(note.isEmpty ? "" : " (\(note))")",
                                      ["PLACEMENT": String(placementID), "AGENCY": agency, "STATUS": reported, "REFERENCE": reference, "REASON": note]))
        if kind == .closure, let recall = try EscalationStore.recall(accountID: accountID, reason: .agencyClosed, note: status, uid: actor.caller.uid,
                                                                     at: actor.at, in: db) {
            events.append(recall)
        }
        try record(agency: agency, reference: reference, kind: kind, accountID: accountID, content: content, at: actor.at)
        return events
    }

    /// Records an agency's record as imported.
    public func record(agency: String, reference: String, kind: AgencyReturnKind, accountID: Int64, content: String, at now: Date) throws {
        try db.execute(sql: "INSERT INTO agency_return (agency, reference, kind, account_id, content, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [agency, reference, kind.rawValue, accountID, content, Ledger.text(now)])
    }
}
