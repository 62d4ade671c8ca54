import ACSClient
import ACSCore
import ACSTesting
import CACSProto
import CProtobufC
import Foundation
import NIOCore
import Testing
@testable import ACSWire

/// Every field of every request of every method, from the descriptors, at the ends of its
/// type: integers at 0, 1, −1, the largest and smallest Int64, 2^62 and 2^63; strings with a
/// NUL, with invalid UTF-8, and at the frame's size. acsd must answer each with a status (a
/// NUL, invalid UTF-8, a uint64 past Int64 or an amount past ±10^15 with INVALID_ARGUMENT
/// naming the field), and afterwards survive SIGKILL, restart, run a cycle, list its
/// accounts and age them over whatever was stored.
///
/// `make test` runs the short sweep: every field at every edge, a frame-sized string in every
/// tenth method. `make fuzz` sets ACS_EDGE_LONG=1: a frame-sized string in every method,
/// every repeated field filled to the frame's size, and every field of a request at one
/// edge value at once.
@Suite("Edge values on every field of every request")
struct EdgeValueSweepTests {
    /// True for the long sweep (`make fuzz`).
    static let long = ProcessInfo.processInfo.environment["ACS_EDGE_LONG"] == "1"

    static let integers: [UInt64] = [
        0, 1, UInt64.max, UInt64(Int64.max), UInt64(bitPattern: Int64.min), 1 << 62, 1 << 63,
    ]
    static let strings: [[UInt8]] = [Array("NULK\u{0}A".utf8), [0x49, 0x4B, 0xFF], [0x49, 0x4B, 0xC3]]

    /// What one case must be answered with: INVALID_ARGUMENT naming `field`, or any status but a failure of acsd.
    enum Expected { case refused(field: String), answered }

    struct Case {
        let method: String
        let payload: [UInt8]
        let expected: Expected
        let label: String
    }

    static func cases(frameBytes: Int) -> [Case] {
        var cases: [Case] = []
        for (number, method) in ServiceCatalog.methodPaths.sorted().enumerated() {
            let input = ServiceCatalog.inputDescriptor(of: method)!
            let message = String(cString: input.pointee.name)
            var bigStringDone = !long && number % 10 != 0
            if long { cases += repeatedAtLimit(method, input, frameBytes: frameBytes) + allAtOnce(method, input) }
            for path in ProtoPatch.leaves(of: input) {
                let names = path.map { String(cString: $0.pointee.name) }
                let leaf = path.last!.pointee
                let label = "\(method) \(names.joined(separator: "."))"
                switch leaf.type {
                case PROTOBUF_C_TYPE_STRING:
                    for bytes in strings {
                        cases.append(Case(method: method, payload: ProtoPatch.set(names, in: message, to: .bytes(bytes)),
                                          expected: .refused(field: names.last!), label: "\(label) = \(bytes)"))
                    }
                    if !bigStringDone {
                        bigStringDone = true
                        let big = [UInt8](repeating: 0x41, count: frameBytes - 4_096)
                        cases.append(Case(method: method, payload: ProtoPatch.set(names, in: message, to: .bytes(big)),
                                          expected: .answered, label: "\(label) = \(big.count) bytes"))
                    }
                case PROTOBUF_C_TYPE_BYTES, PROTOBUF_C_TYPE_MESSAGE:
                    continue
                default:
                    for value in integers {
                        cases.append(Case(method: method, payload: ProtoPatch.set(names, in: message, to: .varint(value)),
                                          expected: expectation(leaf, value, names), label: "\(label) = \(value)"))
                    }
                }
            }
        }
        return cases
    }

