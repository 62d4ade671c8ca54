/// Who is calling: the peer credentials of the connection (SO_PEERCRED).
public struct CallerIdentity: Sendable, Hashable, CustomStringConvertible {
    /// The caller's user id.
    public var uid: UInt32
    /// The caller's primary group id.
    public var gid: UInt32
    /// The caller's process id at connect time.
    public var pid: Int32
    /// Every group the caller's process held at connect time (SO_PEERGROUPS), the primary
    /// group included: what decides its roles, not the user database.
    public var groups: [UInt32]

    /// Creates an identity; `groups` defaults to the primary group alone.
    public init(uid: UInt32, gid: UInt32, pid: Int32, groups: [UInt32]? = nil) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
        self.groups = groups ?? [gid]
    }

    /// The audit fields naming the caller, in name order: `CALLER_GID`, `CALLER_PID`, `CALLER_UID`.
    public var auditFields: [(name: String, value: String)] {
        [("CALLER_GID", String(gid)), ("CALLER_PID", String(pid)), ("CALLER_UID", String(uid))]
    }

    /// `uid=… gid=… pid=…`.
    public var description: String { "uid=\(uid) gid=\(gid) pid=\(pid)" }
}
