/// A role a caller may hold.
public enum Role: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Queries and reports.
    case reader
    /// Claim and complete reminders (delivery services).
    case delivery
    /// Sync, payments, holds, promises, plans, escalations; also everything a reader may.
    case `operator`
    /// Policies, reload, the clock; everything.
    case admin

    /// Orders roles by reach.
    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Which callers hold which roles. (Which role each method needs is in the proto:
/// `option (acs.v1.role)`, read as `ServiceCatalog.requiredRole(for:)`.)
///
/// Root (uid 0) is always admin. A caller holds every role granted to its user or
/// to any of its groups; `admin` grants everything and `operator` includes `reader`.
public struct AccessPolicy: Hashable, Sendable {
    /// Users (names or numeric uids) and groups (names or gids) per role.
    public var grants: [Role: Grants]

    /// Who holds one role.
    public struct Grants: Hashable, Sendable, Codable {
        /// User names or numeric uids.
        public var users: [String]
        /// Group names or numeric gids.
        public var groups: [String]

        /// Creates grants.
        public init(users: [String] = [], groups: [String] = []) {
            self.users = users
            self.groups = groups
        }

        /// Reads `users` and `groups`, either of which may be left out; any other key (a typo
        /// such as `user:` or `grups:`) is refused rather than granting nothing silently.
        public init(from decoder: any Decoder) throws {
            let keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
            if let unknown = keys.first(where: { CodingKeys(stringValue: $0) == nil }) {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath,
                    debugDescription: "unknown key \"\(unknown)\" in a role's grants; the keys are users and groups"))
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            users = try container.decodeIfPresent([String].self, forKey: .users) ?? []
            groups = try container.decodeIfPresent([String].self, forKey: .groups) ?? []
        }
    }

    private struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// A policy granting `grants`.
    public init(grants: [Role: Grants] = [:]) {
        self.grants = grants
    }

    /// The roles of a caller with user `uid` (named `userName`) in `groups` (ids and names).
    public func roles(uid: UInt32, userName: String?, groups: [(id: UInt32, name: String?)]) -> Set<Role> {
        if uid == 0 { return Set(Role.allCases) }
        var roles = Set<Role>()
        for (role, grant) in grants {
            let userMatches = grant.users.contains(String(uid)) || userName.map(grant.users.contains) == true
            let groupMatches = groups.contains { group in
                grant.groups.contains(String(group.id)) || group.name.map(grant.groups.contains) == true
            }
            if userMatches || groupMatches { roles.insert(role) }
        }
        if roles.contains(.admin) { return Set(Role.allCases) }
        if roles.contains(.operator) { roles.insert(.reader) }
        return roles
    }
}
