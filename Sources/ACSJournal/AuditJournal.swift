public import ACSCore
import CSystemd
import Synchronization
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Writes audit events to journald with `sd_journal_sendv`.
///
/// A refused entry (journald down, socket full) never stops the caller: it is
/// counted, a warning goes to stderr, and `failures` shows it.
public final class AuditJournal: Sendable {
    /// journald's native socket.
    static let socketPath = "/run/systemd/journal/socket"
    /// The `SYSLOG_IDENTIFIER` of every entry.
    public let identifier: String
    private let writeCount = Atomic<UInt64>(0)
    private let failureCount = Atomic<UInt64>(0)

    /// A journal writing entries as `identifier`.
    public init(identifier: String = "acsd") {
        self.identifier = identifier
    }

    /// True when journald's socket exists and something listens on it: a probe for
    /// callers that must not change state without an audit trail.
    public var isAvailable: Bool {
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { path in
            for (index, byte) in Self.socketPath.utf8.enumerated() { path[index] = byte }
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        } == 0
    }

    /// Entries journald accepted.
    public var writes: UInt64 { writeCount.load(ordering: .relaxed) }
    /// Entries journald refused.
    public var failures: UInt64 { failureCount.load(ordering: .relaxed) }

    /// Sends one entry; returns false (and counts it) when journald refuses it.
    @discardableResult
    public func record(_ event: AuditEvent) -> Bool {
        var result = Self.send(fields(of: event))
        if result >= 0, access(Self.socketPath, F_OK) != 0 {
            // sd_journal_sendv reports success when journald's socket is missing.
            result = -ENOENT
        }
        guard result >= 0 else {
            let failures = failureCount.add(1, ordering: .relaxed).newValue
            warn(event: event, errno: -result, failures: failures)
            return false
        }
        writeCount.add(1, ordering: .relaxed)
        return true
    }

    /// The journal fields of `event`, in order.
    func fields(of event: AuditEvent) -> [String] {
        var fields = [
            "MESSAGE=\(event.message)",
            "MESSAGE_ID=\(event.kind.messageID)",
            "PRIORITY=\(event.kind.priority)",
            "SYSLOG_IDENTIFIER=\(identifier)",
            "ACS_EVENT=\(event.kind.name)",
        ]
        for (name, value) in event.fields.sorted(by: { $0.key < $1.key }) {
            fields.append("\(Self.fieldName(name))=\(value)")
        }
        return fields
    }

    /// `ACS_` plus `name` upper-cased, with anything journald would drop made `_`.
    static func fieldName(_ name: String) -> String {
        if name.utf8.allSatisfy({ (65...90).contains($0) || (48...57).contains($0) || $0 == 95 }) { return "ACS_" + name }
        let cleaned = name.uppercased().unicodeScalars.map { scalar -> Character in
            ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        }
        return "ACS_" + String(cleaned)
    }

    /// Sends the fields as one entry: their bytes in one buffer, one vector per field.
    private static func send(_ fields: [String]) -> Int32 {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(fields.reduce(0) { $0 + $1.utf8.count })
        var ends: [Int] = []
        ends.reserveCapacity(fields.count)
        for field in fields {
            bytes.append(contentsOf: field.utf8)
            ends.append(bytes.count)
        }
        return bytes.withUnsafeMutableBytes { buffer in
            var start = 0
            let vectors = ends.map { end in
                defer { start = end }
                return iovec(iov_base: buffer.baseAddress! + start, iov_len: end - start)
            }
            return vectors.withUnsafeBufferPointer { sd_journal_sendv($0.baseAddress, Int32($0.count)) }
        }
    }

    private func warn(event: AuditEvent, errno code: Int32, failures: UInt64) {
        guard failures == 1 || failures.isMultiple(of: 1000) else { return }
        let reason = String(cString: strerror(code))
        let line = "acsd: warning: journald refused audit entry \(event.kind.name) (\(reason)); \(failures) failure(s) so far\n"
        fputs(line, stderr)
    }
}
