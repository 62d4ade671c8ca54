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
        guard !payload.isEmpty, let descriptor = ServiceCatalog.inputDescriptor(of: path) else { return }
        try payload.withUnsafeBytes { bytes in Result { () throws(ACSError) in try check(bytes, descriptor) } }.get()
    }

    /// Checks `bytes` as a `descriptor` message; with `stringsOnly` (frames, whose `call_id`
    /// is echoed, never stored) only strings are checked.
    static func check(
        _ bytes: UnsafeRawBufferPointer, _ descriptor: UnsafePointer<ProtobufCMessageDescriptor>, stringsOnly: Bool = false
    ) throws(ACSError) {
        var reader = WireReader(bytes: bytes)
        do throws(Refusal) {
            try walk(&reader, end: bytes.count, descriptor, depth: 0, stringsOnly: stringsOnly)
        } catch {
            throw ACSError.invalidArgument(field: error.path.reversed().joined(separator: "."), error.reason)
        }
    }

    /// A refused value: its reason, and its path gathered innermost first as the walk unwinds,
    /// so that an accepted request builds no names at all.
    struct Refusal: Error {
        var path: [String]
        let reason: String
    }

    /// Deeper than this, the message is left to protobuf-c (the protocol nests a few levels).
    private static let maxDepth = 32

    private static func walk(
        _ reader: inout WireReader, end: Int, _ descriptor: UnsafePointer<ProtobufCMessageDescriptor>, depth: Int, stringsOnly: Bool
    ) throws(Refusal) {
        guard depth < maxDepth else { return }
        let start = reader.offset
        while reader.offset < end {
            let fieldStart = reader.offset
            guard let tag = reader.varint(), tag >> 3 > 0, tag >> 3 <= UInt64(UInt32.max) else { return }
            let field = protobuf_c_message_descriptor_get_field(descriptor, UInt32(tag >> 3))
            do throws(Refusal) {
                guard try value(&reader, tag: tag, end: end, field, of: descriptor, depth: depth, stringsOnly: stringsOnly) else { return }
            } catch {
                var refusal = error
                let name = String(cString: field!.pointee.name)
                if field!.pointee.label == PROTOBUF_C_LABEL_REPEATED {
                    let index = occurrences(of: tag >> 3, in: WireReader(bytes: reader.bytes, offset: start), before: fieldStart)
                    refusal.path.append("\(name)[\(index)]")
                } else {
                    refusal.path.append(name)
                }
                throw refusal
            }
        }
    }

    /// How often field `number` occurs from `reader`'s offset up to `stop`: the index of a
    /// refused repeated value, counted only once there is a refusal to name (a count kept for
    /// every repeated field cost a dictionary per message of every accepted request).
    private static func occurrences(of number: UInt64, in reader: WireReader, before stop: Int) -> Int {
        var reader = reader
        var count = 0
        while reader.offset < stop, let tag = reader.varint() {
            if tag >> 3 == number { count += 1 }
            switch tag & 7 {
            case 0: guard reader.varint() != nil else { return count }
            case 1: guard reader.skip(8) else { return count }
            case 5: guard reader.skip(4) else { return count }
            case 2:
                guard let length = reader.varint(), reader.skip(Int(clamping: length)) else { return count }
            default: return count
            }
        }
        return count
    }

    /// Reads and checks one value of `field` (nil: a field the descriptor does not know, skipped);
    /// false when the bytes cannot be read on (protobuf-c will refuse them).
    private static func value(
        _ reader: inout WireReader, tag: UInt64, end: Int, _ field: UnsafePointer<ProtobufCFieldDescriptor>?,
        of descriptor: UnsafePointer<ProtobufCMessageDescriptor>, depth: Int, stringsOnly: Bool
    ) throws(Refusal) -> Bool {
        switch tag & 7 {
        case 0:
            guard let value = reader.varint() else { return false }
            if let field, !stringsOnly { try checkVarint(value, field, descriptor) }
        case 1:
            guard let value = reader.fixed64() else { return false }
            if let field, !stringsOnly, field.pointee.type == PROTOBUF_C_TYPE_FIXED64 { try checkUnsigned(value) }
        case 5:
            return reader.skip(4)
        case 2:
            guard let length = reader.varint(), length <= UInt64(end - reader.offset) else { return false }
            let stop = reader.offset + Int(length)
            if let field { try checkDelimited(&reader, stop: stop, field, depth: depth, stringsOnly: stringsOnly) }
            reader.offset = stop
        default:
            return false
        }
        return true
    }

    private static func checkDelimited(
        _ reader: inout WireReader, stop: Int, _ field: UnsafePointer<ProtobufCFieldDescriptor>, depth: Int, stringsOnly: Bool
    ) throws(Refusal) {
        switch field.pointee.type {
        case PROTOBUF_C_TYPE_STRING:
            try checkString(reader.bytes[reader.offset..<stop])
        case PROTOBUF_C_TYPE_MESSAGE:
            let descriptor = field.pointee.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self)
            try walk(&reader, end: stop, descriptor, depth: depth + 1, stringsOnly: stringsOnly)
        case PROTOBUF_C_TYPE_UINT64 where !stringsOnly:  // packed repeated
            while reader.offset < stop, let value = reader.varint() { try checkUnsigned(value) }
        default:
            break
        }
    }

    private static func checkString(_ bytes: Slice<UnsafeRawBufferPointer>) throws(Refusal) {
        if bytes.contains(0) {
            throw Refusal(path: [], reason: "contains a NUL byte; strings must be text without NUL")
        }
        guard bytes.allSatisfy({ $0 < 0x80 }) || String(validating: bytes, as: UTF8.self) != nil else {
            throw Refusal(path: [], reason: "is not valid UTF-8")
        }
    }

    private static func checkVarint(
        _ value: UInt64, _ field: UnsafePointer<ProtobufCFieldDescriptor>, _ message: UnsafePointer<ProtobufCMessageDescriptor>
    ) throws(Refusal) {
        switch field.pointee.type {
        case PROTOBUF_C_TYPE_UINT64:
            try checkUnsigned(value)
        case PROTOBUF_C_TYPE_INT64 where isAmount(field, of: message):
            let amount = Int64(bitPattern: value)
            guard amount.magnitude <= UInt64(Money.maxMinorUnits) else {
                throw Refusal(path: [], reason: "\(amount) is beyond the largest amount acs accepts, ±\(Money.maxMinorUnits) minor units")
            }
        default:
            break
        }
    }

    private static func checkUnsigned(_ value: UInt64) throws(Refusal) {
        guard value <= UInt64(Int64.max) else {
            throw Refusal(path: [], reason: "\(value) is beyond \(Int64.max), the largest value acs stores")
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

    init(bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

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
        guard count <= bytes.count - offset else { return false }
        offset += count
        return true
    }
}
