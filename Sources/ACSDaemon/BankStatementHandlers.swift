import ACSCore
import ACSPolicy
import ACSServer
import ACSStore
import ACSWire
import Foundation

/// Bank statements (`Payments.ImportBankStatement`) and the unmatched queue: a credit matched to
/// one account is posted, a return matched to one bank payment reverses it, anything else waits
/// in the queue for a person (`ListUnmatched`, `AssignUnmatched`, `IgnoreUnmatched`).
struct BankStatementHandlers: Sendable {
    let context: DaemonContext

    /// Largest number of entries per call.
    static let maxEntries = 1_000

    func register(on router: inout RPCRouter) {
        router.register(Methods.Payments.importBankStatement, importStatement)
        router.register(Methods.Payments.listUnmatched, list)
        router.register(Methods.Payments.assignUnmatched, assign)
        router.register(Methods.Payments.ignoreUnmatched, ignore)
    }

    private func importStatement(_ request: V1.ImportBankStatementRequest, _ call: RPCContext) async throws(ACSError) -> V1.ImportBankStatementResponse {
        // With the reference (at most 100 bytes) it makes a payment's idempotency key (at most 200).
        guard !request.bankAccount.isEmpty, TextRules.isText(request.bankAccount, max: 64), request.bankAccount.utf8.count <= 64 else {
            throw .invalidArgument(field: "bank_account", "is required: the statement's account, at most 64 characters")
        }
        guard request.entries.count <= Self.maxEntries else {
            throw .invalidArgument(field: "entries", "at most \(Self.maxEntries) per call; split the statement")
        }
        var response = V1.ImportBankStatementResponse()
        // In order: a return later in a statement finds the credit posted before it.
        for (index, wire) in request.entries.enumerated() {
            var result: V1.BankEntryResult
            do throws(ACSError) {
                let entry = try WireMapping.bankEntry(wire, bankAccount: request.bankAccount, field: "entries[\(index)]")
                result = try await apply(entry, call)
            } catch {
                result = V1.BankEntryResult(outcome: .refused, status: V1.Status(error))
            }
            result.index = UInt32(index)
            response.results.append(result)
        }
        return response
    }

    /// What one entry becomes.
    private func apply(_ entry: BankEntryRecord, _ call: RPCContext) async throws(ACSError) -> V1.BankEntryResult {
        let bank = context.ledger.bank
        if let queued = try await bank.queued(entry) {
            return V1.BankEntryResult(outcome: .alreadyQueued, unmatchedId: String(queued.id), reason: queued.reason)
        }
        guard entry.debit else { return try await credit(entry, call) }
        guard entry.isReturn else { return V1.BankEntryResult(outcome: .notAPayment) }
        let payments = try await bank.returnedPayments(entry)
        guard payments.count == 1 else {
            let reason = payments.isEmpty ? "a return of no bank payment with end-to-end reference \"\(entry.endToEndID)\" and this amount"
                : "a return of several bank payments: \(payments.map(String.init).joined(separator: ", "))"
            return try await queue(entry, reason: reason, call)
        }
        let reversal = try await context.reverse(paymentID: payments[0], reason: .returned, returnCode: entry.returnCode,
                                                 note: "bank statement entry \(entry.reference)", call: call)
        return V1.BankEntryResult(outcome: reversal.replayed ? .alreadyReversed : .reversed, accountId: String(reversal.payment.accountID),
                                  paymentId: String(reversal.payment.id))
    }

    /// A credit: posted to the account it names, or queued.
    private func credit(_ entry: BankEntryRecord, _ call: RPCContext) async throws(ACSError) -> V1.BankEntryResult {
        if let paymentID = try await context.ledger.bank.postedPayment(entry) {
            return V1.BankEntryResult(outcome: .alreadyPosted, paymentId: String(paymentID))
        }
        switch try await context.ledger.bank.match(entry) {
        case .none(let reason):
            return try await queue(entry, reason: reason, call)
        case .account(let accountID, let key):
            let posting = try await post(entry, to: .id(accountID), call)
            return V1.BankEntryResult(outcome: posting.replayed ? .alreadyPosted : .posted, accountId: String(accountID),
                                      paymentId: String(posting.payment.id), matchedBy: key.rawValue)
        }
    }

    /// Posts a credit to `account`, keyed by the entry: a second import or a hand assignment never posts twice.
    private func post(_ entry: BankEntryRecord, to account: AccountLookup, _ call: RPCContext) async throws(ACSError) -> PostingResult {
        let payment = NewPaymentRecord(
            idempotencyKey: entry.paymentKey, account: account, amount: entry.amount, receivedAt: entry.bookedOn.start(in: TimeZones.utc),
            method: "bank transfer", reference: entry.endToEndID.isEmpty ? entry.reference : entry.endToEndID,
            note: "bank statement entry \(entry.reference)" + (entry.counterparty.isEmpty ? "" : " from \(entry.counterparty)"))
        let result = try await context.actions.post(payment, by: context.actor(call), feesFirstPolicies: context.policies.library.set.feesFirst)
        context.auditPosting(result, call: call)
        return result
    }