    /// Each repeated field of the request filled with as many minimal elements as a frame holds.
    static func repeatedAtLimit(_ method: String, _ input: UnsafePointer<ProtobufCMessageDescriptor>, frameBytes: Int) -> [Case] {
        (0..<Int(input.pointee.n_fields)).compactMap { index in
            let field = input.pointee.fields[index]
            guard field.label == PROTOBUF_C_LABEL_REPEATED else { return nil }
            var element: [UInt8] = []
            switch field.type {
            case PROTOBUF_C_TYPE_MESSAGE, PROTOBUF_C_TYPE_STRING, PROTOBUF_C_TYPE_BYTES:
                ProtoPatch.varint(UInt64(field.id) << 3 | 2, into: &element)
                element.append(0)
            default:
                ProtoPatch.varint(UInt64(field.id) << 3, into: &element)
                element.append(1)
            }
            let count = (frameBytes - 4_096) / element.count
            let payload = [UInt8]((0..<count).lazy.flatMap { _ in element })
            return Case(method: method, payload: payload, expected: .answered,
                        label: "\(method) \(String(cString: field.name)) × \(count)")
        }
    }

    /// Every integer of the request (to three levels) at one edge value at once.
    static func allAtOnce(_ method: String, _ input: UnsafePointer<ProtobufCMessageDescriptor>) -> [Case] {
        let message = String(cString: input.pointee.name)
        let integers = ProtoPatch.leaves(of: input).filter {
            ![PROTOBUF_C_TYPE_STRING, PROTOBUF_C_TYPE_BYTES, PROTOBUF_C_TYPE_MESSAGE].contains($0.last!.pointee.type)
        }
        guard !integers.isEmpty else { return [] }
        return Self.integers.map { value in
            let payload = integers.flatMap { path in
                ProtoPatch.set(path.map { String(cString: $0.pointee.name) }, in: message, to: .varint(value))
            }
            let refused = integers.contains {
                if case .refused = expectation($0.last!.pointee, value, $0.map { String(cString: $0.pointee.name) }) { return true }
                return false
            }
            return Case(method: method, payload: payload, expected: refused ? .refused(field: "") : .answered,
                        label: "\(method) every integer = \(value)")
        }
    }

    static func expectation(_ field: ProtobufCFieldDescriptor, _ value: UInt64, _ names: [String]) -> Expected {
        if field.type == PROTOBUF_C_TYPE_UINT64, value > UInt64(Int64.max) { return .refused(field: names.last!) }
        let isAmount = names.last == "amount_minor" && field.type == PROTOBUF_C_TYPE_INT64
        if isAmount, Int64(bitPattern: value).magnitude > UInt64(Money.maxMinorUnits) { return .refused(field: names.last!) }
        return .answered
    }

    @Test("each case is answered with a status; acsd then survives SIGKILL, a restart, a cycle, a listing and an aging report")
    func sweep() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": CollectionEngineRPCTests.policy])
        let arguments = ["--config", config, "--simulated-clock", "2026-03-02T12:00:00Z"]
        var daemon = try await TestDaemon.start(arguments: arguments, directory: directory)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let all = Self.cases(frameBytes: WireLimits.defaultMaxFrameBytes)
        let limit = ProcessInfo.processInfo.environment["ACS_EDGE_CASES"].flatMap(Int.init) ?? all.count
        for item in all.prefix(limit) {
            do {
                _ = try await client.callFuture(path: item.method, payload: item.payload, timeout: .seconds(60)).get()
                if case .refused = item.expected { Issue.record("\(item.label): answered OK, expected INVALID_ARGUMENT") }
            } catch let error as ACSError {
                switch item.expected {
                case .refused(let field):
                    #expect(error.code == .invalidArgument && (field.isEmpty || error.message.contains(field)), "\(item.label): \(error)")
                case .answered:
                    #expect(![.internal, .unavailable, .dataLoss].contains(error.code), "\(item.label): \(error)")
                }
            }
        }
        #expect(try await client.health().status == .serving)
        #expect(all.count > 600, "the sweep covers every field: \(all.count) cases")
        await client.close()

        daemon.kill()
        daemon = try await TestDaemon.start(arguments: arguments, directory: directory)
        let after = try await daemon.connect()
        _ = try await after.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        _ = try await after.call(Methods.Accounts.listAccounts, V1.ListAccountsRequest())
        _ = try await after.call(Methods.Reports.aging, V1.AgingRequest())
        #expect(try await after.health().status == .serving)
    }
}
