import ACSCore
import ACSPolicy
import ACSServer
import ACSStore
import ACSWire

/// The `acs.v1.Payments` service: durable, idempotent posting, reversal and listing.
struct PaymentsHandlers: Sendable {
    let context: DaemonContext

    /// Largest batch of PostPayments.
    static let maxBatch = 10_000

    func register(on router: inout RPCRouter) {
        router.register(onEventLoop: Methods.Payments.postPayment, post)
        router.register(Methods.Payments.postPayments, postBatch)
        router.register(Methods.Payments.reversePayment, reverse)
        router.register(onEventLoop: Methods.Payments.getPayment, get)
        router.register(Methods.Payments.listPayments, list)
        router.register(Methods.Payments.writeOff, writeOff)
        router.register(Methods.Payments.listWriteOffs, listWriteOffs)
    }

    private func post(_ request: V1.PostPaymentRequest, _ call: RPCContext) async throws(ACSError) -> V1.PostPaymentResponse {
        let result = try await post(WireMapping.payment(request.payment, agencies: context.configuration.current.agencies, now: context.clock.now()), call)
        return V1.PostPaymentResponse(payment: WireMapping.payment(result.payment), replayed: result.replayed,
                                      balances: WireMapping.balances(result.balances))
    }

    private func post(_ payment: NewPaymentRecord, _ call: RPCContext) async throws(ACSError) -> PostingResult {
        let context = context
        return try await context.actions.post(payment, by: context.actor(call), feesFirstPolicies: context.policies.library.set.feesFirst) {
            context.auditPosting($0, call: call)
        }
    }

