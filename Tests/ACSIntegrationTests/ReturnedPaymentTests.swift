import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Returned payments through a real acsd (issue 18): the return reverses the payment with
/// its code, charges the policy's fee once, breaks the promise it kept, and the next cycle
/// sends the returned-payment notice through the gate.
@Suite("Returned payments")
struct ReturnedPaymentTests {
    static let policy = """
        id: returns
        segments: [retail]
        default: true
        profile: us
        validation_notice: none
        returned_payment_fee: { USD: "15.00" }
        returned_payment_template: returned-payment
        stages:
          - { name: overdue, days_past_due: 1, actions: [{ type: remind, channel: email, template: overdue }] }
        """

    @Test("a returned payment: its code, one fee, the promise it kept broken, and one notice")
    func returned() async throws {
        // 2026-03-02 12:00 UTC is 07:00 in New York: reminders wait for 08:00.
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("RET", zone: "America/New_York")])).results[0].accountId
        let ref = V1.AccountRef(id: id)
        _ = try await client.call(Methods.Collections.recordPromise, V1.RecordPromiseRequest(
            account: ref, amount: V1.Money(amountMinor: 10_000, currency: "USD"), promisedOn: "2026-03-03"))
        let payment = try #require(try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(
            payment: PaymentsRPCTests.payment("ACH-1", account: "RET", minor: 10_000))).payment)
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        #expect(try await client.call(Methods.Collections.listPromises, V1.ListPromisesRequest(account: ref)).promises.first?.status == .kept)

        let reversal = V1.ReversePaymentRequest(paymentId: payment.id, reason: .returned, note: "insufficient funds", returnCode: "R01")
        let reversed = try await client.call(Methods.Payments.reversePayment, reversal)
        #expect(reversed.payment?.returnCode == "R01" && reversed.payment?.status == .reversed)
        #expect(reversed.balances.first?.outstanding?.amountMinor == 11_500, "the invoice again, and the 15.00 fee")
        let again = try await client.call(Methods.Payments.reversePayment, reversal)
        #expect(again.replayed && again.balances.first?.outstanding?.amountMinor == 11_500, "the fee is charged once")
        #expect(try await client.call(Methods.Collections.listPromises, V1.ListPromisesRequest(account: ref)).promises.first?.status == .broken)

        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 3_600))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let all = try await CollectionEngineRPCTests.reminders(client, account: id)
        let notices = all.filter { $0.templateName == "returned-payment" }
        #expect(notices.count == 1 && notices.first?.status == .scheduled && notices.first?.subject.contains("came back") == true,
                "\(all.map { ($0.templateName, $0.status, $0.ruleId) })")

        let pid = String(daemon.process.processIdentifier)
        let entry = try #require(try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": id, "ACS_EVENT": "payment.reversed"]).first)
        #expect(entry.fields["ACS_RETURN_CODE"] == "R01")
        let fee = try #require(try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": id, "ACS_EVENT": "fee.charged"]).first)
        #expect(fee.fields["ACS_AMOUNT_MINOR"] == "1500")

        await #expect { try await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(
            paymentId: payment.id, reason: .postingError, returnCode: "R01")) } throws: { ($0 as? ACSError)?.code == .invalidArgument }

        // Under a bankruptcy hold a returned payment charges no fee.
        _ = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: ref, kind: .bankruptcy, reason: "chapter 7"))
        let second = try #require(try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(
            payment: PaymentsRPCTests.payment("ACH-2", account: "RET", minor: 5_000))).payment)
        let held = try await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(paymentId: second.id, reason: .returned, returnCode: "R01"))
        #expect(held.balances.first?.outstanding?.amountMinor == 11_500, "no second fee under the hold")
    }

    @Test("a refund, found by its idempotency key, reopens the debt without a fee or a broken promise")
    func refunded() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("REF", zone: "America/New_York")])).results[0].accountId
        let ref = V1.AccountRef(id: id)
        _ = try await client.call(Methods.Collections.recordPromise, V1.RecordPromiseRequest(
            account: ref, amount: V1.Money(amountMinor: 10_000, currency: "USD"), promisedOn: "2026-03-03"))
        let posted = try #require(try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(
            payment: PaymentsRPCTests.payment("stripe:pi_3Q", account: "REF", minor: 10_000))).payment)
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let found = try await client.call(Methods.Payments.getPayment, V1.GetPaymentRequest(idempotencyKey: "stripe:pi_3Q")).payment
        #expect(found?.id == posted.id && found?.accountId == id)
        #expect(try await client.call(Methods.Payments.getPayment, V1.GetPaymentRequest(paymentId: posted.id)).payment?.idempotencyKey == "stripe:pi_3Q")
        for missing in [V1.GetPaymentRequest(idempotencyKey: "stripe:pi_none"), V1.GetPaymentRequest(paymentId: "999999")] {
            await #expect { try await client.call(Methods.Payments.getPayment, missing) } throws: { ($0 as? ACSError)?.code == .notFound }
        }
        for bad in [V1.GetPaymentRequest(), V1.GetPaymentRequest(paymentId: posted.id, idempotencyKey: "stripe:pi_3Q"),
                    V1.GetPaymentRequest(idempotencyKey: "a\u{0}b")] {
            await #expect { try await client.call(Methods.Payments.getPayment, bad) } throws: { ($0 as? ACSError)?.code == .invalidArgument }
        }

        let refund = V1.ReversePaymentRequest(idempotencyKey: "stripe:pi_3Q", reason: .refunded, note: "refund re_1")
        let reversed = try await client.call(Methods.Payments.reversePayment, refund)
        #expect(reversed.payment?.id == posted.id && reversed.payment?.status == .reversed && reversed.payment?.reversalReason == .refunded)
        #expect(reversed.balances.first?.outstanding?.amountMinor == 10_000, "the invoice again, and no returned-payment fee")
        #expect(try await client.call(Methods.Payments.reversePayment, refund).replayed)
        #expect(try await client.call(Methods.Collections.listPromises, V1.ListPromisesRequest(account: ref)).promises.first?.status == .kept,
                "the creditor gave the money back: the debtor kept the promise")
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 3_600))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        #expect(try await CollectionEngineRPCTests.reminders(client, account: id).allSatisfy { $0.templateName != "returned-payment" })
    }

    @Test("a returned payment that paid a plan instalment leaves it unpaid again")
    func returnedInstalment() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("INS", zone: "America/New_York")])).results[0].accountId
        let plan = try #require(try await EscalationRPCTests.plan(client, id, [(6_000, "2026-03-10"), (4_000, "2026-03-20")]).plan)
        let payment = try #require(try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(
            payment: PaymentsRPCTests.payment("INS-1", account: "INS", minor: 6_000))).payment)
        let paid = try #require(try await client.call(Methods.Collections.getPaymentPlan, V1.GetPaymentPlanRequest(planId: plan.id)).plan)
        #expect(paid.instalments.map(\.status) == [.paid, .pending])
        _ = try await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(paymentId: payment.id, reason: .returned, returnCode: "R01"))
        let unpaid = try #require(try await client.call(Methods.Collections.getPaymentPlan, V1.GetPaymentPlanRequest(planId: plan.id)).plan)
        #expect(unpaid.instalments.map(\.status) == [.pending, .pending] && unpaid.instalments[0].paid?.amountMinor == 0)
    }

    @Test("a returned payment that completed a plan reopens it within its grace; a chargeback after the grace breaks it; a refund leaves it")
    func returnedPlanCompletion() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("PLC", zone: "America/New_York")])).results[0].accountId
        let plan = try #require(try await EscalationRPCTests.plan(client, id, [(6_000, "2026-03-10"), (4_000, "2026-03-20")]).plan)
        func post(_ key: String, _ minor: Int64) async throws -> V1.Payment {
            try #require(try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(
                payment: PaymentsRPCTests.payment(key, account: "PLC", minor: minor))).payment)
        }
        func current() async throws -> V1.PaymentPlan {
            try #require(try await client.call(Methods.Collections.getPaymentPlan, V1.GetPaymentPlanRequest(planId: plan.id)).plan)
        }
        _ = try await post("PLC-1", 6_000)
        let refunded = try await post("PLC-2", 4_000)
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        #expect(try await current().status == .completed)

        // A refund is the creditor's doing: the plan stays completed (as a promise stays kept).
        _ = try await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(paymentId: refunded.id, reason: .refunded))
        #expect(try await current().status == .completed)

        // Paid again, then returned within the grace of its instalment: active again, the instalment unpaid.
        let returned = try await post("PLC-3", 4_000)
        _ = try await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(paymentId: returned.id, reason: .returned, returnCode: "R01"))
        let reopened = try await current()
        #expect(reopened.status == .active && reopened.instalments.map(\.status) == [.paid, .pending], "\(reopened)")
        let pid = String(daemon.process.processIdentifier)
        let entry = try #require(try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": id, "ACS_EVENT": "plan.reopened"]).first)
        #expect(entry.fields["ACS_PLAN"] == plan.id && entry.fields["ACS_PAYMENT"] == returned.id)

        // Paid again, completed again; charged back after the instalment's grace (the 20th + 5 days): broken, the policy resumes.
        let again = try await post("PLC-4", 4_000)
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        #expect(try await current().status == .completed)
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 25 * 86_400))
        _ = try await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(paymentId: again.id, reason: .chargeback))
        #expect(try await current().status == .broken)
        let broken = try #require(try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": id, "ACS_EVENT": "plan.broken"]).first)
        #expect(broken.fields["ACS_PAYMENT"] == again.id && broken.fields["MESSAGE"]?.contains("past 5 days of grace") == true,
                "\(broken.fields)")
    }
}
