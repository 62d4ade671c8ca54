import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

extension ACSBench {
    /// `acs-bench post`: durable PostPayment calls with C in flight.
    struct Post: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "PostPayment throughput and latency (each payment durable before it is answered).",
            discussion: "Syncs --accounts accounts of its own first (one large invoice each), then posts --requests payments of 0.01 USD spread over them.")

        @OptionGroup var options: BenchOptions
        @Option(help: "Payments to post.") var requests: Int = 200_000
        @Option(help: "Payments in flight at once (spread over the connections).") var concurrency: Int = 64
        @Option(help: "Accounts to spread the payments over.") var accounts: Int = 10_000

        func validate() throws {
            guard requests > 0, concurrency >= options.connections, accounts > 0 else {
                throw ValidationError("--requests and --accounts must be positive, --concurrency at least --connections")
            }
        }

        func run() async throws {
            let clients = try await options.connect()
            let source = "bench-\(BenchOptions.runTag)"
            let accounts = self.accounts
            let setup = try await CallLoad.run(
                clients: clients, total: (accounts + 999) / 1000, concurrency: options.connections,
                path: Methods.Accounts.syncAccounts.path) { batch in
                SyncPayloads.batch(source: source, range: batch * 1000..<min(accounts, batch * 1000 + 1000), invoiceMinor: 1_000_000_000).wireBytes()
            }
            guard setup.failures == 0 else { throw BenchFailure.setup(setup.firstError ?? "sync failed") }
            let result = try await CallLoad.run(clients: clients, total: requests, concurrency: concurrency, path: Methods.Payments.postPayment.path) { index in
                V1.PostPaymentRequest(payment: V1.NewPayment(
                    idempotencyKey: "\(source)-\(index)", account: V1.AccountRef(source: source, externalId: "B-\(index % accounts)"),
                    amount: V1.Money(amountMinor: 1, currency: "USD"))).wireBytes()
            }
            for client in clients { await client.close() }
            try BenchReport(name: "post", unit: "payments", concurrency: concurrency, connections: options.connections, result: result).print(json: options.json)
            if result.failures > 0 { throw ExitCode.failure }
        }
    }
}

/// Synthetic accounts for the benchmarks.
enum SyncPayloads {
    /// Accounts `<prefix>-<n>` for `range`, one USD invoice each, due on `dueOn`; with a
    /// postal address when `addressed` (the cycle's, so that the validation letter goes out).
    static func batch(source: String, range: Range<Int>, invoiceMinor: Int64 = 10_000, prefix: String = "B",
                      dueOn: String = "2026-01-31", addressed: Bool = false) -> V1.SyncAccountsRequest {
        V1.SyncAccountsRequest(accounts: range.map { n in
            V1.AccountRecord(
                source: source, externalId: "\(prefix)-\(n)", sourceVersion: 1, name: "Bench Debtor \(n)", emails: ["debtor\(n)@example.com"],
                address: addressed ? V1.PostalAddress(lines: ["\(n) Main St"], locality: "Albany", region: "NY", postalCode: "12207", country: "US") : nil,
                timeZone: "America/New_York", locale: "en_US", segment: "bench",
                obligations: [V1.ObligationRecord(
                    externalId: "INV-\(n)", kind: .invoice, amount: V1.Money(amountMinor: invoiceMinor, currency: "USD"),
                    openAmount: V1.Money(amountMinor: invoiceMinor, currency: "USD"), issuedOn: "2025-12-01", dueOn: dueOn)])
        })
    }
}

/// A benchmark whose preparation failed.
enum BenchFailure: Error, CustomStringConvertible {
    case setup(String)
    var description: String {
        switch self {
        case .setup(let reason): "acs-bench: setting up failed: \(reason)"
        }
    }
}
