import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Disputes as a workflow through a real acsd with the simulated clock (issue 18): received
/// with who, what, why and how (HOLD-DISPUTE at once, its holds kept until decided),
/// verification sent, then rejected (collection resumes with the policy's notice) or
/// upheld (written off, in full or in part). The clock starts 2026-03-02 12:00 UTC (07:00
/// in New York, before the contact window).
@Suite("Disputes")
struct DisputeTests {
    static let policy = """
        id: disputes
        segments: [retail]
        default: true
        profile: us
        validation_notice: none
        dispute_rejected_template: dispute-rejected
        stages:
          - { name: overdue, days_past_due: 1, actions: [{ type: remind, channel: email, template: overdue }] }
        """

    /// An account owing INV-A (100.00) and INV-B (50.00), both due 2026-03-01.
    static func account(_ client: ACSClient, _ id: String) async throws -> V1.AccountRef {
        var record = CollectionEngineRPCTests.record(id, zone: "America/New_York")
        record.obligations[0].externalId = "INV-A"
        record.obligations.append(V1.ObligationRecord(externalId: "INV-B", kind: .invoice, amount: V1.Money(amountMinor: 5_000, currency: "USD"),
                                                      openAmount: V1.Money(amountMinor: 5_000, currency: "USD"), dueOn: "2026-03-01"))
        return V1.AccountRef(id: try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record])).results[0].accountId)
    }

    static func open(_ client: ACSClient, _ ref: V1.AccountRef, _ obligations: [String]) async throws -> V1.Dispute {
        try #require(try await client.call(Methods.Collections.openDispute, V1.OpenDisputeRequest(
            account: ref, obligationExternalIds: obligations, reason: .notMine, receivedVia: .letter,
            disputant: "Sam Whitfield (son, power of attorney)", note: "letter of 2026-03-02")).dispute)
    }

    @Test("received, verified, rejected: the hold holds until the decision, then collection resumes with one notice")
    func rejected() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        let ref = try await Self.account(client, "DIS")
        let dispute = try await Self.open(client, ref, ["INV-A"])
        #expect(try await Self.open(client, ref, ["INV-A"]).id == dispute.id, "the same dispute again (a retry) is the open one")
        let openedEntry = ["_PID": String(daemon.process.processIdentifier), "ACS_EVENT": "dispute.opened", "ACS_DISPUTE": dispute.id]
        _ = try await TestJournal.waitForEntries(matching: openedEntry)
        try await Task.sleep(for: .milliseconds(300))
        #expect(try await TestJournal.waitForEntries(matching: openedEntry, count: 2, timeout: .zero).count == 1, "the retry is not journaled again")
        #expect(dispute.status == .open && dispute.obligationExternalIds == ["INV-A"] && !dispute.wholeAccount && dispute.holdIds.count == 1
                && dispute.disputant.hasPrefix("Sam Whitfield") && dispute.receivedVia == .letter && dispute.reason == .notMine)
        let account = try #require(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: ref)).account)
        #expect(account.holds.contains { $0.kind == .dispute && $0.obligationExternalId == "INV-A" && $0.id == dispute.holdIds[0] })

        await #expect { try await client.call(Methods.Accounts.clearHold, V1.ClearHoldRequest(account: ref, holdId: dispute.holdIds[0], reason: "x")) }
            throws: { ($0 as? ACSError)?.code == .failedPrecondition && ($0 as? ACSError)?.message.contains("dispute \(dispute.id)") == true }
        let reject = V1.ResolveDisputeRequest(disputeId: dispute.id, outcome: .rejected, note: "signed contract on file")
        await #expect { try await client.call(Methods.Collections.resolveDispute, reject) }
            throws: { ($0 as? ACSError)?.code == .failedPrecondition && ($0 as? ACSError)?.message.contains("verification") == true }

        let verified = try await client.call(Methods.Collections.sendDisputeVerification,
                                             V1.SendDisputeVerificationRequest(disputeId: dispute.id, document: "DMS-4471 (contract and statement)"))
        #expect(verified.dispute?.status == .verificationSent && verified.dispute?.verificationSentBy != nil)
        let decided = try await client.call(Methods.Collections.resolveDispute, reject)
        #expect(decided.dispute?.status == .rejected && decided.holdsCleared == dispute.holdIds && decided.writeOffs.isEmpty)
        await #expect { try await client.call(Methods.Collections.resolveDispute, reject) } throws: { ($0 as? ACSError)?.code == .failedPrecondition }

        // 08:00 in New York: the notice goes through the gate with the overdue reminder, once.
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 3_600))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let notices = try await CollectionEngineRPCTests.reminders(client, account: ref.id).filter { $0.templateName == "dispute-rejected" }
        #expect(notices.count == 1 && notices.first?.status == .scheduled && notices.first?.subject.contains("outcome of your dispute") == true)

        let pid = String(daemon.process.processIdentifier)
        let opened = try #require(try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_EVENT": "dispute.opened"]).first)
        #expect(opened.fields["ACS_OBLIGATION"] == "INV-A" && opened.fields["ACS_RECEIVED_VIA"] == "letter" && opened.fields["ACS_REASON"] == "not_mine"
                && opened.fields["ACS_DISPUTANT"]?.hasPrefix("Sam Whitfield") == true)
        let changed = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_EVENT": "dispute.changed"], count: 2)
        #expect(changed.map { $0.fields["ACS_STATUS"] } == ["verification_sent", "rejected"] && changed[0].fields["ACS_DOCUMENT"]?.hasPrefix("DMS-4471") == true)
        let cleared = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_EVENT": "hold.cleared"])
        #expect(cleared.first?.fields["ACS_HOLD_ID"] == dispute.holdIds[0])
    }

    @Test("upheld in part and in full: written off oldest due first with reason dispute_upheld; never more than is open")
    func upheld() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        let ref = try await Self.account(client, "UPH")
        let whole = try await Self.open(client, ref, [])
        #expect(whole.wholeAccount && whole.obligationExternalIds == ["INV-A", "INV-B"])
        let tooMuch = V1.ResolveDisputeRequest(disputeId: whole.id, outcome: .upheld, writeOff: V1.Money(amountMinor: 15_001, currency: "USD"), note: "x")
        await #expect { try await client.call(Methods.Collections.resolveDispute, tooMuch) } throws: { ($0 as? ACSError)?.code == .invalidArgument }
        #expect(try await client.call(Methods.Collections.listDisputes, V1.ListDisputesRequest(account: ref)).disputes.first?.status == .open,
                "a refused decision changes nothing")
        let part = try await client.call(Methods.Collections.resolveDispute, V1.ResolveDisputeRequest(
            disputeId: whole.id, outcome: .upheld, writeOff: V1.Money(amountMinor: 12_000, currency: "USD"), note: "late fees were never agreed"))
        #expect(part.dispute?.status == .upheld && part.dispute?.writtenOff.first?.amountMinor == 12_000)
        #expect(part.writeOffs.map { "\($0.obligationExternalId) \($0.amount?.amountMinor ?? 0) \($0.reason.name)" }
                == ["INV-A 10000 dispute_upheld", "INV-B 2000 dispute_upheld"])
        let account = try #require(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: ref)).account)
        #expect(account.balances.first?.outstanding?.amountMinor == 3_000 && !account.holds.contains { $0.kind == .dispute && $0.active })
        #expect(part.holdsCleared == whole.holdIds)

        // A second dispute of what is left, upheld in full.
        let rest = try await Self.open(client, ref, ["INV-B"])
        let full = try await client.call(Methods.Collections.resolveDispute, V1.ResolveDisputeRequest(disputeId: rest.id, outcome: .upheld, note: "paid in cash"))
        #expect(full.writeOffs.map { $0.amount?.amountMinor } == [3_000])
        #expect(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: ref)).account?.balances.first?.outstanding?.amountMinor == 0)
    }

    @Test("a dispute naming ids equal only canonically (marks in another order) holds and records each obligation; a repeat byte for byte is dropped")
    func obligationsByBytes() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        let (first, second) = ("INV-a\u{323}\u{301}", "INV-a\u{301}\u{323}")
        var record = CollectionEngineRPCTests.record("NFD", zone: "America/New_York")
        record.obligations[0].externalId = first
        record.obligations.append(V1.ObligationRecord(externalId: second, kind: .invoice, amount: V1.Money(amountMinor: 5_000, currency: "USD"),
                                                      openAmount: V1.Money(amountMinor: 5_000, currency: "USD"), dueOn: "2026-03-01"))
        let ref = V1.AccountRef(id: try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record])).results[0].accountId)
        let dispute = try await Self.open(client, ref, [first, second, first])
        #expect(dispute.holdIds.count == 2 && dispute.obligationExternalIds.map { Array($0.utf8) } == [Array(first.utf8), Array(second.utf8)])
        let account = try #require(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: ref)).account)
        #expect(account.holds.filter { $0.kind == .dispute }.map { Array($0.obligationExternalId.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
                == [Array(first.utf8), Array(second.utf8)].sorted { $0.lexicographicallyPrecedes($1) })
        let upheld = try await client.call(Methods.Collections.resolveDispute, V1.ResolveDisputeRequest(disputeId: dispute.id, outcome: .upheld, note: "not theirs"))
        #expect(upheld.writeOffs.compactMap { $0.amount?.amountMinor }.reduce(0, +) == 15_000, "both written off: \(upheld.writeOffs)")
    }

    @Test("bad requests are refused and record nothing")
    func refused() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        defer { daemon.kill() }
        let ref = try await Self.account(client, "BAD")
        let cases: [(V1.OpenDisputeRequest, ACSError.Code)] = [
            (V1.OpenDisputeRequest(account: ref, reason: .unspecified, receivedVia: .phone), .invalidArgument),
            (V1.OpenDisputeRequest(account: ref, reason: .other, receivedVia: .unspecified), .invalidArgument),
            (V1.OpenDisputeRequest(account: ref, obligationExternalIds: (0...100).map { "O\($0)" }, reason: .other, receivedVia: .phone), .invalidArgument),
            (V1.OpenDisputeRequest(account: ref, obligationExternalIds: ["INV-A", "NOPE"], reason: .other, receivedVia: .phone), .notFound),
            (V1.OpenDisputeRequest(account: ref, reason: .other, receivedVia: .phone, disputant: "a\u{7}b"), .invalidArgument),
        ]
        for (request, code) in cases {
            await #expect { try await client.call(Methods.Collections.openDispute, request) } throws: { ($0 as? ACSError)?.code == code }
        }
        #expect(try await client.call(Methods.Collections.listDisputes, V1.ListDisputesRequest()).disputes.isEmpty)
        let account = try #require(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: ref)).account)
        #expect(account.holds.isEmpty, "a refused dispute leaves no hold behind, active or cleared")
        for request in [V1.ResolveDisputeRequest(disputeId: "1", outcome: .upheld, note: "x"), V1.ResolveDisputeRequest(disputeId: "x", outcome: .upheld, note: "x")] {
            await #expect { try await client.call(Methods.Collections.resolveDispute, request) } throws: { [.notFound, .invalidArgument].contains(($0 as? ACSError)?.code) }
        }
    }
}
