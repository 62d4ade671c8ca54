import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation
import Histogram

extension ACSBench {
    /// `acs-bench soak --minutes N --rate R`: every call type at a steady rate, reported each minute.
    struct Soak: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A steady mix of every call type for a number of minutes: throughput, p99 latency and acsd's memory each minute.",
            discussion: """
                Each second: payments posted (60 %), accounts read (15 %), new accounts synced (10 %), the outbox listed (5 %), \
                reminders claimed and completed (5 %) and Status (5 %); an engine cycle every 10 seconds. Memory should not grow \
                from one minute to the next once the working set is warm.
                """)

        @OptionGroup var options: BenchOptions
        @Option(help: "How long, in minutes.") var minutes: Int = 30
        @Option(help: "Calls per second.") var rate: Int = 500

        func validate() throws {
            guard minutes > 0, (1...100_000).contains(rate) else { throw ValidationError("--minutes positive, --rate 1...100000") }
        }

        func run() async throws {
            let clients = try await options.connect()
            let source = "soak-\(BenchOptions.runTag)"
            let setup = try await clients[0].call(Methods.Accounts.syncAccounts, SyncPayloads.batch(source: source, range: 0..<1_000), timeout: .seconds(120))
            guard setup.rejectedCount == 0 else { throw BenchFailure.setup("the setup accounts were rejected") }
            let pid = try await clients[0].status().pid
            var counter = 0
            FileHandle.standardOutput.write(Data((options.json ? "[\n" : "minute  calls/s  p99 ms  failures  acsd RSS MiB\n").utf8))
            for minute in 1...minutes {
                var latencies = Histogram<UInt64>(highestTrackableValue: 60_000_000_000)
                var calls = 0, failures = 0
                let end = ContinuousClock.now + .seconds(60)
                var second = 0
                while ContinuousClock.now < end {
                    let tick = ContinuousClock.now
                    let (first, thisSecond, rate) = (counter, second, rate)
                    let results = await withTaskGroup(of: (UInt64, Bool).self) { group in
                        for index in 0..<rate {
                            let client = clients[(first + index) % clients.count]
                            group.addTask { await Self.call(first + index, second: thisSecond, client: client, source: source) }
                        }
                        return await group.reduce(into: [(UInt64, Bool)]()) { $0.append($1) }
                    }
                    counter += rate
                    second += 1
                    for (nanoseconds, ok) in results {
                        _ = latencies.record(nanoseconds)
                        calls += 1
                        if !ok { failures += 1 }
                    }
                    let left = .seconds(1) - (ContinuousClock.now - tick)
                    if left > .zero { try await Task.sleep(for: left) }
                }
                let p99 = Double(latencies.valueAtPercentile(99)) / 1_000_000
                let rss = Sync.memoryMiB("VmRSS", pid: pid)
                let line = options.json
                    ? "  {\"minute\": \(minute), \"calls_per_second\": \(calls / 60), \"p99_ms\": \(String(format: "%.2f", p99)), \"failures\": \(failures), \"acsd_rss_mib\": \(rss ?? -1)}\(minute < minutes ? "," : "")"
                    : "\(String(minute).padding(toLength: 8, withPad: " ", startingAt: 0))\(String(calls / 60).padding(toLength: 9, withPad: " ", startingAt: 0))\(String(format: "%-8.2f", p99))\(String(failures).padding(toLength: 10, withPad: " ", startingAt: 0))\(rss.map(String.init) ?? "?")"
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
            if options.json { print("]") }
            for client in clients { await client.close() }
        }

        /// One call of the mix; answers its latency and whether it succeeded.
        static func call(_ n: Int, second: Int, client: ACSClient, source: String) async -> (UInt64, Bool) {
            let start = ContinuousClock.now
            let ok: Bool
            do throws(ACSError) {
                switch n % 20 {
                case 0..<12:
                    _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
                        idempotencyKey: "\(source)-p\(n)", account: V1.AccountRef(source: source, externalId: "B-\(n % 1_000)"),
                        amount: V1.Money(amountMinor: 1, currency: "USD"))))
                case 12..<15:
                    _ = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(source: source, externalId: "B-\(n % 1_000)")))
                case 15, 16:
                    _ = try await client.call(Methods.Accounts.syncAccounts, SyncPayloads.batch(source: source, range: (1_000 + n)..<(1_001 + n)))
                case 17:
                    _ = try await client.call(Methods.Reminders.listDueReminders, V1.ListDueRemindersRequest(pageSize: 20))
                case 18:
                    if n % 200 == 18 && second % 10 == 0 { _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest()) }
                    for reminder in try await client.call(Methods.Reminders.claimReminders, V1.ClaimRemindersRequest(channel: .email, maxCount: 5, claimer: "soak")).reminders {
                        _ = try await client.call(Methods.Reminders.completeReminder, V1.CompleteReminderRequest(id: reminder.id, leaseToken: reminder.leaseToken, outcome: .delivered))
                    }
                default:
                    _ = try await client.status()
                }
                ok = true
            } catch {
                ok = false
            }
            return (UInt64((ContinuousClock.now - start) / .nanoseconds(1)), ok)
        }

    }
}
