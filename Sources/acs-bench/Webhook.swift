import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension ACSBench {
    /// `acs-bench webhook`: a signed Stripe webhook to a durable, acknowledged payment, one at a time.
    struct Webhook: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Latency of a signed Stripe checkout.session.completed through acs-gateway to a durable payment, one at a time.",
            discussion: """
                Syncs --accounts accounts through acsd (--socket) and reads their pay tokens, then sends --requests signed webhooks to \
                acs-gateway's socket over one keep-alive connection, each answered 200 only once acsd has the payment. Also times \
                GET /healthz on that connection: the HTTP round trip without acsd.
                """)

        @OptionGroup var options: BenchOptions
        @Option(help: "acs-gateway's HTTP socket.") var gateway: String
        @Option(help: "The file holding the Stripe endpoint secret acs-gateway checks.") var secretFile: String
        @Option(help: "Webhooks to send.") var requests: Int = 2_000
        @Option(help: "Accounts to spread them over.") var accounts: Int = 100

        func run() async throws {
            let source = "hook-\(BenchOptions.runTag)"
            let client = try await options.connect()[0]
            _ = try await client.call(Methods.Accounts.syncAccounts, SyncPayloads.batch(source: source, range: 0..<accounts, invoiceMinor: 1_000_000_000))
            var tokens: [String] = []
            for n in 0..<accounts {
                tokens.append(try await client.call(Methods.Accounts.getPayToken, V1.GetPayTokenRequest(
                    account: V1.AccountRef(source: source, externalId: "B-\(n)"))).token)
            }
            await client.close()
            let secret = try String(contentsOfFile: secretFile, encoding: .utf8).split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
            let connection = try HTTPConnection(socketPath: gateway)
            var hooks: [UInt64] = [], trips: [UInt64] = []
            for index in 0..<requests {
                let body = Self.event(token: tokens[index % accounts], intent: "pi_\(source)_\(index)")
                let stamp = Int(Date().timeIntervalSince1970)
                let mac = HMAC<SHA256>.authenticationCode(for: Array("\(stamp).".utf8) + body, using: SymmetricKey(data: Array(secret.utf8)))
                let signature = "t=\(stamp),v1=" + mac.map { String(format: "%02x", $0) }.joined()
                let start = DispatchTime.now().uptimeNanoseconds
                let status = try connection.exchange("POST", "/webhooks/stripe", headers: ["Stripe-Signature": signature, "Content-Type": "application/json"], body: body)
                hooks.append(DispatchTime.now().uptimeNanoseconds - start)
                guard status == 200 else { throw BenchFailure.setup("webhook \(index) answered \(status)") }
                let tripStart = DispatchTime.now().uptimeNanoseconds
                _ = try connection.exchange("GET", "/healthz", headers: [:], body: [])
                trips.append(DispatchTime.now().uptimeNanoseconds - tripStart)
            }
            Self.report(hooks, trips)
        }

        static func event(token: String, intent: String) -> [UInt8] {
            Array(#"""
                {"id":"evt_\#(intent)","object":"event","api_version":"2024-06-20","created":\#(Int(Date().timeIntervalSince1970)),"type":"checkout.session.completed","data":{"object":{"id":"cs_\#(intent)","object":"checkout.session","amount_total":1,"currency":"usd","client_reference_id":"\#(token)","mode":"payment","payment_intent":"\#(intent)","payment_status":"paid","status":"complete"}}}
                """#.utf8)
        }

        static func report(_ hooks: [UInt64], _ trips: [UInt64]) {
            func percentile(_ values: [UInt64], _ p: Double) -> Double {
                let sorted = values.sorted()
                return Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]) / 1_000
            }
            print(String(format: "webhook: %d signed webhooks, one at a time: p50 %.0f µs, p90 %.0f µs, p99 %.0f µs", hooks.count,
                         percentile(hooks, 0.5), percentile(hooks, 0.9), percentile(hooks, 0.99)))
            print(String(format: "http round trip (GET /healthz, same connection): p50 %.0f µs, p99 %.0f µs", percentile(trips, 0.5), percentile(trips, 0.99)))
        }
    }
}

/// One keep-alive HTTP/1.1 connection over a Unix socket, blocking; answers with Content-Length only.
final class HTTPConnection {
    private let fd: Int32
    private var pending: [UInt8] = []

    init(socketPath: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { bytes in
            for (index, byte) in socketPath.utf8.enumerated() { bytes[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { close(fd); throw BenchFailure.setup("cannot connect to \(socketPath): errno \(errno)") }
    }

    deinit { close(fd) }

    /// Sends one request and reads its answer; the status.
    func exchange(_ method: String, _ path: String, headers: [String: String], body: [UInt8]) throws -> Int {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: localhost\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let request = Array((head + "\r\n").utf8) + body
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else {
            throw BenchFailure.setup("send failed: errno \(errno)")
        }
        let separator = Array("\r\n\r\n".utf8)
        while true {
            if let end = pending.firstRange(of: separator) {
                let headText = String(decoding: pending[..<end.lowerBound], as: UTF8.self).lowercased()
                let length = headText.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                    .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
                if pending.count >= end.upperBound + length {
                    let status = Int(headText.split(separator: " ").dropFirst().first ?? "") ?? 0
                    pending.removeFirst(end.upperBound + length)
                    return status
                }
            }
            var buffer = [UInt8](repeating: 0, count: 16_384)
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { throw BenchFailure.setup("acs-gateway closed the connection") }
            pending += buffer[0..<count]
        }
    }
}
