import ACSCore
import ACSPolicy
import ACSServer
import ACSStore
import Logging
import ACSWire

/// The `acs.v1.Policies` service: the policies in force, reload and checking a text.
struct PoliciesHandlers: Sendable {
    let context: DaemonContext

    func register(on router: inout RPCRouter) {
        router.register(Methods.Policies.listPolicies, list)
        router.register(Methods.Policies.getPolicy, get)
        router.register(Methods.Policies.reloadPolicies, reload)
        router.register(Methods.Policies.checkPolicy, check)
    }

    private func list(_ request: V1.ListPoliciesRequest, _ call: RPCContext) async throws(ACSError) -> V1.ListPoliciesResponse {
        let library = context.policies.library
        return V1.ListPoliciesResponse(
            policies: library.set.policies.map { policy in
                let source = library.sources[policy.id]
                return WireMapping.policy(policy, file: source?.file ?? "", version: source?.version ?? "")
            },
            version: library.set.version, loadedAt: ACSClock.format(context.policies.loadedAt))
    }

    private func get(_ request: V1.GetPolicyRequest, _ call: RPCContext) async throws(ACSError) -> V1.GetPolicyResponse {
        guard !request.id.isEmpty else { throw .invalidArgument(field: "id", "is required") }
        let library = context.policies.library
        guard let policy = library.set.policy(id: request.id), let source = library.sources[policy.id] else {
            throw ACSError(.notFound, "no policy \(request.id) in force")
        }
        return V1.GetPolicyResponse(policy: WireMapping.policy(policy, file: source.file, version: source.version), text: source.text)
    }

    private func reload(_ request: V1.ReloadPoliciesRequest, _ call: RPCContext) async throws(ACSError) -> V1.ReloadPoliciesResponse {
        await context.reloadPolicies(call: call)
    }

    private func check(_ request: V1.CheckPolicyRequest, _ call: RPCContext) async throws(ACSError) -> V1.CheckPolicyResponse {
        guard !request.text.isEmpty else { throw .invalidArgument(field: "text", "is required: the policy file's text") }
        let file = request.file.isEmpty ? "<input>" : request.file
        switch PolicyParser.parse(request.text, file: file, templates: context.policies.library.templates) {
        case .success(let policy):
            return V1.CheckPolicyResponse(valid: true, policy: WireMapping.policy(policy, file: file, version: PolicyLibrary.digest(request.text)))
        case .failure(let errors):
            return V1.CheckPolicyResponse(valid: false, errors: errors.errors.map(WireMapping.policyError))
        }
    }
}

extension DaemonContext {
    /// Reads the policies again (SIGHUP, ReloadPolicies): a valid set is put in force and
    /// the accounts are evaluated again at the next cycle; an invalid one is refused.
    @discardableResult
    func reloadPolicies(call: RPCContext? = nil) async -> V1.ReloadPoliciesResponse {
        switch policies.reload(configuration, at: clock.now()) {
        case .success(let (library, changed)):
            if changed {
                do { try await ledger.reminders.markOpenAccountsDue() } catch {
                    logger.error("could not mark the accounts for evaluation under the new policies: \(error.message)")
                }
            }
            audit(.policiesReloaded, "\(library.set.policies.count) policies in force, version \(library.set.version)\(changed ? "" : " (unchanged)")",
                  call: call, fields: ["POLICY_VERSION": library.set.version, "POLICIES": String(library.set.policies.count)])
            logger.info("policies loaded", metadata: ["version": "\(library.set.version)", "policies": "\(library.set.policies.count)"])
            return V1.ReloadPoliciesResponse(applied: true, changed: changed, version: library.set.version,
                                             policyCount: UInt32(library.set.policies.count))
        case .failure(let errors):
            let current = policies.library.set
            let text = errors.errors.map(\.description).joined(separator: "; ")
            audit(.policiesReloadFailed, "policy reload refused; version \(current.version) stays in force: \(text)",
                  call: call, fields: ["POLICY_VERSION": current.version, "REASON": text])
            logger.error("policy reload refused; the previous policies stay in force: \(text)")
            return V1.ReloadPoliciesResponse(applied: false, changed: false, errors: errors.errors.map(WireMapping.policyError),
                                             version: current.version, policyCount: UInt32(current.policies.count))
        }
    }
}
