import ACSCore
import CACSProto
import CProtobufC
#if canImport(Glibc)
import Glibc
#endif

/// A protoc-c generated message struct. Only `cInit` is typed: packing, sizing,
/// unpacking and freeing go through protobuf-c's generic functions and the
/// descriptor that `cInit` installs.
protocol CProtoMessage {
    /// Calls the generated `…__init` on `message`.
    static func cInit(_ message: UnsafeMutablePointer<Self>)
    /// The generated struct's header.
    var base: ProtobufCMessage { get }
    /// An all-zero value (Swift's importer gives every C struct one).
    init()
}

extension CProtoMessage {
    /// A freshly initialised message (the `…__INIT` macro cannot be imported).
    static func initialized() -> Self {
        var message = Self()
        cInit(&message)
        return message
    }

    /// The message's descriptor, taken from an initialised instance.
    static var descriptor: UnsafePointer<ProtobufCMessageDescriptor> {
        initialized().base.descriptor
    }

    /// The protobuf name, e.g. `acs.v1.RequestFrame`.
    static var protoName: String { String(cString: descriptor.pointee.name) }

    /// Unpacks `bytes` and hands the message to `body`; bad bytes are INVALID_ARGUMENT.
    static func decode<R>(
        _ bytes: UnsafeRawBufferPointer, _ body: (UnsafePointer<Self>) throws(ACSError) -> R
    ) throws(ACSError) -> R {
        let data = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? emptyBytes
        guard let raw = protobuf_c_message_unpack(descriptor, nil, bytes.count, data) else {
            throw ACSError(.invalidArgument, "payload is not a valid \(protoName)")
        }
        defer { protobuf_c_message_free_unpacked(raw, nil) }
        return try body(UnsafeRawPointer(raw).assumingMemoryBound(to: Self.self))
    }

    /// Decodes a byte array; see `decode(_:_:)`.
    static func decode<R>(
        _ bytes: [UInt8], _ body: (UnsafePointer<Self>) throws(ACSError) -> R
    ) throws(ACSError) -> R {
        try bytes.withUnsafeBytes { raw in
            Result { () throws(ACSError) -> R in try decode(raw, body) }
        }.get()
    }

    /// Packed size of an initialised message.
    static func packedSize(_ message: UnsafePointer<Self>) -> Int {
        protobuf_c_message_get_packed_size(UnsafeRawPointer(message).assumingMemoryBound(to: ProtobufCMessage.self))
    }

    /// Packs an initialised message into `out`, which holds `packedSize` bytes.
    static func pack(_ message: UnsafePointer<Self>, into out: UnsafeMutableRawPointer) -> Int {
        protobuf_c_message_pack(
            UnsafeRawPointer(message).assumingMemoryBound(to: ProtobufCMessage.self),
            out.assumingMemoryBound(to: UInt8.self))
    }

    /// Builds a message with `fill` (strings go through `arena`) and packs it.
    static func encode(_ fill: (inout Self, CArena) -> Void) -> [UInt8] {
        let arena = CArena()
        var message = initialized()
        fill(&message, arena)
        return withExtendedLifetime(arena) { withUnsafePointer(to: &message) { pointer in
            let size = packedSize(pointer)
            guard size > 0 else { return [] }  // no storage for an empty message (see ProtoEncoding)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = pack(pointer, into: buffer.baseAddress!)
            }
        } }
    }
}

/// A non-NULL pointer for unpacking zero bytes.
nonisolated(unsafe) private let emptyBytes: UnsafePointer<UInt8> = {
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return UnsafePointer(pointer)
}()

/// Owns the C memory (strings, bytes, arrays, sub-messages) a message being
/// encoded or unpacked points to, and frees it all when it goes away.
///
/// It hands out pieces of a few large blocks rather than one `malloc` per piece: a
/// 1,000-account sync request is tens of thousands of small strings.
final class CArena {
    private var blocks: [UnsafeMutableRawPointer] = []
    private var next: UnsafeMutableRawPointer?
    private var remaining = 0
    /// The size of the next block; it doubles up to `maxBlock`.
    private var blockSize = 1024
    private static let maxBlock = 256 * 1024
    private static let alignment = 16

