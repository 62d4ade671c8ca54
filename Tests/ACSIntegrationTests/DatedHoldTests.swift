import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Dated holds through a real acsd with the simulated clock: a breathing space ends by
/// itself on day 61 and the account re-enters its policy; a crisis one ends 30 days after
/// the crisis; the dates are checked on the account's own day.
@Suite("Dated holds")
struct DatedHoldTests {
    static let policy = """
        id: weekly
        segments: [retail]
        default: true
        profile: uk
        stages:
          - name: overdue
            days_past_due: 1
            actions:
              - { type: remind, channel: email, template: overdue, repeat_every_days: 7, max_times: 100 }
        """

    static func start() async throws -> (TestDaemon, ACSClient, String) {
        // 2026-03-02T12:00Z is 12:00 in London.
        let (daemon, client) = try await CollectionEngineRPCTests.start(policy: Self.policy)
        let record = CollectionEngineRPCTests.record("UK", zone: "Europe/London")
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record])).results[0].accountId
        return (daemon, client, id)
    }

    static func hold(_ client: ACSClient, _ id: String) async throws -> V1.Hold? {
        try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account?.holds.first
    }

    static func advance(_ client: ACSClient, days: Int) async throws -> V1.CycleSummary {
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: UInt64(days) * 86_400))
        return try #require(try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest()).summary)
    }

    @Test("a breathing space set today holds for 60 days and ends by itself on day 61; the policy resumes")
    func breathingSpaceEnds() async throws {
        let (daemon, client, id) = try await Self.start()
        defer { daemon.kill() }
        let set = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(
            account: V1.AccountRef(id: id), kind: .breathingSpace, reason: "Debt Respite Scheme notice"))
        #expect(set.hold?.effectiveOn == "2026-03-02" && set.hold?.endsOn == "2026-05-01")
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let held = try await CollectionEngineRPCTests.reminders(client, account: id)
        #expect(!held.isEmpty && held.allSatisfy { $0.status == .suppressed && $0.ruleId == "UK-BREATHING-SPACE" }, "\(held.map(\.ruleId))")

        _ = try await Self.advance(client, days: 59)  // 2026-04-30: day 60, still held
        #expect(try await Self.hold(client, id)?.active == true)
        #expect(try await CollectionEngineRPCTests.reminders(client, account: id).allSatisfy { $0.status == .suppressed })

        let day61 = try await Self.advance(client, days: 1)  // 2026-05-01 12:00 London: day 61
        #expect(day61.accountsEvaluated == 1, "the hold's end puts the account in the cycle")
        let ended = try #require(try await Self.hold(client, id))
        #expect(!ended.active && ended.clearedBy?.reason == "ended on 2026-05-01" && ended.clearedBy?.caller?.uid == 0)
        #expect(ended.clearedBy?.at == "2026-04-30T23:00:00Z", "midnight in London (BST)")
        // The weekly reminder's occurrences during the hold were suppressed; the next one
        // (64 days past due, 2026-05-04) goes out.
        _ = try await Self.advance(client, days: 3)
        let resumed = try await CollectionEngineRPCTests.reminders(client, account: id).filter { $0.status != .suppressed }
        #expect(resumed.count == 1 && resumed.allSatisfy { $0.status == .scheduled }, "\(resumed.map(\.status))")

        let pid = String(daemon.process.processIdentifier)
        let cleared = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": id, "ACS_EVENT": "hold.cleared"])
        #expect(cleared.first?.fields["ACS_REASON"] == "ended on 2026-05-01")
        let setEntry = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": id, "ACS_EVENT": "hold.set"])
        #expect(setEntry.first?.fields["ACS_ENDS_ON"] == "2026-05-01")
    }

    @Test("a hold ends when its day begins in the account's zone, also after a sync moved the account to another zone")
    func endFollowsTheZone() async throws {
        let (daemon, client, id) = try await Self.start()
        defer { daemon.kill() }
        _ = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(
            account: V1.AccountRef(id: id), kind: .cease, endsOn: "2026-03-10", reason: "until the 10th"))
        var moved = CollectionEngineRPCTests.record("UK", zone: "America/New_York")
        moved.sourceVersion = 2
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [moved]))
        #expect(sync.results.first?.outcome == .updated)
        // 2026-03-10T00:00 in London is 00:00Z; in New York (EDT from 03-08) 04:00Z.
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 7 * 86_400 + 12 * 3600 + 1800))  // 03-10T00:30Z
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        #expect(try await Self.hold(client, id)?.active == true, "20:30 on the 9th in New York")
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 4 * 3600))  // 04:30Z
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let ended = try #require(try await Self.hold(client, id))
        #expect(!ended.active && ended.clearedBy?.at == "2026-03-10T04:00:00Z")
    }

    @Test("a crisis breathing space lasts until 30 days after the crisis; bad dates are refused by field")
    func crisisAndRefusals() async throws {
        let (daemon, client, id) = try await Self.start()
        defer { daemon.kill() }
        let ref = V1.AccountRef(id: id)
        for (request, field) in [
            (V1.SetHoldRequest(account: ref, kind: .cease, effectiveOn: "2026-03-03", reason: "x"), "effective_on"),
            (V1.SetHoldRequest(account: ref, kind: .cease, endsOn: "2026-03-02", reason: "x"), "ends_on"),
            (V1.SetHoldRequest(account: ref, kind: .cease, endsOn: "2026-13-01", reason: "x"), "ends_on"),
            (V1.SetHoldRequest(account: ref, kind: .attorney, reason: "x", mentalHealthCrisis: true), "mental_health_crisis"),
        ] {
            await #expect {
                _ = try await client.call(Methods.Accounts.setHold, request)
            } throws: { ($0 as? ACSError)?.code == .invalidArgument && ($0 as? ACSError)?.violations.first?.field == field }
        }
        let acsctl = try await TestBinaries.run("acsctl", ["accounts", "hold", id, "--kind", "breathing-space", "--crisis",
                                                            "--reason", "mental health crisis", "--socket", daemon.socketPath])
        #expect(acsctl.status == 0, "\(acsctl.stderr)")
        let crisis = try #require(try await Self.hold(client, id))
        #expect(crisis.mentalHealthCrisis && crisis.endsOn.isEmpty && crisis.active)
        await #expect {
            _ = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: ref, kind: .breathingSpace, reason: "standard one"))
        } throws: { ($0 as? ACSError)?.code == .failedPrecondition }
        _ = try await Self.advance(client, days: 90)
        #expect(try await Self.hold(client, id)?.active == true, "no end until the crisis ends")
        let released = try await TestBinaries.run("acsctl", ["accounts", "release", id, crisis.id, "--reason", "treatment ended",
                                                              "--socket", daemon.socketPath])
        #expect(released.stdout.contains("crisis ended: hold \(crisis.id) ends on 2026-06-30"), "\(released.stdout)\(released.stderr)")
        let again = try await TestBinaries.run("acsctl", ["accounts", "release", id, crisis.id, "--reason", "retried", "--socket", daemon.socketPath])
        #expect(again.stdout.contains("ends on 2026-06-30"), "a retried release keeps the 30 days: \(again.stdout)")
        _ = try await Self.advance(client, days: 29)
        #expect(try await Self.hold(client, id)?.active == true)
        _ = try await Self.advance(client, days: 1)
        #expect(try await Self.hold(client, id)?.active == false)
        let bankruptcy = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(
            account: ref, kind: .bankruptcy, effectiveOn: "2026-01-15", reason: "chapter 7 filed"))
        #expect(bankruptcy.hold?.effectiveOn == "2026-01-15" && bankruptcy.hold?.endsOn == "")
    }
}
