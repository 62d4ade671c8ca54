import ACSCore
import Foundation

/// Decides each call from the caller's peer credentials and the configured roles;
/// a refusal is PERMISSION_DENIED and an `access.denied` audit entry.
struct AccessControl: Sendable {
    let context: DaemonContext
    let users = UserDirectory()

    /// nil when `caller` may call `method`, else the error to answer.
    func authorize(_ caller: CallerIdentity, _ method: String) -> ACSError? {
        guard let role = AccessPolicy.requiredRole(for: method), caller.uid != 0 else { return nil }
        let entry = users.entry(uid: caller.uid, gid: caller.gid)
        let roles = context.configuration.current.accessPolicy.roles(uid: caller.uid, userName: entry.name, groups: entry.groups)
        guard !roles.contains(role) else { return nil }
        let who = entry.name ?? "uid \(caller.uid)"
        context.audit(.accessDenied, "\(method) refused for \(who): it needs the \(role.rawValue) role", caller: caller,
                      fields: ["METHOD": method, "ROLE": role.rawValue, "CALLER_NAME": Self.processName(caller.pid)])
        return ACSError(.permissionDenied, "\(method) needs the \(role.rawValue) role; \(who) does not hold it (see access in acsd's configuration)")
    }

    private static func processName(_ pid: Int32) -> String {
        ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
