import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

extension ACSBench {
    /// `acs-bench cycle --portfolio N --due M`: one engine cycle over M due accounts in a portfolio of N.
    struct Cycle: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Engine cycle cost: due accounts evaluated per second, in a portfolio where most accounts are not due.",
            discussion: """
                Needs an acsd with a default policy (e.g. the shipped systemd/policies). Syncs N−M \
                accounts due in 60 days and runs a cycle that evaluates them all once (reported as the setup), then \
                syncs M accounts 2 days past due and times the cycle that evaluates only those (acsd's own duration). \
                The accounts live in America/New_York: on the real clock, a run in their quiet hours defers every \
                reminder (which costs more: two audit entries each) and one in their day schedules it. --at pins \
                the time on an acsd started with --simulated-clock, so that runs compare.
                """)

        @OptionGroup var options: BenchOptions
        @Option(help: "Accounts in the portfolio.") var portfolio: Int = 1_000_000
        @Option(help: "Of which due for evaluation in the timed cycle.") var due: Int = 10_000
        @Option(help: "Set acsd's simulated clock to this RFC 3339 time first (acsd --simulated-clock).") var at: String?

        func validate() throws {
            guard due > 0, portfolio >= due else { throw ValidationError("--due must be positive and at most --portfolio") }
            if let at, ACSClock.parse(at) == nil { throw ValidationError("--at must be an RFC 3339 time, e.g. 2026-06-01T15:00:00Z") }
        }

        func run() async throws {
            let clients = try await options.connect()
            let source = "bench-\(BenchOptions.runTag)"
            var today = Date()
            if let time = at.flatMap(ACSClock.parse) {
                do {
                    _ = try await clients[0].setClock(to: time)
                } catch {
                    throw BenchFailure.setup("--at needs an acsd started with --simulated-clock: \(error)")
                }
                today = time
            }
            try await sync(clients, source: source, prefix: "F", count: portfolio - due, dueOn: day(today, plus: 60))
            var setup = V1.CycleSummary()
            if portfolio > due { setup = try await cycle(clients[0]) }
            try await sync(clients, source: source, prefix: "D", count: due, dueOn: day(today, plus: -2))
            let timed = try await cycle(clients[0])
            let status = try await clients[0].status()
            for client in clients { await client.close() }
            let report = CycleReport(
                portfolio: portfolio, due: due, setupEvaluated: setup.accountsEvaluated, setupMilliseconds: setup.durationMs,
                evaluated: timed.accountsEvaluated, milliseconds: timed.durationMs,
                accountsPerSecond: timed.durationMs == 0 ? 0 : Int(timed.accountsEvaluated * 1000 / timed.durationMs),
                remindersScheduled: timed.remindersScheduled, remindersDeferred: timed.remindersDeferred,
                daemonPeakResidentMiB: Sync.peakResidentMiB(pid: status.pid))
            try report.print(json: options.json)
            if timed.accountsEvaluated != UInt64(due) { throw ExitCode.failure }
        }

        private func sync(_ clients: [ACSClient], source: String, prefix: String, count: Int, dueOn: String) async throws {
            guard count > 0 else { return }
            let result = try await CallLoad.run(clients: clients, total: (count + 999) / 1000, concurrency: clients.count * 2,
                                                path: Methods.Accounts.syncAccounts.path) { batch in
                SyncPayloads.batch(source: source, range: batch * 1000..<min(count, batch * 1000 + 1000), prefix: prefix, dueOn: dueOn, addressed: true).wireBytes()
            }
            guard result.failures == 0 else { throw BenchFailure.setup(result.firstError ?? "sync failed") }
        }

        private func cycle(_ client: ACSClient) async throws -> V1.CycleSummary {
            try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest(), timeout: .seconds(3600)).summary ?? V1.CycleSummary()
        }

        private func day(_ date: Date, plus days: Int) -> String {
            LocalDate(date, in: TimeZones.utc).adding(days: days).description
        }
    }
}

/// What `acs-bench cycle` measured.
struct CycleReport: Codable {
    var portfolio: Int
    var due: Int
    var setupEvaluated: UInt64
    var setupMilliseconds: UInt64
    var evaluated: UInt64
    var milliseconds: UInt64
    var accountsPerSecond: Int
    var remindersScheduled: UInt64
    /// Of which deferred by the gate (outside the debtor's hours, say).
    var remindersDeferred: UInt64
    var daemonPeakResidentMiB: Int?

    func print(json: Bool) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            Swift.print(String(decoding: try encoder.encode(self), as: UTF8.self))
            return
        }
        Swift.print("""
            cycle: portfolio \(portfolio) accounts, \(due) due
              setup cycle (every account once): \(setupEvaluated) evaluated in \(setupMilliseconds) ms
              timed cycle: \(evaluated) evaluated in \(milliseconds) ms = \(accountsPerSecond) accounts/s, \(remindersScheduled) reminders scheduled (\(remindersDeferred) deferred)
              acsd peak resident memory: \(daemonPeakResidentMiB.map { "\($0) MiB" } ?? "unknown")
            """)
    }
}
