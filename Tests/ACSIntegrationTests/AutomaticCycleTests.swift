import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Cycles that run by themselves: a real acsd with `cycle_interval_seconds: 1` and the
/// simulated clock; no test calls RunCycle.
@Suite("Automatic cycles")
struct AutomaticCycleTests {
    @Test("with cycle_interval_seconds set, cycles run by themselves and follow the simulated clock")
    func cyclesRunByThemselves() async throws {
        TestJournal.ensureRunning()
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": CollectionEngineRPCTests.policy],
                                            configuration: "cycle_interval_seconds: 1\n")
        // 2026-03-02 08:00 in New York: day 1 of a debt due 2026-03-01.
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-02T13:00:00Z"], directory: directory)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("NY", zone: "America/New_York")])).results[0].accountId

        try await waitUntil { (try? await CollectionEngineRPCTests.reminders(client, account: id).count) == 2 }
        #expect(try await CollectionEngineRPCTests.reminders(client, account: id).allSatisfy { $0.stage == "overdue" && $0.status == .scheduled })

        // Two days on, the next cycle owes day 3's reminders.
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 2 * 86_400))
        try await waitUntil { (try? await CollectionEngineRPCTests.reminders(client, account: id).count) == 4 }
        #expect(try await CollectionEngineRPCTests.reminders(client, account: id).filter { $0.stage == "day-3" }.count == 2)

        let cycles = try await TestJournal.waitForEntries(matching: ["_PID": String(daemon.process.processIdentifier), "ACS_EVENT": "cycle.completed"])
        #expect(cycles.count >= 2 && cycles.allSatisfy { $0.fields["ACS_CALLER_UID"] == nil }, "no caller: acsd ran them itself")
    }
}
