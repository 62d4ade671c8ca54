import ACSClient
import ACSCore
import ACSJournal
import ACSStore
import ACSTesting
import ACSWire
import Foundation
import NIOCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A real acsd process, its socket and its SQLite file.
@Suite("acsd daemon")
struct DaemonTests {
    @Test("status, version and health answer over the socket")
    func status() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let status = try await client.status()
        #expect(status.pid == UInt32(daemon.process.processIdentifier))
        #expect(status.databasePath == daemon.stateDirectory + "/acs.db")
        #expect(status.databaseSizeBytes > 0)
        #expect(status.accountCount == 0)
        // TestDaemon.start's readiness probe may still be closing on acsd's side.
        try await waitUntil { await (try? client.status().openConnections) == 1 }
        #expect(status.configGeneration == 1)
        #expect(!status.clockSimulated)
        let version = try await client.version()
        #expect(version.protocol == "acs.v1")
        #expect(version.schemaVersion == ACSDatabase.latestSchemaVersion)
        #expect(try await client.health().status == .serving)
        await client.close()
    }

    @Test("an unknown method answers UNIMPLEMENTED (every v1 method is served; the router's own test covers one without a handler)")
    func unimplemented() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        for (path, text) in [("/acs.v1.Nope/Nothing", "unknown method")] {
            await #expect {
                _ = try await client.callFuture(path: path, payload: []).get()
            } throws: { error in
                let error = error as? ACSError
                return error?.code == .unimplemented && error?.message.contains(text) == true
            }
        }
        #expect(try await client.ping([1, 2]) == [1, 2])
        await client.close()
    }

    @Test("a frame over the limit gets RESOURCE_EXHAUSTED and that connection closes; others carry on")
    func oversizedFrame() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let good = try await daemon.connect()
        for length: UInt32 in [4 * 1024 * 1024 + 1, UInt32.max] {
            let bad = try RawConnection(path: daemon.socketPath)
            try bad.sendFrame(length: length, body: [])
            let answer = try #require(try bad.readResponse())
            #expect(answer.callId == 0)
            #expect(answer.error?.code == .resourceExhausted)
            #expect(try bad.isClosedByPeer())
            #expect(try await good.ping([9]) == [9])
        }
        await good.close()
    }

    @Test("a frame at exactly the limit is read (and refused as a request only if undecodable)")
    func frameAtLimit() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let raw = try RawConnection(path: daemon.socketPath)
        // A valid Ping V1.RequestFrame padded with an unknown bytes field to exactly 4 MiB.
        let limit = 4 * 1024 * 1024
        var body: [UInt8] = [0x08, 0x05, 0x12, UInt8(Methods.System.ping.path.utf8.count)] + Array(Methods.System.ping.path.utf8)
        let padding = limit - body.count - 2 - 4
        body += [0xFA, 0x3F] + varint(UInt64(padding)) + [UInt8](repeating: 0, count: padding)
        #expect(body.count == limit)
        try raw.sendFrame(body: body)
        let answer = try #require(try raw.readResponse())
        #expect(answer.callId == 5)
        #expect(answer.error == nil)
    }

    @Test("garbage bytes get INVALID_ARGUMENT and a close; a good connection beside it is unaffected")
    func garbage() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let good = try await daemon.connect()
        let pipelined = (0..<100).map { good.callFuture(path: Methods.System.ping.path, payload: V1.PingRequest(data: [UInt8($0)]).wireBytes()) }
        let bad = try RawConnection(path: daemon.socketPath)
        try bad.sendFrame(body: [0xFF, 0xFF, 0xFF, 0xFF, 0x0F])
        let answer = try #require(try bad.readResponse())
        #expect(answer.error?.code == .invalidArgument)
        #expect(try bad.isClosedByPeer())
        for (index, call) in pipelined.enumerated() {
            #expect(try V1.PingResponse(wire: try await call.get()).data == [UInt8(index)])
        }
        await good.close()
    }

    @Test("a zero-length frame is an empty request: answered, connection kept")
    func zeroLength() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let raw = try RawConnection(path: daemon.socketPath)
        try raw.sendFrame(body: [])
        let answer = try #require(try raw.readResponse())
        #expect(answer.error?.code == .invalidArgument)
        try raw.sendRequest(V1.RequestFrame(callId: 1, method: Methods.System.ping.path, payload: V1.PingRequest(data: [4]).wireBytes()))
        let ping = try #require(try raw.readResponse())
        #expect(ping.callId == 1)
        #expect(try V1.PingResponse(wire: ping.payload).data == [4])
    }

    @Test("frames split byte by byte and many frames in one write are both served")
    func splitAndBatched() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let raw = try RawConnection(path: daemon.socketPath)
        var all: [UInt8] = []
        for id in 1...20 {
            var buffer = ByteBufferBox()
            buffer.append(V1.RequestFrame(callId: UInt64(id), method: Methods.System.ping.path, payload: V1.PingRequest(data: [UInt8(id)]).wireBytes()))
            all += buffer.bytes
        }
        try raw.send(all)
        var seen = Set<UInt64>()
        for _ in 1...20 { seen.insert(try #require(try raw.readResponse()).callId) }
        #expect(seen == Set(1...20))
        var one = ByteBufferBox()
        one.append(V1.RequestFrame(callId: 99, method: Methods.System.ping.path, payload: V1.PingRequest(data: [99]).wireBytes()))
        for byte in one.bytes {
            try raw.send([byte])
            try await Task.sleep(for: .milliseconds(1))
        }
        #expect(try #require(try raw.readResponse()).callId == 99)
    }

    @Test("a client that half-closes after its requests still gets every answer")
    func halfClose() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let raw = try RawConnection(path: daemon.socketPath)
        try raw.sendRequest(V1.RequestFrame(callId: 1, method: Methods.System.status.path, payload: []))
        try raw.sendRequest(V1.RequestFrame(callId: 2, method: Methods.System.ping.path, payload: V1.PingRequest(data: [2]).wireBytes()))
        raw.shutdownWrite()
        var answered = Set<UInt64>()
        while let answer = try raw.readResponse() {
            #expect(answer.error == nil)
            answered.insert(answer.callId)
        }
        #expect(answered == [1, 2])
    }

    @Test("a truncated stream harms nothing")
    func truncated() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let raw = try RawConnection(path: daemon.socketPath)
        try raw.sendFrame(length: 100, body: [0x08, 0x01])
        raw.shutdownWrite()
        #expect(try raw.isClosedByPeer())
        let client = try await daemon.connect()
        #expect(try await client.health().status == .serving)
        await client.close()
    }

    @Test("SIGTERM: exit 0, socket removed, start and stop audited")
    func sigterm() async throws {
        let daemon = try await TestDaemon.start()
        let pid = String(daemon.process.processIdentifier)
        let status = try await daemon.stop()
        #expect(status == 0)
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath))
        let entries = try await TestJournal.waitForEntries(matching: ["SYSLOG_IDENTIFIER": "acsd", "_PID": pid], count: 2)
        #expect(entries.compactMap(\.event) == ["daemon.started", "daemon.stopped"])
        #expect(entries.first?.fields["ACS_SOCKET"] == daemon.socketPath)
        #expect(entries.first?.fields["MESSAGE_ID"] == AuditEventKind.daemonStarted.messageID)
    }

    @Test("SIGHUP reloads the configuration; a bad file is refused and the old one stays")
    func reload() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = directory.appendingPathComponent("acsd.yaml").path
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("policies"), withIntermediateDirectories: true)
        try "log_level: info\nallow_empty_policies: true\n".write(toFile: config, atomically: true, encoding: .utf8)
        let daemon = try await TestDaemon.start(arguments: ["--config", config], directory: directory)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        try "log_level: debug\ndrain_timeout_seconds: 3\nallow_empty_policies: true\n".write(toFile: config, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        try await waitUntil { await (try? client.status().configGeneration) == 2 }
        try "log_levle: debug\n".write(toFile: config, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        let pid = String(daemon.process.processIdentifier)
        let failed = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_EVENT": "config.reload_failed"])
        #expect(failed.first?.fields["ACS_REASON"]?.contains("log_levle") == true)
        #expect(try await client.status().configGeneration == 2)
        #expect(try await client.health().status == .serving)
        await client.close()
    }

    @Test("an invalid configuration stops start-up with a message naming the key")
    func invalidConfiguration() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = directory.appendingPathComponent("acsd.yaml").path
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("policies"), withIntermediateDirectories: true)
        try "max_frame_bytes: 12\n".write(toFile: config, atomically: true, encoding: .utf8)
        let result = try await TestBinaries.run("acsd", ["--socket", directory.path + "/s.sock", "--state-dir", directory.path, "--config", config])
        #expect(result.status != 0)
        #expect(result.stderr.contains("max_frame_bytes"))
    }

    @Test("a corrupt database file stops start-up with a message saying so")
    func corruptDatabase() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/state", withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: directory.path + "/state/acs.db"))
        let result = try await TestBinaries.run("acsd", ["--socket", directory.path + "/s.sock", "--state-dir", directory.path + "/state"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("DATA_LOSS"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory.path + "/state/acs.db")).prefix(4) == Data([0x41, 0x41, 0x41, 0x41]))
    }

    @Test("the simulated clock moves on request and the move is audited with the caller")
    func simulatedClock() async throws {
        let daemon = try await TestDaemon.start(arguments: ["--simulated-clock", "2026-01-01T09:00:00Z"])
        defer { daemon.kill() }
        let client = try await daemon.connect()
        #expect(try await client.clock() == V1.ClockResponse(now: "2026-01-01T09:00:00Z", simulated: true))
        #expect(try await client.advanceClock(bySeconds: 90 * 86_400).now == "2026-04-01T09:00:00Z")
        #expect(try await client.setClock(to: ACSClock.parse("2026-05-01T00:00:00Z")!).now == "2026-05-01T00:00:00Z")
        await #expect { try await client.setClock(to: ACSClock.parse("2026-01-01T00:00:00Z")!) } throws: {
            ($0 as? ACSError)?.code == .failedPrecondition
        }
        let entries = try await TestJournal.waitForEntries(
            matching: ["_PID": String(daemon.process.processIdentifier), "ACS_EVENT": "clock.changed"], count: 2)
        #expect(entries.first?.fields["ACS_CALLER_UID"] == String(getuid()))
        #expect(entries.first?.fields["ACS_CALLER_PID"] == String(getpid()))
        #expect(entries.first?.fields["ACS_CLOCK_TO"] == "2026-04-01T09:00:00Z")
        await client.close()
    }

    @Test("the real clock refuses to be moved")
    func realClock() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let client = try await daemon.connect()
        await #expect { try await client.advanceClock(bySeconds: 60) } throws: { ($0 as? ACSError)?.code == .failedPrecondition }
        await client.close()
    }

    @Test("data survives a restart on the same state directory")
    func restart() async throws {
        let first = try await TestDaemon.start()
        #expect(try await first.stop() == 0)
        let second = try await TestDaemon.start(directory: first.directory)
        defer { second.kill() }
        let client = try await second.connect()
        #expect(try await client.version().schemaVersion == ACSDatabase.latestSchemaVersion)
        await client.close()
    }
}

/// Protobuf varint encoding, for hand-made frames.
func varint(_ value: UInt64) -> [UInt8] {
    var value = value
    var bytes: [UInt8] = []
    repeat {
        bytes.append(UInt8(value & 0x7F) | (value > 0x7F ? 0x80 : 0))
        value >>= 7
    } while value > 0
    return bytes
}

/// Collects encoded frames as bytes.
struct ByteBufferBox {
    var bytes: [UInt8] = []

    mutating func append(_ frame: V1.RequestFrame) {
        var buffer = NIOCore.ByteBuffer()
        frame.write(framedTo: &buffer)
        bytes += Array(buffer.readableBytesView)
    }
}

