import ACSCore
@testable import ACSWire
import Testing

/// The generated code (`ProtoCodecs.swift`) and the Codable bridge write the same bytes
/// for `sample` and read those bytes back to the same value: the bridge is the oracle.
func expectBridgeAgrees<T: ProtoCodable & Hashable>(_ sample: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let bytes = sample.wireBytes()
    #expect(ProtoEncoding.encode(sample) == bytes, "\(T.self): generated and Codable encodings differ", sourceLocation: sourceLocation)
    #expect(try ProtoDecoding.decode(T.self, from: bytes) == sample, "\(T.self): the Codable bridge reads it back otherwise",
            sourceLocation: sourceLocation)
}

/// Whether the generated decoder and the Codable bridge agree on `bytes`: the same value
/// (which both encode alike), or the same refusal.
func bridgeAgrees<T: ProtoCodable & Hashable>(_ type: T.Type, on bytes: [UInt8]) -> Bool {
    let generated = Result { () throws(ACSError) -> T in try T(wire: bytes) }
    let bridge = Result { () throws(ACSError) -> T in try ProtoDecoding.decode(T.self, from: bytes) }
    switch (generated, bridge) {
    case (.success(let value), .success(let other)): return value == other && value.wireBytes() == ProtoEncoding.encode(other)
    case (.failure(let error), .failure(let other)): return error.code == other.code && error.message == other.message
    default: return false
    }
}

@Suite("Generated protobuf-c code")
struct ProtoCodableTests {
    @Test("an enum number the mirror does not know is INVALID_ARGUMENT naming the field, as the bridge says it")
    func unknownEnum() throws {
        // A ListDueReminders filter whose one status is 99.
        let request = V1.ListDueRemindersRequest(statuses: [.scheduled])
        var bytes = request.wireBytes()
        let last = try #require(bytes.lastIndex(of: UInt8(V1.ReminderStatus.scheduled.rawValue)))
        bytes[last] = 99
        #expect(bridgeAgrees(V1.ListDueRemindersRequest.self, on: bytes))
        #expect {
            try V1.ListDueRemindersRequest(wire: bytes)
        } throws: { error in
            let error = error as? ACSError
            return error?.code == .invalidArgument && error?.message.contains("statuses[0]") == true
                && error?.message.contains("Cannot initialize ReminderStatus from invalid Int value 99") == true
        }
    }

    @Test("strings survive the arena: empty, long, multi-byte and cut at NUL as protobuf-c reads them")
    func strings() throws {
        let long = String(repeating: "ü€𝄞", count: 5_000)
        let money = V1.Money(amountMinor: 7, currency: long)
        #expect(try V1.Money(wire: money.wireBytes()) == money)
        #expect(try V1.Money(wire: V1.Money(amountMinor: 0, currency: "").wireBytes()) == V1.Money())
        #expect(try V1.Money(wire: V1.Money(currency: "US\u{0}D").wireBytes()).currency == "US")
        try expectBridgeAgrees(money)
    }
}
