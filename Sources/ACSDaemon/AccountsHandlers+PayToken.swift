import ACSCore
import ACSServer
import ACSStore
import ACSWire

/// Pay links: an account's token, what a token shows, and revoking one.
extension AccountsHandlers {
    func registerPayTokens(on router: inout RPCRouter) {
        router.register(Methods.Accounts.getPayToken, getPayToken)
        router.register(onEventLoop: Methods.Accounts.resolvePayToken, resolvePayToken)
        router.register(Methods.Accounts.revokePayToken, revokePayToken)
    }

    private func getPayToken(_ request: V1.GetPayTokenRequest, _ call: RPCContext) async throws(ACSError) -> V1.PayTokenResponse {
        let (id, token) = try await context.ledger.accounts.payToken(try WireMapping.lookup(request.account))
        return response(id, token)
    }

    private func resolvePayToken(_ request: V1.ResolvePayTokenRequest, _ call: RPCContext) async throws(ACSError) -> V1.ResolvePayTokenResponse {
        guard let view = try await context.ledger.accounts.account(payToken: request.token, at: context.clock.now()) else {
            throw ACSError(.notFound, "no account has this pay token (never issued, or revoked)")
        }
        return V1.ResolvePayTokenResponse(accountId: String(view.id), name: view.name, externalId: view.externalID,
                                          balances: WireMapping.balances(view.balances), creditor: context.configuration.current.creditorName,
                                          rfReference: CreditorReference.forAccount(view.id))
    }

    private func revokePayToken(_ request: V1.RevokePayTokenRequest, _ call: RPCContext) async throws(ACSError) -> V1.PayTokenResponse {
        guard !request.reason.isEmpty, TextRules.isText(request.reason, max: 2000) else {
            throw .invalidArgument(field: "reason", "is required: why the links sent so far must stop working")
        }
        let (id, token, cancelled) = try await context.ledger.accounts.revokePayToken(try WireMapping.lookup(request.account), at: context.clock.now())
        context.audit(.payTokenRevoked, "pay-link token of account \(id) revoked: \(request.reason)", call: call,
                      fields: ["ACCOUNT": String(id), "REASON": request.reason])
        for event in cancelled { context.audit(event, call: call) }
        return response(id, token)
    }

    private func response(_ id: Int64, _ token: String) -> V1.PayTokenResponse {
        let base = context.configuration.current.paymentLinkBase
        return V1.PayTokenResponse(accountId: String(id), token: token, paymentLink: base.isEmpty ? "" : base + token)
    }
}
