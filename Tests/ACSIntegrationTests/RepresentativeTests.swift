import ACSClient
import ACSCore
import ACSTesting
import ACSWire
import Foundation
import Testing

/// HOLD-ATTORNEY and HOLD-DECEASED through a real acsd: communication goes to the
/// representative the account names, or nowhere.
@Suite("Representatives (HOLD-ATTORNEY, HOLD-DECEASED)")
struct RepresentativeTests {
    @Test("an attorney gets the email the debtor would have had; texts stop; a deceased debtor without an estate representative gets nothing")
    func attorneyAndEstate() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start()
        defer { daemon.kill() }
        let jsonl = """
            {"source":"crm","external_id":"REP","source_version":1,"name":"Ada","time_zone":"America/New_York","segment":"retail","emails":["ada@example.com"],"phones":[{"number":"+12125550100","sms_consent":true}],"representatives":[{"role":"attorney","name":"Dewey & Co","email":"law@example.com"}],"obligations":[{"external_id":"R-1","amount":"100","currency":"USD","due_on":"2026-03-01"}]}
            {"source":"crm","external_id":"DEAD","source_version":1,"name":"Bo","time_zone":"America/New_York","segment":"retail","emails":["bo@example.com"],"obligations":[{"external_id":"R-2","amount":"100","currency":"USD","due_on":"2026-03-01"}]}
            {"source":"crm","external_id":"BAD","source_version":1,"name":"Cy","time_zone":"America/New_York","representatives":[{"role":"attorney","name":"No Way To Reach"}],"obligations":[{"external_id":"R-3","amount":"1","currency":"USD","due_on":"2026-03-01"}]}

            """
        let file = daemon.directory.appendingPathComponent("reps.jsonl").path
        try jsonl.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try await TestBinaries.run("acsctl", ["accounts", "import", file, "--socket", daemon.socketPath])
        #expect(imported.status == 1 && imported.stdout.contains("representatives[0]: needs an email or a postal address"), "\(imported.stdout)")

        let accounts = try await client.call(Methods.Accounts.listAccounts, V1.ListAccountsRequest()).accounts
        let rep = try #require(accounts.first { $0.externalId == "REP" }), dead = try #require(accounts.first { $0.externalId == "DEAD" })
        #expect(rep.representatives.map(\.name) == ["Dewey & Co"])
        for (id, kind) in [(rep.id, V1.HoldKind.attorney), (dead.id, .deceased)] {
            _ = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: V1.AccountRef(id: id), kind: kind, reason: "notice received"))
        }
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())

        let repReminders = try await CollectionEngineRPCTests.reminders(client, account: rep.id)
        let email = try #require(repReminders.first { $0.channel == .email })
        #expect(email.recipient == "law@example.com" && email.recipientName == "Dewey & Co" && email.status == .deferred && email.ruleId == "TIME-WINDOW")
        let sms = try #require(repReminders.first { $0.channel == .sms })
        #expect(sms.status == .suppressed && sms.ruleId == "HOLD-ATTORNEY")
        let deadReminders = try await CollectionEngineRPCTests.reminders(client, account: dead.id)
        #expect(!deadReminders.isEmpty && deadReminders.allSatisfy { $0.status == .suppressed && $0.ruleId == "HOLD-DECEASED" })

        let shown = try await TestBinaries.run("acsctl", ["accounts", "show", rep.id, "--socket", daemon.socketPath])
        #expect(shown.stdout.contains("attorney") && shown.stdout.contains("Dewey & Co (law@example.com)"), "\(shown.stdout)")
    }
}
