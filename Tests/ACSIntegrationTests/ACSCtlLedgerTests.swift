import ACSClient
import ACSCore
import ACSTesting
import Foundation
import ACSWire
import Testing

/// acsctl's accounts and payments commands as a subprocess against a real acsd.
@Suite("acsctl accounts and payments")
struct ACSCtlLedgerTests {
    static let header = "source,external_id,name,email,phone,sms_consent,voice_consent,timezone,locale,segment,obligation_id,amount,currency,issued_on,due_on,open_amount,source_version"

    private func write(_ text: String, _ name: String, in daemon: TestDaemon) throws -> String {
        let path = daemon.directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a CSV import applies the good accounts, names every bad row by line, and exits 1")
    func csvImport() async throws {
        let daemon = try await TestDaemon.start(arguments: ["--simulated-clock", "2026-03-01T12:00:00Z"])
        defer { daemon.kill() }
        let csv = """
            \(Self.header)
            crm,A-1,"Smith, Ada",ada@example.com,+12125550100,yes,no,America/New_York,en_US,retail,INV-1,12.34,USD,2026-01-01,2026-01-31,12.34,1
            crm,A-1,"Smith, Ada",ada@example.com,+12125550100,yes,no,America/New_York,en_US,retail,INV-2,100,USD,2026-02-01,2026-02-28,,1
            crm,A-2,Bob,bob@example.com,,no,no,Europe/London,en_GB,retail,INV-3,12.345,GBP,2026-01-01,2026-01-31,12.345,1
            crm,A-3,Chen,chen@example.com,,no,no,Asia/Tokyo,ja_JP,retail,INV-4,5000,JPY,2026-01-01,2026-02-30,5000,1
            crm,A-4,Dee,dee@example.com,,no,no,Asia/Kolkata,en_IN,smb,INV-5,1.5,BHD,2026-01-01,2026-01-31,1.5,1

            """
        let file = try write(csv, "accounts.csv", in: daemon)
        let result = try await TestBinaries.run("acsctl", ["accounts", "import", file, "--socket", daemon.socketPath])
        #expect(result.status == 1)
        #expect(result.stdout.contains("accounts: 2 created, 0 updated, 0 unchanged, 0 stale, 1 rejected"))
        #expect(result.stdout.contains("line 4: amount: \"12.345\" has 3 decimals; GBP has 2"))
        #expect(result.stdout.contains("line 5: obligations[0].due_on: \"2026-02-30\" is not a date YYYY-MM-DD"))
        let shown = try await TestBinaries.run("acsctl", ["accounts", "show", "crm:A-1", "--json", "--socket", daemon.socketPath])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("\"minor\" : 11234"))
        let again = try await TestBinaries.run("acsctl", ["accounts", "import", file, "--json", "--socket", daemon.socketPath])
        #expect(again.stdout.contains("\"unchanged\" : 2"))
    }

