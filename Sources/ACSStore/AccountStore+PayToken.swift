public import ACSCore
public import Foundation
import GRDB

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

    /// The account `token` names, as of `now`; nil for a token that names none.
    public func account(payToken token: String, at now: Date) async throws(ACSError) -> AccountView? {
        guard Self.isToken(token) else { return nil }
        return try await read { db in
            try db.value(Int64.self, "SELECT id FROM account WHERE pay_token = ? AND pay_token != ''", [token])
                .map { try Self.view(accountID: $0, recentPayments: 0, at: now, in: db) }
        }
    }

    /// True for what `Ledger.randomToken` makes: 32 lower-case hex digits.
    public static func isToken(_ text: String) -> Bool {
        text.utf8.count == 32 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    private static func newToken(_ id: Int64, in db: Database) throws -> String {
        let token = Ledger.randomToken()
        try db.run("UPDATE account SET pay_token = ? WHERE id = ?", [token, id])
        return token
    }
}
