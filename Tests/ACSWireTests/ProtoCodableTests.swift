import ACSCore
@testable import ACSWire
import Testing

@Suite("Generated protobuf-c code")
struct ProtoCodableTests {
    @Test("Money encodes to the exact protobuf bytes")
    func exactBytes() throws {
        let money = V1.Money(amountMinor: 1234, currency: "USD")
        #expect(money.wireBytes() == [0x08, 0xD2, 0x09, 0x12, 0x03, 0x55, 0x53, 0x44])
        #expect(try V1.Money(wire: money.wireBytes()) == money)
    }

    @Test("an enum number the mirror does not know is INVALID_ARGUMENT naming the field")
    func unknownEnum() throws {
        // A ListDueReminders filter whose one status is 99.
        let request = V1.ListDueRemindersRequest(statuses: [.scheduled])
        var bytes = request.wireBytes()
        let last = try #require(bytes.lastIndex(of: UInt8(V1.ReminderStatus.scheduled.rawValue)))
        bytes[last] = 99
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
    }

    @Test("a batch of 50 nested messages and an empty batch round-trip")
    func batches() throws {
        let batch = V1.PostPaymentsRequest(payments: (0..<50).map {
            V1.NewPayment(idempotencyKey: "k\($0)", account: V1.AccountRef(source: "crm", externalId: "A-\($0)"),
                          amount: V1.Money(amountMinor: Int64($0) * 100, currency: "EUR"), note: "ünïcødé \u{1F4B6}")
        })
        #expect(try V1.PostPaymentsRequest(wire: batch.wireBytes()) == batch)
        #expect(try V1.PostPaymentsRequest(wire: V1.PostPaymentsRequest(payments: []).wireBytes()).payments.isEmpty)
    }

    @Test("garbage and wrong wire types are INVALID_ARGUMENT")
    func garbage() {
        #expect { try V1.Money(wire: [0xFF, 0xFF]) } throws: { ($0 as? ACSError)?.code == .invalidArgument }
        // currency (field 2, a string) sent as a varint.
        #expect { try V1.Money(wire: [0x10, 0x01]) } throws: { ($0 as? ACSError)?.code == .invalidArgument }
    }
}
