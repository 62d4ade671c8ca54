public import ACSCore
public import Foundation
import GRDB

/// What a pay link shows of an account.
public struct PayTokenAccount: Sendable, Hashable {
    /// acsd's account id.
    public var id: Int64
    /// The debtor's name and the account's external id.
    public var name: String
    public var externalID: String
    /// What it owes, per currency, today in its time zone.
    public var balances: [BalanceView]
}

/// Pay-link tokens: 128 random bits per account (never its id), made at its first sync; a
/// revoked token names nothing, its replacement is the account's from then on.
extension AccountStore {
    /// The account's id and token, made now if it has none (an account synced before tokens).
    public func payToken(_ lookup: AccountLookup) async throws(ACSError) -> (accountID: Int64, token: String) {
        try await writer.write { db in
            let id = try Ledger.accountID(lookup, in: db)
            if let token = try db.value(String.self, "SELECT pay_token FROM account WHERE id = ?", [id]), !token.isEmpty { return (id, token) }
            return (id, try Self.newToken(id, in: db))
        }
    }

    /// A new token for the account: the old one names nothing from now on, and the reminders
    /// rendered with it and not yet claimed are cancelled (the next cycle renders them again).
    public func revokePayToken(_ lookup: AccountLookup, at now: Date) async throws(ACSError)
        -> (accountID: Int64, token: String, cancelled: [ReminderEvent]) {
        try await writer.write { db in
            let id = try Ledger.accountID(lookup, in: db)
            let token = try Self.newToken(id, in: db)
            let cancelled = try ReminderStore.cancelUnclaimed(accountID: id, channels: nil, reason: .payTokenRevoked, at: now, in: db)
            try Self.markDue(accountID: id, in: db)
            return (id, token, cancelled)
        }
    }

    /// What a pay link shows of the account `token` names, as of `now`; nil for a token that names none.
    /// Only what the page needs is read: the whole account view cost acsd 383 µs a call, and every
    /// pay page (and, before PostPayment took the token itself, every webhook) resolves its token.
    public func account(payToken token: String, at now: Date) async throws(ACSError) -> PayTokenAccount? {
        guard PayToken.isWellFormed(token) else { return nil }
        return try await read { db in
            guard let row = try db.row("SELECT id, name, external_id, time_zone FROM account WHERE pay_token = ? AND pay_token != ''", [token]) else {
                return nil
            }
            let id: Int64 = row["id"]
            let today = LocalDate(now, in: (row["time_zone"] as String?).flatMap(TimeZones.named) ?? TimeZones.utc)
            return PayTokenAccount(id: id, name: row["name"], externalID: row["external_id"],
                                   balances: try Ledger.balances(accountID: id, today: today, in: db))
        }
    }

    private static func newToken(_ id: Int64, in db: Database) throws -> String {
        let token = Ledger.randomToken()
        try db.run("UPDATE account SET pay_token = ? WHERE id = ?", [token, id])
        return token
    }
}