    private func postBatch(_ request: V1.PostPaymentsRequest, _ call: RPCContext) async throws(ACSError) -> V1.PostPaymentsResponse {
        guard request.payments.count <= Self.maxBatch else {
            throw .invalidArgument(field: "payments", "at most \(Self.maxBatch) per call; split the batch")
        }
        // Every payment is posted on its own; the group-commit writer still commits them together.
        let results = await withTaskGroup(of: (Int, Result<PostingResult, ACSError>).self) { group in
            for (index, payment) in request.payments.enumerated() {
                group.addTask {
                    do throws(ACSError) {
                        let record = try WireMapping.payment(payment, field: "payments[\(index)]", agencies: context.configuration.current.agencies,
                                                                now: context.clock.now())
                        return (index, .success(try await post(record, call)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            return await group.reduce(into: [Int: Result<PostingResult, ACSError>]()) { $0[$1.0] = $1.1 }
        }
        var response = V1.PostPaymentsResponse()
        for index in request.payments.indices {
            switch results[index]! {
            case .success(let result):
                response.results.append(V1.PaymentResult(
                    index: UInt32(index), status: V1.Status(), payment: WireMapping.payment(result.payment),
                    replayed: result.replayed, balances: WireMapping.balances(result.balances)))
                if result.replayed { response.replayedCount += 1 } else { response.postedCount += 1 }
            case .failure(let error):
                response.results.append(V1.PaymentResult(index: UInt32(index), status: V1.Status(error)))
                response.refusedCount += 1
            }
        }
        return response
    }

    private func reverse(_ request: V1.ReversePaymentRequest, _ call: RPCContext) async throws(ACSError) -> V1.ReversePaymentResponse {
        let id = try await paymentID(request.paymentId, orKey: request.idempotencyKey)
        let reason: ReversalReason = try WireMapping.required(request.reason, field: "reason", "must be chargeback, returned, posting error or refunded")
        let result = try await context.reverse(paymentID: id, reason: reason, returnCode: request.returnCode, note: request.note, call: call)
        return V1.ReversePaymentResponse(payment: WireMapping.payment(result.payment), reopened: result.reopened.map(WireMapping.allocation),
                                         replayed: result.replayed, balances: WireMapping.balances(result.balances))
    }

    private func get(_ request: V1.GetPaymentRequest, _ call: RPCContext) async throws(ACSError) -> V1.GetPaymentResponse {
        let id = try await paymentID(request.paymentId, orKey: request.idempotencyKey)
        return V1.GetPaymentResponse(payment: WireMapping.payment(try await context.ledger.payments.payment(id)))
    }

    /// The payment named by acsd's `id`, or else by its idempotency key: exactly one of the two.
    private func paymentID(_ id: String, orKey key: String) async throws(ACSError) -> Int64 {
        guard id.isEmpty != key.isEmpty else {
            throw .invalidArgument(field: "payment_id", "give payment_id (the id PostPayment answered) or idempotency_key, not both")
        }
        if !id.isEmpty { return try WireMapping.id(id, field: "payment_id", "must be the id PostPayment answered") }
        guard TextRules.isIdentifier(key) else { throw .invalidArgument(field: "idempotency_key", "must be 1–200 printable characters") }
        return try await context.ledger.payments.payment(idempotencyKey: key).id
    }

    private func list(_ request: V1.ListPaymentsRequest, _ call: RPCContext) async throws(ACSError) -> V1.ListPaymentsResponse {
        let lookup = try WireMapping.lookup(request.account)
        guard request.status == .unspecified, request.agency.isEmpty, request.receivedFrom.isEmpty, request.receivedUntil.isEmpty else {
            throw .invalidArgument(field: "status", "filters other than the account are not supported by this acsd yet")
        }
        let size = try PageToken.size(request.pageSize)
        let before = try PageToken.decode(request.pageToken)
        let payments = try await context.ledger.payments.list(account: lookup, limit: size + 1, beforeID: before == 0 ? nil : before)
        let page = payments.prefix(size)
        return V1.ListPaymentsResponse(payments: page.map(WireMapping.payment),
                                       nextPageToken: payments.count > size ? PageToken.encode(page.last!.id) : "")
    }

    private func writeOff(_ request: V1.WriteOffRequest, _ call: RPCContext) async throws(ACSError) -> V1.WriteOffResponse {
        guard (0...Money.maxMinorUnits).contains(request.amountMinor) else {
            throw .invalidArgument(field: "amount_minor", "must be from 0 (all that is open) to \(Money.maxMinorUnits)")
        }
        let lookup = try WireMapping.lookup(request.account)
        let reason: WriteOffReason = try WireMapping.required(request.reason, field: "reason")
        guard reason != .settlement, reason != .smallBalance else {
            throw .invalidArgument(field: "reason", "\(reason.rawValue) write-offs are acsd's own (a paid settlement, a policy stage)")
        }
        guard !request.note.isEmpty, TextRules.isText(request.note, max: 2000) else { throw .invalidArgument(field: "note", "is required: why") }
        if request.obligationExternalId.isEmpty, Currency(code: request.currency) == nil {
            throw .invalidArgument(field: "currency", "is required without an obligation: the currency whose open balance is written off")
        }
        guard request.idempotencyKey.isEmpty || TextRules.isIdentifier(request.idempotencyKey) else {
            throw .invalidArgument(field: "idempotency_key", "1–200 printable characters, or empty")
        }
        let (account, writeOffs, events, replayed) = try await context.actions.writeOff(
            lookup, obligationExternalID: request.obligationExternalId, currency: request.currency,
            amount: request.amountMinor == 0 ? nil : request.amountMinor, reason: reason, note: request.note, key: request.idempotencyKey,
            by: context.actor(call, reason: request.note))
        for event in events { context.audit(event, call: call) }
        return V1.WriteOffResponse(writeOffs: writeOffs.map(WireMapping.writeOff), balances: WireMapping.balances(account.balances), replayed: replayed)
    }

    private func listWriteOffs(_ request: V1.ListWriteOffsRequest, _ call: RPCContext) async throws(ACSError) -> V1.ListWriteOffsResponse {
        let size = try PageToken.size(request.pageSize)
        let before = try request.pageToken.isEmpty ? nil : PageToken.decode(request.pageToken)
        let writeOffs = try await context.ledger.settlements.writeOffs(
            account: try request.account.map { (ref) throws(ACSError) in try WireMapping.lookup(ref) }, limit: size + 1, beforeID: before)
        let page = writeOffs.prefix(size)
        return V1.ListWriteOffsResponse(writeOffs: page.map(WireMapping.writeOff),
                                        nextPageToken: writeOffs.count > size ? page.last.map { PageToken.encode($0.id) } ?? "" : "")
    }

}
