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
                let entry = try WireMapping.bankEntry(wire, bankAccount: request.bankAccount, field: "entries[\(index)]", now: context.clock.now())
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
        if let queued = try await bank.queued(entry) { return Self.alreadyQueued(queued) }
        guard entry.debit else { return try await credit(entry, call) }
        guard entry.isReturn else { return V1.BankEntryResult(outcome: .notAPayment) }
        if let paymentID = try await bank.returnApplied(entry) {
            return V1.BankEntryResult(outcome: .alreadyReversed, paymentId: String(paymentID))
        }
        let (payments, creditQueued) = try await bank.returnCandidates(entry)
        guard payments.count == 1, !creditQueued else {
            let reason = creditQueued ? "a return of a credit that waits in the unmatched queue (end-to-end reference \"\(entry.endToEndID)\")"
                : payments.isEmpty ? "a return of no bank payment with end-to-end reference \"\(entry.endToEndID)\" and this amount"
                : "a return of several bank payments: \(payments.map(String.init).joined(separator: ", "))"
            return try await queue(entry, reason: reason, call)
        }
        let note = "bank statement entry \(entry.reference)"
        let reversal: PostingResult
        do {
            reversal = try await context.actions.applyReturn(entry, to: payments[0], note: note, returnedFee: context.returnedFee,
                                                             by: context.actor(call, reason: note))
        } catch where error.code == .failedPrecondition {
            // Another import reversed the payment in the meantime: this return is for a person.
            return try await queue(entry, reason: "a return of payment \(payments[0]): \(error.message)", call)
        }
        context.journalReversal(reversal, reason: .returned, returnCode: entry.returnCode, note: note, call: call)
        return V1.BankEntryResult(outcome: reversal.replayed ? .alreadyReversed : .reversed, accountId: String(reversal.payment.accountID),
                                  paymentId: String(reversal.payment.id))
    }

    /// An entry queued by an earlier import: still open, or resolved by hand since.
    private static func alreadyQueued(_ queued: UnmatchedView) -> V1.BankEntryResult {
        V1.BankEntryResult(outcome: .alreadyQueued, accountId: queued.accountID.map(String.init) ?? "", paymentId: queued.paymentID.map(String.init) ?? "",
                           unmatchedId: String(queued.id), reason: queued.status == .open ? queued.reason : "\(queued.status.rawValue) by hand: \(queued.note)",
                           unmatchedStatus: WireMapping.wire(queued.status))
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

    /// The payment a credit is posted as, keyed by the entry: a second import or a hand assignment never posts twice.
    private static func payment(_ entry: BankEntryRecord, to account: AccountLookup) -> NewPaymentRecord {
        NewPaymentRecord(
            idempotencyKey: entry.paymentKey, account: account, amount: entry.amount, receivedAt: entry.bookedOn.start(in: TimeZones.utc),
            method: "bank transfer", reference: entry.endToEndID.isEmpty ? entry.reference : entry.endToEndID,
            note: "bank statement entry \(entry.reference)" + (entry.counterparty.isEmpty ? "" : " from \(entry.counterparty)"))
    }

    /// Posts a credit to `account`.
    private func post(_ entry: BankEntryRecord, to account: AccountLookup, _ call: RPCContext) async throws(ACSError) -> PostingResult {
        let context = context
        return try await context.actions.post(Self.payment(entry, to: account), by: context.actor(call),
                                              feesFirstPolicies: context.policies.library.set.feesFirst) { context.auditPosting($0, call: call) }
    }

    private func queue(_ entry: BankEntryRecord, reason: String, _ call: RPCContext) async throws(ACSError) -> V1.BankEntryResult {
        let (queued, before) = try await context.ledger.bank.queue(entry, reason: reason, at: context.clock.now())
        if before { return Self.alreadyQueued(queued) }
        context.audit(.bankUnmatched, "bank entry \(entry.reference) of \(entry.amount) queued unmatched: \(reason)", call: call,
                      fields: ["UNMATCHED": String(queued.id), "BANK_ACCOUNT": entry.bankAccount, "REFERENCE": entry.reference,
                               "AMOUNT_MINOR": String(entry.amount.minorUnits), "CURRENCY": entry.amount.currency, "REASON": reason])
        return V1.BankEntryResult(outcome: .unmatched, unmatchedId: String(queued.id), reason: queued.reason, unmatchedStatus: .open)
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
        guard TextRules.isText(request.note, max: 2000) else {
            throw .invalidArgument(field: "note", "must be at most 2000 characters without control characters")
        }
        // Read for its entry; whether it is still open is checked in the assignment's transaction.
        let queued = try await context.ledger.bank.unmatched(id)
        // Queued by an acsd that took entries booked in the future: posted, it would be money received then.
        guard queued.entry.bookedOn <= WireMapping.latestToday(context.clock.now()) else {
            throw ACSError(.failedPrecondition, "entry \(id) is booked on \(queued.entry.bookedOn), after today: ignore it (acsctl payments unmatched ignore)")
        }
        let payment = queued.entry.debit ? nil : Self.payment(queued.entry, to: try WireMapping.lookup(request.account))
        let returned = queued.entry.debit
            ? try WireMapping.id(request.paymentId, field: "payment_id", "is required for a debit: the payment it returns") : nil
        let actor = context.actor(call, reason: request.note)
        let (resolved, posting) = try await context.actions.assignUnmatched(
            queued, payment: payment, returning: returned, note: request.note, returnedFee: context.returnedFee, by: actor,
            feesFirstPolicies: context.policies.library.set.feesFirst)
        if queued.entry.debit {
            context.journalReversal(posting, reason: .returned, returnCode: queued.entry.returnCode, note: request.note, call: call)
        } else {
            context.auditPosting(posting, call: call)
        }
        audit(resolved, call)
        return V1.AssignUnmatchedResponse(entry: WireMapping.unmatched(resolved), payment: WireMapping.payment(posting.payment),
                                          balances: WireMapping.balances(posting.balances))
    }

    private func ignore(_ request: V1.IgnoreUnmatchedRequest, _ call: RPCContext) async throws(ACSError) -> V1.IgnoreUnmatchedResponse {
        let id = try WireMapping.id(request.id, field: "id", "is required: the unmatched entry's id")
        guard !request.reason.isEmpty, TextRules.isText(request.reason, max: 2000) else {
            throw .invalidArgument(field: "reason", "is required: why it is not posted")
        }
        let resolved = try await context.ledger.bank.ignore(id, note: request.reason, by: context.actor(call, reason: request.reason))
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
