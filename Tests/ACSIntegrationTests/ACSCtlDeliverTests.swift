import ACSClient
import ACSCore
import ACSTesting
import ACSWire
import Foundation
import Testing

/// `acsctl deliver`, `reminders`, `cycle` and `policy` as subprocesses against a real acsd.
@Suite("acsctl deliver and reminders")
struct ACSCtlDeliverTests {
    /// A daemon at 12:00Z with three London debtors owed an email and an SMS each.
    static func start() async throws -> (TestDaemon, URL) {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": CollectionEngineRPCTests.policy])
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-02T12:00:00Z"], directory: directory)
        let client = try await daemon.connect()
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: ["L1", "L22", "L333"].map {
            CollectionEngineRPCTests.record($0, zone: "Europe/London")
        }))
        await client.close()
        let cycle = try await TestBinaries.run("acsctl", ["cycle", "run", "--socket", daemon.socketPath])
        #expect(cycle.status == 0 && cycle.stdout.contains("reminders scheduled") && cycle.stdout.contains("6"))
        return (daemon, directory)
    }

    @Test("--exec gets each reminder as JSON on stdin and its exit status is the outcome; --sendmail hands email to an MTA")
    func deliver() async throws {
        let (daemon, directory) = try await Self.start()
        defer { daemon.kill() }
        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let sms = try await TestBinaries.run("acsctl", [
            "deliver", "--channel", "sms", "--once", "--socket", daemon.socketPath,
            "--exec", "cat > \(out.path)/$ACS_REMINDER_ID.json; echo sent-to-$ACS_RECIPIENT",
        ])
        #expect(sms.status == 0, "\(sms.stderr)")
        #expect(sms.stderr.contains("3 delivered"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".json") }
        #expect(files.count == 3)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(files[0]))) as? [String: Any]
        #expect(json?["channel"] as? String == "sms" && json?["status"] as? String == "claimed")
        #expect((json?["body_text"] as? String)?.contains("Reply STOP to opt out") == true)

        let mta = directory.appendingPathComponent("sendmail")
        try "#!/bin/sh\necho \"$@\" > \(out.path)/args\ncat > \(out.path)/mail-$$\n".write(to: mta, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: mta.path)
        let email = try await TestBinaries.run("acsctl", [
            "deliver", "--channel", "email", "--once", "--socket", daemon.socketPath, "--sendmail", mta.path, "--from", "ar@example.com",
        ])
        #expect(email.status == 0, "\(email.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("args"), encoding: .utf8) == "-t -i\n")
        let mails = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix("mail-") }
        #expect(mails.count == 3)
        let mail = try String(contentsOf: out.appendingPathComponent(mails[0]), encoding: .utf8)
        #expect(mail.contains("From: ar@example.com\n") && mail.contains("Subject: Example Lending: your payment of") && mail.contains("UNSUBSCRIBE"))

        let listed = try await TestBinaries.run("acsctl", ["reminders", "list", "--status", "delivered", "--json", "--socket", daemon.socketPath])
        let delivered = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]]
        #expect(delivered?.count == 6)
        #expect(delivered?.contains { ($0["outcome_detail"] as? String)?.hasPrefix("sent-to-+1202555") == true } == true)
        #expect(delivered?.first?["status"] as? String == "delivered" && ["sms", "email"].contains(delivered?.first?["channel"] as? String ?? ""),
                "--json shows an enum by its name, not its number")
        let shown = try await TestBinaries.run("acsctl", ["reminders", "show", delivered?[0]["id"] as? String ?? "", "--socket", daemon.socketPath])
        #expect(shown.status == 0 && shown.stdout.contains("gate decisions:") && shown.stdout.contains("claim  allow"))
    }

    @Test("on SIGTERM deliver claims nothing more, finishes what it holds and exits 0")
    func sigterm() async throws {
        let (daemon, directory) = try await Self.start()
        defer { daemon.kill() }
        let marks = directory.appendingPathComponent("marks")
        try FileManager.default.createDirectory(at: marks, withIntermediateDirectories: true)
        let process = try ChildProcess(TestBinaries.url("acsctl").path, [
            "deliver", "--channel", "email", "--concurrency", "1", "--socket", daemon.socketPath,
            "--exec", "touch \(marks.path)/started-$ACS_REMINDER_ID; sleep 1",
        ], environment: ProcessInfo.processInfo.environment, standardOutput: .discarded, standardError: .discarded)
        while try FileManager.default.contentsOfDirectory(atPath: marks.path).isEmpty {
            try await Task.sleep(for: .milliseconds(20))
        }
        process.signal(SIGTERM)
        #expect(try await process.wait(timeout: .seconds(30)) == 0)
        let started = try FileManager.default.contentsOfDirectory(atPath: marks.path).map { String($0.dropFirst("started-".count)) }
        let client = try await daemon.connect()
        for id in started {
            let reminder = try await client.call(Methods.Reminders.getReminder, V1.GetReminderRequest(id: id)).reminder
            #expect(reminder?.status == .delivered, "reminder \(id) was held when SIGTERM came; it is finished, not left claimed")
        }
        let open = try await client.call(Methods.Reminders.listDueReminders, V1.ListDueRemindersRequest(channel: .email)).reminders
        #expect(open.count == 3 - started.count && open.allSatisfy { $0.status == .scheduled }, "nothing more was claimed")
    }

    @Test("policy check points at the line of every error and exits 1")
    func policyCheck() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let file = directory.appendingPathComponent("bad.yaml")
        try "id: p\nsegments: [retail]\nprofile: us\nstages:\n  - { name: a, days_past_due: 1, actions: [{ type: remind, channel: fax, template: t }] }\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let bad = try await TestBinaries.run("acsctl", ["policy", "check", file.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.yaml:5:") && bad.stderr.contains("stages[0].actions[0].channel"))
        let shipped = TestPolicies.repository.appendingPathComponent("systemd/policies")
        let good = try await TestBinaries.run("acsctl", ["policy", "check", shipped.appendingPathComponent("consumer.yaml").path,
                                                         shipped.appendingPathComponent("smb.yaml").path])
        #expect(good.status == 0 && good.stdout.contains("valid") && !good.stdout.contains("not checked"))
    }
}
