import ACSCore
import ACSWire
import NIOCore
import NIOEmbedded
import Testing

@Suite("Frame decoder")
struct FrameDecoderTests {
    private func channel(limit: Int = 1024) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(FrameDecoder(maxFrameBytes: limit)))
        return channel
    }

    private func framed(_ body: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(UInt32(body.count))
        buffer.writeBytes(body)
        return buffer
    }

    private func readFrames(_ channel: EmbeddedChannel) throws -> [[UInt8]] {
        var frames: [[UInt8]] = []
        while let frame = try channel.readInbound(as: ByteBuffer.self) {
            frames.append(Array(frame.readableBytesView))
        }
        return frames
    }

    @Test("a frame split across many reads arrives whole")
    func splitAcrossReads() throws {
        let channel = try channel()
        let body = Array(0..<200).map { UInt8($0) }
        for byte in framed(body).readableBytesView {
            try channel.writeInbound(ByteBuffer(bytes: [byte]))
        }
        #expect(try readFrames(channel) == [body])
        #expect(try channel.finish().isClean)
    }

    @Test("many frames in one read come out one by one, in order")
    func manyFramesInOneRead() throws {
        let channel = try channel()
        var buffer = ByteBuffer()
        let bodies = (0..<50).map { [UInt8](repeating: UInt8($0), count: $0) }
        for body in bodies { buffer.writeImmutableBuffer(framed(body)) }
        try channel.writeInbound(buffer)
        #expect(try readFrames(channel) == bodies)
    }

    @Test("a zero-length frame is a valid empty body")
    func zeroLength() throws {
        let channel = try channel()
        try channel.writeInbound(framed([]))
        #expect(try readFrames(channel) == [[]])
    }

    @Test("lengths at the limit pass; above it fail before the body arrives", arguments: [0, 1, 1024, 1025, Int(UInt32.max)])
    func limit(length: Int) throws {
        let channel = try channel(limit: 1024)
        var prefix = ByteBuffer()
        prefix.writeInteger(UInt32(length))
        if length <= 1024 {
            try channel.writeInbound(prefix)
            try channel.writeInbound(ByteBuffer(bytes: [UInt8](repeating: 7, count: length)))
            #expect(try readFrames(channel).map(\.count) == [length])
        } else {
            #expect(throws: FrameTooLargeError(length: length, limit: 1024)) {
                try channel.writeInbound(prefix)
            }
        }
    }

    @Test("a stream truncated inside a frame emits nothing and no error")
    func truncated() throws {
        let channel = try channel()
        var partial = framed([1, 2, 3, 4, 5, 6])
        partial.moveWriterIndex(to: partial.writerIndex - 2)
        try channel.writeInbound(partial)
        #expect(try readFrames(channel).isEmpty)
        _ = try channel.finish(acceptAlreadyClosed: true)
    }

    @Test("a length prefix split over reads (1 byte, then 3)")
    func splitPrefix() throws {
        let channel = try channel()
        let bytes = Array(framed([9, 9]).readableBytesView)
        try channel.writeInbound(ByteBuffer(bytes: bytes[0..<1]))
        try channel.writeInbound(ByteBuffer(bytes: bytes[1..<4]))
        #expect(try readFrames(channel).isEmpty)
        try channel.writeInbound(ByteBuffer(bytes: bytes[4...]))
        #expect(try readFrames(channel) == [[9, 9]])
    }
}
