import ACSCore
import ACSWire
import Testing

// Swift mirrors of a few v1 messages, as later services declare them.
private struct Money: ProtoMessage, Hashable {
    static let protoName = "acs.v1.Money"
    var amountMinor: Int64
    var currency: String
}

private struct AccountRef: ProtoMessage, Hashable {
    static let protoName = "acs.v1.AccountRef"
    var id = ""
    var source = ""
    var externalId = ""
}

private struct NewPayment: ProtoMessage, Hashable {
    static let protoName = "acs.v1.NewPayment"
    var idempotencyKey: String
    var account: AccountRef?
    var amount: Money?
    var receivedAt = ""
    var method = ""
    var reference = ""
    var agency = ""
    var note = ""
}

private struct PostPaymentsRequest: ProtoMessage, Hashable {
    static let protoName = "acs.v1.PostPaymentsRequest"
    var payments: [NewPayment]
}

private enum PaymentStatus: Int, Codable, Hashable {
    case unspecified = 0, posted = 1, reversed = 2
}

private struct Allocation: ProtoMessage, Hashable {
    static let protoName = "acs.v1.Allocation"
    var obligationExternalId: String
    var dueOn: String
    var amount: Money?
    var openAfter: Money?
}

private struct Payment: ProtoMessage, Hashable {
    static let protoName = "acs.v1.Payment"
    var id: String
    var amount: Money?
    var status: PaymentStatus
    var allocations: [Allocation]
    var agencyCommissionBp: UInt32
}

private struct ClockMirror: ProtoMessage, Hashable {
    static let protoName = "acs.v1.ClockResponse"
    var now: String
    var simulated: Bool
}

@Suite("Codable messages over protobuf-c")
struct ProtoMessageTests {
    @Test("Money encodes to the exact protobuf bytes")
    func exactBytes() throws {
        let money = Money(amountMinor: 1234, currency: "USD")
        #expect(money.wireBytes() == [0x08, 0xD2, 0x09, 0x12, 0x03, 0x55, 0x53, 0x44])
        #expect(try Money(wire: money.wireBytes()) == money)
    }

    @Test("nested messages, repeated messages, enums and absent sub-messages round-trip")
    func roundTrip() throws {
        let payment = Payment(
            id: "P-1", amount: Money(amountMinor: -5, currency: "JPY"), status: .reversed,
            allocations: [
                Allocation(obligationExternalId: "INV-1", dueOn: "2026-01-31", amount: Money(amountMinor: 100, currency: "JPY"), openAfter: nil),
                Allocation(obligationExternalId: "INV-2", dueOn: "2026-02-28", amount: nil, openAfter: Money(amountMinor: 0, currency: "JPY")),
            ],
            agencyCommissionBp: 2500)
        #expect(try Payment(wire: payment.wireBytes()) == payment)
        let batch = PostPaymentsRequest(payments: (0..<50).map {
            NewPayment(idempotencyKey: "k\($0)", account: AccountRef(source: "crm", externalId: "A-\($0)"),
                       amount: Money(amountMinor: Int64($0) * 100, currency: "EUR"), note: "ünïcødé \u{1F4B6}")
        })
        #expect(try PostPaymentsRequest(wire: batch.wireBytes()) == batch)
        #expect(try PostPaymentsRequest(wire: PostPaymentsRequest(payments: []).wireBytes()).payments.isEmpty)
    }

    @Test("the bridge and the generated code agree byte for byte")
    func agreesWithGenerated() throws {
        let hand = V1.ClockResponse(now: "2026-01-01T00:00:00Z", simulated: true)
        let mirror = ClockMirror(now: hand.now, simulated: hand.simulated)
        #expect(mirror.wireBytes() == hand.wireBytes())
        #expect(try ClockMirror(wire: hand.wireBytes()) == mirror)
    }

    @Test("an enum value Swift does not know is INVALID_ARGUMENT naming the field")
    func unknownEnum() throws {
        // Payment.status (field 9) = 7.
        #expect { try Payment(wire: [0x48, 0x07]) } throws: { error in
            let error = error as? ACSError
            return error?.code == .invalidArgument && error?.violations.first?.field == "status"
        }
    }

    @Test("a value out of the Swift type's range is INVALID_ARGUMENT naming the field")
    func outOfRange() throws {
        // Money.amount_minor = 2^40 does not fit a Swift Int32.
        struct NarrowMoney: ProtoMessage {
            static let protoName = "acs.v1.Money"
            var amountMinor: Int32
            var currency: String
        }
        let wide = Money(amountMinor: 1 << 40, currency: "USD").wireBytes()
        #expect { try NarrowMoney(wire: wide) } throws: { ($0 as? ACSError)?.violations.first?.field == "amount_minor" }
    }

    @Test("garbage and wrong wire types are INVALID_ARGUMENT")
    func garbage() {
        #expect { try Money(wire: [0xFF, 0xFF]) } throws: { ($0 as? ACSError)?.code == .invalidArgument }
        // currency (field 2, a string) sent as a varint.
        #expect { try Money(wire: [0x10, 0x01]) } throws: { ($0 as? ACSError)?.code == .invalidArgument }
    }
}
