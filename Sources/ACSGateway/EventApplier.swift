import ACSCore
public import ACSJournal
import ACSWire
public import Foundation

/// Carries out what a gateway's event asks, through acsd. Keeps nothing itself: every step is
/// idempotent in acsd (the payment's key, the reversal, the hold), so a retried event changes nothing.
public struct EventApplier: Sendable {
    let acsd: AcsdLink
    let journal: AuditJournal

    /// How long a refund, dispute or chargeback waits (answered 503, retried by the gateway) for its payment to be
    /// posted before it is left to a person: events come out of order, but not by an hour.
    static let paymentWait: TimeInterval = 3_600

    /// An applier calling `acsd`, writing what needs a person to `journal`.
    public init(acsd: AcsdLink, journal: AuditJournal) {
        self.acsd = acsd
        self.journal = journal
    }

    /// Applies `event` from `gateway` at `now`; answers the outcome (a counter label), or the refusal the gateway
    /// is to get: 503 when acsd cannot take it now (the gateway retries), 409 or 422 when acsd refused it.
    public func apply(_ event: GatewayEvent, gateway: String, now: Date = Date()) async throws(WebhookRefusal) -> String {
        let context = Context(gateway: gateway, event: event, now: now)
        do {
            switch event.action {
            case .pay(let payment): return try await pay(payment, context)
            case .refund(let key, let amount, let currency, let note):
                guard let payment = try await posted(key, context) else { return "needs_review" }
                return try await refund(payment, key: key, amountMinor: amount, currency: currency, note: note, context)
            case .chargeback(let key, let note):
                guard try await posted(key, context) != nil else { return "needs_review" }
                let reversed = try await acsd.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(idempotencyKey: key, reason: .chargeback, note: note))
                return reversed.replayed ? "already_reversed" : "reversed"
            case .dispute(let key, let note):
                guard let payment = try await posted(key, context) else { return "needs_review" }
                let hold = try await acsd.call(Methods.Accounts.setHold, V1.SetHoldRequest(
                    account: V1.AccountRef(id: payment.accountId), kind: .dispute, reason: note))
                return hold.created ? "hold_set" : "hold_already_set"
            case .review(let key, let note):
                let payment = try? await acsd.call(Methods.Payments.getPayment, V1.GetPaymentRequest(idempotencyKey: key)).payment
                review(note, payment: payment, context)
                return "needs_review"
            case .ignore:
                return "ignored"
            }
        } catch {
            throw Self.refusal(error)
        }
    }

    /// The gateway and event being applied.
    struct Context {
        let gateway: String
        let event: GatewayEvent
        let now: Date
    }

    /// Posts to the pay token's account, named by the token itself: one call to acsd, not ResolvePayToken first
    /// (that read cost acsd about 240 µs of each webhook's time, `make bench-webhook`). A token that names no account
    /// (revoked, mistyped, not of a token's shape, none) sends the money to acsd's unmatched queue, unless a payment
    /// is already posted under its key (a retried event whose token was revoked since, or that was queued and
    /// then assigned by hand).
    private func pay(_ payment: GatewayAction.Payment, _ context: Context) async throws(ACSError) -> String {
        let amount = V1.Money(amountMinor: payment.amountMinor, currency: payment.currency)
        do throws(ACSError) {
            guard PayToken.isWellFormed(payment.token) else { throw ACSError(.notFound, "no pay token") }
            let posted = try await acsd.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
                idempotencyKey: payment.key, account: V1.AccountRef(payToken: payment.token), amount: amount,
                receivedAt: ACSClock.format(Self.receivedAt(context)), method: payment.method, reference: payment.reference,
                note: "\(context.gateway) payment through the pay link")))
            return posted.replayed ? "replayed" : "posted"
        } catch where error.code == .notFound {
            return try await postedBefore(payment.key) ? "replayed" : try await queue(payment, context)
        } catch where error.code == .aborted {
            // The key holds a payment posted otherwise: by the second of two events of one payment (Stripe's
            // checkout.session.completed and payment_intent.succeeded carry their own times), by an acs-gateway that
            // named the account by its id, or by hand from the unmatched queue. While the token names an account, the
            // same money to that account is a replay, not a reused key; once it names none, the key answers for it.
            let stored = try await acsd.call(Methods.Payments.getPayment, V1.GetPaymentRequest(idempotencyKey: payment.key)).payment
            guard let stored else { throw error }
            guard let account = try await tokenAccount(payment.token) else { return "replayed" }
            guard stored.accountId == account, stored.amount == amount, stored.method == payment.method,
                  stored.reference == payment.reference else { throw error }
            return "replayed"
        }
    }

    /// True when a payment is posted under `key`.
    private func postedBefore(_ key: String) async throws(ACSError) -> Bool {
        do {
            _ = try await acsd.call(Methods.Payments.getPayment, V1.GetPaymentRequest(idempotencyKey: key))
            return true
        } catch where error.code == .notFound {
            return false
        }
    }

    /// The id of the account `token` names; nil when it names none (revoked).
    private func tokenAccount(_ token: String) async throws(ACSError) -> String? {
        do {
            return try await acsd.call(Methods.Accounts.resolvePayToken, V1.ResolvePayTokenRequest(token: token)).accountId
        } catch where error.code == .notFound {
            return nil
        }
    }

    /// A payment whose token matches no account, as an entry of the unmatched queue of the gateway's own "bank account".
    private func queue(_ payment: GatewayAction.Payment, _ context: Context) async throws(ACSError) -> String {
        let gateway = context.gateway
        let why = payment.token.isEmpty ? "came without a pay token" : "came through a pay link that names no account"
        let entry = V1.BankEntry(reference: payment.reference, amount: V1.Money(amountMinor: payment.amountMinor, currency: payment.currency),
                                 bookedOn: LocalDate(Self.receivedAt(context), in: TimeZones.utc).description,
                                 remittance: "\(gateway) payment \(payment.reference) \(why)", endToEndId: payment.reference)
        let result = try await acsd.call(Methods.Payments.importBankStatement, V1.ImportBankStatementRequest(
            bankAccount: "gateway:\(gateway)", statementId: "webhook", entries: [entry])).results.first
        if let status = result?.status, status.code != .ok { throw ACSError(ACSError.Code(rawValue: status.code.rawValue), status.message) }
        return result?.outcome == .posted || result?.outcome == .alreadyPosted ? "posted" : "unmatched"
    }

    /// When the money came: the event's own time, so that a payment whose webhook is retried after an outage keeps
    /// the instant promises and plans are judged by. Now when the event has no time, or one after now (the gateway's
    /// clock ahead of ours) or before 2000 (not a time a payment came).
    static func receivedAt(_ context: Context) -> Date {
        guard let at = context.event.occurredAt, at <= context.now, at >= Self.earliestReceipt else { return context.now }
        return at
    }

    /// 2000-01-01T00:00:00Z: no event of a gateway acs-gateway speaks to is older.
    static let earliestReceipt = Date(timeIntervalSince1970: 946_684_800)

    /// A refund of the whole payment reverses it (REFUNDED: no fee, no promise broken). A partial refund, or one of a
    /// payment reversed otherwise or for another amount, is left to a person: acsd reverses payments whole.
    private func refund(_ payment: V1.Payment, key: String, amountMinor: Int64, currency: String, note: String,
                        _ context: Context) async throws(ACSError) -> String {
        guard let amount = payment.amount, amount.currency == currency else {
            throw ACSError(.invalidArgument, "the refund is in \(currency), the payment \(payment.id) in \(payment.amount?.currency ?? "no currency")")
        }
        let whole = amountMinor == amount.amountMinor
        if payment.status == .reversed {
            if whole && payment.reversalReason == .refunded { return "already_reversed" }
            review("a refund of \(amountMinor) \(currency) came for payment \(payment.id), already reversed (\(payment.reversalReason)): "
                   + "check what the debtor kept", payment: payment, amountMinor: amountMinor, context)
            return "needs_review"
        }
        guard whole else {
            review("refunded \(amountMinor) of \(amount.amountMinor) \(currency): acsd reverses payments whole, so reverse payment \(payment.id) "
                   + "(acsctl payments reverse --reason refunded) and post what the debtor kept", payment: payment, amountMinor: amountMinor, context)
            return "partial_refund"
        }
        let reversed = try await acsd.call(Methods.Payments.reversePayment, V1.ReversePaymentRequest(idempotencyKey: key, reason: .refunded, note: note))
        return reversed.replayed ? "already_reversed" : "reversed"
    }

    /// The payment posted under `key`. None yet: UNAVAILABLE while the event is younger than `paymentWait` (its payment's
    /// own event may still come: the gateway retries); older, or of unknown age, nil after a journal entry for a person.
    private func posted(_ key: String, _ context: Context) async throws(ACSError) -> V1.Payment? {
        do throws(ACSError) {
            guard let payment = try await acsd.call(Methods.Payments.getPayment, V1.GetPaymentRequest(idempotencyKey: key)).payment else {
                throw ACSError(.internal, "acsd answered GetPayment without the payment")
            }
            return payment
        } catch where error.code == .notFound {
            if let at = context.event.occurredAt, context.now.timeIntervalSince(at) < Self.paymentWait {
                throw ACSError(.unavailable, "no payment is posted under \(key) yet; it is taken when its own event has come")
            }
            review("no payment was posted under \(key) (paid outside the pay link, or queued unmatched and assigned by hand): "
                   + "apply this event to the right payment by hand", payment: nil, context)
            return nil
        }
    }

    private func review(_ reason: String, payment: V1.Payment?, amountMinor: Int64? = nil, _ context: Context) {
        let amount = amountMinor ?? payment?.amount?.amountMinor
        journal.record(.gatewayNeedsReview, message: "acs-gateway: \(context.gateway) event \(context.event.id) needs a person: \(reason)", fields: [
            ("GATEWAY", context.gateway), ("GATEWAY_EVENT", context.event.id), ("PAYMENT", payment?.id ?? ""), ("ACCOUNT", payment?.accountId ?? ""),
            ("AMOUNT_MINOR", amount.map(String.init) ?? ""), ("CURRENCY", payment?.amount?.currency ?? ""), ("REASON", reason),
        ])
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
