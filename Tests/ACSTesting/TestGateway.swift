public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real `acs-gateway` process listening on a Unix socket in `directory`, for one test.
public final class TestGateway: Sendable {
    /// The socket it serves HTTP on.
    public let socketPath: String
    /// The process.
    public let process: ChildProcess
    /// Where its stderr goes.
    public let logPath: String

    private init(socketPath: String, process: ChildProcess, logPath: String) {
        self.socketPath = socketPath
        self.process = process
        self.logPath = logPath
    }

    /// Writes `configuration` (YAML, without `listen`) to `directory` and starts acs-gateway on it; waits until it answers.
    public static func start(in directory: URL, configuration: String) async throws -> TestGateway {
        let socketPath = directory.appendingPathComponent("gateway.sock").path
        let configPath = directory.appendingPathComponent("gateway.yaml").path
        try ("listen: \(socketPath)\n" + configuration).write(toFile: configPath, atomically: true, encoding: .utf8)
        let logPath = directory.appendingPathComponent("gateway-\(UUID().uuidString.prefix(8)).log").path
        var environment = ProcessInfo.processInfo.environment
        environment["CREDENTIALS_DIRECTORY"] = directory.path
        let process = try ChildProcess(TestBinaries.url("acs-gateway").path, ["--config", configPath], environment: environment,
                                       standardOutput: .file(logPath), standardError: .file(logPath))
        let gateway = TestGateway(socketPath: socketPath, process: process, logPath: logPath)
        for _ in 0..<600 {
            guard process.isRunning else { throw POSIXError(.ECHILD, userInfo: ["log": gateway.log]) }
            if (try? HTTPExchange.request("GET", "/healthz", unixSocket: socketPath))?.status == 200 { return gateway }
            try await Task.sleep(for: .milliseconds(50))
        }
        gateway.kill()
        throw POSIXError(.ETIMEDOUT, userInfo: ["log": gateway.log])
    }

    /// What acs-gateway wrote.
    public var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// SIGKILL, and the wait for it.
    public func kill() {
        process.signal(SIGKILL)
        process.waitBlocking()
    }
}
