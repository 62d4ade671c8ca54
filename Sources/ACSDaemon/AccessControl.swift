import ACSCore
import ACSServer
import ACSWire
import ACSJournal
import Foundation

/// Decides each call from the caller's peer credentials and the configured roles;
/// a refusal is PERMISSION_DENIED and an `access.denied` audit entry.
struct AccessControl: Sendable {
    let context: DaemonContext

    /// nil when `caller` may call `method` now, else the error to answer: the caller's
    /// role, then (with `audit: required`) a working audit trail for calls that change state.
    func authorize(_ call: RPCContext) -> ACSError? {
        guard let role = ServiceCatalog.requiredRole(for: call.method) else { return nil }
        return permission(call, role) ?? auditTrail(call.method, role)
    }

    private func auditTrail(_ method: String, _ role: Role) -> ACSError? {
        guard role != .reader, context.configuration.current.auditRequired, !context.journal.isAvailable else { return nil }
        return ACSError(.unavailable, "\(method) changes state and the audit trail is required, but journald cannot take entries; retry when it runs")
    }

    private func permission(_ call: RPCContext, _ role: Role) -> ACSError? {
        let (caller, method) = (call.caller, call.method)
        guard caller.uid != 0 else { return nil }
        guard !context.roles(call).contains(role) else { return nil }
        let entry = context.users.entry(for: caller)
        let who = entry.name ?? "uid \(caller.uid)"
        context.audit(.accessDenied, "\(method) refused for \(who): it needs the \(role.rawValue) role", call: call,
                      fields: ["METHOD": method, "ROLE": role.rawValue, "CALLER_NAME": Self.processName(caller.pid)])
        return ACSError(.permissionDenied, "\(method) needs the \(role.rawValue) role; \(who) does not hold it (see access in acsd's configuration)")
    }

    private static func processName(_ pid: Int32) -> String {
        ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
