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

        @Option(help: "acsd's socket.") var socket: String = ProcessInfo.processInfo.environment["ACS_SOCKET"] ?? "/run/acs/acsd.sock"
        @Option(help: "Total calls.") var requests: Int = 100_000
        @Option(help: "Calls in flight at once (spread over the connections).") var concurrency: Int = 1
        @Option(help: "Client connections.") var connections: Int = 1
        @Option(name: .customLong("payload-bytes"), help: "Bytes echoed by each ping.") var payloadBytes: Int = 32
        @Option(help: "Calls made first and not measured.") var warmup: Int = 1_000
        @Flag(help: "Print the result as JSON.") var json = false

        func validate() throws {
            guard requests > 0, concurrency > 0, connections > 0, payloadBytes >= 0, warmup >= 0 else {
                throw ValidationError("--requests, --concurrency and --connections must be positive")
            }
            guard concurrency >= connections else { throw ValidationError("--concurrency must be at least --connections") }
        }

        func run() async throws {
            let clients = try await connect()
            let payload = PingMessage(data: [UInt8](repeating: 0x5A, count: payloadBytes)).wireBytes()
            _ = try await PingLoad.run(clients: clients, total: min(warmup, requests), concurrency: concurrency, payload: payload)
            let result = try await PingLoad.run(clients: clients, total: requests, concurrency: concurrency, payload: payload)
            for client in clients { await client.close() }
            try BenchReport(name: "ping", concurrency: concurrency, connections: connections, result: result).print(json: json)
            if result.failures > 0 { throw ExitCode.failure }
        }

        private func connect() async throws -> [ACSClient] {
            var clients: [ACSClient] = []
            for _ in 0..<connections {
                do {
                    clients.append(try await ACSClient.connect(socketPath: socket))
                } catch {
                    FileHandle.standardError.write(Data("acs-bench: \(error)\n".utf8))
                    throw ExitCode.failure
                }
            }
            return clients
        }
    }
}
