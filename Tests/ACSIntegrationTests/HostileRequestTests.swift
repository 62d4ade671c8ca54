import ACSClient
import ACSCore
import ACSTesting
import ACSWire
import Foundation
import NIOCore
import Testing

/// Every request decoder of the v1 surface, through a real acsd: hostile payloads on
/// every method answer a status (never a crash), and the daemon keeps serving.
@Suite("Hostile requests on every method")
struct HostileRequestTests {
    /// Protobuf fields with wrong wire types, lengths past the end, and the like.
    static let crafted: [[UInt8]] = [
        [0x0d, 1, 2, 3, 4],                          // field 1 as fixed32
        [0x09, 1, 2, 3, 4, 5, 6, 7, 8],              // field 1 as fixed64
        [0x08, 0x01],                                // field 1 as a varint
        [0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f],        // field 1: a length far past the end
        [0x0a, 0x05, 0x41],                          // field 1: a length past the end
        [0x12, 0x03, 0xff, 0xfe, 0xfd],              // field 2: invalid UTF-8
        [0x0b, 0x0c],                                // groups (wire types 3 and 4)
        [0x0f],                                      // wire type 7
        [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01],  // an 11-byte varint key
        [0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],  // a varint of 2^64 - 1
        Array(repeating: 0x00, count: 64),           // field 0
    ]

    @Test("crafted and random payloads on every method answer a status; a good client beside them is served throughout")
    func everyMethod() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": CollectionEngineRPCTests.policy])
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-02T12:00:00Z"], directory: directory)
        defer { daemon.kill() }
        let hostile = try await daemon.connect()
        let good = try await daemon.connect()
        var random = SeededGenerator(seed: TortureTests.seed)
        var answered = 0
        for path in ServiceCatalog.methodPaths.sorted() {
            let payloads = Self.crafted + (0..<20).map { _ in (0..<Int(random.next() % 48)).map { _ in UInt8(truncatingIfNeeded: random.next()) } }
            for payload in payloads {
                do {
                    _ = try await hostile.callFuture(path: path, payload: payload, timeout: .seconds(30)).get()
                } catch let error as ACSError {
                    #expect(error.code != .internal && error.code != .unavailable, "\(path) \(payload): \(error)")
                }
                answered += 1
            }
            #expect(try await good.health().status == .serving, "after \(path)")
        }
        #expect(answered == ServiceCatalog.methodPaths.count * (Self.crafted.count + 20))
        #expect(try await daemon.connect().status().pid == UInt32(daemon.process.processIdentifier), "the same acsd, never restarted")
    }
}
