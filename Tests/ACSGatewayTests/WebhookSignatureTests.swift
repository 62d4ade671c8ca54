import ACSCore
@testable import ACSGateway
import Crypto
import Foundation
import Testing

/// The signature checks at their edges, without a process: Stripe's header and tolerance, Adyen's signing string.
@Suite("Webhook signatures")
struct WebhookSignatureTests {
    static let body = Array(#"{"id":"evt_1","type":"customer.created","data":{"object":{"id":"cus_1"}}}"#.utf8)
    static let now = Date(timeIntervalSince1970: 1_733_300_000)

    static func v1(_ secret: String, _ timestamp: Int64, _ body: [UInt8] = body) -> String {
        HMAC<SHA256>.authenticationCode(for: Array("\(timestamp).".utf8) + body, using: SymmetricKey(data: Array(secret.utf8)))
            .map { String(format: "%02x", $0) }.joined()
    }

    @Test("Stripe: any v1 of any secret counts (rolling); v0 never; t exactly 300 s away passes, 301 does not, either way")
    func stripeHeader() throws {
        let hook = StripeWebhook(secrets: ["whsec_old", "whsec_new"])
        let t = Int64(Self.now.timeIntervalSince1970)
        #expect(throws: Never.self) { try hook.verify(body: Self.body, header: "t=\(t),v1=\(String(repeating: "a", count: 64)),v1=\(Self.v1("whsec_new", t))", now: Self.now) }
        #expect(throws: Never.self) { try hook.verify(body: Self.body, header: " t=\(t) , v1=\(Self.v1("whsec_old", t).uppercased())", now: Self.now) }
        for skew: Int64 in [-300, 300] {
            #expect(throws: Never.self) { try hook.verify(body: Self.body, header: "t=\(t + skew),v1=\(Self.v1("whsec_old", t + skew))", now: Self.now) }
        }
        let refused: [String] = [
            "t=\(t),v0=\(Self.v1("whsec_old", t))",                                   // v0 is not a signature
            "t=\(t - 301),v1=\(Self.v1("whsec_old", t - 301))", "t=\(t + 301),v1=\(Self.v1("whsec_old", t + 301))",
            "t=\(Int64.min),v1=\(Self.v1("whsec_old", .min))", "t=\(Int64.max),v1=\(Self.v1("whsec_old", .max))",  // no overflow trap
            "t=99999999999999999999,v1=\(Self.v1("whsec_old", t))", "v1=\(Self.v1("whsec_old", t))", "t=\(t)", "",
            "t=\(t),v1=\(Self.v1("whsec_other", t))", "t=\(t),v1=\(Self.v1("whsec_old", t).dropLast(2))",
            "t=\(t),v1=\(Self.v1("whsec_old", t, Self.body + [0x20]))",              // a changed body
        ]
        for header in refused {
            #expect(throws: WebhookRefusal.self, "\(header)") { try hook.verify(body: Self.body, header: header, now: Self.now) }
        }
    }

    @Test("Stripe: what each event asks; amounts as Stripe gives them; a float amount is refused, a missing token is not")
    func stripeActions() throws {
        func event(_ type: String, _ object: String) throws -> GatewayAction {
            let text = #"{"id":"evt_9","type":"\#(type)","data":{"object":\#(object)}}"#
            return try StripeWebhook.action(JSONDecoder().decode(StripeEvent.self, from: Data(text.utf8)))
        }
        let session = #"{"id":"cs_1","amount_total":9223372036854775807,"currency":"jpy","client_reference_id":"tok","payment_intent":"pi_9","payment_status":"paid"}"#
        #expect(try event("checkout.session.completed", session) == .pay(GatewayAction.Payment(
            key: "stripe:pi_9", token: "tok", amountMinor: .max, currency: "JPY", method: "card", reference: "pi_9")))
        let expanded = #"{"id":"ch_1","amount_refunded":5,"currency":"usd","payment_intent":{"id":"pi_9","object":"payment_intent"}}"#
        #expect(try event("charge.refunded", expanded) == .refund(originalKey: "stripe:pi_9", amountMinor: 5, currency: "USD", note: "Stripe refund of charge ch_1"))
        #expect(try event("charge.dispute.closed", #"{"id":"dp_1","status":"won","payment_intent":"pi_9"}"#).kind == "review")
        #expect(try event("invoice.paid", #"{"id":"in_1"}"#).kind == "ignored")
        // A charge made without a payment intent (the legacy Charges API) is not a pay-link payment: acknowledged, not refused forever.
        #expect(try event("charge.refunded", #"{"id":"ch_2","amount_refunded":5,"currency":"usd","payment_intent":null}"#).kind == "ignored")
        #expect(throws: (any Error).self) { try event("checkout.session.completed", session.replacingOccurrences(of: "9223372036854775807", with: "12.5")) }
        // Without a token the money is still a payment: acs-gateway queues it unmatched.
        if case .pay(let bare) = try event("checkout.session.completed", session.replacingOccurrences(of: #""client_reference_id":"tok","#, with: "")) {
            #expect(bare.token.isEmpty)
        } else {
            Issue.record("a paid session without a token is a payment")
        }
    }

    @Test("listen is read as acsd's metrics_listen: a socket path without a NUL, or a loopback port")
    func listen() throws {
        #expect(try GatewayConfiguration.listen("[::1]:8088") == .tcp(host: "::1", port: 8088))
        #expect(try GatewayConfiguration.listen("/run/acs-gateway/http.sock") == .unixSocket("/run/acs-gateway/http.sock"))
        for bad in ["/run/a\u{0}b", "0.0.0.0:8088", "127.0.0.1:0", "127.0.0.1:65536", "", "/" + String(repeating: "a", count: 107)] {
            #expect(throws: GatewayConfiguration.Refusal.self, "\(bad)") { try GatewayConfiguration.listen(bad) }
        }
    }

    @Test("Adyen: the signing string joins the eight fields with empty ones kept; a bad key is a configuration error")
    func adyen() throws {
        let item = AdyenNotification.Item(additionalData: nil, amount: .init(currency: "EUR", value: 1130), eventCode: "AUTHORISATION", eventDate: nil,
                                          merchantAccountCode: "TestMerchant", merchantReference: "TestPayment-1407325143704", originalReference: nil,
                                          paymentMethod: "visa", pspReference: "7914073381342284", reason: nil, success: "true")
        #expect(AdyenWebhook.signingString(item) == "7914073381342284::TestMerchant:TestPayment-1407325143704:1130:EUR:AUTHORISATION:true")
        // Adyen's documented example: this key signs that item as coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=.
        let documented = try AdyenWebhook(hmacKeys: ["44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056"])
        let notification = #"{"live":"false","notificationItems":[{"NotificationRequestItem":{"additionalData":{"hmacSignature":"coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0="},"amount":{"currency":"EUR","value":1130},"eventCode":"AUTHORISATION","eventDate":"2014-08-06T13:39:05+02:00","merchantAccountCode":"TestMerchant","merchantReference":"TestPayment-1407325143704","paymentMethod":"visa","pspReference":"7914073381342284","reason":"","success":"true"}}]}"#
        let read = try documented.read(body: Array(notification.utf8))
        #expect(read.count == 1 && read.first?.id == "7914073381342284" && read.first?.occurredAt == Date(timeIntervalSince1970: 1_407_325_145) && read.first?.action == .pay(GatewayAction.Payment(
            key: "adyen:7914073381342284", token: "TestPayment-1407325143704", amountMinor: 1130, currency: "EUR", method: "visa", reference: "7914073381342284")))
        #expect(throws: WebhookRefusal.self) { try documented.read(body: Array(notification.replacingOccurrences(of: "1130", with: "1131").utf8)) }
        #expect(throws: WebhookRefusal.self) { try AdyenWebhook(hmacKeys: ["not hex"]) }
        #expect(throws: WebhookRefusal.self) { try AdyenWebhook(hmacKeys: ["abc"]) }
        let hook = try AdyenWebhook(hmacKeys: ["00ff"])
        #expect(throws: WebhookRefusal.self) { try hook.read(body: Array(#"{"live":"false","notificationItems":[]}"#.utf8)) }
        #expect(throws: WebhookRefusal.self) { try hook.read(body: Array("\u{0}".utf8)) }
    }
}
