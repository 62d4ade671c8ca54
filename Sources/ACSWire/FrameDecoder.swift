public import NIOCore

/// Splits a byte stream into frame bodies: a 4-byte big-endian length N, then N bytes.
///
/// A length above `maxFrameBytes` is an error (`FrameTooLargeError`) raised as soon
/// as the prefix is read, before any of the body is buffered.
public struct FrameDecoder: ByteToMessageDecoder, Sendable {
    /// A frame body.
    public typealias InboundOut = ByteBuffer

    /// The largest body accepted.
    public let maxFrameBytes: Int

    /// Creates a decoder accepting bodies up to `maxFrameBytes`.
    public init(maxFrameBytes: Int = WireLimits.defaultMaxFrameBytes) {
        self.maxFrameBytes = maxFrameBytes
    }

    /// Emits every complete frame in `buffer`.
    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let length = buffer.getInteger(at: buffer.readerIndex, as: UInt32.self) else { return .needMoreData }
        guard Int(length) <= maxFrameBytes else {
            throw FrameTooLargeError(length: Int(length), limit: maxFrameBytes)
        }
        guard buffer.readableBytes >= WireLimits.lengthPrefixBytes + Int(length) else { return .needMoreData }
        buffer.moveReaderIndex(forwardBy: WireLimits.lengthPrefixBytes)
        context.fireChannelRead(Self.wrapInboundOut(buffer.readSlice(length: Int(length))!))
        return .continue
    }

    /// A stream that ends inside a frame: the partial frame is dropped, nothing is emitted.
    public mutating func decodeLast(
        context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool
    ) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        buffer.moveReaderIndex(to: buffer.writerIndex)
        return .needMoreData
    }
}

/// A frame's length prefix exceeded the limit.
public struct FrameTooLargeError: Error, Hashable, Sendable {
    /// The announced body length.
    public var length: Int
    /// The largest body accepted.
    public var limit: Int

    /// Creates the error.
    public init(length: Int, limit: Int) {
        self.length = length
        self.limit = limit
    }
}
