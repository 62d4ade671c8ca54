import ACSCore
import ACSTesting
import ACSWire
import Testing

/// The edge check every request passes before decoding, without a daemon.
@Suite("Request input check")
struct RequestInputCheckTests {
    static let sync = Methods.Accounts.syncAccounts.path
    static let post = Methods.Payments.postPayment.path

    /// A length-delimited field.
    static func field(_ number: UInt64, _ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        ProtoVarint.append(number << 3 | 2, to: &out)
        ProtoVarint.append(UInt64(bytes.count), to: &out)
        return out + bytes
    }

    /// A varint field.
    static func number(_ number: UInt64, _ value: UInt64) -> [UInt8] {
        var out: [UInt8] = []
        ProtoVarint.append(number << 3, to: &out)
        ProtoVarint.append(value, to: &out)
        return out
    }

    static func refusal(_ payload: [UInt8], _ method: String) -> String? {
        do {
            try RequestInputCheck.check(payload, method: method)
            return nil
        } catch {
            return error.code == .invalidArgument ? error.message : "\(error)"
        }
    }

    @Test("a good request passes; so do unknown fields and bytes protobuf-c will refuse itself")
    func passes() {
        let record = V1.AccountRecord(source: "crm", externalId: "A-1", sourceVersion: UInt64(Int64.max), name: "Ada")
        #expect(Self.refusal(V1.SyncAccountsRequest(accounts: [record]).wireBytes(), Self.sync) == nil)
        #expect(Self.refusal(Self.field(99, [0xFF, 0x00]), Self.sync) == nil)
        #expect(Self.refusal([0x0A, 0x7F], Self.sync) == nil)
        #expect(Self.refusal([0xFF], Self.post) == nil)
    }

    @Test("NUL and invalid UTF-8 are refused with the field's path, repeated indices included")
    func strings() {
        // accounts[1].obligations[0].external_id (AccountRecord 11 = obligations, ObligationRecord 1 = external_id)
        let obligation = Self.field(11, Self.field(1, Array("I\u{0}X".utf8)))
        let payload = Self.field(1, Self.field(2, Array("A-1".utf8))) + Self.field(1, obligation)
        #expect(Self.refusal(payload, Self.sync)?.hasPrefix("accounts[1].obligations[0].external_id: contains a NUL byte") == true)
        #expect(Self.refusal(Self.field(1, Self.field(2, [0x41, 0xC3])), Self.sync)?.hasPrefix("accounts[0].external_id: is not valid UTF-8") == true)
        #expect(Self.refusal(Self.field(1, Self.field(2, Array("Zoë ✓".utf8))), Self.sync) == nil)
    }

    @Test("uint64 past Int64 and amounts past ±10^15 are refused; the edges themselves pass")
    func numbers() {
        #expect(Self.refusal(Self.field(1, Self.number(3, 1 << 63)), Self.sync)?.hasPrefix("accounts[0].source_version:") == true)
        #expect(Self.refusal(Self.field(1, Self.number(3, UInt64(Int64.max))), Self.sync) == nil)
        func payment(_ minor: Int64) -> [UInt8] {
            V1.PostPaymentRequest(payment: V1.NewPayment(idempotencyKey: "k", amount: V1.Money(amountMinor: minor, currency: "USD"))).wireBytes()
        }
        #expect(Self.refusal(payment(Money.maxMinorUnits), Self.post) == nil)
        #expect(Self.refusal(payment(-Money.maxMinorUnits), Self.post) == nil)
        #expect(Self.refusal(payment(Money.maxMinorUnits + 1), Self.post)?.hasPrefix("payment.amount.amount_minor:") == true)
        #expect(Self.refusal(payment(Int64.min), Self.post)?.hasPrefix("payment.amount.amount_minor:") == true)
    }
}
