import ACSCore
public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plays systemd's side of `sd_notify`: a datagram socket to pass as
/// `NOTIFY_SOCKET`, collecting what the daemon reports.
public final class NotifyListener: @unchecked Sendable {
    /// The socket path for `NOTIFY_SOCKET`.
    public let path: String
    private let descriptor: Int32
    private let lock = NSLock()
    private var received: [String] = []

    /// Binds a new socket in `directory`.
    public init(directory: URL) throws {
        path = directory.appendingPathComponent("notify.sock").path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        let bound = withUnixAddress(path) { bind(descriptor, $0, $1) }
        guard bound == 0 else { throw ACSError(.internal, "cannot bind \(path): errno \(errno)") }
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    /// Every message so far, one string per datagram (`READY=1\nSTATUS=…`).
    public var messages: [String] {
        drain()
        return lock.withLock { received }
    }

    /// Waits up to `timeout` until a message satisfies `condition`.
    public func waitFor(timeout: Duration = .seconds(10), _ condition: (String) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if messages.contains(where: condition) { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            guard count > 0 else { return }
            let message = String(decoding: buffer[..<count], as: UTF8.self)
            lock.withLock { received.append(message) }
        }
    }
}
