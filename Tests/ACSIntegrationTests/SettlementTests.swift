import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Settlements and write-offs through a real acsd with the simulated clock (issue 18):
/// an offer paid in two parts writes the rest off and a returned payment breaks it again;
/// SETTLEMENT-AUTHORITY per role; expiry; a policy stage's small-balance write-off; and
/// write-offs by hand. The clock starts 2026-03-02 12:00 UTC; each account owes one
/// 100.00 USD invoice due 2026-03-01 unless it says otherwise.
@Suite("Settlements and write-offs")
struct SettlementTests {
    static let policy = """
        id: settle
        segments: [retail]
        default: true
        profile: us
        validation_notice: none
        settlement_authority_bp: { operator: 2500 }
        settlement_offer_template: settlement-offer
        stages:
          - { name: overdue, days_past_due: 1, actions: [{ type: remind, channel: email, template: overdue }] }
          - name: small
            days_past_due: 30
            actions:
              - { type: write_off, when: { max_balance: { USD: "5.00" } } }
          - name: settle
            days_past_due: 45
            actions:
              - { type: offer_settlement, percent_bp: 7000, expires_in_days: 30 }
        """

    static func start() async throws -> (TestDaemon, ACSClient) {
        try await CollectionEngineRPCTests.start(policy: policy)
    }

