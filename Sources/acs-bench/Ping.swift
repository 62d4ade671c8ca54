import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation
import Histogram
import NIOCore

extension ACSBench {
    /// `acs-bench ping`: System.Ping round trips with C calls in flight.
    struct Ping: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Round trips of System.Ping: calls/s and latency percentiles.")

        @OptionGroup var options: BenchOptions
        @Option(help: "Total calls.") var requests: Int = 100_000
        @Option(help: "Calls in flight at once (spread over the connections).") var concurrency: Int = 1
        @Option(name: .customLong("payload-bytes"), help: "Bytes echoed by each ping.") var payloadBytes: Int = 32
        @Option(help: "Calls made first and not measured.") var warmup: Int = 1_000

        func validate() throws {
            guard requests > 0, concurrency > 0, payloadBytes >= 0, warmup >= 0 else {
                throw ValidationError("--requests and --concurrency must be positive")
            }
            guard concurrency >= options.connections else { throw ValidationError("--concurrency must be at least --connections") }
        }

        func run() async throws {
            let clients = try await options.connect()
            let payload = V1.PingRequest(data: [UInt8](repeating: 0x5A, count: payloadBytes)).wireBytes()
            let path = Methods.System.ping.path
            _ = try await CallLoad.run(clients: clients, total: min(warmup, requests), concurrency: concurrency, path: path) { _ in payload }
            let result = try await CallLoad.run(clients: clients, total: requests, concurrency: concurrency, path: path) { _ in payload }
            for client in clients { await client.close() }
            try BenchReport(name: "ping", concurrency: concurrency, connections: options.connections, result: result).print(json: options.json)
            if result.failures > 0 { throw ExitCode.failure }
        }
    }
}
