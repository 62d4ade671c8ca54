import ACSClient
import ACSCore
import ArgumentParser
import Foundation

/// Options every benchmark shares.
struct BenchOptions: ParsableArguments {
    @Option(help: "acsd's socket.") var socket: String = ProcessInfo.processInfo.environment["ACS_SOCKET"] ?? "/run/acs/acsd.sock"
    @Option(help: "Client connections.") var connections: Int = 1
    @Flag(help: "Print the result as JSON.") var json = false

    func validate() throws {
        guard connections > 0 else { throw ValidationError("--connections must be positive") }
    }

    /// Opens the connections, or exits with a message.
    func connect() async throws -> [ACSClient] {
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

    /// A tag unique to this run, so that keys and accounts never collide with an earlier run's.
    static let runTag = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
}