    static func sync(_ client: ACSClient, _ id: String, minor: Int64 = 10_000) async throws -> V1.AccountRef {
        var record = CollectionEngineRPCTests.record(id, zone: "America/New_York")
        record.obligations[0].amount?.amountMinor = minor
        record.obligations[0].openAmount?.amountMinor = minor
        let result = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record])).results[0]
        return V1.AccountRef(id: result.accountId)
    }

    static func offer(_ client: ACSClient, _ ref: V1.AccountRef, minor: Int64, expires: String = "2026-03-31") async throws -> V1.Settlement {
        try #require(try await client.call(Methods.Collections.offerSettlement, V1.OfferSettlementRequest(
            account: ref, amount: V1.Money(amountMinor: minor, currency: "USD"), expiresOn: expires, note: "hardship")).settlement)
    }

    static func outstanding(_ client: ACSClient, _ ref: V1.AccountRef) async throws -> Int64 {
        try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: ref)).account?.balances
            .first { $0.currency == "USD" }?.outstanding?.amountMinor ?? 0
    }

    static func writtenOff(_ client: ACSClient) async throws -> Int64 {
        try await client.call(Methods.Reports.kpis, V1.KpisRequest(periodStart: "2026-03-01", periodEnd: "2026-03-31"))
            .currencies.first { $0.currency == "USD" }?.writtenOff?.amountMinor ?? 0
    }

    @Test("accepted and paid in two parts, the rest is written off; the payment coming back breaks it and reopens the debt")
    func paidThenBroken() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let ref = try await Self.sync(client, "SET")
        let offered = try await Self.offer(client, ref, minor: 6_000)
        #expect(offered.status == .offered && offered.discountBp == 4_000 && offered.balance?.amountMinor == 10_000)
        let accepted = try await client.call(Methods.Collections.acceptSettlement, V1.AcceptSettlementRequest(settlementId: offered.id, note: "by phone"))
        #expect(accepted.settlement?.status == .accepted && accepted.promise?.status == .pending && accepted.promise?.promisedOn == "2026-03-31")

        _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment("S-1", account: "SET", minor: 4_000)))
        #expect(try await Self.outstanding(client, ref) == 6_000, "a part payment writes nothing off")
        let last = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment("S-2", account: "SET", minor: 2_000)))
        #expect(last.balances.first?.outstanding?.amountMinor == 0, "the answer shows the rest written off")
        let paid = try #require(try await client.call(Methods.Collections.listSettlements, V1.ListSettlementsRequest(account: ref)).settlements.first)
        #expect(paid.status == .paid && paid.paid?.amountMinor == 6_000 && paid.writtenOff?.amountMinor == 4_000)
        let writeOffs = try await client.call(Methods.Payments.listWriteOffs, V1.ListWriteOffsRequest(account: ref)).writeOffs
        #expect(writeOffs.count == 1 && writeOffs[0].reason == .settlement && writeOffs[0].amount?.amountMinor == 4_000
                && writeOffs[0].settlementId == offered.id && writeOffs[0].obligationExternalId == "INV-SET")
        #expect(try await client.call(Methods.Collections.listPromises, V1.ListPromisesRequest(account: ref)).promises.first?.status == .kept)
        #expect(try await Self.writtenOff(client) == 4_000, "the KPIs show the amount written off")

        let pid = String(daemon.process.processIdentifier)
        let changed = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": ref.id, "ACS_EVENT": "settlement.changed"], count: 2)
        #expect(changed.map { $0.fields["ACS_STATUS"] } == ["accepted", "paid"])
        let entry = try #require(try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_EVENT": "obligation.written_off"]).first)
        #expect(entry.fields["ACS_AMOUNT_MINOR"] == "4000" && entry.fields["ACS_REASON"] == "settlement" && entry.fields["ACS_REVERSED"] == "0")

        // The first part comes back: what stays paid (20.00) falls short of the 60.00.
        let payments = try await client.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(account: ref)).payments
        let first = try #require(payments.first { $0.idempotencyKey == "S-1" })
        let reversed = try await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(paymentId: first.id, reason: .returned, returnCode: "R01"))
        #expect(reversed.balances.first?.outstanding?.amountMinor == 8_000, "the write-off and the returned 40.00 are owed again")
        let broken = try #require(try await client.call(Methods.Collections.listSettlements, V1.ListSettlementsRequest(account: ref)).settlements.first)
        #expect(broken.status == .broken && broken.writtenOff?.amountMinor == 0)
        let after = try await client.call(Methods.Payments.listWriteOffs, V1.ListWriteOffsRequest(account: ref)).writeOffs
        #expect(after.count == 1 && !after[0].reversedAt.isEmpty, "the write-off stays on record, reversed")
        #expect(try await Self.writtenOff(client) == 0, "written off and reversed in the same period")
        let reversal = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_EVENT": "obligation.written_off", "ACS_REVERSED": "1"])
        #expect(reversal.first?.fields["ACS_SETTLEMENT"] == offered.id)
    }

    @Test("SETTLEMENT-AUTHORITY: an operator may grant 25% under this policy; more is refused with the figures; admin may grant any")
    func authority() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": Self.policy],
                                            configuration: "access:\n  operator:\n    groups: [nogroup]\n")
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-02T12:00:00Z"], directory: directory)
        defer { daemon.kill() }
        chmod(daemon.socketPath, 0o666)
        let client = try await daemon.connect()
        let ref = try await Self.sync(client, "AUTH")
        let asOperator = ["--reuid=65534", "--regid=65534", "--clear-groups", TestBinaries.url("acsctl").path]
        func offer(_ percent: String) async throws -> (status: Int32, stdout: String, stderr: String) {
            let run = try await TestBinaries.runTool("/usr/bin/setpriv", asOperator + [
                "settlements", "offer", ref.id, "--percent", percent, "--currency", "USD", "--expires", "2026-03-20", "--socket", daemon.socketPath,
            ])
            return (run.status, run.stdout, run.stderr)
        }
        let refused = try await offer("74.99")
        #expect(refused.status == 1 && refused.stderr.contains("PERMISSION_DENIED") && refused.stderr.contains("25.01% discount")
                && refused.stderr.contains("at most 25%"), "\(refused.stderr)")
        let allowed = try await offer("75")
        #expect(allowed.status == 0 && allowed.stdout.contains("75.00 USD settles 100.00 USD (25% off)"), "\(allowed.stdout) \(allowed.stderr)")
        await #expect { try await Self.offer(client, ref, minor: 1_000) } throws: { ($0 as? ACSError)?.code == .alreadyExists }
        let open = try #require(try await client.call(Methods.Collections.listSettlements, V1.ListSettlementsRequest(account: ref)).settlements.first)
        _ = try await client.call(Methods.Collections.withdrawSettlement, V1.WithdrawSettlementRequest(settlementId: open.id, reason: "new terms"))
        // Root holds admin: any discount this policy allows (admin is not limited here).
        let deep = try await Self.offer(client, ref, minor: 1_000)
        #expect(deep.discountBp == 9_000)
        _ = try await client.call(Methods.Collections.withdrawSettlement, V1.WithdrawSettlementRequest(settlementId: deep.id, reason: "withdrawn"))
        // Boundaries: the whole balance or more, nothing, a past or too distant day.
        for (minor, expires) in [(10_000 as Int64, "2026-03-20"), (0, "2026-03-20"), (5_000, "2026-03-01"), (5_000, "2027-03-03"), (Int64.max, "2026-03-20")] {
            await #expect { try await Self.offer(client, ref, minor: minor, expires: expires) } throws: { ($0 as? ACSError)?.code == .invalidArgument }
        }
        // Upholding a dispute writes the debt off: an operator may open one, not uphold it.
        let dispute = try #require(try await client.call(Methods.Collections.openDispute, V1.OpenDisputeRequest(
            account: ref, reason: .notMine, receivedVia: .phone)).dispute)
        let uphold = try await TestBinaries.runTool("/usr/bin/setpriv", asOperator + [
            "disputes", "resolve", dispute.id, "--upheld", "--note", "goodwill", "--socket", daemon.socketPath,
        ])
        #expect(uphold.status == 1 && uphold.stderr.contains("PERMISSION_DENIED") && uphold.stderr.contains("admin"), "\(uphold.stderr)")
        await client.close()
    }

    @Test("an offer not paid by its last day expires at the next cycle; a later payment writes nothing off")
    func expiry() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let ref = try await Self.sync(client, "EXP")
        // Evaluated once, so that nothing but the offer makes it due again.
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let offered = try await Self.offer(client, ref, minor: 7_000, expires: "2026-03-03")
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let email = try await CollectionEngineRPCTests.reminders(client, account: ref.id).filter { $0.templateName == "settlement-offer" }
        #expect(email.count == 1, "an operator's offer is written to the debtor at the next cycle too")
        // 2026-03-04 05:00 UTC is still 03-04 00:00 in New York: the last day has passed.
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-03-04T05:00:00Z"))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let expired = try #require(try await client.call(Methods.Collections.listSettlements, V1.ListSettlementsRequest(account: ref)).settlements.first)
        #expect(expired.id == offered.id && expired.status == .expired)
        _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment("E-1", account: "EXP", minor: 7_000)))
        #expect(try await Self.outstanding(client, ref) == 3_000)
        #expect(try await client.call(Methods.Payments.listWriteOffs, V1.ListWriteOffsRequest(account: ref)).writeOffs.isEmpty)
        await #expect { try await client.call(Methods.Collections.acceptSettlement, V1.AcceptSettlementRequest(settlementId: offered.id)) }
            throws: { ($0 as? ACSError)?.code == .failedPrecondition }

        // Received on its last day (15:00 in New York), posted after the cycle expired it: it still settles.
        let late = try await Self.sync(client, "LATE")
        let lateOffer = try await Self.offer(client, late, minor: 6_000, expires: "2026-03-04")
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-03-05T06:00:00Z"))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        var payment = PaymentsRPCTests.payment("L-1", account: "LATE", minor: 6_000)
        payment.receivedAt = "2026-03-04T20:00:00Z"
        _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: payment))
        let settled = try await client.call(Methods.Collections.listSettlements, V1.ListSettlementsRequest(account: late)).settlements.first
        #expect(settled?.id == lateOffer.id && settled?.status == .paid && settled?.writtenOff?.amountMinor == 4_000)
    }

    @Test("a payment received before the offer but posted after it (a late webhook or bank file) pays it; coming back, it breaks it")
    func paidBeforeReportedLate() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let ref = try await Self.sync(client, "EARLY")
        let offered = try await Self.offer(client, ref, minor: 7_000, expires: "2026-03-31")
        var payment = PaymentsRPCTests.payment("EARLY-1", account: "EARLY", minor: 7_000)
        payment.receivedAt = "2026-03-02T11:00:00Z"  // an hour before the offer (the clock is at 12:00)
        let posted = try #require(try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: payment)).payment)
        let paid = try await client.call(Methods.Collections.listSettlements, V1.ListSettlementsRequest(account: ref)).settlements.first
        #expect(paid?.id == offered.id && paid?.status == .paid && paid?.writtenOff?.amountMinor == 3_000, "\(String(describing: paid))")
        _ = try await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(paymentId: posted.id, reason: .returned, returnCode: "R01"))
        let broken = try await client.call(Methods.Collections.listSettlements, V1.ListSettlementsRequest(account: ref)).settlements.first
        let owed = try await Self.outstanding(client, ref)
        #expect(broken?.status == .broken && owed == 10_000, "\(String(describing: broken)) \(owed)")
    }

    @Test("a payment reversed as a posting error breaks the settlement it paid, as a returned one does")
    func postingError() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let ref = try await Self.sync(client, "PERR")
        _ = try await Self.offer(client, ref, minor: 6_000)
        let payment = try #require(try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(
            payment: PaymentsRPCTests.payment("PE-1", account: "PERR", minor: 6_000))).payment)
        #expect(try await Self.outstanding(client, ref) == 0)
        _ = try await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(paymentId: payment.id, reason: .postingError))
        #expect(try await Self.outstanding(client, ref) == 10_000, "the write-off is reversed with the payment")
        #expect(try await client.call(Methods.Collections.listSettlements, V1.ListSettlementsRequest(account: ref)).settlements.first?.status == .broken)
    }

    @Test("a policy stage writes off a balance at most its max_balance, once; a larger one stays owed")
    func smallBalance() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let small = try await Self.sync(client, "TINY", minor: 500)
        let large = try await Self.sync(client, "LARGE", minor: 501)
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 30 * 86_400))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        #expect(try await Self.outstanding(client, small) == 0)
        #expect(try await Self.outstanding(client, large) == 501, "one cent above the ceiling is not written off")
        let writeOffs = try await client.call(Methods.Payments.listWriteOffs, V1.ListWriteOffsRequest()).writeOffs
        #expect(writeOffs.count == 1 && writeOffs[0].reason == .smallBalance && writeOffs[0].stage == "small" && writeOffs[0].accountId == small.id)
        // The action is done: another cycle writes nothing more.
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        #expect(try await client.call(Methods.Payments.listWriteOffs, V1.ListWriteOffsRequest()).writeOffs.count == 1)
    }

    @Test("a write-off's key again for an account named by other bytes, equal to Swift (combining marks in another order), is ABORTED")
    func writeOffKeyByBytes() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        var marked = CollectionEngineRPCTests.record("M-a\u{323}\u{301}", zone: "America/New_York")
        (marked.obligations[0].externalId, marked.emails) = ("INV-M", ["m@example.com"])
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [marked]))
        var byName = V1.WriteOffRequest(account: V1.AccountRef(source: "billing", externalId: marked.externalId), obligationExternalId: "INV-M",
                                        amountMinor: 100, reason: .goodwill, note: "by hand", idempotencyKey: "WO-M")
        #expect(try await client.call(Methods.Payments.writeOff, byName).writeOffs.count == 1)
        byName.account = V1.AccountRef(source: "billing", externalId: "M-a\u{301}\u{323}")
        await #expect { try await client.call(Methods.Payments.writeOff, byName) } throws: { ($0 as? ACSError)?.code == .aborted }
    }

    @Test("by hand: part of one obligation, everything in a currency; refused beyond what is open, in another currency, or as acsd's own reasons")
    func byHand() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let ref = try await Self.sync(client, "HAND")
        func writeOff(_ obligation: String = "INV-HAND", currency: String = "", minor: Int64 = 0, reason: V1.WriteOffReason = .goodwill) async throws
            -> V1.WriteOffResponse {
            try await client.call(Methods.Payments.writeOff, V1.WriteOffRequest(
                account: ref, obligationExternalId: obligation, currency: currency, amountMinor: minor, reason: reason, note: "by hand"))
        }
        let keyed = V1.WriteOffRequest(account: ref, obligationExternalId: "INV-HAND", amountMinor: 2_500, reason: .goodwill, note: "by hand",
                                       idempotencyKey: "WO-1")
        let part = try await client.call(Methods.Payments.writeOff, keyed)
        #expect(part.writeOffs.first?.amount?.amountMinor == 2_500 && part.balances.first?.outstanding?.amountMinor == 7_500 && !part.replayed)
        let retry = try await client.call(Methods.Payments.writeOff, keyed)
        #expect(retry.replayed && retry.writeOffs.map(\.id) == part.writeOffs.map(\.id) && retry.balances.first?.outstanding?.amountMinor == 7_500,
                "a retried call with its key writes off nothing twice")
        var other = keyed
        other.amountMinor = 2_600
        await #expect { try await client.call(Methods.Payments.writeOff, other) } throws: { ($0 as? ACSError)?.code == .aborted }
        for (minor, currency, reason, code) in [(7_501 as Int64, "", V1.WriteOffReason.goodwill, ACSError.Code.invalidArgument),
                                                (Int64.max, "", .goodwill, .invalidArgument), (-1, "", .goodwill, .invalidArgument),
                                                (100, "EUR", .goodwill, .invalidArgument), (100, "", .settlement, .invalidArgument),
                                                (100, "", .smallBalance, .invalidArgument), (100, "", .unspecified, .invalidArgument)] {
            await #expect { _ = try await writeOff(currency: currency, minor: minor, reason: reason) } throws: {
                ($0 as? ACSError)?.code == code
            }
        }
        await #expect { _ = try await writeOff("NO-SUCH") } throws: { ($0 as? ACSError)?.code == .notFound }
        let rest = try await writeOff("", currency: "USD", reason: .uncollectible)
        #expect(rest.writeOffs.map { $0.amount?.amountMinor } == [7_500] && rest.balances.first?.outstanding?.amountMinor == 0)
        await #expect { _ = try await writeOff("", currency: "USD", reason: .uncollectible) } throws: { ($0 as? ACSError)?.code == .failedPrecondition }
        #expect(try await Self.writtenOff(client) == 10_000)
    }

    @Test("a policy stage offers a settlement once, by the policy's authority; the offer goes out as an email; none under a hold")
    func stageOffer() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let offered = try await Self.sync(client, "STAGE")
        let held = try await Self.sync(client, "HELD")
        _ = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: held, kind: .attorney, reason: "represented"))
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 45 * 86_400 + 3_600))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        // The next cycle writes the offer (its id names the message), and the one after adds nothing.
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 60))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let settlements = try await client.call(Methods.Collections.listSettlements, V1.ListSettlementsRequest()).settlements
        #expect(settlements.count == 1 && settlements.first?.accountId == offered.id, "once, and none under the hold")
        let offer = try #require(settlements.first)
        #expect(offer.amount?.amountMinor == 7_000 && offer.discountBp == 3_000 && offer.expiresOn == "2026-05-16" && offer.offeredBy?.caller?.uid == 0)
        let emails = try await CollectionEngineRPCTests.reminders(client, account: offered.id).filter { $0.templateName == "settlement-offer" }
        #expect(emails.count == 1 && emails.first?.subject.contains("for $70.00") == true && emails.first?.bodyText.contains("by 2026-05-16") == true,
                "\(emails.map(\.subject))")
    }

    @Test("while an operator's offer is open a stage offers none, and the account is not evaluated again at every cycle for it")
    func stageOfferWaitsForOpenOffer() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let ref = try await Self.sync(client, "OPEN")
        _ = try await Self.offer(client, ref, minor: 8_000, expires: "2026-06-30")
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 45 * 86_400 + 3_600))
        let first = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest()).summary
        #expect(first?.accountsEvaluated == 1)
        for _ in 0..<2 {
            _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 60))
            let next = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest()).summary
            #expect(next?.accountsEvaluated == 0, "evaluated again for an offer it cannot make")
        }
        #expect(try await client.call(Methods.Collections.listSettlements, V1.ListSettlementsRequest()).settlements.count == 1)
    }

    @Test("at the largest balance acs keeps: offered by percentage, accepted, paid, the rest written off, the KPIs add up")
    func largestBalance() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let most = Money.maxMinorUnits
        let ref = try await Self.sync(client, "MAX", minor: most)
        let offered = try #require(try await client.call(Methods.Collections.offerSettlement, V1.OfferSettlementRequest(
            account: ref, percentBp: 5_001, currency: "USD", expiresOn: "2026-03-31")).settlement)
        let amount = SettlementRules.amount(percentBP: 5_001, of: most)
        #expect(offered.amount?.amountMinor == amount && offered.balance?.amountMinor == most && offered.discountBp == 4_999)
        _ = try await client.call(Methods.Collections.acceptSettlement, V1.AcceptSettlementRequest(settlementId: offered.id))
        let paid = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment("MAX-1", account: "MAX", minor: amount)))
        #expect(paid.balances.first?.outstanding?.amountMinor == 0)
        #expect(try await Self.writtenOff(client) == most - amount)
        #expect(try await client.health().status == .serving)
    }
}
