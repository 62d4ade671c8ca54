import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

/// `acsctl`: the command line over ACSClient.
@main
struct ACSCtl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acsctl",
        abstract: "Control and query acsd, the acs collection daemon.",
        discussion: """
            Exit status: 0 on success; 1 when acsd answers with an error or cannot be \
            reached (the message names the status code); 64 for a usage error.
            """,
        version: "0.1.0",
        subcommands: [Status.self, Metrics.self, Health.self, Version.self, Clock.self, Accounts.self, Payments.self, Policy.self, Cycle.self,
                      Reminders.self, Deliver.self, Tasks.self, Escalations.self, Promises.self, Plans.self, Settlements.self, Disputes.self, Report.self, Audit.self, Backup.self])
}

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    @Option(help: "acsd's socket (env ACS_SOCKET).")
    var socket: String = ProcessInfo.processInfo.environment["ACS_SOCKET"] ?? "/run/acs/acsd.sock"

    @Flag(help: "Print machine-readable JSON.")
    var json = false

    @Option(help: "Deadline of each call, in seconds.")
    var timeout: Double = 30

    /// Connects, runs `body`, and turns failures into a one-line message and exit 1.
    func withClient<T: Sendable>(_ body: (ACSClient) async throws(ACSError) -> T) async throws -> T {
        let client: ACSClient
        do {
            client = try await ACSClient.connect(socketPath: socket)
        } catch {
            Terminal.error(error)
            throw ExitCode.failure
        }
        do {
            let result = try await body(client)
            await client.close()
            return result
        } catch {
            await client.close()
            Terminal.error(error)
            throw ExitCode.failure
        }
    }

    /// Calls `method` with `request` under the per-call deadline, as `withClient` does.
    func call<Request, Response: Sendable>(_ method: RPCMethod<Request, Response>, _ request: Request) async throws -> Response {
        try await callEach(method, [request])[0]
    }

    /// Calls `method` once per request, in order, on one connection.
    func callEach<Request, Response: Sendable>(_ method: RPCMethod<Request, Response>, _ requests: [Request]) async throws -> [Response] {
        try await withClient { client throws(ACSError) in
            var responses: [Response] = []
            for request in requests { responses.append(try await client.call(method, request, timeout: deadline)) }
            return responses
        }
    }

    /// The per-call deadline.
    var deadline: Duration { .milliseconds(Int64(timeout * 1000)) }
}
