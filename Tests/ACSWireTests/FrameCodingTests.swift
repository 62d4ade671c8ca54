import ACSCore
import ACSWire
import Foundation
import NIOCore
import Testing

@Suite("Frame and message coding")
struct FrameCodingTests {
    /// Strips the 4-byte length prefix, checking it.
    private func body(of buffer: ByteBuffer) -> ByteBuffer {
        var buffer = buffer
        let length = buffer.readInteger(as: UInt32.self)
        #expect(Int(length ?? 0) == buffer.readableBytes)
        return buffer
    }

    @Test("RequestFrame survives a round trip")
    func requestRoundTrip() throws {
        let frame = V1.RequestFrame(callId: 1 << 40, method: "/acs.v1.System/Ping", payload: [0, 1, 2, 255], timeoutMs: 1500)
        var buffer = ByteBuffer()
        frame.write(framedTo: &buffer)
        #expect(try V1.RequestFrame(body: body(of: buffer)) == frame)
    }

    @Test("an enum is JSON by its name and reads back from its name or its number")
    func enumJSON() throws {
        let hold = V1.Hold(id: "1", kind: .breathingSpace)
        let json = String(decoding: try JSONEncoder().encode(hold), as: UTF8.self)
        #expect(json.contains("\"kind\":\"breathing_space\""), "\(json)")
        #expect(try JSONDecoder().decode(V1.Hold.self, from: Data(json.utf8)) == hold)
        let number = json.replacingOccurrences(of: "\"breathing_space\"", with: "\(V1.HoldKind.breathingSpace.rawValue)")
        #expect(try JSONDecoder().decode(V1.Hold.self, from: Data(number.utf8)).kind == .breathingSpace)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(V1.Hold.self, from: Data(json.replacingOccurrences(of: "breathing_space", with: "nap").utf8)) }
    }

    @Test("a request with a NUL byte in a string is refused before it is sent, never cut there")
    func nulInRequest() throws {
        let cut = V1.PostPaymentRequest(payment: V1.NewPayment(idempotencyKey: "key\0other"))
        #expect(try V1.PostPaymentRequest(wire: cut.wireBytes()).payment?.idempotencyKey == "key", "protobuf-c ends a string at its NUL")
        #expect { try cut.requestBytes() } throws: { ($0 as? ACSError)?.code == .invalidArgument }
        let nested = V1.SyncAccountsRequest(accounts: [V1.AccountRecord(emails: ["a@example.com", "b\0@example.com"])])
        #expect { try nested.requestBytes() } throws: { ($0 as? ACSError)?.code == .invalidArgument }
        let clean = V1.PostPaymentRequest(payment: V1.NewPayment(idempotencyKey: "key"))
        #expect(try clean.requestBytes() == clean.wireBytes())
    }

    @Test("ResponseFrame carries an error with its code, message and violations")
    func responseWithError() throws {
        let error = ACSError(.invalidArgument, "bad amount", violations: [.init(field: "amount", description: "must be > 0")])
        let frame = V1.ResponseFrame(callId: 7, error: error)
        var buffer = ByteBuffer()
        frame.write(framedTo: &buffer)
        let decoded = try V1.ResponseFrame(body: body(of: buffer))
        #expect(decoded == frame)
        #expect(decoded.error?.code.rawValue == 3)
    }

    @Test("an OK ResponseFrame carries its payload and no error")
    func responseOK() throws {
        let frame = V1.ResponseFrame(callId: 9, result: .success(V1.PingRequest(data: [1, 2, 3]).wireBytes()), requestId: "3f2a-7")
        var buffer = ByteBuffer()
        frame.write(framedTo: &buffer)
        let decoded = try V1.ResponseFrame(body: body(of: buffer))
        #expect(decoded.error == nil)
        #expect(decoded.requestId == "3f2a-7")
        #expect(try V1.PingResponse(wire: decoded.payload).data == [1, 2, 3])
    }

    @Test("garbage bytes are INVALID_ARGUMENT, not a crash", arguments: [
        [0xFF, 0xFF, 0xFF], [0x12, 0x05, 0x41], [0x0A], [0x08, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01],
    ] as [[UInt8]])
    func garbage(bytes: [UInt8]) {
        #expect(throws: ACSError.self) { try V1.RequestFrame(body: ByteBuffer(bytes: bytes)) }
    }

    @Test("a field with the wrong wire type is refused")
    func wrongWireType() {
        // Field 2 (method, a string) sent as a varint.
        #expect(throws: ACSError.self) { try V1.RequestFrame(body: ByteBuffer(bytes: [0x10, 0x05])) }
    }

    @Test("unknown fields are ignored")
    func unknownFields() throws {
        // call_id = 3, then field 99 (varint) that v1 does not know.
        let frame = try V1.RequestFrame(body: ByteBuffer(bytes: [0x08, 0x03, 0x98, 0x06, 0x01]))
        #expect(frame.callId == 3)
    }

    @Test("StatusResponse keeps every field")
    func statusRoundTrip() throws {
        var status = V1.StatusResponse()
        status.uptimeSeconds = 12
        status.databasePath = "/var/lib/acs/acs.db"
        status.accountCount = 1_000_000
        status.auditWriteFailures = 2
        status.clockSimulated = true
        status.now = "2026-01-01T00:00:00Z"
        status.pid = 42
        #expect(try V1.StatusResponse(wire: status.wireBytes()) == status)
    }

    @Test("status codes have gRPC's numbers and names")
    func codes() {
        #expect(ACSError.Code.all.count == 17)
        #expect(ACSError.Code.unauthenticated.rawValue == 16)
        #expect(ACSError.Code.resourceExhausted.name == "RESOURCE_EXHAUSTED")
        #expect(ACSError.Code(rawValue: 99) == .unknown)
    }
}
