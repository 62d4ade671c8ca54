import Crypto
import Foundation

/// Adyen's standard webhooks (JSON notifications) with HMAC signatures.
///
/// Each `NotificationRequestItem` carries `additionalData.hmacSignature`: the base64 HMAC-SHA256, keyed
/// by the hex-decoded HMAC key of the webhook, of
/// `pspReference:originalReference:merchantAccountCode:merchantReference:value:currency:eventCode:success`
/// (an absent field is empty). Adyen wants `[accepted]` back once the notification is stored; anything
/// else and it retries. Event codes acs uses: AUTHORISATION (success "true": paid, merchantReference the
/// pay token, posted under `adyen:<pspReference>`), REFUND and CANCEL_OR_REFUND (originalReference the
/// payment), CHARGEBACK (reversed), NOTIFICATION_OF_CHARGEBACK (a hold).
public struct AdyenWebhook: Sendable {
    /// The webhook's HMAC keys, as hex (more than one while a key is replaced).
    public var hmacKeys: [[UInt8]]
    /// The merchant accounts whose notifications are taken; empty: any.
    public var merchantAccounts: Set<String>

    /// The answer Adyen expects when a notification is taken.
    public static let accepted = "[accepted]"

    /// A verifier for `hmacKeys` (hex), taking notifications of `merchantAccounts`.
    public init(hmacKeys: [String], merchantAccounts: Set<String> = []) throws(WebhookRefusal) {
        self.hmacKeys = try hmacKeys.map { key throws(WebhookRefusal) in
            guard let bytes = Hex.decode(key), !bytes.isEmpty else { throw WebhookRefusal(500, "an Adyen HMAC key must be hex digits") }
            return bytes
        }
        self.merchantAccounts = merchantAccounts
    }

    /// Checks every item's signature and reads what each asks, in order; the whole notification is refused
    /// when one item's signature fails (Adyen sends it again).
    public func read(body: [UInt8]) throws(WebhookRefusal) -> [GatewayEvent] {
        let notification: AdyenNotification
        do { notification = try JSONDecoder().decode(AdyenNotification.self, from: Data(body)) } catch {
            throw WebhookRefusal(400, "the body is not an Adyen notification: \(error)")
        }
        guard !notification.notificationItems.isEmpty else { throw WebhookRefusal(400, "the notification has no items") }
        return try notification.notificationItems.map { wrapper throws(WebhookRefusal) in
            let item = wrapper.item
            try verify(item)
            guard merchantAccounts.isEmpty || merchantAccounts.contains(item.merchantAccountCode) else {
                throw WebhookRefusal(401, "merchant account \(item.merchantAccountCode) is not one of this gateway's")
            }
            return GatewayEvent(id: item.pspReference, occurredAt: item.eventDate.flatMap(Self.date), action: try Self.action(item))
        }
    }

    /// The signing string of `item`, as Adyen builds it.
    static func signingString(_ item: AdyenNotification.Item) -> String {
        [item.pspReference, item.originalReference ?? "", item.merchantAccountCode, item.merchantReference ?? "",
         item.amount.map { String($0.value) } ?? "", item.amount?.currency ?? "", item.eventCode, item.success].joined(separator: ":")
    }

    private func verify(_ item: AdyenNotification.Item) throws(WebhookRefusal) {
        guard let signature = item.additionalData?["hmacSignature"].flatMap({ Data(base64Encoded: $0) }) else {
            throw WebhookRefusal(401, "item \(item.pspReference) has no additionalData.hmacSignature")
        }
        let signed = Data(Self.signingString(item).utf8)
        guard hmacKeys.contains(where: { HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: signed, using: SymmetricKey(data: $0)) }) else {
            throw WebhookRefusal(401, "item \(item.pspReference): the HMAC signature does not match")
        }
    }

    /// Adyen's eventDate (ISO 8601 with an offset).
    static func date(_ text: String) -> Date? {
        (try? Date.ISO8601FormatStyle(includingFractionalSeconds: false).parse(text))
            ?? (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
    }

    static func action(_ item: AdyenNotification.Item) throws(WebhookRefusal) -> GatewayAction {
        // These undo what acs did for an earlier event: a person puts it right.
        if ["CHARGEBACK_REVERSED", "REFUND_FAILED", "REFUNDED_REVERSED", "PREARBITRATION_WON"].contains(item.eventCode), item.success == "true" {
            return .review(originalKey: "adyen:\(item.originalReference ?? item.pspReference)",
                           note: "Adyen \(item.eventCode) \(item.pspReference): the money is back with the creditor; post the payment again if acs reversed it")
        }
        guard item.success == "true" else { return .ignore(reason: "\(item.eventCode) not successful: \(item.reason ?? "")") }
        switch item.eventCode {
        case "AUTHORISATION":
            let amount = try required(item.amount, "amount")
            return .pay(GatewayAction.Payment(key: "adyen:\(item.pspReference)", token: item.merchantReference ?? "",
                                              amountMinor: amount.value, currency: amount.currency.uppercased(),
                                              method: item.paymentMethod ?? "card", reference: item.pspReference))
        case "REFUND", "CANCEL_OR_REFUND":
            let amount = try required(item.amount, "amount")
            return .refund(originalKey: "adyen:\(try required(item.originalReference, "originalReference"))", amountMinor: amount.value,
                           currency: amount.currency.uppercased(), note: "Adyen \(item.eventCode) \(item.pspReference)")
        case "CHARGEBACK":
            return .chargeback(originalKey: "adyen:\(try required(item.originalReference, "originalReference"))",
                               note: "Adyen chargeback \(item.pspReference): \(item.reason ?? "")")
        case "NOTIFICATION_OF_CHARGEBACK":
            return .dispute(originalKey: "adyen:\(try required(item.originalReference, "originalReference"))",
                            note: "Adyen notification of chargeback \(item.pspReference): \(item.reason ?? "")")
        default:
            return .ignore(reason: "event code \(item.eventCode) is not one acs uses")
        }
    }

    private static func required<Value>(_ value: Value?, _ name: String) throws(WebhookRefusal) -> Value {
        guard let value, (value as? String)?.isEmpty != true else { throw WebhookRefusal(400, "the notification item has no \(name)") }
        return value
    }
}

/// An Adyen notification, with the fields acs reads.
struct AdyenNotification: Decodable {
    let notificationItems: [Wrapper]

    struct Wrapper: Decodable {
        let item: Item

        enum CodingKeys: String, CodingKey { case item = "NotificationRequestItem" }
    }

    struct Item: Decodable {
        let additionalData: [String: String]?
        let amount: Amount?
        let eventCode: String
        let eventDate: String?
        let merchantAccountCode: String
        let merchantReference: String?
        let originalReference: String?
        let paymentMethod: String?
        let pspReference: String
        let reason: String?
        let success: String
    }

    struct Amount: Decodable {
        let currency: String
        let value: Int64
    }
}
