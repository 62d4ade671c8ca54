import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Pay links (issue 19, in part): the token in a rendered reminder resolves to the account and
/// what it owes; it is 128 random bits, never the account id; revoked, it names nothing and the
/// account has a new one; a bank credit quoting it is matched to the account.
@Suite("Pay tokens")
struct PayTokenTests {
    @Test("a rendered reminder's pay link resolves to its account; revoked, it names nothing; a bank credit quoting it matches")
    func payLink() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start()
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("NY", zone: "America/New_York")])).results[0].accountId
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let email = try #require(try await CollectionEngineRPCTests.reminders(client, account: id).first { $0.channel == .email })

        let issued = try await client.call(Methods.Accounts.getPayToken, V1.GetPayTokenRequest(account: V1.AccountRef(id: id)))
        #expect(issued.token.count == 32 && issued.token != id && issued.paymentLink == "https://pay.example.com/p/" + issued.token)
        #expect(email.bodyText.contains(issued.paymentLink), "the reminder carries the account's link: \(email.bodyText)")

        let shown = try await client.call(Methods.Accounts.resolvePayToken, V1.ResolvePayTokenRequest(token: issued.token))
        #expect(shown.accountId == id && shown.name == "Debtor NY" && shown.externalId == "NY" && shown.creditor == "Example Lending")
        #expect(shown.balances.first?.outstanding == V1.Money(amountMinor: 10_000, currency: "USD"))
        #expect(shown.rfReference == CreditorReference.forAccount(Int64(id)!))
        for token in ["", id, String(repeating: "0", count: 32), issued.token.uppercased(), issued.token + "\0"] {
            await #expect {
                try await client.call(Methods.Accounts.resolvePayToken, V1.ResolvePayTokenRequest(token: token))
            } throws: { error in [.notFound, .invalidArgument].contains((error as? ACSError)?.code) }
        }

        // A payment names its account by the token, in one call (acs-gateway's webhooks); a replay by the same token is one.
        func post(_ key: String, _ account: V1.AccountRef) async throws -> V1.PostPaymentResponse {
            try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
                idempotencyKey: key, account: account, amount: V1.Money(amountMinor: 1_000, currency: "USD"), reference: "tok")))
        }
        let byToken = try await post("T-1", V1.AccountRef(payToken: issued.token))
        #expect(byToken.payment?.accountId == id && byToken.replayed == false)
        #expect(try await post("T-1", V1.AccountRef(payToken: issued.token)).replayed == true)
        for (token, code) in [(String(repeating: "0", count: 32), ACSError.Code.notFound), (issued.token.uppercased(), .notFound),
                              (issued.token + "0", .notFound), (String(issued.token.dropLast()), .notFound), (id, .notFound)] {
            await #expect {
                try await post("T-2", V1.AccountRef(payToken: token))
            } throws: { error in (error as? ACSError)?.code == code }
        }
        for ref in [V1.AccountRef(id: id, payToken: issued.token), V1.AccountRef(source: "crm", externalId: "NY", payToken: issued.token)] {
            await #expect {
                try await post("T-2", ref)
            } throws: { error in (error as? ACSError)?.code == .invalidArgument }
        }
        #expect(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(payToken: issued.token))).account?.id == id)

        // A bank credit quoting the token is this account's.
        let statement = BankStatementTests.camt([BankStatementTests.Entry(reference: "P-1", amount: "25.00", text: "pay \(issued.token)")])
            .replacingOccurrences(of: "EUR", with: "USD").replacingOccurrences(of: "2026-03-14", with: "2026-03-02")
        let imported = try await BankStatementTests.importFile(daemon, statement, format: "camt053", name: "pay.xml")
        #expect(imported.status == 0 && imported.stdout.contains("posted 1"), "\(imported.stdout)\(imported.stderr)")
        let payments = try await client.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(account: V1.AccountRef(id: id))).payments
        #expect(payments.compactMap { $0.amount?.amountMinor }.sorted() == [1_000, 2_500])

        await #expect(throws: ACSError.self) {
            try await client.call(Methods.Accounts.revokePayToken, V1.RevokePayTokenRequest(account: V1.AccountRef(id: id)))
        }
        let revoked = try await client.call(Methods.Accounts.revokePayToken, V1.RevokePayTokenRequest(account: V1.AccountRef(id: id),
                                                                                                    reason: "link forwarded by mistake"))
        #expect(revoked.token != issued.token && revoked.token.count == 32)
        await #expect(throws: ACSError.self) {
            try await client.call(Methods.Accounts.resolvePayToken, V1.ResolvePayTokenRequest(token: issued.token))
        }
        #expect(try await client.call(Methods.Accounts.resolvePayToken, V1.ResolvePayTokenRequest(token: revoked.token)).accountId == id)
        // A payment posted by the revoked token is still a replay; a new one by it names no account.
        #expect(try await post("T-1", V1.AccountRef(payToken: issued.token)).replayed == true)
        await #expect { try await post("T-3", V1.AccountRef(payToken: issued.token)) } throws: { ($0 as? ACSError)?.code == .notFound }
        #expect(try await post("T-3", V1.AccountRef(payToken: revoked.token)).payment?.accountId == id)
        #expect(try await client.call(Methods.Accounts.getPayToken, V1.GetPayTokenRequest(account: V1.AccountRef(id: id))).token == revoked.token)
        let entries = try await TestJournal.waitForEntries(matching: ["_PID": String(daemon.process.processIdentifier),
                                                                      "ACS_EVENT": "account.pay_token_revoked"])
        #expect(entries.first?.fields["ACS_ACCOUNT"] == id && entries.first?.fields["ACS_REASON"] == "link forwarded by mistake")

        // Reminders rendered with a revoked link and not yet claimed are cancelled; the next cycle renders them anew.
        let other = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("NY2", zone: "America/New_York")])).results[0].accountId
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let drafted = try await CollectionEngineRPCTests.reminders(client, account: other, statuses: [.scheduled, .deferred])
        try #require(!drafted.isEmpty)
        _ = try await client.call(Methods.Accounts.revokePayToken, V1.RevokePayTokenRequest(account: V1.AccountRef(id: other), reason: "test"))
        let after = try await CollectionEngineRPCTests.reminders(client, account: other)
        for reminder in drafted {
            #expect(after.first { $0.id == reminder.id }?.cancelReason == .payTokenRevoked, "\(after.map(\.cancelReason))")
        }
    }
}
