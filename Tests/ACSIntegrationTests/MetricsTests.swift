import ACSClient
import ACSCore
@testable import ACSDaemon
import ACSServer
import ACSTesting
import ACSWire
import Foundation
import NIOCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// acsd's metrics (issue 20): counted on a real acsd, read through `acsctl metrics` and through
/// the HTTP listener on a Unix socket and on a loopback port, in the Prometheus text format.
@Suite("Metrics")
struct MetricsTests {
    @Test("calls by method and status, payments, reversals, a cycle, reminders, connections, the database and memory are counted")
    func counted() async throws {
        TestJournal.ensureRunning()
        let directory = try TestDaemon.makeScratchDirectory()
        let listen = directory.appendingPathComponent("metrics.sock").path
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": CollectionEngineRPCTests.policy],
                                            configuration: "metrics_listen: \(listen)\n")
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-02T13:00:00Z"], directory: directory)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("NY", zone: "America/New_York")])).results[0].accountId
        for _ in 0..<5 { _ = try await client.ping() }
        await #expect(throws: ACSError.self) { try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: "999"))) }
        func post(_ key: String) async throws -> V1.PostPaymentResponse {
            try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
                idempotencyKey: key, account: V1.AccountRef(id: id), amount: V1.Money(amountMinor: 100, currency: "USD"))))
        }
        let first = try await post("M1")
        _ = try await post("M2")
        _ = try await post("M1")
        _ = try await client.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(paymentId: try #require(first.payment).id, reason: .returned, note: "R01"))
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())

        let ctl = try await TestBinaries.run("acsctl", ["metrics", "--socket", daemon.socketPath])
        #expect(ctl.status == 0, "\(ctl.stderr)")
        let text = ctl.stdout
        let scraped = Prometheus(text)
        #expect(scraped["acs_rpc_calls_total", ["method": "/acs.v1.System/Ping", "code": "OK"]] == 5)
        #expect(scraped["acs_rpc_calls_total", ["method": "/acs.v1.Accounts/GetAccount", "code": "NOT_FOUND"]] == 1)
        #expect(scraped["acs_rpc_call_duration_seconds_count", ["method": "/acs.v1.System/Ping"]] == 5)
        #expect(scraped["acs_rpc_call_duration_seconds_bucket", ["method": "/acs.v1.System/Ping", "le": "+Inf"]] == 5)
        #expect(scraped["acs_payments_posted_total"] == 2)
        #expect(scraped["acs_payments_replayed_total"] == 1)
        #expect(scraped["acs_payments_reversed_total", ["reason": "returned"]] == 1)
        #expect(scraped["acs_cycle_duration_seconds_count"] == 1)
        #expect(scraped["acs_cycle_accounts_evaluated_total"] == 1)
        #expect(scraped["acs_reminders", ["channel": "email", "status": "scheduled"]] == 1)
        #expect(scraped["acs_reminders", ["channel": "sms", "status": "scheduled"]] == 1)
        #expect(scraped["acs_connections"] ?? 0 >= 2, "this test's client and acsctl's")
        #expect(scraped["acs_database_size_bytes"] ?? 0 > 0)
        #expect(scraped["acs_database_wal_size_bytes"] != nil)
        #expect(scraped["acs_process_resident_memory_bytes"] ?? 0 > 1_000_000)
        #expect(scraped["acs_audit_writes_total"] ?? 0 > 0 && scraped["acs_audit_write_failures_total"] == 0)
        for name in MetricName.allCases {
            #expect(text.contains("# HELP \(name.rawValue) \(name.help)"), "\(name.rawValue) is exported with its help")
        }
        #expect(text.contains("# TYPE acs_rpc_calls_total counter") && text.contains("# TYPE acs_rpc_call_duration_seconds histogram"))

        // The listener answers the same counters (the scrape itself is not a call).
        let http = try HTTPExchange.request("GET", "/metrics", unixSocket: listen)
        #expect(http.status == 200 && http.headers["content-type"]?.hasPrefix("text/plain; version=0.0.4") == true, "\(http.headers)")
        #expect(Prometheus(http.body)["acs_rpc_calls_total", ["method": "/acs.v1.System/Ping", "code": "OK"]] == 5)
        #expect(Prometheus(http.body)["acs_rpc_calls_total", ["method": "/acs.v1.System/Metrics", "code": "OK"]] == 1, "acsctl metrics is a call")
        #expect(try HTTPExchange.request("GET", "/other", unixSocket: listen).status == 404)
        #expect(try HTTPExchange.request("POST", "/metrics", unixSocket: listen).status == 405)
    }

    @Test("held connections cannot use the listener up: past 16 one is closed unanswered at once, calls go on, and it serves again when they go")
    func heldConnections() async throws {
        // A timeout far beyond the test's length: no held connection is closed by acsd before the 17th is accepted,
        // however slowly a loaded machine accepts them (the idle close is the next test's).
        let (daemon, listen) = try await Self.listening(timeoutSeconds: 300)
        defer { daemon.kill() }
        var held = try (0..<MetricsListener.maxConnections).map { _ in try RawConnection(path: listen) }
        let client = try await daemon.connect()
        _ = try await client.ping()
        // The 17th asks at once; had it been admitted it would be answered (200).
        let extra = try RawConnection(path: listen)
        try? extra.send(Array("GET /metrics HTTP/1.1\r\nHost: acsd\r\n\r\n".utf8))
        #expect(try extra.isClosedByPeer(), "the 17th connection is closed unanswered as soon as it is accepted")
        #expect(throws: (any Error).self) { try HTTPExchange.request("GET", "/metrics", unixSocket: listen) }
        _ = try await client.ping()
        held.removeAll()
        // acsd counts one gone when its close completes, just after the client's close.
        try await waitUntil { (try? HTTPExchange.request("GET", "/metrics", unixSocket: listen))?.status == 200 }
    }

    @Test("a connection not answered within metrics_timeout_seconds is closed: one that sends nothing, one that stops mid-request")
    func idleConnections() async throws {
        let (daemon, listen) = try await Self.listening(timeoutSeconds: 1)
        defer { daemon.kill() }
        let silent = try RawConnection(path: listen)
        let partial = try RawConnection(path: listen)
        try partial.send(Array("GET /metrics HTTP/1.1\r\nHost: ac".utf8))
        #expect(try silent.isClosedByPeer(), "a connection that sends nothing is closed")
        #expect(try partial.isClosedByPeer(), "a connection whose request stops arriving is closed")
    }

    /// An acsd serving metrics on a Unix socket with the given request timeout.
    private static func listening(timeoutSeconds: Int) async throws -> (TestDaemon, String) {
        let directory = try TestDaemon.makeScratchDirectory()
        let listen = directory.appendingPathComponent("metrics.sock").path
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": CollectionEngineRPCTests.policy],
                                            configuration: "metrics_listen: \(listen)\nmetrics_timeout_seconds: \(timeoutSeconds)\n")
        return (try await TestDaemon.start(arguments: ["--config", config], directory: directory), listen)
    }

    @Test("a method path acs.v1 does not have is counted as \"unknown\": a client cannot make series up")
    func unknownMethods() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        for index in 0..<3 {
            await #expect(throws: ACSError.self) { _ = try await client.callFuture(path: "/acs.v1.Nope/Made\(index)", payload: []).get() }
        }
        let text = try await client.metrics()
        #expect(Prometheus(text)["acs_rpc_calls_total", ["method": RPCRouter.methodNames[RPCRouter.unknownMethodID], "code": "UNIMPLEMENTED"]] == 3)
        #expect(!text.contains("Nope"))
    }

    @Test("the listener serves a loopback TCP port, and a port in use stops acsd's start with a message")
    func loopbackPort() async throws {
        let port = try Self.freePort()
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": CollectionEngineRPCTests.policy],
                                            configuration: "metrics_listen: \"127.0.0.1:\(port)\"\n")
        let daemon = try await TestDaemon.start(arguments: ["--config", config], directory: directory)
        defer { daemon.kill() }
        _ = try await daemon.connect().ping()
        let http = try HTTPExchange.request("GET", "/metrics", port: port)
        #expect(http.status == 200 && Prometheus(http.body)["acs_rpc_calls_total", ["method": "/acs.v1.System/Ping", "code": "OK"]] == 1)

        // A second acsd on the same port refuses to start and says why.
        let second = try TestDaemon.makeScratchDirectory()
        let secondConfig = try TestPolicies.write(in: second, policies: ["test.yaml": CollectionEngineRPCTests.policy],
                                                  configuration: "metrics_listen: \"127.0.0.1:\(port)\"\n")
        let refused = try await TestBinaries.run("acsd", ["--socket", second.appendingPathComponent("acsd.sock").path,
                                                          "--state-dir", second.appendingPathComponent("state").path, "--config", secondConfig])
        #expect(refused.status != 0 && refused.stderr.contains("cannot serve metrics on 127.0.0.1:\(port)"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: second.appendingPathComponent("acsd.sock").path), "its RPC socket is gone too")
    }

    @Test("latency bounds and sums are exact decimal seconds; tallies of several loops add up")
    func tallies() throws {
        #expect(CallTally.Counts.seconds(100_000) == "0.0001" && CallTally.Counts.seconds(2_500_000_000) == "2.5")
        #expect(CallTally.Counts.seconds(1_000_000_000) == "1.0" && CallTally.Counts.seconds(123) == "0.000000123")
        var first = CallTally.Counts(), second = CallTally.Counts()
        let ping = try #require(RPCRouter.methodNames.firstIndex(of: "/acs.v1.System/Ping"))
        first.record(method: ping, code: .ok, nanoseconds: 90_000)
        second.record(method: ping, code: .ok, nanoseconds: 20_000_000_000)
        second.record(method: RPCRouter.unknownMethodID, code: .unimplemented, nanoseconds: 1)
        first.merge(second)
        let scraped = Prometheus(first.exposition())
        #expect(scraped["acs_rpc_calls_total", ["method": "/acs.v1.System/Ping", "code": "OK"]] == 2)
        #expect(scraped["acs_rpc_call_duration_seconds_bucket", ["method": "/acs.v1.System/Ping", "le": "0.0001"]] == 1)
        #expect(scraped["acs_rpc_call_duration_seconds_bucket", ["method": "/acs.v1.System/Ping", "le": "10.0"]] == 1)
        #expect(scraped["acs_rpc_call_duration_seconds_bucket", ["method": "/acs.v1.System/Ping", "le": "+Inf"]] == 2)
        #expect(scraped["acs_rpc_call_duration_seconds_sum", ["method": "/acs.v1.System/Ping"]] == 20.00009)
        #expect(scraped["acs_rpc_calls_total", ["method": "unknown", "code": "UNIMPLEMENTED"]] == 1)
    }

    @Test("docs/OPERATIONS.md names every metric acsd exports")
    func documented() throws {
        let operations = try String(contentsOf: TestPolicies.repository.appendingPathComponent("docs/OPERATIONS.md"), encoding: .utf8)
        for name in MetricName.allCases { #expect(operations.contains("`\(name.rawValue)"), "\(name.rawValue)") }
    }

    /// A port nobody listens on now.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                guard bind(fd, raw, length) == 0, getsockname(fd, raw, &length) == 0 else { throw POSIXError(.EADDRINUSE) }
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Samples of a Prometheus text exposition, by name and labels.
struct Prometheus {
    private var samples: [String: Double] = [:]

    init(_ text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { continue }
            let series = line[..<space]
            guard let brace = series.firstIndex(of: "{") else {
                samples[String(series)] = value
                continue
            }
            let labels = series[series.index(after: brace)..<series.index(before: series.endIndex)]
                .split(separator: ",").map(String.init).sorted().joined(separator: ",")
            samples[String(series[..<brace]) + "{" + labels + "}"] = value
        }
    }

    /// The sample of `name` with exactly `labels`, if exported.
    subscript(name: String, labels: [String: String] = [:]) -> Double? {
        if labels.isEmpty { return samples[name] }
        return samples[name + "{" + labels.map { "\($0.key)=\"\($0.value)\"" }.sorted().joined(separator: ",") + "}"]
    }
}
