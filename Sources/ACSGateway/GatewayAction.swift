public import Foundation

/// What a gateway's event asks of acsd, once its signature and body have been checked.
public enum GatewayAction: Sendable, Equatable {
    /// Money arrived: post `amountMinor` to the account of pay-link `token`, keyed by the gateway's own id.
    case pay(Payment)
    /// The payment posted under `originalKey` was refunded: `amountMinor` in all so far (Stripe) or by this
    /// refund (Adyen). A refund of the whole payment reverses it; a partial one waits for a person.
    case refund(originalKey: String, amountMinor: Int64, currency: String, note: String)
    /// The payer's bank took the payment posted under `originalKey` back (a chargeback lost).
    case chargeback(originalKey: String, note: String)
    /// The payer disputes the payment posted under `originalKey`: the account gets HOLD-DISPUTE.
    case dispute(originalKey: String, note: String)
    /// Something acs cannot undo by itself (a dispute won, a failed refund, a reversed chargeback of the payment
    /// under `originalKey`): written to the journal for a person.
    case review(originalKey: String, note: String)
    /// Nothing to do (an event type acs does not use, or a session not paid): acknowledged and counted.
    case ignore(reason: String)

    /// A payment a gateway reports.
    public struct Payment: Sendable, Equatable {
        /// The idempotency key: the gateway's name and its own id of the payment (`stripe:pi_…`, `adyen:PSP`).
        public var key: String
        /// The pay-link token the checkout carried back (Stripe client_reference_id, Adyen merchantReference);
        /// empty when none came (the money goes to the unmatched queue).
        public var token: String
        /// The amount in minor units, and its ISO 4217 code (upper case).
        public var amountMinor: Int64
        public var currency: String
        /// How it was paid, and the gateway's reference, as acsd records them.
        public var method: String
        public var reference: String
    }

    /// The counter label of this action.
    public var kind: String {
        switch self {
        case .pay: "payment"
        case .refund: "refund"
        case .chargeback: "chargeback"
        case .dispute: "dispute"
        case .review: "review"
        case .ignore: "ignored"
        }
    }
}

/// An event as a gateway sent it: its id, when it happened (for how long a missing payment is waited for), and what it asks.
public struct GatewayEvent: Sendable, Equatable {
    public var id: String
    public var occurredAt: Date?
    public var action: GatewayAction

    /// An event `id` of `occurredAt` asking `action`.
    public init(id: String, occurredAt: Date?, action: GatewayAction) {
        self.id = id
        self.occurredAt = occurredAt
        self.action = action
    }
}

/// Why a webhook is refused, with the HTTP status that says so to the gateway.
public struct WebhookRefusal: Error, Sendable, Equatable {
    /// 400 (bad signature, stale timestamp, malformed body), 401 (Adyen HMAC), 409, 413 (body over 1 MiB), 422 or 503.
    public var status: Int
    /// For the journal and the answer's body.
    public var reason: String

    /// A refusal with `status` and `reason`.
    public init(_ status: Int, _ reason: String) {
        self.status = status
        self.reason = reason
    }
}
