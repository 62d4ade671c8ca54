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

    /// Sends one entry of `kind` with `fields` (`ACS_*` without the prefix, each name once)
    /// in their order, then `extra`'s whose names `fields` lacks; returns false (and counts
    /// it) when journald refuses it.
    @discardableResult
    public func record(_ kind: AuditEventKind, message: String, fields: [(name: String, value: String)],
                       adding extra: [(name: String, value: String)] = []) -> Bool {
        var result = entry(kind, message: message, fields: fields, adding: extra).send()
        if result >= 0, access(Self.socketPath, F_OK) != 0 {
            // sd_journal_sendv reports success when journald's socket is missing.
            result = -ENOENT
        }
        guard result >= 0 else {
            let failures = failureCount.add(1, ordering: .relaxed).newValue
            warn(kind: kind, errno: -result, failures: failures)
            return false
        }
        writeCount.add(1, ordering: .relaxed)
        return true
    }

    /// The journal fields of an entry, in order, in one buffer: the standard fields, then
    /// `fields`, then `extra`'s whose names `fields` lacks.
    func entry(_ kind: AuditEventKind, message: String, fields: [(name: String, value: String)],
               adding extra: [(name: String, value: String)] = []) -> JournalFields {
        var entry = JournalFields()
        entry.add("MESSAGE=", message)
        entry.add("MESSAGE_ID=", kind.messageID)
        entry.add("PRIORITY=", String(kind.priority))
        entry.add("SYSLOG_IDENTIFIER=", identifier)
        entry.add("ACS_EVENT=", kind.name)
        for (name, value) in fields { entry.addACS(name, value) }
        for (name, value) in extra where !fields.contains(where: { $0.name == name }) { entry.addACS(name, value) }
        return entry
    }

    /// The journal fields of an entry, in order (`NAME=value`).
    func fields(_ kind: AuditEventKind, message: String, fields: [(name: String, value: String)],
                adding extra: [(name: String, value: String)] = []) -> [String] {
        entry(kind, message: message, fields: fields, adding: extra).fields
    }

    /// `ACS_` plus `name` upper-cased, with anything journald would drop made `_`.
    static func fieldName(_ name: String) -> String {
        if isFieldName(name) { return "ACS_" + name }
        let cleaned = name.uppercased().unicodeScalars.map { scalar -> Character in
            ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        }
        return "ACS_" + String(cleaned)
    }

    /// True when `name` is already what journald keeps: upper-case letters, digits and `_`.
    static func isFieldName(_ name: String) -> Bool {
        name.utf8.allSatisfy { (65...90).contains($0) || (48...57).contains($0) || $0 == 95 }
    }

    private func warn(kind: AuditEventKind, errno code: Int32, failures: UInt64) {
        guard failures == 1 || failures.isMultiple(of: 1000) else { return }
        let reason = String(cString: strerror(code))
        let line = "acsd: warning: journald refused audit entry \(kind.name) (\(reason)); \(failures) failure(s) so far\n"
        fputs(line, stderr)
    }
}

/// An entry's fields (`NAME=value`) in one buffer, sent with one `sd_journal_sendv`.
struct JournalFields {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    init() {
        bytes.reserveCapacity(512)
        ends.reserveCapacity(16)
    }

    /// Appends the field `prefix` (`NAME=`) `value`.
    mutating func add(_ prefix: StaticString, _ value: String) {
        prefix.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: value.utf8)
        ends.append(bytes.count)
    }

    /// Appends the field `ACS_NAME=value` (`AuditJournal.fieldName`).
    mutating func addACS(_ name: String, _ value: String) {
        if AuditJournal.isFieldName(name) {
            bytes.append(contentsOf: "ACS_".utf8)
            bytes.append(contentsOf: name.utf8)
        } else {
            bytes.append(contentsOf: AuditJournal.fieldName(name).utf8)
        }
        bytes.append(UInt8(ascii: "="))
        bytes.append(contentsOf: value.utf8)
        ends.append(bytes.count)
    }

    /// The fields, in order.
    var fields: [String] {
        var start = 0
        return ends.map { end in
            defer { start = end }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
    }

    /// Sends the fields as one entry, one vector per field; answers what `sd_journal_sendv` does.
    func send() -> Int32 {
        bytes.withUnsafeBytes { buffer in
            var start = 0
            let vectors = ends.map { end in
                defer { start = end }
                // sd_journal_sendv only reads the bytes the vectors point at.
                return iovec(iov_base: UnsafeMutableRawPointer(mutating: buffer.baseAddress! + start), iov_len: end - start)
            }
            return vectors.withUnsafeBufferPointer { sd_journal_sendv($0.baseAddress, Int32($0.count)) }
        }
    }
}
