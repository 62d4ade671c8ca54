import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Credit is applied: an overpayment's credit pays the obligations that come later, as an
/// allocation of the payment, audited; reversing the payment reopens them.
@Suite("Credit application")
struct CreditApplicationTests {
    @Test("an overpayment's credit pays the next invoice at the next cycle; reversing the payment reopens both")
    func creditPaysTheNextInvoice() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start()
        defer { daemon.kill() }
        var record = CollectionEngineRPCTests.record("CR", zone: "America/New_York")
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record])).results[0].accountId
        let posted = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment("OVER", account: "CR", minor: 15_000)))
        let payment = try #require(posted.payment)
        #expect(payment.credit?.amountMinor == 5_000)

        // The source bills a second invoice of 80.00 (and knows the first is paid); the next cycle pays 50.00 of it from the credit.
        record.sourceVersion = 2
        record.obligations[0].openAmount = V1.Money(amountMinor: 0, currency: "USD")
        record.obligations.append(V1.ObligationRecord(externalId: "INV-2", kind: .invoice, amount: V1.Money(amountMinor: 8_000, currency: "USD"),
                                                      openAmount: V1.Money(amountMinor: 8_000, currency: "USD"), dueOn: "2026-03-20"))
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record]))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        var account = try #require(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account)
        #expect(account.obligations.first { $0.externalId == "INV-2" }?.openAmount?.amountMinor == 3_000)
        #expect(account.balances.first?.credit?.amountMinor == 0 && account.balances.first?.outstanding?.amountMinor == 3_000)
        let listed = try await client.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(account: V1.AccountRef(id: id))).payments
        #expect(listed.first?.credit?.amountMinor == 0 && listed.first?.allocations.map(\.obligationExternalId) == ["INV-CR", "INV-2"])

        let entry = try #require(try await TestJournal.waitForEntries(matching: [
            "_PID": String(daemon.process.processIdentifier), "ACS_ACCOUNT": id, "ACS_EVENT": "credit.applied"]).first)
        #expect(entry.fields["ACS_PAYMENT"] == payment.id && entry.fields["ACS_OBLIGATION"] == "INV-2" && entry.fields["ACS_AMOUNT_MINOR"] == "5000")

        // A second cycle applies nothing more; reversing the payment reopens both invoices in full.
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        _ = try await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(paymentId: payment.id, reason: .returned, note: "NSF"))
        account = try #require(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account)
        #expect(account.obligations.map { $0.openAmount?.amountMinor } == [10_000, 8_000])
        #expect(account.balances.first?.credit?.amountMinor == 0)
    }
}
