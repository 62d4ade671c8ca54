public import ACSCore
import CACSProto
import CProtobufC

/// The checks every request payload passes before it is decoded, decided once for every
/// message from the protoc-c descriptors rather than method by method:
///
/// - a `string` field holds valid UTF-8 without NUL (protobuf-c hands strings over as C
///   strings, so `"K\0A"` would become `"K"` and invalid bytes would become U+FFFD: two
///   distinct keys would alias);
/// - a `uint64` or `fixed64` field fits Int64, which is what SQLite stores;
/// - an amount (`acs.v1.Money.amount_minor`) lies within ±`Money.maxMinorUnits`.
///
/// It walks the protobuf wire format itself (the C structs no longer know a string's
/// length), recursing into sub-messages; structure it cannot read is left to protobuf-c,
/// which refuses it. A refusal is INVALID_ARGUMENT naming the field's path.
public enum RequestInputCheck {
    /// Checks `payload` as a request of the method at `path`; unknown paths pass (the router answers them).
    public static func check(_ payload: [UInt8], method path: String) throws(ACSError) {
        guard let descriptor = ServiceCatalog.inputDescriptor(of: path) else { return }
        try payload.withUnsafeBytes { bytes in Result { () throws(ACSError) in try check(bytes, descriptor) } }.get()
    }

    /// Checks `bytes` as a `descriptor` message; with `stringsOnly` (frames, whose `call_id`
    /// is echoed, never stored) only strings are checked.
    static func check(
        _ bytes: UnsafeRawBufferPointer, _ descriptor: UnsafePointer<ProtobufCMessageDescriptor>, stringsOnly: Bool = false
    ) throws(ACSError) {
        var reader = WireReader(bytes: bytes)
        try walk(&reader, end: bytes.count, descriptor, path: "", depth: 0, stringsOnly: stringsOnly)
    }

    /// Deeper than this, the message is left to protobuf-c (the protocol nests a few levels).
    private static let maxDepth = 32

    private static func walk(
        _ reader: inout WireReader, end: Int, _ descriptor: UnsafePointer<ProtobufCMessageDescriptor>, path: String, depth: Int,
        stringsOnly: Bool
    ) throws(ACSError) {
        guard depth < maxDepth else { return }
        var counts: [UInt32: Int] = [:]
        while reader.offset < end {
            guard let tag = reader.varint(), tag >> 3 > 0, tag >> 3 <= UInt64(UInt32.max) else { return }
            let number = UInt32(tag >> 3)
            let field = protobuf_c_message_descriptor_get_field(descriptor, number)
            let fieldPath = field.map { name(of: $0, path: path, counts: &counts) } ?? ""
            switch tag & 7 {
            case 0:
                guard let value = reader.varint() else { return }
                if let field, !stringsOnly { try checkVarint(value, field, descriptor, fieldPath) }
            case 1:
                guard let value = reader.fixed64() else { return }
                if let field, !stringsOnly, field.pointee.type == PROTOBUF_C_TYPE_FIXED64 { try checkUnsigned(value, fieldPath) }
            case 5:
                guard reader.skip(4) else { return }
            case 2:
                guard let length = reader.varint(), length <= UInt64(end - reader.offset) else { return }
                let start = reader.offset
                let stop = start + Int(length)
                if let field {
                    try checkDelimited(&reader, start: start, stop: stop, field, fieldPath, depth: depth, stringsOnly: stringsOnly)
                }
                reader.offset = stop
            default:
                return
            }
        }
    }

    private static func name(of field: UnsafePointer<ProtobufCFieldDescriptor>, path: String, counts: inout [UInt32: Int]) -> String {
        let base = path.isEmpty ? String(cString: field.pointee.name) : path + "." + String(cString: field.pointee.name)
        guard field.pointee.label == PROTOBUF_C_LABEL_REPEATED else { return base }
        let index = counts[field.pointee.id, default: 0]
        counts[field.pointee.id] = index + 1
        return base + "[\(index)]"
    }

    private static func checkDelimited(
        _ reader: inout WireReader, start: Int, stop: Int, _ field: UnsafePointer<ProtobufCFieldDescriptor>, _ path: String, depth: Int,
        stringsOnly: Bool
    ) throws(ACSError) {
        switch field.pointee.type {
        case PROTOBUF_C_TYPE_STRING:
            try checkString(reader.bytes[start..<stop], path)
        case PROTOBUF_C_TYPE_MESSAGE:
            let descriptor = field.pointee.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self)
            reader.offset = start
            try walk(&reader, end: stop, descriptor, path: path, depth: depth + 1, stringsOnly: stringsOnly)
        case PROTOBUF_C_TYPE_UINT64 where !stringsOnly:  // packed repeated
            reader.offset = start
            while reader.offset < stop, let value = reader.varint() { try checkUnsigned(value, path) }
        default:
            break
        }
    }

    private static func checkString(_ bytes: Slice<UnsafeRawBufferPointer>, _ path: String) throws(ACSError) {
        if bytes.contains(0) {
            throw ACSError.invalidArgument(field: path, "contains a NUL byte; strings must be text without NUL")
        }
        guard bytes.allSatisfy({ $0 < 0x80 }) || String(validating: bytes, as: UTF8.self) != nil else {
            throw ACSError.invalidArgument(field: path, "is not valid UTF-8")
        }
    }

    private static func checkVarint(
        _ value: UInt64, _ field: UnsafePointer<ProtobufCFieldDescriptor>, _ message: UnsafePointer<ProtobufCMessageDescriptor>,
        _ path: String
    ) throws(ACSError) {
        switch field.pointee.type {
        case PROTOBUF_C_TYPE_UINT64:
            try checkUnsigned(value, path)
        case PROTOBUF_C_TYPE_INT64 where isAmount(field, of: message):
            let amount = Int64(bitPattern: value)
            guard amount.magnitude <= UInt64(Money.maxMinorUnits) else {
                throw ACSError.invalidArgument(
                    field: path, "\(amount) is beyond the largest amount acs accepts, ±\(Money.maxMinorUnits) minor units")
            }
        default:
            break
        }
    }

    private static func checkUnsigned(_ value: UInt64, _ path: String) throws(ACSError) {
        guard value <= UInt64(Int64.max) else {
            throw ACSError.invalidArgument(field: path, "\(value) is beyond \(Int64.max), the largest value acs stores")
        }
    }

    private static func isAmount(_ field: UnsafePointer<ProtobufCFieldDescriptor>, of message: UnsafePointer<ProtobufCMessageDescriptor>) -> Bool {
        UnsafeRawPointer(message) == moneyDescriptor && field.pointee.id == 1
    }

    nonisolated(unsafe) private static let moneyDescriptor = UnsafeRawPointer(ProtoRegistry.descriptor(named: "acs.v1.Money")!)
}

/// Reads the protobuf wire format: varints, fixed-width values, skips.
private struct WireReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func varint() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    mutating func fixed64() -> UInt64? {
        guard offset + 8 <= bytes.count else { return nil }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return value
    }

    mutating func skip(_ count: Int) -> Bool {
        guard offset + count <= bytes.count else { return false }
        offset += count
        return true
    }
}
