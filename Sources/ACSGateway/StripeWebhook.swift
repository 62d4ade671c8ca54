import Crypto
public import Foundation

/// Stripe's webhooks: the `Stripe-Signature` check and the events acs uses.
///
/// Stripe signs `"<t>.<raw body>"` with HMAC-SHA256, keyed by the endpoint's secret (`whsec_…`, its
/// bytes as written), and sends `t=<unix time>,v1=<hex>[,v1=<hex>…]` (several v1 while a secret is
/// rolled; v0 is a test scheme and never counts). Events:
/// - `checkout.session.completed` with `payment_status` "paid", and `checkout.session.async_payment_succeeded`:
///   the pay link's checkout, `client_reference_id` the token;
/// - `payment_intent.succeeded` with `metadata.acs_pay_token` (an integration that makes its own intents);
///   both are posted under `stripe:<payment intent id>`, so whichever comes second is a replay;
/// - `charge.refunded` (`amount_refunded` is the total so far), `charge.dispute.created` (a hold),
///   `charge.dispute.closed` with `status` "lost" (a chargeback).
public struct StripeWebhook: Sendable {
    /// The endpoint's signing secrets (more than one while rolling).
    public var secrets: [String]
    /// How far `t` may be from now, in seconds (Stripe's libraries use 300).
    public var toleranceSeconds: Int64

    /// A verifier for `secrets`.
    public init(secrets: [String], toleranceSeconds: Int64 = 300) {
        self.secrets = secrets
        self.toleranceSeconds = toleranceSeconds
    }

    /// The event types acs reads `data.object` of; any other is acknowledged without reading it.
    static let usedTypes: Set = [
        "checkout.session.completed", "checkout.session.async_payment_succeeded", "payment_intent.succeeded", "charge.refunded",
        "charge.refund.updated", "charge.dispute.created", "charge.dispute.closed",
    ]

    /// Checks the signature of `body` at `now` and reads the event: its id, when it happened, and what it asks.
    public func read(body: [UInt8], signature header: String?, now: Date) throws(WebhookRefusal) -> GatewayEvent {
        try verify(body: body, header: header, now: now)
        do {
            let envelope = try JSONDecoder().decode(StripeEvent.Envelope.self, from: Data(body))
            let created = envelope.created.map { Date(timeIntervalSince1970: TimeInterval($0)) }
            guard Self.usedTypes.contains(envelope.type) else {
                return GatewayEvent(id: envelope.id, occurredAt: created, action: .ignore(reason: "event type \(envelope.type) is not one acs uses"))
            }
            let event = try JSONDecoder().decode(StripeEvent.self, from: Data(body))
            return GatewayEvent(id: envelope.id, occurredAt: created, action: try Self.action(event))
        } catch let refusal as WebhookRefusal {
            throw refusal
        } catch {
            throw WebhookRefusal(400, "the body is not a Stripe event: \(error)")
        }
    }

