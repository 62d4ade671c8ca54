import ACSCore
public import ACSJournal
import ACSWire
import Foundation

/// Carries out what a gateway's event asks, through acsd. Keeps nothing itself: every step is
/// idempotent in acsd (the payment's key, the reversal, the hold), so a retried event changes nothing.
public struct EventApplier: Sendable {
    let acsd: AcsdLink
    let journal: AuditJournal

    /// An applier calling `acsd`, writing what needs a person to `journal`.
    public init(acsd: AcsdLink, journal: AuditJournal) {
        self.acsd = acsd
        self.journal = journal
    }

    /// Applies `action` of event `eventID` from `gateway`; answers the outcome (a counter label), or the refusal
    /// the gateway is to get: 503 when acsd cannot take it now (the gateway retries), 409 or 422 when acsd refused it.
    public func apply(_ action: GatewayAction, gateway: String, eventID: String) async throws(WebhookRefusal) -> String {
        do {
            switch action {
            case .pay(let payment): return try await pay(payment, gateway: gateway)
            case .refund(let key, let amount, let currency, let note):
                return try await refund(key, amountMinor: amount, currency: currency, note: note, gateway: gateway, eventID: eventID)
            case .chargeback(let key, let note):
                _ = try await posted(key)
                let reversed = try await acsd.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(idempotencyKey: key, reason: .chargeback, note: note))
                return reversed.replayed ? "already_reversed" : "reversed"
            case .dispute(let key, let note):
                let payment = try await posted(key)
                let hold = try await acsd.call(Methods.Accounts.setHold, V1.SetHoldRequest(
                    account: V1.AccountRef(id: payment.accountId), kind: .dispute, reason: note))
                return hold.created ? "hold_set" : "hold_already_set"
            case .ignore:
                return "ignored"
            }
        } catch {
            throw Self.refusal(error)
        }
    }

    /// Posts to the pay token's account; a payment already posted under its key is a replay whatever became of
    /// the token since; a token that names no account (revoked, mistyped) sends the money to acsd's unmatched queue.
    private func pay(_ payment: GatewayAction.Payment, gateway: String) async throws(ACSError) -> String {
        let account: String
        do {
            account = try await acsd.call(Methods.Accounts.resolvePayToken, V1.ResolvePayTokenRequest(token: payment.token)).accountId
        } catch where error.code == .notFound || error.code == .invalidArgument {
            // Posted before its token was revoked (the gateway retries an event whose answer it lost): a replay.
            if (try? await acsd.call(Methods.Payments.getPayment, V1.GetPaymentRequest(idempotencyKey: payment.key))) != nil { return "replayed" }
            return try await queue(payment, gateway: gateway)
        }
        let posted = try await acsd.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
            idempotencyKey: payment.key, account: V1.AccountRef(id: account), amount: V1.Money(amountMinor: payment.amountMinor, currency: payment.currency),
            method: payment.method, reference: payment.reference, note: "\(gateway) payment through the pay link")))
        return posted.replayed ? "replayed" : "posted"
    }

    /// A payment whose token matches no account, as an entry of the unmatched queue of the gateway's own "bank account".
    private func queue(_ payment: GatewayAction.Payment, gateway: String) async throws(ACSError) -> String {
        let entry = V1.BankEntry(reference: payment.reference, amount: V1.Money(amountMinor: payment.amountMinor, currency: payment.currency),
                                 bookedOn: LocalDate(Date(), in: TimeZone(identifier: "UTC")!).description,
                                 remittance: "\(gateway) payment \(payment.reference) through a pay link that names no account",
                                 endToEndId: payment.reference)
        let result = try await acsd.call(Methods.Payments.importBankStatement, V1.ImportBankStatementRequest(
            bankAccount: "gateway:\(gateway)", statementId: "webhook", entries: [entry])).results.first
        if let status = result?.status, status.code != .ok { throw ACSError(ACSError.Code(rawValue: status.code.rawValue), status.message) }
        return result?.outcome == .posted || result?.outcome == .alreadyPosted ? "posted" : "unmatched"
    }

    /// A whole refund reverses the payment (REFUNDED: no fee, no promise broken); a partial one is written to the
    /// journal for a person, since acsd reverses payments whole.
    private func refund(_ key: String, amountMinor: Int64, currency: String, note: String, gateway: String, eventID: String) async throws(ACSError) -> String {
        let payment = try await posted(key)
        guard let amount = payment.amount, amount.currency == currency else {
            throw ACSError(.invalidArgument, "the refund is in \(currency), the payment \(payment.id) in \(payment.amount?.currency ?? "no currency")")
        }
        if payment.status == .reversed { return "already_reversed" }
        guard amountMinor >= amount.amountMinor else {
            journal.record(.gatewayPartialRefund, message: "\(gateway) refunded \(amountMinor) of payment \(payment.id)'s \(amount.amountMinor) \(currency): "
                           + "acsd reverses payments whole, so a person reverses it and posts what was kept", fields: [
                            ("GATEWAY", gateway), ("GATEWAY_EVENT", eventID), ("PAYMENT", payment.id), ("ACCOUNT", payment.accountId),
                            ("AMOUNT_MINOR", String(amountMinor)), ("CURRENCY", currency)])
            return "partial_refund"
        }
        let reversed = try await acsd.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(idempotencyKey: key, reason: .refunded, note: note))
        return reversed.replayed ? "already_reversed" : "reversed"
    }

    /// The payment posted under `key`; UNAVAILABLE when there is none yet (its own event may come later: the gateway retries).
    private func posted(_ key: String) async throws(ACSError) -> V1.Payment {
        let answer: V1.GetPaymentResponse
        do {
            answer = try await acsd.call(Methods.Payments.getPayment, V1.GetPaymentRequest(idempotencyKey: key))
        } catch where error.code == .notFound {
            throw ACSError(.unavailable, "no payment is posted under \(key) yet; it is taken when its own event has come")
        }
        guard let payment = answer.payment else { throw ACSError(.internal, "acsd answered GetPayment without the payment") }
        return payment
    }

    /// The HTTP answer to an error of acsd's: 503 for what may pass (the gateway retries), 409 for an idempotency
    /// key used for another payment, 422 for what acsd refuses whatever the time.
    static func refusal(_ error: ACSError) -> WebhookRefusal {
        switch error.code {
        case .aborted: WebhookRefusal(409, error.description)
        case .invalidArgument, .failedPrecondition, .outOfRange, .alreadyExists: WebhookRefusal(422, error.description)
        default: WebhookRefusal(503, error.description)
        }
    }
}
