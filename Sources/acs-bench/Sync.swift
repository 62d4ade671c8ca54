import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

extension ACSBench {
    /// `acs-bench sync --accounts N`: SyncAccounts throughput and the daemon's peak memory.
    struct Sync: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "SyncAccounts throughput (accounts/s, one obligation each) and acsd's peak resident memory.")

        @OptionGroup var options: BenchOptions
        @Option(help: "Accounts to create.") var accounts: Int = 1_000_000
        @Option(help: "Accounts per SyncAccounts call.") var batch: Int = 1_000
        @Option(help: "Calls in flight at once.") var concurrency: Int = 4

        func validate() throws {
            guard accounts > 0, (1...10_000).contains(batch), concurrency >= options.connections else {
                throw ValidationError("--accounts positive, --batch 1…10000, --concurrency at least --connections")
            }
        }

        func run() async throws {
            let clients = try await options.connect()
            let source = "bench-\(BenchOptions.runTag)"
            let (accounts, batch) = (self.accounts, self.batch)
            let calls = (accounts + batch - 1) / batch
            var result = try await CallLoad.run(clients: clients, total: calls, concurrency: concurrency, path: Methods.Accounts.syncAccounts.path) { index in
                SyncPayloads.batch(source: source, range: index * batch..<min(accounts, index * batch + batch)).wireBytes()
            }
            let status = try await clients[0].status()
            for client in clients { await client.close() }
            result.calls = accounts  // throughput in accounts, not calls
            var report = BenchReport(name: "sync", unit: "accounts", concurrency: concurrency, connections: options.connections, result: result)
            report.daemonPeakResidentMiB = Self.peakResidentMiB(pid: status.pid)
            try report.print(json: options.json)
            if result.failures > 0 { throw ExitCode.failure }
        }

        /// VmHWM (peak resident memory) of a local process, in MiB.
        static func peakResidentMiB(pid: UInt32) -> Int? { memoryMiB("VmHWM", pid: pid) }

        /// A memory line (`VmHWM`, `VmRSS`) of /proc/PID/status, in MiB.
        static func memoryMiB(_ field: String, pid: UInt32) -> Int? {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                  let line = text.split(separator: "\n").first(where: { $0.hasPrefix("\(field):") }),
                  let kib = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
            return kib / 1024
        }
    }
}
