import ACSCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Names and groups of local users, from the system's user database (NSS), cached
/// per uid: access decisions must not read /proc, which the hardened unit hides.
final class UserDirectory: Sendable {
    /// A user's name and every group it is in (ids and names).
    struct Entry: Sendable {
        let name: String?
        let groups: [(id: UInt32, name: String?)]
    }

    private let cache = Locked<[UInt32: Entry]>([:])

    /// The user `uid`, whose process runs with primary group `gid`.
    func entry(uid: UInt32, gid: UInt32) -> Entry {
        if let cached = cache.withLock({ $0[uid] }), cached.groups.contains(where: { $0.id == gid }) { return cached }
        let entry = Self.lookUp(uid: uid, gid: gid)
        cache.withLock { $0[uid] = entry }
        return entry
    }

    /// Forgets everything (on reload: group membership may have changed).
    func clear() { cache.withLock { $0.removeAll() } }

    private static func lookUp(uid: UInt32, gid: UInt32) -> Entry {
        var record = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        guard getpwuid_r(uid, &record, &buffer, buffer.count, &result) == 0, result != nil, let namePointer = record.pw_name else {
            return Entry(name: nil, groups: [(gid, groupName(gid))])
        }
        let name = String(cString: namePointer)
        var count: Int32 = 64
        var ids = [gid_t](repeating: 0, count: Int(count))
        if getgrouplist(namePointer, record.pw_gid, &ids, &count) < 0 {
            ids = [gid_t](repeating: 0, count: Int(count))
            _ = getgrouplist(namePointer, record.pw_gid, &ids, &count)
        }
        let all = Set(ids.prefix(Int(max(0, count)))).union([gid])
        return Entry(name: name, groups: all.sorted().map { ($0, groupName($0)) })
    }

    private static func groupName(_ gid: UInt32) -> String? {
        var record = group()
        var result: UnsafeMutablePointer<group>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        guard getgrgid_r(gid, &record, &buffer, buffer.count, &result) == 0, result != nil, let name = record.gr_name else { return nil }
        return String(cString: name)
    }
}