    deinit {
        for block in blocks { free(block) }
    }

    /// `size` uninitialised bytes, aligned for any C type protobuf-c stores.
    func raw(_ size: Int) -> UnsafeMutableRawPointer {
        guard let piece = piece(size) else { fatalError("out of memory: \(size) bytes for a message") }
        return piece
    }

    /// `size` uninitialised bytes, or nil when the system has no more memory (what
    /// protobuf-c's allocator answers, so that unpacking fails rather than the process).
    func piece(_ size: Int) -> UnsafeMutableRawPointer? {
        let rounded = (max(size, 1) + Self.alignment - 1) & ~(Self.alignment - 1)
        if rounded > remaining {
            let size = max(blockSize, rounded)
            guard let block = malloc(size) else { return nil }
            blockSize = min(blockSize * 2, Self.maxBlock)
            blocks.append(block)
            next = block
            remaining = size
        }
        let piece = next!
        next = piece.advanced(by: rounded)
        remaining -= rounded
        return piece
    }

    /// A NUL-terminated copy of `string` that lives as long as the arena (cut at
    /// its first NUL, as protobuf-c reads it).
    func string(_ string: String) -> UnsafeMutablePointer<CChar> {
        var string = string
        return string.withUTF8 { utf8 in
            let length = utf8.firstIndex(of: 0) ?? utf8.count
            let copy = raw(length + 1).bindMemory(to: CChar.self, capacity: length + 1)
            if length > 0 { memcpy(copy, utf8.baseAddress!, length) }
            copy[length] = 0
            return copy
        }
    }

    /// A copy of `bytes` as protobuf-c binary data.
    func bytes(_ bytes: [UInt8]) -> ProtobufCBinaryData {
        guard !bytes.isEmpty else { return ProtobufCBinaryData(len: 0, data: nil) }
        let copy = allocate(UInt8.self, count: bytes.count)
        copy.initialize(from: bytes, count: bytes.count)
        return ProtobufCBinaryData(len: bytes.count, data: copy)
    }

    /// Uninitialised memory for `count` values of `T`.
    func allocate<T>(_ type: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        raw(count * MemoryLayout<T>.stride).bindMemory(to: T.self, capacity: count)
    }

    /// A C array of pointers to initialised copies of `values`.
    func messages<M: CProtoMessage>(_ values: [M]) -> UnsafeMutablePointer<UnsafeMutablePointer<M>?> {
        let array = allocate(UnsafeMutablePointer<M>?.self, count: values.count)
        for (index, value) in values.enumerated() {
            let element = allocate(M.self, count: 1)
            element.initialize(to: value)
            array[index] = element
        }
        return array
    }

    /// Runs `body` with a protobuf-c allocator that takes its memory from this arena
    /// (and frees nothing: the arena frees it all at once).
    func withAllocator<R>(_ body: (UnsafeMutablePointer<ProtobufCAllocator>) throws(ACSError) -> R) throws(ACSError) -> R {
        var allocator = ProtobufCAllocator(
            alloc: { data, size in Unmanaged<CArena>.fromOpaque(data!).takeUnretainedValue().piece(size) },
            free: { _, _ in },
            allocator_data: Unmanaged.passUnretained(self).toOpaque())
        return try withExtendedLifetime(self) { () throws(ACSError) -> R in try body(&allocator) }
    }
}

/// Swift strings from C.
extension String {
    /// A copy of a protobuf-c string field (NULL reads as "").
    init(protobuf pointer: UnsafeMutablePointer<CChar>?) {
        self = pointer.map { String(cString: $0) } ?? ""
    }
}

extension Array where Element == UInt8 {
    /// A copy of a protobuf-c bytes field.
    init(protobuf data: ProtobufCBinaryData) {
        guard data.len > 0, let pointer = data.data else { self = []; return }
        self = Array(UnsafeBufferPointer(start: pointer, count: data.len))
    }
}

extension Bool {
    /// A protobuf-c boolean.
    var protobuf: protobuf_c_boolean { self ? 1 : 0 }
}
