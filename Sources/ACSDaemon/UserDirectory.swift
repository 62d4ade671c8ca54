import ACSCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Names of local users and groups, from the system's user database (NSS), remembered per
/// id until the next reload. Only names: which groups a caller is in comes from the kernel
/// (`CallerIdentity.groups`, SO_PEERGROUPS at connect time), never from this database, so a
/// change of membership takes effect with the caller's next connection.
final class UserDirectory: Sendable {
    /// A caller's user name and its groups, each with its name when it has one.
    struct Entry: Sendable {
        let name: String?
        let groups: [(id: UInt32, name: String?)]
    }

    private let users = Locked<[UInt32: String?]>([:])
    private let groups = Locked<[UInt32: String?]>([:])

    /// The names of `caller`'s user and groups.
    func entry(for caller: CallerIdentity) -> Entry {
        Entry(name: userName(caller.uid), groups: caller.groups.map { ($0, groupName($0)) })
    }

    /// The name of user `uid`, or nil when it has none.
    func userName(_ uid: UInt32) -> String? {
        Self.remembered(uid, in: users, lookUp: Self.lookUpUser)
    }

    /// Forgets every name (on reload).
    func clear() {
        users.withLock { $0.removeAll() }
        groups.withLock { $0.removeAll() }
    }

    private func groupName(_ gid: UInt32) -> String? {
        Self.remembered(gid, in: groups, lookUp: Self.lookUpGroup)
    }

    private static func remembered(_ id: UInt32, in names: Locked<[UInt32: String?]>, lookUp: (UInt32) -> String?) -> String? {
        if let known = names.withLock({ $0[id] }) { return known }
        let name = lookUp(id)
        names.withLock { $0[id] = .some(name) }
        return name
    }

    private static func lookUpUser(_ uid: UInt32) -> String? {
        var record = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        guard getpwuid_r(uid, &record, &buffer, buffer.count, &result) == 0, result != nil, let name = record.pw_name else { return nil }
        return String(cString: name)
    }

    private static func lookUpGroup(_ gid: UInt32) -> String? {
        var record = group()
        var result: UnsafeMutablePointer<group>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        guard getgrgid_r(gid, &record, &buffer, buffer.count, &result) == 0, result != nil, let name = record.gr_name else { return nil }
        return String(cString: name)
    }
}
