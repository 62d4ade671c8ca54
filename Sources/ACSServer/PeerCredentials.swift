import ACSCore
import CSystemd
import NIOCore
#if canImport(Glibc)
import Glibc
#endif

/// The credentials of the process at the other end of a Unix socket, as the kernel recorded
/// them at connect time: SO_PEERCRED (uid, primary gid, pid) and SO_PEERGROUPS (every group).
/// Roles are decided from these, so a user removed from a group, or a process that dropped
/// one, loses the role with its next connection, and a group held only as a supplementary
/// group counts. Up to 1,024 groups are read; a process in more is seen with its primary
/// group alone.
enum PeerCredentials {
    /// The caller at the other end of `channel` (synchronous on the channel's loop), or nil
    /// when the socket answers no credentials.
    static func read(of channel: any Channel) -> CallerIdentity? {
        guard let provider = channel as? any SocketOptionProvider else { return nil }
        var caller: CallerIdentity?
        let credentials: EventLoopFuture<acs_ucred> = provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
        credentials.assumeIsolated().whenSuccess { credentials in
            caller = CallerIdentity(uid: credentials.uid, gid: credentials.gid, pid: credentials.pid)
        }
        guard var identity = caller else { return nil }
        identity.groups = Array(Set(groups(of: provider)).union([identity.gid])).sorted()
        return identity
    }

    /// SO_PEERGROUPS. The kernel fills only as many entries as there are groups, sorted
    /// ascending, and NIO zeroes the rest of the buffer: so the list ends where the values stop
    /// rising, and a leading 0 is gid 0 only when the list is not empty (a one-byte probe,
    /// which succeeds only for no groups, tells).
    private static func groups(of provider: any SocketOptionProvider) -> [UInt32] {
        let option = (level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERGROUPS))
        var none = false
        let probe: EventLoopFuture<UInt8> = provider.unsafeGetSocketOption(level: option.level, name: option.name)
        probe.assumeIsolated().whenSuccess { _ in none = true }
        guard !none else { return [] }
        var read: [UInt32] = []
        let all: EventLoopFuture<InlineArray<1024, UInt32>> = provider.unsafeGetSocketOption(level: option.level, name: option.name)
        all.assumeIsolated().whenSuccess { values in
            for index in values.indices {
                let value = values[index]
                if index > 0, value <= values[index - 1] { break }
                read.append(value)
            }
        }
        return read
    }
}