    /// The `Stripe-Signature` check: a `t` within the tolerance, and one `v1` that is the HMAC of `t.body`.
    func verify(body: [UInt8], header: String?, now: Date) throws(WebhookRefusal) {
        guard let header, !header.isEmpty else { throw WebhookRefusal(400, "no Stripe-Signature header") }
        var timestamp: Int64?
        var signatures: [Data] = []
        for part in header.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            if pair[0] == "t" { timestamp = Int64(pair[1]) }
            if pair[0] == "v1", let bytes = Hex.decode(pair[1]), bytes.count == 32 { signatures.append(Data(bytes)) }
        }
        guard let timestamp else { throw WebhookRefusal(400, "the Stripe-Signature header has no timestamp t") }
        guard !signatures.isEmpty else { throw WebhookRefusal(400, "the Stripe-Signature header has no v1 signature") }
        let skew = Int64(now.timeIntervalSince1970.rounded(.down)).subtractingReportingOverflow(timestamp)
        guard !skew.overflow, skew.partialValue.magnitude <= toleranceSeconds.magnitude else {
            throw WebhookRefusal(400, "the timestamp t=\(timestamp) is more than \(toleranceSeconds) s from now: a replayed or delayed event")
        }
        let signed = Data("\(timestamp).".utf8) + body
        for secret in secrets {
            let key = SymmetricKey(data: Data(secret.utf8))
            if signatures.contains(where: { HMAC<SHA256>.isValidAuthenticationCode($0, authenticating: signed, using: key) }) { return }
        }
        throw WebhookRefusal(400, "no v1 signature matches the endpoint's secret")
    }

    /// What `event` asks of acsd.
    static func action(_ event: StripeEvent) throws(WebhookRefusal) -> GatewayAction {
        let object = event.data.object
        switch event.type {
        case "checkout.session.completed", "checkout.session.async_payment_succeeded":
            guard object.paymentStatus == "paid" else { return .ignore(reason: "checkout session not paid yet (\(object.paymentStatus ?? "no status"))") }
            return .pay(try payment(object, token: object.clientReferenceId, amount: object.amountTotal, intent: object.paymentIntent?.id ?? object.id))
        case "payment_intent.succeeded":
            guard let token = object.metadata?["acs_pay_token"] else {
                return .ignore(reason: "payment intent without metadata.acs_pay_token: its checkout session posts it")
            }
            return .pay(try payment(object, token: token, amount: object.amountReceived ?? object.amount, intent: object.id))
        case "charge.refund.updated":
            // data.object is the Refund; a failed one gives money back to the debtor's debt that acs reversed.
            guard object.status == "failed" || object.status == "canceled" else { return .ignore(reason: "refund \(object.id) is \(object.status ?? "")") }
            guard let intent = object.paymentIntent?.id else { return .ignore(reason: "\(object.id) has no payment intent: not a pay-link payment") }
            return .review(originalKey: "stripe:\(intent)", note: "Stripe refund \(object.id) \(object.status ?? ""): if acs reversed the payment for it, post it again")
        case "charge.refunded":
            guard let intent = object.paymentIntent?.id else { return .ignore(reason: "\(object.id) has no payment intent: not a pay-link payment") }
            return .refund(originalKey: "stripe:\(intent)", amountMinor: try required(object.amountRefunded, "data.object.amount_refunded"),
                           currency: try required(object.currency, "data.object.currency").uppercased(), note: "Stripe refund of charge \(object.id)")
        case "charge.dispute.created":
            guard let intent = object.paymentIntent?.id else { return .ignore(reason: "\(object.id) has no payment intent: not a pay-link payment") }
            return .dispute(originalKey: "stripe:\(intent)", note: "Stripe dispute \(object.id): \(object.reason ?? "no reason given")")
        case "charge.dispute.closed":
            if object.status == "won" {
                return .review(originalKey: "stripe:\(intentID(object))", note: "Stripe dispute \(object.id) won: the payment stands; clear the HOLD-DISPUTE it set if nothing else holds")
            }
            guard object.status == "lost" else { return .ignore(reason: "dispute \(object.id) closed \(object.status ?? "")") }
            guard let intent = object.paymentIntent?.id else { return .ignore(reason: "\(object.id) has no payment intent: not a pay-link payment") }
            return .chargeback(originalKey: "stripe:\(intent)", note: "Stripe dispute \(object.id) lost: \(object.reason ?? "")")
        default:
            return .ignore(reason: "event type \(event.type) is not one acs uses")
        }
    }

    private static func intentID(_ object: StripeEvent.Object) -> String {
        object.paymentIntent?.id ?? object.id
    }

    /// A payment; without a token (a Payment Link opened bare) it goes to the unmatched queue, never refused.
    private static func payment(_ object: StripeEvent.Object, token: String?, amount: Int64?, intent: String) throws(WebhookRefusal) -> GatewayAction.Payment {
        GatewayAction.Payment(key: "stripe:\(intent)", token: token ?? "",
                              amountMinor: try required(amount, "data.object amount"),
                              currency: try required(object.currency, "data.object.currency").uppercased(), method: "card", reference: intent)
    }

    private static func required<Value>(_ value: Value?, _ name: String) throws(WebhookRefusal) -> Value {
        guard let value else { throw WebhookRefusal(400, "the event has no \(name)") }
        return value
    }
}

/// The fields of a Stripe event acs reads (`data.object` is a checkout session, payment intent, charge or dispute).
struct StripeEvent: Decodable {
    let id: String
    let type: String
    let data: Payload

    /// What every event has, read before its object.
    struct Envelope: Decodable {
        let id: String
        let type: String
        let created: Int64?
    }

    struct Payload: Decodable {
        let object: Object
    }

    struct Object: Decodable {
        let id: String
        let amount: Int64?
        let amountReceived: Int64?
        let amountTotal: Int64?
        let amountRefunded: Int64?
        let currency: String?
        let clientReferenceId: String?
        let paymentIntent: Expandable?
        let paymentStatus: String?
        let status: String?
        let reason: String?
        let metadata: [String: String]?

        enum CodingKeys: String, CodingKey {
            case id, amount, currency, status, reason, metadata
            case amountReceived = "amount_received", amountTotal = "amount_total", amountRefunded = "amount_refunded"
            case clientReferenceId = "client_reference_id", paymentIntent = "payment_intent", paymentStatus = "payment_status"
        }
    }

    /// An id, or the object it names when the API call expanded it.
    struct Expandable: Decodable {
        let id: String

        init(from decoder: any Decoder) throws {
            if let id = try? decoder.singleValueContainer().decode(String.self) {
                self.id = id
            } else {
                id = try decoder.container(keyedBy: Key.self).decode(String.self, forKey: .id)
            }
        }

        private enum Key: String, CodingKey { case id }
    }
}

/// Hex digits to bytes (signatures, the Adyen key).
enum Hex {
    /// The bytes of `text` (an even count of hex digits, either case), or nil.
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func value(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
