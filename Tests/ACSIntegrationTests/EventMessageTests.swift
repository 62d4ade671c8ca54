import ACSClient
import ACSCore
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Event messages through a real acsd with the simulated clock (issue 18): a payment's
/// receipt (also when it pays the account in full), a promise's and a plan's confirmation,
/// each once, through the gate and the outbox like any reminder; none for a policy that
/// names no template. The clock starts 2026-03-02 12:00 UTC (07:00 in New York).
@Suite("Event messages")
struct EventMessageTests {
    static let policy = """
        id: events
        segments: [retail]
        default: true
        profile: us
        validation_notice: none
        payment_receipt_template: payment-receipt
        promise_confirmation_template: promise-confirmation
        plan_confirmation_template: plan-confirmation
        stages:
          - { name: overdue, days_past_due: 1, actions: [{ type: remind, channel: email, template: overdue }] }
        """

    static func sync(_ client: ACSClient, _ id: String) async throws -> String {
        try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record(id, zone: "America/New_York")])).results[0].accountId
    }

    /// Two cycles: the second must add nothing.
    static func cycles(_ client: ACSClient) async throws {
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
    }

    static func messages(_ client: ACSClient, _ account: String, _ template: String) async throws -> [V1.Reminder] {
        try await CollectionEngineRPCTests.reminders(client, account: account).filter { $0.templateName == template }
    }

    @Test("a promise's confirmation, then the receipt of the payment that pays it all, each once")
    func promiseAndReceipt() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        let id = try await Self.sync(client, "EVT")
        _ = try await client.call(Methods.Collections.recordPromise, V1.RecordPromiseRequest(
            account: V1.AccountRef(id: id), amount: V1.Money(amountMinor: 5_000, currency: "USD"), promisedOn: "2026-03-10"))
        try await Self.cycles(client)
        let confirmation = try await Self.messages(client, id, "promise-confirmation")
        #expect(confirmation.count == 1 && confirmation.first?.status == .deferred, "\(confirmation)")
        #expect(confirmation.first?.subject == "Example Lending: your promise to pay $50.00 by 2026-03-10", "\(confirmation.first?.subject ?? "")")
        #expect(confirmation.first?.ruleId == "TIME-WINDOW", "07:00 in New York: deferred to the window like any reminder")

        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 3_600))
        let paid = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment("EVT-1", account: "EVT", minor: 10_000)))
        #expect(paid.balances.first?.outstanding?.amountMinor == 0)
        try await Self.cycles(client)
        let receipts = try await Self.messages(client, id, "payment-receipt")
        #expect(receipts.count == 1 && receipts.first?.status == .scheduled, "the cured account gets its receipt: \(receipts)")
        #expect(receipts.first?.bodyText.contains("we received your payment of $100.00 on 2026-03-02") == true, "\(receipts.first?.bodyText ?? "")")
        #expect(receipts.first?.bodyText.contains("What you owe now: $0.00.") == true, "\(receipts.first?.bodyText ?? "")")
    }

    @Test("a plan's confirmation names its total and first instalment; a policy without templates sends no event message")
    func planAndNone() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 3 * 3_600))
        let id = try await Self.sync(client, "PLAN")
        _ = try await EscalationRPCTests.plan(client, id, [(6_000, "2026-03-10"), (4_000, "2026-03-20")])
        try await Self.cycles(client)
        let confirmation = try await Self.messages(client, id, "plan-confirmation")
        #expect(confirmation.count == 1 && confirmation.first?.subject.contains("$100.00") == true
                && confirmation.first?.bodyText.contains("the first due on 2026-03-10") == true, "\(confirmation)")

        let (other, otherClient) = try await CollectionEngineRPCTests.start()
        defer { other.kill() }
        let plain = try await Self.sync(otherClient, "NONE")
        _ = try await otherClient.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment("N-1", account: "NONE", minor: 1_000)))
        try await Self.cycles(otherClient)
        let all = try await CollectionEngineRPCTests.reminders(otherClient, account: plain)
        #expect(!all.contains { ["payment-receipt", "promise-confirmation", "plan-confirmation"].contains($0.templateName) })
    }
}
