import ACSCore
public import ACSWire
import Foundation
import NIOCore
#if canImport(Glibc)
import Glibc
#endif

/// A blocking Unix-socket connection that writes arbitrary bytes, for tests that
/// must send what a well-behaved client never would.
public final class RawConnection {
    private let descriptor: Int32

    /// Connects to `path`, with a receive (and send) timeout of `timeoutSeconds`.
    public init(path: String, timeoutSeconds: Int = 60) throws {
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        let connected = withUnixAddress(path) { connect(descriptor, $0, $1) }
        guard connected == 0 else {
            close(descriptor)
            throw ACSError(.unavailable, "cannot connect to \(path): errno \(errno)")
        }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    /// Leaves a socket file at `path` that nobody listens on.
    public static func bindAndAbandonDatagramSocket(at path: String) throws {
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        defer { close(descriptor) }
        let bound = withUnixAddress(path) { bind(descriptor, $0, $1) }
        guard bound == 0 else { throw ACSError(.internal, "cannot bind \(path): errno \(errno)") }
    }

    /// Writes all of `bytes` (to a connection the server closed: an error, never SIGPIPE).
    public func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw ACSError(.unavailable, "write failed: errno \(errno)") }
            offset += written
        }
    }

    /// Writes a length prefix of `length` followed by `body`.
    public func sendFrame(length: UInt32? = nil, body: [UInt8]) throws {
        let length = length ?? UInt32(body.count)
        try send([UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)] + body)
    }

    /// Sends a well-formed request.
    public func sendRequest(_ request: V1.RequestFrame) throws {
        var buffer = ByteBuffer()
        request.write(framedTo: &buffer)
        try send(Array(buffer.readableBytesView))
    }

    /// Reads one response frame, or nil when the server closed the connection.
    public func readResponse() throws -> V1.ResponseFrame? {
        guard let prefix = try read(count: 4) else { return nil }
        let length = prefix.reduce(0) { $0 << 8 | Int($1) }
        guard let body = try read(count: length) else { return nil }
        return try V1.ResponseFrame(body: ByteBuffer(bytes: body))
    }

    /// True when the server closed the connection (a read returns end of file).
    public func isClosedByPeer() throws -> Bool {
        try read(count: 1) == nil
    }

    /// Half-closes: the server sees end of stream.
    public func shutdownWrite() {
        shutdown(descriptor, Int32(SHUT_WR))
    }

    private func read(count: Int) throws -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let got = bytes[offset...].withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if got == 0 { return nil }
            if got < 0 {
                if errno == ECONNRESET { return nil }
                throw ACSError(.deadlineExceeded, "no data from the server (errno \(errno))")
            }
            offset += got
        }
        return bytes
    }
}
