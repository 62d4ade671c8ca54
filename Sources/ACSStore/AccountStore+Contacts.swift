public import ACSCore
import Foundation
import GRDB

extension AccountStore {
    private static func apply(_ change: ContactChange, accountID: Int64, by actor: ChangeActor, in db: Database) throws {
        switch change.kind {
        case .optOut, .optIn:
            try db.run("""
                INSERT INTO channel_preference (account_id, channel, opted_out, source, reason, changed_at, changed_by_uid, changed_by_pid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id, channel) DO UPDATE SET opted_out = excluded.opted_out, source = excluded.source,
                  reason = excluded.reason, changed_at = excluded.changed_at, changed_by_uid = excluded.changed_by_uid,
                  changed_by_pid = excluded.changed_by_pid
                """, [accountID, change.channel!.rawValue, change.kind == .optOut, change.source, actor.reason, Ledger.text(actor.at),
                      Int64(actor.caller.uid), Int64(actor.caller.pid)])
        case .grantConsent, .revokeConsent:
            let numbers = try phoneNumbers(accountID: accountID, in: db)
            if let number = change.phoneNumber, !numbers.contains(number) {
                throw ACSError.invalidArgument(field: "phone_number", "\(number) is not a number of account \(accountID)")
            }
            for number in change.phoneNumber.map({ [$0] }) ?? numbers {
                try db.run("""
                    INSERT INTO consent_override (account_id, phone_number, channel, granted, source, reason, changed_at, changed_by_uid)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (account_id, phone_number, channel) DO UPDATE SET granted = excluded.granted, source = excluded.source,
                      reason = excluded.reason, changed_at = excluded.changed_at, changed_by_uid = excluded.changed_by_uid
                    """, [accountID, number, change.channel!.rawValue, change.kind == .grantConsent, change.source, actor.reason,
                          Ledger.text(actor.at), Int64(actor.caller.uid)])
            }
        case .setInconvenientTimes:
            let json = String(decoding: try JSONEncoder().encode(change.inconvenientTimes), as: UTF8.self)
            try db.run("UPDATE account SET inconvenient_times = ? WHERE id = ?", [json, accountID])
        }
    }

    private static func phoneNumbers(accountID: Int64, in db: Database) throws -> [String] {
        let contacts = try db.value(String.self, "SELECT contacts FROM account WHERE id = ?", [accountID]) ?? "{}"
        return try ContactPoints.decode(stored: contacts).phones.map(\.number)
    }

    /// The account's contact points with acsd's consent overrides applied.
    static func effectiveContacts(_ contacts: ContactPoints, accountID: Int64, in db: Database) throws -> ContactPoints {
        let overrides = try db.rawRows("SELECT phone_number, channel, granted FROM consent_override WHERE account_id = ?",
                                       bind: { try $0.bind(1, accountID) }) { (number: $0.text(0), channel: $0.text(1), granted: $0.int64(2) != 0) }
        guard !overrides.isEmpty else { return contacts }
        var effective = contacts
        for (number, channel, granted) in overrides {
            for index in effective.phones.indices where effective.phones[index].number == number {
                if channel == ContactChannel.sms.rawValue { effective.phones[index].smsConsent = granted }
                if channel == ContactChannel.voice.rawValue { effective.phones[index].voiceConsent = granted }
            }
        }
        return effective
    }

    /// The channels whose preference was ever changed.
    static func channelPreferences(accountID: Int64, in db: Database) throws -> [ChannelPreferenceState] {
        try db.rows("""
            SELECT channel, opted_out, source, reason, changed_at, changed_by_uid, changed_by_pid FROM channel_preference
            WHERE account_id = ? ORDER BY channel
            """, [accountID]).compactMap { row in
            guard let channel = ContactChannel(rawValue: row[0]) else { return nil }
            let caller = CallerIdentity(uid: UInt32(row[5] as Int64), gid: 0, pid: Int32(row[6] as Int64))
            return ChannelPreferenceState(channel: channel, optedOut: row[1], source: row[2],
                                          changedBy: ChangeActor(caller: caller, at: Ledger.date(row[4]), reason: row[3]))
        }
    }

    /// Records a change of contact preferences on the account `lookup` names: an opt-out or
    /// opt-in of a channel, consent granted or revoked for a number (or all numbers), or the
    /// declared inconvenient times. Effective at once; a later sync never undoes it. Answers
    /// the account's id.
    static func applyContactChange(_ change: ContactChange, on lookup: AccountLookup, by actor: ChangeActor, in db: Database) throws -> Int64 {
        let violations = change.violations()
        guard violations.isEmpty else {
            throw ACSError(.invalidArgument, violations.map { "\($0.field): \($0.description)" }.joined(separator: "; "), violations: violations)
        }
        guard TextRules.isText(actor.reason, max: 2000) else {
            throw ACSError.invalidArgument(field: "reason", "must be at most 2000 characters without control characters")
        }
        let accountID = try Ledger.accountID(lookup, in: db)
        try Self.apply(change, accountID: accountID, by: actor, in: db)
        return accountID
    }
}
