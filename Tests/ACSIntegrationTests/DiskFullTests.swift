import ACSClient
import ACSCore
import ACSTesting
import ACSWire
import Foundation
import Testing

/// The disk holding the state directory fills up: a real, small tmpfs.
@Suite("Disk full")
struct DiskFullTests {
    @Test("writes fail with RESOURCE_EXHAUSTED, reads go on, nothing acknowledged is lost, writes work again once space returns")
    func diskFull() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let small = directory.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        let mount = try await TestBinaries.runTool("/bin/mount", ["-t", "tmpfs", "-o", "size=8m", "tmpfs", small.path])
        try #require(mount.status == 0, "cannot mount a tmpfs (root and CAP_SYS_ADMIN are needed): \(mount.stderr)")
        defer { _ = try? TestBinaries.runBlockingTool("/bin/umount", ["-l", small.path]) }
        let daemon = try await TestDaemon.start(arguments: ["--state-dir", small.appendingPathComponent("state").path], directory: directory)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [PaymentsRPCTests.record("FULL", obligations: [("INV-1", 100_000_000, "2026-01-31")])]))
        var acknowledged: [String] = []
        func post(_ key: String) async throws(ACSError) {
            _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment(key, account: "FULL", minor: 1)))
            acknowledged.append(key)
        }
        try await post("before-1")

        // Fill the disk.
        let filler = small.appendingPathComponent("filler")
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        let chunk = Data(repeating: 0xAB, count: 64 * 1024)
        while (try? handle.write(contentsOf: chunk)) != nil {}
        try? handle.close()

        var refusal: ACSError?
        for index in 0..<2_000 where refusal == nil {
            do { try await post("full-\(index)") } catch { refusal = error }
        }
        #expect(refusal?.code == .resourceExhausted, "\(String(describing: refusal))")
        #expect(refusal?.message.contains("full") == true)
        let account = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(source: "billing", externalId: "FULL")))
        #expect(account.account != nil, "reads go on while the disk is full")

        try FileManager.default.removeItem(at: filler)
        try await post("after-1")
        let stored = try await client.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(
            account: V1.AccountRef(source: "billing", externalId: "FULL"), pageSize: 500)).payments.map(\.idempotencyKey)
        #expect(Set(stored) == Set(acknowledged) && stored.count == acknowledged.count, "every acknowledged payment, exactly once")
    }
}