    @Test("rows of ids equal only canonically (combining marks composed or in another order) are other accounts: each keeps its debtor, a bad row refuses only its own; an id may start with a combining mark")
    func csvImportByBytes() async throws {
        let daemon = try await TestDaemon.start(arguments: ["--simulated-clock", "2026-03-01T12:00:00Z"])
        defer { daemon.kill() }
        let (first, second, third) = ("K-a\u{323}\u{301}", "K-a\u{301}\u{323}", "K-\u{1EA1}\u{301}")
        #expect(first == second && second == third && Set([first, second, third].map { Array($0.utf8) }).count == 3)
        let csv = """
            \(Self.header)
            crm,\(first),Ada,ada@example.com,,no,no,America/New_York,en_US,retail,INV-1,10.00,USD,2026-01-01,2026-01-31,,1
            crm,\(second),Bob,bob@example.com,,no,no,America/New_York,en_US,retail,INV-2,20.00,USD,2026-01-01,2026-01-31,,1
            crm,\(third),Cy,cy@example.com,,no,no,America/New_York,en_US,retail,INV-3,lots,USD,2026-01-01,2026-01-31,,1
            crm,\u{301}Z,Di,di@example.com,,no,no,America/New_York,en_US,retail,INV-4,30.00,USD,2026-01-01,2026-01-31,,1

            """
        let result = try await TestBinaries.run("acsctl", ["accounts", "import", try write(csv, "accounts.csv", in: daemon), "--socket", daemon.socketPath])
        #expect(result.status == 1)
        #expect(result.stdout.contains("accounts: 3 created, 0 updated, 0 unchanged, 0 stale, 0 rejected"), "\(result.stdout)")
        #expect(result.stdout.contains("rows refused before sending: 1\n  line 4: amount"), "\(result.stdout)")
        let client = try await daemon.connect()
        for (id, name, owed) in [(first, "Ada", Int64(1_000)), (second, "Bob", 2_000)] {
            let account = try #require(try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(
                account: V1.AccountRef(source: "crm", externalId: id))).account)
            #expect(Array(account.externalId.utf8) == Array(id.utf8) && account.name == name
                    && account.obligations.map(\.openAmount?.amountMinor) == [owed], "\(account.name): \(account.obligations)")
        }
        // An id that starts with a combining mark: ":" and the mark are one Character, and still the separator.
        let shown = try await TestBinaries.run("acsctl", ["accounts", "show", "crm:\u{301}Z", "--socket", daemon.socketPath])
        #expect(shown.status == 0 && shown.stdout.contains("Di"), "\(shown.stdout)\(shown.stderr)")
    }

    @Test("JSON Lines import, then payments posted by hand and from a file, idempotently")
    func jsonLinesAndPayments() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let jsonl = """
            {"source":"crm","external_id":"J-1","source_version":3,"name":"Jo","time_zone":"Europe/Berlin","obligations":[{"external_id":"R-1","amount":"99.99","currency":"EUR","due_on":"2026-01-15"}]}
            {"source":"crm","external_id":"J-2","source_version":1,"name":"Ki","time_zone":"Asia/Tokyo","obligations":[{"external_id":"R-2","amount":"1000.5","currency":"JPY","due_on":"2026-01-15"}]}

            """
        let accounts = try write(jsonl, "accounts.jsonl", in: daemon)
        let imported = try await TestBinaries.run("acsctl", ["accounts", "import", accounts, "--socket", daemon.socketPath])
        #expect(imported.status == 1)
        #expect(imported.stdout.contains("accounts: 1 created"))
        #expect(imported.stdout.contains("line 2: obligations[0].amount: \"1000.5\" has 1 decimals; JPY has 0"))

        let post = try await TestBinaries.run("acsctl", ["payments", "post", "--account", "crm:J-1", "--amount", "9.99", "--currency", "EUR",
                                                   "--key", "hand-1", "--socket", daemon.socketPath])
        #expect(post.status == 0)
        #expect(post.stdout.contains("posted"))
        #expect(post.stdout.contains("outstanding 90.00 EUR"))
        let tooPrecise = try await TestBinaries.run("acsctl", ["payments", "post", "--account", "crm:J-1", "--amount", "9.999", "--currency", "EUR",
                                                         "--key", "hand-2", "--socket", daemon.socketPath])
        #expect(tooPrecise.status == 64)

        let payments = try write("key,account,amount,currency\nf-1,crm:J-1,10,EUR\nf-2,crm:NOBODY,1,EUR\nhand-1,crm:J-1,9.99,EUR\n", "payments.csv", in: daemon)
        let first = try await TestBinaries.run("acsctl", ["payments", "import", payments, "--socket", daemon.socketPath])
        #expect(first.status == 1)
        #expect(first.stdout.contains("payments: 1 posted, 1 already posted (same key), 1 refused"))
        #expect(first.stdout.contains("line 3: NOT_FOUND"))
        let list = try await TestBinaries.run("acsctl", ["payments", "list", "crm:J-1", "--socket", daemon.socketPath])
        #expect(list.stdout.split(separator: "\n").count == 2)
    }
}

@Suite("acsctl audit")
struct ACSCtlAuditTests {
    @Test("an account's history comes back from the journal in order, filtered by event and time")
    func history() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let started = ACSClock.format(Date().addingTimeInterval(-1))
        let client = try await daemon.connect()
        let external = "AUD-\(UUID().uuidString.prefix(8))"
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [PaymentsRPCTests.record(external)]))
        let id = sync.results[0].accountId
        let key = "audit-\(UUID().uuidString)"
        _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment(key, account: external, minor: 500)))
        _ = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: V1.AccountRef(id: id), kind: .dispute, reason: "audit test"))
        await client.close()
        _ = try await TestJournal.waitForEntries(matching: ["_PID": String(daemon.process.processIdentifier), "ACS_ACCOUNT": id], count: 2)

        let all = try await TestBinaries.run("acsctl", ["audit", "billing:\(external)", "--since", started, "--json", "--socket", daemon.socketPath])
        #expect(all.status == 0, "\(all.stderr)")
        let entries = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]] ?? []
        let mine = entries.filter { ($0["fields"] as? [String: String])?["ACS_IDEMPOTENCY_KEY"] == key || ($0["fields"] as? [String: String])?["ACS_REASON"] == "audit test" }
        #expect(mine.compactMap { $0["event"] as? String } == ["payment.posted", "hold.set"])
        let posted = try await TestBinaries.run("acsctl", ["audit", id, "--event", "payment.posted", "--since", started, "--socket", daemon.socketPath])
        #expect(posted.stdout.contains("payment.posted"))
        #expect(!posted.stdout.contains("hold.set"))
        let future = try await TestBinaries.run("acsctl", ["audit", id, "--since", "2999-01-01", "--socket", daemon.socketPath])
        #expect(future.stdout.contains("no audit entries"))
        let badEvent = try await TestBinaries.run("acsctl", ["audit", id, "--event", "payment.lost"])
        #expect(badEvent.status == 64)
    }
}
