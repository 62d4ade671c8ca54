import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// TIME-UNKNOWN through a real acsd: an unknown zone, and zones that disagree, imported
/// from CSV and JSON Lines; the zones that decided are in the reminder and the journal.
@Suite("Zone candidates (TIME-UNKNOWN)")
struct ZoneCandidateTests {
    static let header = ACSCtlLedgerTests.header + ",phone_timezone,address_line1,address_timezone"

    @Test("an empty zone is unknown and a phone elsewhere is a candidate; every candidate's window must be open")
    func candidates() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start()
        defer { daemon.kill() }
        // 2026-03-02T12:00Z: 07:00 in New York, 04:00 in Los Angeles, 02:00 in Honolulu.
        let csv = """
            \(Self.header)
            crm,NY-LA,Ada,ada@example.com,+13105550100,yes,no,America/New_York,en_US,retail,INV-1,100,USD,,2026-03-01,,1,America/Los_Angeles,,
            crm,UNKNOWN,Bo,bo@example.com,,no,no,,en_US,retail,INV-2,100,USD,,2026-03-01,,1,,1 Main St,America/Chicago

            """
        let file = daemon.directory.appendingPathComponent("zones.csv").path
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try await TestBinaries.run("acsctl", ["accounts", "import", file, "--socket", daemon.socketPath])
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        let jsonl = """
            {"source":"crm","external_id":"J-LON","source_version":1,"name":"Cy","segment":"retail","emails":["cy@example.com"],"phones":[{"number":"+447700900123","time_zone":"Europe/London"}],"address":{"lines":["1 High St"],"country":"GB","time_zone":"Europe/London"},"obligations":[{"external_id":"R-1","amount":"10","currency":"USD","due_on":"2026-03-01"}]}

            """
        let jsonFile = daemon.directory.appendingPathComponent("zones.jsonl").path
        try jsonl.write(toFile: jsonFile, atomically: true, encoding: .utf8)
        let importedJSON = try await TestBinaries.run("acsctl", ["accounts", "import", jsonFile, "--socket", daemon.socketPath])
        #expect(importedJSON.status == 0, "\(importedJSON.stdout)\(importedJSON.stderr)")

        let accounts = try await client.call(Methods.Accounts.listAccounts, V1.ListAccountsRequest()).accounts
        let byExternal = Dictionary(uniqueKeysWithValues: accounts.map { ($0.externalId, $0) })
        let nyla = try #require(byExternal["NY-LA"]), unknown = try #require(byExternal["UNKNOWN"]), london = try #require(byExternal["J-LON"])
        #expect(unknown.timeZone == "" && unknown.address?.timeZone == "America/Chicago" && nyla.phones.first?.timeZone == "America/Los_Angeles")
        #expect(london.timeZone == "" && london.phones.first?.timeZone == "Europe/London" && london.address?.timeZone == "Europe/London")

        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let nylaEmail = try #require(try await CollectionEngineRPCTests.reminders(client, account: nyla.id).first { $0.channel == .email })
        #expect(nylaEmail.status == .deferred && nylaEmail.ruleId == "TIME-UNKNOWN" && nylaEmail.windowStart == "2026-03-02T16:00:00Z",
                "08:00 in Los Angeles, not in New York")
        let nylaDecision = try #require(try await client.call(Methods.Reminders.getReminder, V1.GetReminderRequest(id: nylaEmail.id)).reminder?.gateDecisions.first)
        #expect(nylaDecision.zones == ["America/New_York", "America/Los_Angeles"])

        let unknownEmail = try #require(try await CollectionEngineRPCTests.reminders(client, account: unknown.id).first { $0.channel == .email })
        #expect(unknownEmail.ruleId == "TIME-UNKNOWN" && unknownEmail.windowStart == "2026-03-02T18:00:00Z", "08:00 in Honolulu")
        let unknownDecision = try #require(try await client.call(Methods.Reminders.getReminder, V1.GetReminderRequest(id: unknownEmail.id)).reminder?.gateDecisions.first)
        #expect(unknownDecision.zones.first == "America/Chicago" && Set(unknownDecision.zones) == Set(ComplianceGate.unknownZoneCandidates(.us))
                && unknownDecision.zones.count == 7, "the address's Chicago, then every other US zone")

        // The London debtor's own zone is unknown, so every US zone counts as well as London's.
        let londonEmail = try #require(try await CollectionEngineRPCTests.reminders(client, account: london.id).first { $0.channel == .email })
        #expect(londonEmail.ruleId == "TIME-UNKNOWN")

        // Claimed when every window is open: the claim records the zones again.
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 4 * 3600))
        let claimed = try await client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: .email, maxCount: 10, claimer: "t"))
        #expect(claimed.reminders.map(\.accountId) == [nyla.id])
        let shown = try await TestBinaries.run("acsctl", ["reminders", "show", nylaEmail.id, "--socket", daemon.socketPath])
        #expect(shown.stdout.contains("claim  allow  [America/New_York America/Los_Angeles]"), "\(shown.stdout)")

        let pid = String(daemon.process.processIdentifier)
        let deferred = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": nyla.id, "ACS_EVENT": "reminder.deferred"])
        #expect(deferred.allSatisfy { $0.fields["ACS_ZONES"] == "America/New_York America/Los_Angeles" })
    }
}
