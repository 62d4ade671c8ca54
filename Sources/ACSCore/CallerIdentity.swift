/// Who is calling: the peer credentials of the connection (SO_PEERCRED).
public struct CallerIdentity: Sendable, Hashable, CustomStringConvertible {
    /// The caller's user id.
    public var uid: UInt32
    /// The caller's primary group id.
    public var gid: UInt32
    /// The caller's process id at connect time.
    public var pid: Int32

    /// Creates an identity.
    public init(uid: UInt32, gid: UInt32, pid: Int32) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
    }

    /// The audit fields naming the caller (`CALLER_UID`, `CALLER_GID`, `CALLER_PID`).
    public var auditFields: [String: String] {
        ["CALLER_UID": String(uid), "CALLER_GID": String(gid), "CALLER_PID": String(pid)]
    }

    /// `uid=… gid=… pid=…`.
    public var description: String { "uid=\(uid) gid=\(gid) pid=\(pid)" }
}
