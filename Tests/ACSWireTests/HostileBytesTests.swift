import ACSCore
import ACSTesting
@testable import ACSWire
import CACSProto
import CProtobufC
import Foundation
import NIOCore
import Testing

/// A seeded generator of hostile inputs for every decoder: no crash, no hang, and a
/// clear INVALID_ARGUMENT (or a value) for each. Set ACS_FUZZ_SEED to replay a run.
@Suite("Hostile bytes")
struct HostileBytesTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["ACS_FUZZ_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64.max)
    /// Inputs per decoder: `make fuzz` sets ACS_FUZZ_INPUTS to run millions.
    static let inputs = ProcessInfo.processInfo.environment["ACS_FUZZ_INPUTS"].flatMap { Int($0) } ?? 2_000

    /// Random bytes, or a valid message with bytes flipped, cut or spliced.
    static func input(_ generator: inout SeededGenerator, valid: [[UInt8]]) -> [UInt8] {
        switch generator.next() % 4 {
        case 0:
            return (0..<Int(generator.next() % 64)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        case 1:
            var bytes = valid[Int(generator.next() % UInt64(valid.count))]
            for _ in 0..<(1 + generator.next() % 4) where !bytes.isEmpty {
                bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
            }
            return bytes
        case 2:
            let bytes = valid[Int(generator.next() % UInt64(valid.count))]
            return Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count + 1))))
        default:
            let a = valid[Int(generator.next() % UInt64(valid.count))], b = valid[Int(generator.next() % UInt64(valid.count))]
            return Array(a.prefix(Int(generator.next() % UInt64(a.count + 1)))) + Array(b.suffix(Int(generator.next() % UInt64(b.count + 1))))
        }
    }

    @Test("200,000 hostile inputs through the frame and message decoders")
    func hostile() throws {
        print("HostileBytesTests seed: \(Self.seed) (replay with ACS_FUZZ_SEED=\(Self.seed))")
        var generator = SeededGenerator(seed: Self.seed)
        var frame = ByteBuffer()
        V1.RequestFrame(callId: 7, method: Methods.Payments.postPayment.path, payload: [1, 2, 3], timeoutMs: 9).write(framedTo: &frame)
        frame.moveReaderIndex(forwardBy: 4)
        let valid: [[UInt8]] = [
            Array(frame.readableBytesView),
            V1.PostPaymentRequest(payment: V1.NewPayment(idempotencyKey: "k", account: V1.AccountRef(source: "s", externalId: "e"),
                                                         amount: V1.Money(amountMinor: 5, currency: "USD"))).wireBytes(),
            V1.SyncAccountsRequest(accounts: [V1.AccountRecord(
                source: "s", externalId: "e", sourceVersion: 3, name: "n", emails: ["a@b.c"], phones: [V1.Phone(number: "+1555", smsConsent: true)],
                timeZone: "UTC", obligations: [V1.ObligationRecord(externalId: "o", kind: .invoice, amount: V1.Money(amountMinor: 1, currency: "EUR"), dueOn: "2026-01-01")])]).wireBytes(),
            V1.SetContactPreferenceRequest(change: .setInconvenientTimes, inconvenientTimes: [V1.InconvenientTime(startTime: "12:00", endTime: "13:00", weekdays: [1])]).wireBytes(),
        ]
        var refused = 0
        for _ in 0..<(Self.inputs * 25) {
            let bytes = Self.input(&generator, valid: valid)
            if (try? V1.RequestFrame(body: ByteBuffer(bytes: bytes))) == nil { refused += 1 }
            _ = try? V1.PostPaymentRequest(wire: bytes)
            _ = try? V1.SyncAccountsRequest(wire: bytes)
            _ = try? V1.SetContactPreferenceRequest(wire: bytes)
        }
        #expect(refused > 0, "seed \(Self.seed): hostile input was never refused")
    }

    /// A method's request decoder, and whether what it decodes from some bytes encodes and
    /// decodes back to the same value (bytes it refuses pass).
    struct RequestDecoder: Sendable {
        let decode: @Sendable ([UInt8]) throws(ACSError) -> Void
        let roundTrips: @Sendable ([UInt8]) -> Bool
    }

    /// The request decoder of every method, by path.
    static let requestDecoders: [String: RequestDecoder] = {
        func decoder<Request, Response>(_ method: RPCMethod<Request, Response>) -> (String, RequestDecoder) {
            (method.path, RequestDecoder(decode: { bytes throws(ACSError) in _ = try Request(wire: bytes) }, roundTrips: { bytes in
                guard let generated = Request.self as? any (ProtoCodable & Hashable).Type else { return false }
                return roundTrip(generated, bytes)
            }))
        }
        typealias A = Methods.Accounts
        typealias P = Methods.Payments
        typealias R = Methods.Reminders
        typealias Po = Methods.Policies
        typealias C = Methods.Collections
        typealias Re = Methods.Reports
        typealias S = Methods.System
        return Dictionary(uniqueKeysWithValues: [
            decoder(A.syncAccounts), decoder(A.getAccount), decoder(A.listAccounts), decoder(A.setHold), decoder(A.clearHold),
            decoder(A.setContactPreference),
            decoder(P.postPayment), decoder(P.postPayments), decoder(P.reversePayment), decoder(P.getPayment), decoder(P.listPayments), decoder(P.writeOff),
            decoder(P.listWriteOffs), decoder(P.importBankStatement), decoder(P.listUnmatched), decoder(P.assignUnmatched),
            decoder(P.ignoreUnmatched), decoder(A.getPayToken), decoder(A.resolvePayToken), decoder(A.revokePayToken),
            decoder(R.listDueReminders), decoder(R.getReminder), decoder(R.claimReminders), decoder(R.completeReminder),
            decoder(Po.listPolicies), decoder(Po.getPolicy), decoder(Po.reloadPolicies), decoder(Po.checkPolicy),
            decoder(C.runCycle), decoder(C.listTasks), decoder(C.claimTask), decoder(C.completeTask), decoder(C.placeAccount),
            decoder(C.recallAccount), decoder(C.listPlacements), decoder(C.exportPlacements), decoder(C.recordPromise),
            decoder(C.listPromises), decoder(C.createPaymentPlan), decoder(C.getPaymentPlan), decoder(C.cancelPaymentPlan),
            decoder(C.offerSettlement), decoder(C.acceptSettlement), decoder(C.withdrawSettlement), decoder(C.listSettlements),
            decoder(C.openDispute), decoder(C.sendDisputeVerification), decoder(C.resolveDispute), decoder(C.listDisputes),
            decoder(C.importAgencyReturn),
            decoder(Re.aging), decoder(Re.kpis), decoder(Re.runBureau),
            decoder(S.health), decoder(S.ping), decoder(S.version), decoder(S.status), decoder(S.getClock), decoder(S.setClock),
            decoder(S.advanceClock), decoder(S.backup), decoder(S.metrics),
        ])
    }()

    @Test("inputs built from each request's own fields reach protobuf-c and the Swift decoder of every method")
    func structured() throws {
        print("HostileBytesTests structured seed: \(Self.seed) (replay with ACS_FUZZ_SEED=\(Self.seed))")
        #expect(Set(Self.requestDecoders.keys) == ServiceCatalog.methodPaths, "every method of proto/acs/v1 has its decoder here")
        var input = StructuredInput(generator: SeededGenerator(seed: Self.seed ^ 0x5EED))
        var (unpacked, refused, disagreements) = (0, 0, 0)
        for service in ServiceCatalog.descriptors {
            for index in 0..<Int(service.n_methods) {
                let method = service.methods[index]
                let path = "/\(String(cString: service.name))/\(String(cString: method.name))"
                let decoder = try #require(Self.requestDecoders[path])
                for _ in 0..<Self.inputs {
                    let bytes = input.message(method.input)
                    if !decoder.roundTrips(bytes) {
                        disagreements += 1
                        if disagreements <= 3 { Issue.record("seed \(Self.seed), \(path): what \(bytes) decodes to does not survive a round trip") }
                    }
                    do throws(ACSError) {
                        try decoder.decode(bytes)
                        unpacked += 1
                    } catch {
                        #expect(error.code == .invalidArgument, "seed \(Self.seed), \(path): \(error.code) \(error.message)")
                        refused += 1
                    }
                }
            }
        }
        print("structured inputs: \(unpacked) decoded, \(refused) refused with INVALID_ARGUMENT")
        #expect(unpacked > 0 && refused > 0, "seed \(Self.seed): the inputs reached both outcomes")
        #expect(disagreements == 0)
    }
}

/// Whether the value `bytes` decodes to (if any) encodes and decodes back to itself.
private func roundTrip<T: ProtoCodable & Hashable>(_ type: T.Type, _ bytes: [UInt8]) -> Bool {
    guard let value = try? T(wire: bytes) else { return true }
    return (try? T(wire: value.wireBytes())) == value
}
