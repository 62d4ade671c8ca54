import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import GRDB
import Synchronization
import Testing

/// Online backup and restore through a real acsd (issue 20, in part): `acsctl backup` while
/// payments are posted one after another holds every payment acknowledged before it began
/// and then a gap-free run of the ones after, each whole (allocations and balances agree);
/// it passes integrity_check and is journalled; `acsd --restore` brings it back, and refuses
/// a state directory an acsd is running in.
@Suite("Backup and restore")
struct BackupTests {
    @Test("a backup under a stream of payments is one consistent snapshot; restored, acsd serves it")
    func backupUnderLoad() async throws {
        let daemon = try await TestDaemon.start(arguments: ["--simulated-clock", "2026-03-15T12:00:00Z"])
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let accounts = (0..<10).map { ReportsRPCTests.account("B\($0)", segment: "retail", [("I\($0)", 1_000_000, "USD", "2026-01-01", "2026-02-01")]) }
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: accounts))
        // Enough accounts that the copy takes several chunks of the stream (1 MiB each).
        for batch in 0..<6 {
            _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: (0..<1_000).map {
                ReportsRPCTests.account("F\(batch)-\($0)", segment: "retail", [("I", 1_000, "USD", "2026-01-01", "2026-02-01")])
            }))
        }

        // One payment after another, each acknowledged before the next is sent.
        let acknowledged = Atomic<Int>(0)
        let stop = Atomic<Bool>(false)
        let poster = Task {
            var sent = 0
            while !stop.load(ordering: .relaxed) {
                _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
                    idempotencyKey: String(format: "K%06d", sent), account: V1.AccountRef(source: "erp", externalId: "B\(sent % 10)"),
                    amount: V1.Money(amountMinor: 100 + Int64(sent % 7), currency: "USD"))))
                sent += 1
                acknowledged.store(sent, ordering: .relaxed)
            }
        }
        while acknowledged.load(ordering: .relaxed) < 200 { try await Task.sleep(for: .milliseconds(5)) }
        let before = acknowledged.load(ordering: .relaxed)
        let file = daemon.directory.appendingPathComponent("copy.db").path
        let backup = try await TestBinaries.run("acsctl", ["backup", file, "--socket", daemon.socketPath])
        let after = acknowledged.load(ordering: .relaxed)
        stop.store(true, ordering: .relaxed)
        _ = try await poster.value
        #expect(backup.status == 0 && backup.stdout.contains("integrity ok"), "\(backup.stdout)\(backup.stderr)")
        let size = try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int ?? 0
        #expect(size > 2 << 20 && backup.stdout.hasPrefix("\(file): \(size) bytes"), "several chunks, written whole: \(size) bytes")

        var readOnly = Configuration()
        readOnly.readonly = true
        let copy = try DatabaseQueue(path: file, configuration: readOnly)
        let keys = try await copy.read { db in try String.fetchAll(db, sql: "SELECT idempotency_key FROM payment ORDER BY idempotency_key") }
        #expect(keys.count >= before, "every payment acknowledged before the backup began: \(keys.count) of \(before)")
        #expect(keys == (0..<keys.count).map { String(format: "K%06d", $0) }, "a gap-free run: no payment after one that is missing")
        #expect(keys.count <= after + 1, "nothing that was not posted")
        let torn = try await copy.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM payment p WHERE p.amount_minor != p.credit_minor + coalesce((SELECT sum(amount_minor) FROM allocation WHERE payment_id = p.id), 0)
                """) ?? -1
        }
        #expect(torn == 0, "each payment in the copy is whole: its allocations and credit add up")
        #expect(try await copy.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
        try copy.close()
        let entry = try await TestJournal.waitForEntries(matching: ["_PID": String(daemon.process.processIdentifier), "ACS_EVENT": "database.backup"])
        #expect(entry.first?.fields["ACS_PAYMENTS"] == String(keys.count))

        // The copy is never left half-written where acsctl put it, and it refuses to overwrite.
        let again = try await TestBinaries.run("acsctl", ["backup", file, "--socket", daemon.socketPath])
        #expect(again.status != 0 && again.stderr.contains("exists"))

        // Restore: refused while an acsd runs in the directory; into a fresh one, served.
        let busy = try await TestBinaries.run("acsd", ["--state-dir", daemon.stateDirectory, "--restore", file])
        #expect(busy.status != 0 && busy.stderr.contains("in use by another acsd"), "\(busy.stderr)")
        let target = try TestDaemon.makeScratchDirectory()
        let state = target.appendingPathComponent("state").path
        let restored = try await TestBinaries.run("acsd", ["--state-dir", state, "--restore", file])
        #expect(restored.status == 0 && restored.stdout.contains("\(keys.count) payments; integrity ok"), "\(restored.status) \(restored.stdout)\(restored.stderr)")
        let second = try await TestDaemon.start(directory: target)
        defer { second.kill() }
        let secondClient = try await second.connect()
        let listed = try await secondClient.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(account: V1.AccountRef(source: "erp", externalId: "B0"), pageSize: 500))
        #expect(listed.payments.count == keys.filter { Int($0.dropFirst())! % 10 == 0 }.count)
        await secondClient.close()
        await client.close()
    }
}
