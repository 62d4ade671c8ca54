import ACSCore
import CACSProto
import CProtobufC
#if canImport(Glibc)
import Glibc
#endif

/// Owns the C memory (strings, bytes, arrays, sub-messages) a message being
/// encoded or unpacked points to, and frees it all when it goes away.
///
/// It hands out pieces of a few large blocks rather than one `malloc` per piece: a
/// 1,000-account sync request is tens of thousands of small strings.
final class CArena {
    /// The newest block; each block's first word points to the one before it, so that the
    /// arena keeps no array of its own. An array of blocks per arena (four arenas per call)
    /// cost `acs-bench ping --concurrency 128` 12%: 113,300 calls/s against 129,300, means
    /// of six interleaved runs.
    private var newest: UnsafeMutableRawPointer?
    /// True once a string was cut at a NUL byte (a C string ends there).
    private(set) var cutAtNUL = false
    private var next: UnsafeMutableRawPointer?
    private var remaining = 0
    /// The size of the next block; it doubles up to `maxBlock`.
    private var blockSize = 1024
    private static let maxBlock = 256 * 1024
    private static let alignment = 16

    deinit {
        var block = newest
        while let current = block {
            block = current.load(as: UnsafeMutableRawPointer?.self)
            free(current)
        }
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
            let size = max(blockSize, rounded + Self.alignment)
            guard let block = malloc(size) else { return nil }
            blockSize = min(blockSize * 2, Self.maxBlock)
            block.storeBytes(of: newest, as: UnsafeMutableRawPointer?.self)
            newest = block
            next = block.advanced(by: Self.alignment)
            remaining = size - Self.alignment
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
            if length < utf8.count { cutAtNUL = true }
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

    /// A zero-filled message of `descriptor`'s type, initialised by its `…__init`.
    func message(_ descriptor: UnsafePointer<ProtobufCMessageDescriptor>) -> UnsafeMutableRawPointer {
        let size = descriptor.pointee.sizeof_message
        let message = UnsafeMutableRawPointer(allocate(UInt8.self, count: size))
        message.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        descriptor.pointee.message_init(message.assumingMemoryBound(to: ProtobufCMessage.self))
        return message
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

/// protobuf-c's unpacking, its memory taken from an arena.
enum ProtobufC {
    /// Unpacks `bytes` as a `descriptor` message and hands it to `body`; bytes protobuf-c
    /// refuses are INVALID_ARGUMENT.
    static func unpack<R>(_ bytes: UnsafeRawBufferPointer, _ descriptor: UnsafePointer<ProtobufCMessageDescriptor>,
                          _ body: (UnsafeRawPointer) throws(ACSError) -> R) throws(ACSError) -> R {
        try CArena().withAllocator { (allocator) throws(ACSError) -> R in
            let data = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(emptyByte)
            guard let message = protobuf_c_message_unpack(descriptor, allocator, bytes.count, data) else {
                throw ACSError(.invalidArgument, "payload is not a valid \(String(cString: descriptor.pointee.name))")
            }
            return try body(UnsafeRawPointer(message))
        }
    }
}

/// A non-NULL pointer for unpacking zero bytes.
nonisolated(unsafe) private let emptyByte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

extension Array where Element == UInt8 {
    /// A copy of a protobuf-c bytes field.
    init(protobuf data: ProtobufCBinaryData) {
        guard data.len > 0, let pointer = data.data else { self = []; return }
        self = Array(UnsafeBufferPointer(start: pointer, count: data.len))
    }
}
