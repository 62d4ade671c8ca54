import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// `acsctl accounts contact` and `acsctl accounts dispute` as a subprocess against a real acsd.
@Suite("acsctl contact preferences and disputes")
struct ACSCtlContactTests {
    @Test("opt-out, consent, inconvenient times and a dispute from the command line, each cancelling what it must")
    func contactAndDispute() async throws {
        let (daemon, client) = try await CollectionEngineRPCTests.start()
        defer { daemon.kill() }
        let record = CollectionEngineRPCTests.record("NY", zone: "America/New_York")
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [record])).results[0].accountId
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let acsctl = { (arguments: [String]) in try await TestBinaries.run("acsctl", arguments + ["--socket", daemon.socketPath]) }

        let both = try await acsctl(["accounts", "contact", id, "--opt-out", "email", "--opt-in", "sms", "--reason", "x"])
        #expect(both.status == 64 && both.stderr.contains("exactly one of"), "\(both.stderr)")
        let badTime = try await acsctl(["accounts", "contact", id, "--inconvenient", "25:00-26:00", "--reason", "x"])
        #expect(badTime.status == 64)
        let strayChannel = try await acsctl(["accounts", "contact", id, "--opt-out", "email", "--channel", "sms", "--reason", "x"])
        #expect(strayChannel.status == 64 && strayChannel.stderr.contains("--channel is sms or voice"), "\(strayChannel.stderr)")

        let optOut = try await acsctl(["accounts", "contact", id, "--opt-out", "email", "--source", "letter", "--reason", "asked in writing"])
        #expect(optOut.status == 0 && optOut.stdout.contains("opted out of email; 1 reminder cancelled"), "\(optOut.stdout)\(optOut.stderr)")
        #expect(optOut.stdout.contains("opted out of  email"))
        let number = record.phones[0].number
        let revoked = try await acsctl(["accounts", "contact", id, "--revoke-consent", number, "--source", "STOP reply", "--reason", "texted STOP"])
        #expect(revoked.status == 0 && revoked.stdout.contains("sms and voice consent revoked for \(number); 1 reminder cancelled"), "\(revoked.stdout)")
        #expect(revoked.stdout.contains("\(number) sms no, voice no"))
        let times = try await acsctl(["accounts", "contact", id, "--inconvenient", "18:00-20:00@1,2", "--inconvenient", "12:00-13:00", "--reason", "at work"])
        #expect(times.status == 0 && times.stdout.contains("18:00-20:00 on days 1,2; 12:00-13:00"), "\(times.stdout)")
        let account = try #require(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account)
        #expect(account.inconvenientTimes.map(\.startTime) == ["18:00", "12:00"] && account.inconvenientTimes[0].weekdays == [1, 2])
        #expect(account.channelPreferences.contains { $0.channel == .email && $0.optedOut && $0.source == "letter" })
        let cleared = try await acsctl(["accounts", "contact", id, "--clear-inconvenient", "--reason", "changed jobs"])
        #expect(cleared.status == 0 && cleared.stdout.contains("inconvenient times cleared"))
        let optIn = try await acsctl(["accounts", "contact", id, "--opt-in", "email", "--reason", "asked again", "--json"])
        #expect(optIn.status == 0 && optIn.stdout.contains("\"reminders_cancelled\" : 0"), "\(optIn.stdout)")

        let dispute = try await acsctl(["disputes", "open", id, "--obligation", "INV-NY", "--reason", "not_mine", "--via", "letter",
                                        "--note", "letter of 2026-03-02: not mine"])
        #expect(dispute.status == 0 && dispute.stdout.contains("INV-NY  not_mine via letter  open"), "\(dispute.stdout)\(dispute.stderr)")
        let shown = try await acsctl(["accounts", "show", id])
        #expect(shown.stdout.contains("dispute on INV-NY") && shown.stdout.contains("disputed"), "\(shown.stdout)")
        let unknown = try await acsctl(["disputes", "open", id, "--obligation", "NOPE", "--reason", "other", "--via", "phone"])
        #expect(unknown.status != 0 && unknown.stderr.contains("NOPE"), "\(unknown.stderr)")

        let pid = String(daemon.process.processIdentifier)
        let changes = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_ACCOUNT": id, "ACS_EVENT": "consent.changed"], count: 6)
        #expect(changes.contains { $0.fields["ACS_SOURCE"] == "STOP reply" && $0.fields["ACS_CHANGE"] == "revoke_consent" })
    }
}