    private func queue(_ entry: BankEntryRecord, reason: String, _ call: RPCContext) async throws(ACSError) -> V1.BankEntryResult {
        let (queued, before) = try await context.ledger.bank.queue(entry, reason: reason, at: context.clock.now())
        if !before {
            context.audit(.bankUnmatched, "bank entry \(entry.reference) of \(entry.amount) queued unmatched: \(reason)", call: call,
                          fields: ["UNMATCHED": String(queued.id), "BANK_ACCOUNT": entry.bankAccount, "REFERENCE": entry.reference,
                                   "AMOUNT_MINOR": String(entry.amount.minorUnits), "CURRENCY": entry.amount.currency, "REASON": reason])
        }
        return V1.BankEntryResult(outcome: before ? .alreadyQueued : .unmatched, unmatchedId: String(queued.id), reason: queued.reason)
    }

    private func list(_ request: V1.ListUnmatchedRequest, _ call: RPCContext) async throws(ACSError) -> V1.ListUnmatchedResponse {
        let size = try PageToken.size(request.pageSize)
        let before = try request.pageToken.isEmpty ? nil : PageToken.decode(request.pageToken)
        let entries = try await context.ledger.bank.unmatched(status: WireMapping.domain(request.status), limit: size + 1, beforeID: before)
        let page = entries.prefix(size)
        return V1.ListUnmatchedResponse(entries: page.map(WireMapping.unmatched),
                                        nextPageToken: entries.count > size ? page.last.map { PageToken.encode($0.id) } ?? "" : "")
    }

    private func assign(_ request: V1.AssignUnmatchedRequest, _ call: RPCContext) async throws(ACSError) -> V1.AssignUnmatchedResponse {
        let id = try WireMapping.id(request.id, field: "id", "is required: the unmatched entry's id")
        let queued = try await context.ledger.bank.unmatched(id)
        guard queued.status == .open else { throw ACSError(.failedPrecondition, "unmatched entry \(id) is already \(queued.status.rawValue)") }
        let result: PostingResult
        if queued.entry.debit {
            let paymentID = try WireMapping.id(request.paymentId, field: "payment_id", "is required for a debit: the payment it returns")
            // A return takes back exactly what it returns: never a payment of another amount.
            let returned = try await context.ledger.payments.payment(paymentID)
            guard returned.amount == queued.entry.amount else {
                throw ACSError(.failedPrecondition, "payment \(paymentID) is \(returned.amount); the return is \(queued.entry.amount)")
            }
            result = try await context.reverse(paymentID: paymentID, reason: .returned, returnCode: queued.entry.returnCode,
                                               note: "bank statement entry \(queued.entry.reference): \(request.note)", call: call)
        } else {
            result = try await post(queued.entry, to: try WireMapping.lookup(request.account), call)
        }
        let resolved = try await context.ledger.bank.resolve(id, accountID: result.payment.accountID, paymentID: result.payment.id, note: request.note,
                                                             by: context.actor(call, reason: request.note))
        audit(resolved, call)
        return V1.AssignUnmatchedResponse(entry: WireMapping.unmatched(resolved), payment: WireMapping.payment(result.payment),
                                          balances: WireMapping.balances(result.balances))
    }

    private func ignore(_ request: V1.IgnoreUnmatchedRequest, _ call: RPCContext) async throws(ACSError) -> V1.IgnoreUnmatchedResponse {
        let id = try WireMapping.id(request.id, field: "id", "is required: the unmatched entry's id")
        guard !request.reason.isEmpty, TextRules.isText(request.reason, max: 2000) else {
            throw .invalidArgument(field: "reason", "is required: why it is not posted")
        }
        let resolved = try await context.ledger.bank.resolve(id, accountID: nil, paymentID: nil, note: request.reason,
                                                             by: context.actor(call, reason: request.reason))
        audit(resolved, call)
        return V1.IgnoreUnmatchedResponse(entry: WireMapping.unmatched(resolved))
    }

    private func audit(_ resolved: UnmatchedView, _ call: RPCContext) {
        context.audit(.bankUnmatchedResolved, "unmatched bank entry \(resolved.id) \(resolved.status.rawValue): \(resolved.note)", call: call,
                      fields: ["UNMATCHED": String(resolved.id), "BANK_ACCOUNT": resolved.entry.bankAccount, "REFERENCE": resolved.entry.reference,
                               "STATUS": resolved.status.rawValue, "ACCOUNT": resolved.accountID.map(String.init) ?? "",
                               "PAYMENT": resolved.paymentID.map(String.init) ?? "", "REASON": resolved.note])
    }
}
