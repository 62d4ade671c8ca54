import ACSClient
import ACSCore
import ACSTesting
import ACSWire
import Foundation
import NIOCore
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The findings of the edge attack, one test each, on a real acsd.
@Suite("Trust at the edges")
struct EdgeRegressionTests {
    typealias Records = PaymentsRPCTests

    static func start(_ configuration: String = "", launcher: [String] = []) async throws -> TestDaemon {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": CollectionEngineRPCTests.policy], configuration: configuration)
        return try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-15T12:00:00Z"],
                                          directory: directory, launcher: launcher)
    }

    static func code(_ body: () async throws -> Void) async -> ACSError.Code? {
        do { try await body(); return nil } catch let error as ACSError { return error.code } catch { return .unknown }
    }

    @Test("amounts past 10^15 are refused at the edge; an account's credit and what it owes stop at 10^15; acsd reads everything back")
    func money() async throws {
        let daemon = try await Self.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Records.record("A-1")]))
        let huge = Records.payment("huge", account: "A-1", minor: 9_223_372_036_854_775_797)
        await #expect { _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: huge)) } throws: {
            ($0 as? ACSError)?.code == .invalidArgument && ($0 as? ACSError)?.message.contains("payment.amount.amount_minor") == true
        }
        let large = Money.maxMinorUnits * 6 / 10
        _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: Records.payment("c-1", account: "A-1", minor: large)))
        await #expect { _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: Records.payment("c-2", account: "A-1", minor: large))) } throws: {
            ($0 as? ACSError)?.code == .invalidArgument && ($0 as? ACSError)?.message.hasPrefix("amount:") == true
        }
        let owing = Records.record("A-2", obligations: [("INV-1", large, "2026-01-31"), ("INV-2", large, "2026-02-28")])
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [owing]))
        #expect(sync.results.first?.outcome == .rejected && sync.results.first?.violations.map(\.field) == ["obligations"])
        _ = try await client.call(Methods.Accounts.listAccounts, V1.ListAccountsRequest())
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        _ = try await client.call(Methods.Reports.aging, V1.AgingRequest())
        #expect(try await client.health().status == .serving)
    }

    @Test("reports over thousands of accounts at the largest total answer OUT_OF_RANGE, never a crash")
    func reportSums() async throws {
        let daemon = try await Self.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        for batch in 0..<10 {
            let records = (0..<1_000).map { Records.record("R-\(batch)-\($0)", obligations: [("INV-1", Money.maxMinorUnits, "2026-01-31")]) }
            let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: records))
            #expect(sync.createdCount == 1_000)
        }
        #expect(await Self.code { _ = try await client.call(Methods.Reports.aging, V1.AgingRequest()) } == .outOfRange)
        #expect(await Self.code { _ = try await client.call(Methods.Reports.kpis, V1.KpisRequest(periodStart: "2026-01-01")) } == .outOfRange)
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        #expect(try await client.health().status == .serving)
    }

    @Test("invoices of the largest amount synced and paid 9,300 times (allocations past Int64) still age and report")
    func allocationsPastInt64() async throws {
        let daemon = try await Self.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        // 93 accounts, each sent a new invoice 100 times and no longer the one paid: a sync never reopens what a
        // payment posted here paid, and an account never holds more than 10^15.
        let accounts = (1...93).map { "A-\($0)" }
        for round in 1...100 {
            let records = accounts.map { Records.record($0, version: UInt64(round), obligations: [("INV-\(round)", Money.maxMinorUnits, "2026-01-31")]) }
            _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: records))
            for account in accounts {
                _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(
                    payment: Records.payment("p-\(account)-\(round)", account: account, minor: Money.maxMinorUnits)))
            }
        }
        let aging = try await client.call(Methods.Reports.aging, V1.AgingRequest(asOf: "2026-03-15"))
        #expect(aging.rows.isEmpty, "paid in full: nothing open")
        // 9,300 payments of 10^15 collected in the period: past Int64.
        #expect(await Self.code { _ = try await client.call(Methods.Reports.kpis, V1.KpisRequest(periodStart: "2026-01-01")) } == .outOfRange)
        #expect(try await client.health().status == .serving)
    }

    @Test("one account's payments summing past Int64 (a promise's window, an agency's placement) fail no cycle, view or posting")
    func accountSumsPastInt64() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": ValidationTests.policy],
                                            configuration: "agencies:\n  acme: { commission_bp: 2000 }\n")
        var daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-05-22T16:00:00Z"], directory: directory)
        defer { daemon.kill() }
        var client = try await daemon.connect()
        let ids = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: ["PROM", "PLACED", "OTHER"].map { ValidationTests.record($0) })).results.map(\.accountId)
        _ = try await client.call(Methods.Collections.recordPromise, V1.RecordPromiseRequest(
            account: V1.AccountRef(id: ids[0]), amount: V1.Money(amountMinor: 9_000, currency: "USD"), promisedOn: "2026-05-29"))
        _ = try await client.call(Methods.Collections.placeAccount, V1.PlaceAccountRequest(account: V1.AccountRef(id: ids[1]), agency: "acme",
                                                                                           reason: "day 60", coCollect: true))
        _ = try await daemon.stop()
        // 9,300 payments of 10^15 each: into PROM's promise window, allocated to its invoice (as an older acsd's
        // re-syncs allowed), and collected by acme for PLACED. No RPC can make them faster than an hour of posting.
        let queue = try DatabaseQueue(path: daemon.stateDirectory + "/acs.db")
        try await queue.write { db in
            for (account, agency) in [(ids[0], ""), (ids[1], "acme")] {
                try db.execute(sql: """
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9300)
                    INSERT INTO payment (idempotency_key, request_hash, account_id, currency, amount_minor, credit_minor, received_at, method,
                                         reference, note, posted_at, posted_by_uid, posted_by_gid, posted_by_pid, agency, commission_bp)
                    SELECT 'old-' || ?1 || '-' || i, '', ?1, 'USD', ?2, 0, '2026-05-22T16:30:00Z', '', '', '', '2026-05-22T16:30:00Z', 0, 0, 0, ?3, 0 FROM n
                    """, arguments: [account, Money.maxMinorUnits, agency])
            }
            try db.execute(sql: """
                INSERT INTO allocation (payment_id, obligation_id, amount_minor)
                SELECT p.id, o.id, p.amount_minor FROM payment p JOIN obligation o ON o.account_id = p.account_id WHERE p.account_id = ?
                """, arguments: [ids[0]])
        }
        try queue.close()
        daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-05-22T17:00:00Z"], directory: directory)
        client = try await daemon.connect()
        let promise = try await client.call(Methods.Collections.listPromises, V1.ListPromisesRequest(account: V1.AccountRef(id: ids[0]))).promises.first
        #expect(promise?.paid?.amountMinor == Money.maxMinorUnits, "what was paid towards it stops at the most acs keeps")
        let placement = try await client.call(Methods.Collections.listPlacements, V1.ListPlacementsRequest(account: V1.AccountRef(id: ids[1]))).placements.first
        #expect(placement?.collected.map(\.amountMinor) == [Money.maxMinorUnits], "what acme collected stops at the most acs keeps")
        let cycle = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        #expect(cycle.summary?.promisesKept == 1, "\(cycle)")
        let other = try await CollectionEngineRPCTests.reminders(client, account: ids[2])
        #expect(other.contains { $0.validation != nil }, "the other account got its notice")
        _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: Records.payment("after", account: "PLACED", minor: 100)))
        #expect(try await client.health().status == .serving)
    }
    @Test("a database holding a REAL in a money column (an older acsd's) is reported at start, never read into a crash")
    func storedOutOfRange() async throws {
        let daemon = try await Self.start()
        let client = try await daemon.connect()
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Records.record("A-1")]))
        _ = try await daemon.stop()
        let queue = try DatabaseQueue(path: daemon.stateDirectory + "/acs.db")
        try await queue.write { db in
            #expect(throws: (any Error).self) { try db.execute(sql: "UPDATE obligation SET amount_minor = 1.8e19") }
            #expect(throws: (any Error).self) { try db.execute(sql: "UPDATE obligation SET amount_minor = 1000000000000001") }
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE obligation SET amount_minor = 1.8e19")
        }
        try queue.close()
        let config = daemon.directory.appendingPathComponent("etc/acsd.yaml").path
        await #expect { _ = try await TestDaemon.start(arguments: ["--config", config], directory: daemon.directory) } throws: {
            "\($0)".contains("money out of range") && "\($0)".contains("obligation.amount_minor rowid")
        }
    }

    @Test("a source_version of 2^63 and strings with NUL or invalid UTF-8 are INVALID_ARGUMENT naming the field; nothing aliases")
    func stringsAndVersions() async throws {
        let daemon = try await Self.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Records.record("A-1")]))
        let version = V1.SyncAccountsRequest(accounts: [Records.record("A-2")]).wireBytes()
            + ProtoPatch.set(["accounts", "source_version"], in: "acs.v1.SyncAccountsRequest", to: .varint(1 << 63))
        await #expect { _ = try await client.callFuture(path: Methods.Accounts.syncAccounts.path, payload: version).get() } throws: {
            ($0 as? ACSError)?.message.hasPrefix("accounts[1].source_version:") == true
        }
        let base = V1.PostPaymentRequest(payment: Records.payment("NULK", account: "A-1", minor: 100)).wireBytes()
        for key: [UInt8] in [Array("NULK\u{0}A".utf8), [0x49, 0x4B, 0xFF]] {
            let payload = base + ProtoPatch.set(["payment", "idempotency_key"], in: "acs.v1.PostPaymentRequest", to: .bytes(key))
            await #expect { _ = try await client.callFuture(path: Methods.Payments.postPayment.path, payload: payload).get() } throws: {
                ($0 as? ACSError)?.code == .invalidArgument && ($0 as? ACSError)?.message.hasPrefix("payment.idempotency_key:") == true
            }
        }
        let first = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: Records.payment("NULK", account: "A-1", minor: 100)))
        #expect(!first.replayed, "no earlier payment was posted under a key that only looked like NULK")
    }

    @Test("a user past max_connections_per_user is refused RESOURCE_EXHAUSTED; a frame that stops arriving is cut off; Status counts both")
    func connectionLimits() async throws {
        let daemon = try await Self.start("max_connections: 8\nmax_connections_per_user: 4\nframe_timeout_seconds: 1\n")
        defer { daemon.kill() }
        let held = try (0..<3).map { _ in try RawConnection(path: daemon.socketPath) }
        let client = try await daemon.connect()
        #expect(try await client.health().status == .serving)
        let refused = try RawConnection(path: daemon.socketPath)
        #expect(try refused.readResponse()?.error?.code == .resourceExhausted)
        #expect(try refused.isClosedByPeer())
        let slow = held[0]
        try slow.send([0, 0])
        #expect(try slow.readResponse()?.error?.message.contains("did not arrive whole") == true)
        #expect(try slow.isClosedByPeer())
        let status = try await client.status()
        #expect(status.refusedConnections == 2)
    }

    @Test("out of file descriptors, acsd backs off instead of spinning, says so in the journal, and serves again once they are back")
    func descriptorsRunOut() async throws {
        let daemon = try await Self.start(launcher: ["prlimit", "--nofile=40:40"])
        defer { daemon.kill() }
        var held = try (0..<60).map { _ in try RawConnection(path: daemon.socketPath) }
        try await Task.sleep(for: .milliseconds(300))
        let before = try Self.cpuTicks(daemon.process.processIdentifier)
        try await Task.sleep(for: .seconds(2))
        let spent = try Self.cpuTicks(daemon.process.processIdentifier) - before
        #expect(spent < 50, "acsd used \(spent) ticks of CPU in 2 s while out of descriptors")
        held.removeAll()
        let client = try await daemon.connect()
        #expect(try await client.status().acceptFailures > 0)
        let entries = try await TestJournal.waitForEntries(matching: ["_PID": String(daemon.process.processIdentifier), "ACS_EVENT": "daemon.accept_failed"])
        #expect(!entries.isEmpty)
    }

    static func cpuTicks(_ pid: Int32) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        let fields = stat[stat.range(of: ")")!.upperBound...].split(separator: " ")
        return Int(fields[11])! + Int(fields[12])!
    }

    @Test("a write whose deadline passed before its transaction began is not written: the same key posts afterwards")
    func deadlines() async throws {
        let daemon = try await Self.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Records.record("A-1")]))
        // Another process holds SQLite's write lock, so the call waits for its transaction past its deadline.
        var unsafe = Configuration()
        unsafe.allowsUnsafeTransactions = true
        let queue = try DatabaseQueue(path: daemon.stateDirectory + "/acs.db", configuration: unsafe)
        try queue.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        let late = V1.PostPaymentRequest(payment: Records.payment("late", account: "A-1", minor: 100))
        let raw = try RawConnection(path: daemon.socketPath)
        try raw.sendRequest(V1.RequestFrame(callId: 1, method: Methods.Payments.postPayment.path, payload: late.wireBytes(), timeoutMs: 100))
        let answer = try raw.readResponse()?.error
        #expect(answer?.code == .deadlineExceeded && answer?.message.contains("same idempotency key") == true, "\(String(describing: answer))")
        try await Task.sleep(for: .milliseconds(300))
        try queue.inDatabase { try $0.execute(sql: "ROLLBACK") }
        try queue.close()
        #expect(try await client.call(Methods.Payments.postPayment, late).replayed == false, "the late call was not written")
    }

    @Test("a missing policy folder is refused at start and on reload; an empty one only with allow_empty_policies")
    func policyFolders() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: [:])
        await #expect { _ = try await TestDaemon.start(arguments: ["--config", config], directory: directory) } throws: {
            "\($0)".contains("holds no policy")
        }
        try "allow_empty_policies: true\npolicies_dir: nowhere\n".write(toFile: config, atomically: true, encoding: .utf8)
        await #expect { _ = try await TestDaemon.start(arguments: ["--config", config], directory: directory) } throws: {
            "\($0)".contains("missing or cannot be read")
        }
        let daemon = try await Self.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let folder = daemon.directory.appendingPathComponent("etc/policies")
        try FileManager.default.moveItem(at: folder, to: daemon.directory.appendingPathComponent("etc/gone"))
        let reload = try await client.call(Methods.Policies.reloadPolicies, V1.ReloadPoliciesRequest())
        #expect(!reload.applied)
        #expect(try await client.call(Methods.Policies.listPolicies, V1.ListPoliciesRequest()).policies.count == 1)
    }

    @Test("started with umask 022, the state folder is 0700, the database 0600 and the socket 0660")
    func permissions() async throws {
        let daemon = try await Self.start(launcher: ["sh", "-c", "umask 022 && exec \"$0\" \"$@\""])
        defer { daemon.kill() }
        let client = try await daemon.connect()
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [Records.record("A-1")]))
        func mode(_ path: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
        }
        #expect(try mode(daemon.stateDirectory) == 0o700)
        for file in try FileManager.default.contentsOfDirectory(atPath: daemon.stateDirectory) where file.hasPrefix("acs.db") {
            #expect(try mode(daemon.stateDirectory + "/" + file) == 0o600, "\(file)")
        }
        #expect(try mode(daemon.socketPath) == 0o660)
    }

    @Test("roles come from the caller's groups at connect time: a supplementary group counts, a dropped one does not")
    func rolesFromPeerGroups() async throws {
        let daemon = try await Self.start("access:\n  operator:\n    groups: [\"4242\"]\n")
        defer { daemon.kill() }
        chmod(daemon.socketPath, 0o666)
        chmod(daemon.directory.path, 0o755)
        func post(_ groups: [String]) async throws -> String {
            let arguments = ["--reuid=65534", "--regid=65534"] + groups + [TestBinaries.url("acsctl").path,
                "payments", "post", "--account", "crm:X", "--amount", "1", "--currency", "USD", "--key", "k", "--socket", daemon.socketPath]
            return try await TestBinaries.runTool("/usr/bin/setpriv", arguments).stderr
        }
        #expect(try await post(["--groups=4242"]).contains("PERMISSION_DENIED") == false)
        #expect(try await post(["--clear-groups"]).contains("PERMISSION_DENIED"))
        #expect(try await post(["--groups=4242"]).contains("PERMISSION_DENIED") == false)
    }

    @Test("CheckPolicy bounds what it reads and answers: a 4 MB text is refused in one error, a text of many unknown keys lists at most 100")
    func checkPolicyBounds() async throws {
        let daemon = try await Self.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let huge = (0..<200_000).map { "k\($0): v" }.joined(separator: "\n")
        let refused = try await client.call(Methods.Policies.checkPolicy, V1.CheckPolicyRequest(text: huge))
        #expect(!refused.valid && refused.errors.count == 1)
        let many = (0..<10_000).map { "k\($0): v" }.joined(separator: "\n")
        let checked = try await client.call(Methods.Policies.checkPolicy, V1.CheckPolicyRequest(text: many))
        #expect(!checked.valid && checked.errors.count == 101)
        #expect(try await client.health().status == .serving)
    }
}
