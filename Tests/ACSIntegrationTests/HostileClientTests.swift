import ACSClient
import ACSCore
import ACSTesting
import ACSWire
import Foundation
import NIOCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hostile clients against a real acsd: a thousand idle connections, a client that
/// never reads its answers, one that trickles bytes, and a connect-and-close storm.
/// A good client is served throughout and acsd's memory stays bounded. (Latencies are
/// printed for the record; tests do not assert times.)
@Suite("Hostile clients")
struct HostileClientTests {
    /// VmRSS of `pid` in KiB.
    static func residentKiB(_ pid: Int32) -> Int {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }.flatMap { Int($0.split(separator: " ")[1]) } ?? 0
    }

    /// Median microseconds of `count` Status calls.
    static func medianStatus(_ client: ACSClient, count: Int = 200) async throws -> Int {
        var samples: [Int] = []
        for _ in 0..<count {
            let start = ContinuousClock.now
            _ = try await client.status()
            samples.append(Int((ContinuousClock.now - start) / .microseconds(1)))
        }
        return samples.sorted()[count / 2]
    }

    @Test("1,000 idle connections, a client that never reads, a trickling client and a connect storm: others are served, memory bounded")
    func hostileClients() async throws {
        // This test process holds a thousand descriptors too.
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        limit.rlim_cur = limit.rlim_max
        setrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let good = try await daemon.connect()
        _ = try await good.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [PaymentsRPCTests.record("H-1")]))
        let quiet = try await Self.medianStatus(good)
        let pid = daemon.process.processIdentifier
        let baseline = Self.residentKiB(pid)

        let idle = try (0..<1_000).map { _ in try RawConnection(path: daemon.socketPath) }
        // A client that pipelines requests and never reads an answer: acsd stops reading it.
        nonisolated(unsafe) let greedy = try RawConnection(path: daemon.socketPath, timeoutSeconds: 2)
        let greedyDone = Locked(0)
        Thread.detachNewThread {
            var sent = 0
            for index in 1...20_000 {
                let ping = V1.RequestFrame(callId: UInt64(index), method: "/acs.v1.System/Ping", payload: [UInt8](repeating: 7, count: 1_000))
                guard (try? greedy.sendRequest(ping)) != nil else { break }
                sent += 1
            }
            greedyDone.withLock { $0 = sent + 1 }
        }
        // A client that sends a request a byte at a time.
        nonisolated(unsafe) let trickle = try RawConnection(path: daemon.socketPath)
        let trickleDone = Locked(false)
        Thread.detachNewThread {
            for byte in RequestBytes.request(callID: 1, method: "/acs.v1.System/Health") {
                guard (try? trickle.send([byte])) != nil else { break }
                usleep(10_000)
            }
            trickleDone.withLock { $0 = (try? trickle.readResponse()) != nil }
        }
        // Connect-and-close storm.
        let storm = Task.detached {
            for _ in 0..<2_000 { _ = try? RawConnection(path: daemon.socketPath) }
        }

        var posted = 0
        for index in 0..<200 {
            _ = try await good.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: PaymentsRPCTests.payment("h-\(index)", account: "H-1", minor: 1)))
            posted += 1
        }
        let loaded = try await Self.medianStatus(good)
        await storm.value
        try await waitUntil { greedyDone.withLock { $0 > 0 } && trickleDone.withLock { $0 } }
        let peak = Self.residentKiB(pid)
        print("hostile clients: Status median \(quiet) µs quiet, \(loaded) µs under the hostile load; acsd RSS \(baseline / 1024) MiB before, \(peak / 1024) MiB with 1,000 idle connections; the greedy client wrote \(greedyDone.withLock { $0 } - 1) pings before acsd stopped reading it")
        #expect(posted == 200)
        #expect(trickleDone.withLock { $0 }, "the trickled request was answered")
        #expect(greedyDone.withLock { $0 } - 1 < 20_000, "acsd stopped reading the client that never reads")
        if !TestBinaries.areSanitized {
            #expect(peak - baseline < 128 * 1024, "memory bounded: \(baseline / 1024) MiB → \(peak / 1024) MiB")
        }
        withExtendedLifetime(idle) {}
        #expect(try await good.health().status == .serving)
    }
}

/// A request frame as bytes, to send in pieces.
enum RequestBytes {
    static func request(callID: UInt64, method: String) -> [UInt8] {
        var buffer = ByteBuffer()
        V1.RequestFrame(callId: callID, method: method, payload: []).write(framedTo: &buffer)
        return Array(buffer.readableBytesView)
    }
}
