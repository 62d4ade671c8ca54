import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Crypto
import Foundation
import Testing

/// acs-gateway (issue 19) between signed webhooks and a real acsd: Stripe's and Adyen's events in their
/// documented formats, signed here with swift-crypto (not with acs-gateway's code), and the pay link.
@Suite("Payment gateway webhooks")
struct GatewayTests {
    static let stripeSecret = "whsec_test_5a1f0c9e2b7d4e8f"
    static let adyenKey = "44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056"

    /// acsd with one account owing 100.00 USD, its pay token, and acs-gateway configured for both gateways.
    static func start() async throws -> (TestDaemon, ACSClient, TestGateway, account: String, token: String) {
        // acsd's clock is the real one's now: acs-gateway takes a webhook's time from the event (or its own clock),
        // and acsd refuses a payment received after its own now.
        let (daemon, client) = try await CollectionEngineRPCTests.start(clock: clock)
        let id = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("GW", zone: "America/New_York")])).results[0].accountId
        let token = try await client.call(Methods.Accounts.getPayToken, V1.GetPayTokenRequest(account: V1.AccountRef(id: id))).token
        let gateway = try await startGateway(daemon)
        return (daemon, client, gateway, id, token)
    }

    /// acsd's simulated clock in these tests: the real now, to the second.
    static var clock: String { ACSClock.format(Date()) }

    static func startGateway(_ daemon: TestDaemon) async throws -> TestGateway {
        try "\(stripeSecret)\n".write(to: daemon.directory.appendingPathComponent("stripe-secret"), atomically: true, encoding: .utf8)
        try "\(adyenKey)\n".write(to: daemon.directory.appendingPathComponent("adyen-key"), atomically: true, encoding: .utf8)
        return try await TestGateway.start(in: daemon.directory, configuration: """
            acsd_socket: \(daemon.socketPath)
            checkout_url: "https://buy.stripe.com/test_8wM3cd?client_reference_id={token}"
            stripe: { webhook_secret_file: stripe-secret }
            adyen: { hmac_key_file: adyen-key, merchant_accounts: [AcmeCollections] }

            """)
    }

    // MARK: Stripe

    /// A Stripe event as Stripe sends it (API version 2024-06-20), `object` its data.object.
    static func stripeEvent(_ type: String, _ object: [String: Any], id: String = "evt_\(UUID().uuidString.prefix(12))",
                            created: Date = Date()) throws -> [UInt8] {
        let event: [String: Any] = ["id": id, "object": "event", "api_version": "2024-06-20", "created": Int(created.timeIntervalSince1970),
                                    "livemode": false, "pending_webhooks": 1, "request": ["id": NSNull(), "idempotency_key": NSNull()],
                                    "type": type, "data": ["object": object]]
        return Array(try JSONSerialization.data(withJSONObject: event, options: [.sortedKeys]))
    }

    static func checkoutSession(_ token: String, intent: String, amount: Int, status: String = "paid") -> [String: Any] {
        ["id": "cs_test_\(intent)", "object": "checkout.session", "amount_subtotal": amount, "amount_total": amount, "currency": "usd",
         "client_reference_id": token, "customer": NSNull(), "livemode": false, "metadata": [String: String](), "mode": "payment",
         "payment_intent": intent, "payment_status": status, "status": "complete"]
    }

    /// `Stripe-Signature` for `body` at `timestamp`: `t=…,v1=<hex HMAC-SHA256 of "t.body">`, with a v0 that must not count.
    static func stripeSignature(_ body: [UInt8], secret: String = stripeSecret, timestamp: Int = Int(Date().timeIntervalSince1970)) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array("\(timestamp).".utf8) + body, using: SymmetricKey(data: Array(secret.utf8)))
        return "t=\(timestamp),v1=\(mac.map { String(format: "%02x", $0) }.joined()),v0=6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39"
    }

    static func postStripe(_ gateway: TestGateway, _ body: [UInt8], signature: String? = nil) throws -> HTTPExchange {
        try HTTPExchange.request("POST", "/webhooks/stripe", unixSocket: gateway.socketPath,
                                 headers: ["Content-Type": "application/json; charset=utf-8", "Stripe-Signature": signature ?? stripeSignature(body)],
                                 body: body)
    }

    static func payments(_ client: ACSClient, _ account: String) async throws -> [V1.Payment] {
        try await client.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(account: V1.AccountRef(id: account))).payments
    }

    static func outstanding(_ client: ACSClient, _ account: String) async throws -> Int64? {
        try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: account))).account?
            .balances.first?.outstanding?.amountMinor
    }

    @Test("Stripe: a paid checkout posts once under the payment intent, a refund reverses, a dispute holds, a lost one charges back")
    func stripe() async throws {
        let (daemon, client, gateway, id, token) = try await Self.start()
        defer { gateway.kill(); daemon.kill() }
        // Delivered two hours late (acs-gateway or acsd was down): the payment keeps the event's time.
        let paidAt = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 - 7_200).rounded(.down))
        let paid = try Self.stripeEvent("checkout.session.completed", Self.checkoutSession(token, intent: "pi_3QA1", amount: 10_000), created: paidAt)
        let first = try Self.postStripe(gateway, paid)
        #expect(first.status == 200, "\(first.body) \(gateway.log)")
        #expect(try await Self.outstanding(client, id) == 0)
        // The payment was one call to acsd, naming the account by its token: no ResolvePayToken first.
        let acsdMetrics = Prometheus(try await TestBinaries.run("acsctl", ["metrics", "--socket", daemon.socketPath]).stdout)
        #expect(acsdMetrics["acs_rpc_calls_total", ["method": "/acs.v1.Payments/PostPayment", "code": "OK"]] == 1)
        #expect(acsdMetrics["acs_rpc_calls_total", ["method": "/acs.v1.Accounts/ResolvePayToken", "code": "OK"]] ?? 0 == 0)
        // Stripe retries the same event, and sends payment_intent.succeeded for the same money: one payment.
        #expect(try Self.postStripe(gateway, paid).status == 200)
        let intent = try Self.stripeEvent("payment_intent.succeeded", [
            "id": "pi_3QA1", "object": "payment_intent", "amount": 10_000, "amount_received": 10_000, "currency": "usd",
            "metadata": ["acs_pay_token": token], "status": "succeeded", "latest_charge": "ch_3QA1"], created: paidAt.addingTimeInterval(2))
        let second = try Self.postStripe(gateway, intent)
        #expect(second.status == 200, "a second event of the same money, two seconds later, is a replay: \(second.body)")
        let posted = try await Self.payments(client, id)
        #expect(posted.map(\.idempotencyKey) == ["stripe:pi_3QA1"] && posted.first?.amount?.amountMinor == 10_000 && posted.first?.reference == "pi_3QA1")
        #expect(posted.first?.receivedAt == ACSClock.format(paidAt), "\(posted.first?.receivedAt ?? "")")

        // Refused: a bad signature, a signature by another secret, a stale timestamp, no header, a signed body that is not an event.
        let stale = Int(Date().timeIntervalSince1970) - 301
        for (body, signature) in [(paid, "t=\(Int(Date().timeIntervalSince1970)),v1=" + String(repeating: "0", count: 64)),
                                  (paid, Self.stripeSignature(paid, secret: "whsec_other")), (paid, Self.stripeSignature(paid, timestamp: stale)),
                                  (paid, ""), (Array("{\"id\": 7}".utf8), Self.stripeSignature(Array("{\"id\": 7}".utf8)))] {
            let refused = try Self.postStripe(gateway, body, signature: signature)
            #expect(refused.status == 400, "\(signature): \(refused.body)")
        }
        let audited = try await TestJournal.waitForEntries(matching: ["_PID": String(gateway.process.processIdentifier), "ACS_EVENT": "gateway.refused"], count: 5)
        #expect(audited.count == 5 && audited.allSatisfy { $0.fields["ACS_HTTP_STATUS"] == "400" && $0.fields["ACS_GATEWAY"] == "stripe" })
        #expect(audited.contains { $0.fields["ACS_REASON"]?.contains("more than 300 s") == true })

        // A partial refund waits for a person; the whole refund reverses the payment (no fee), once.
        let charge: [String: Any] = ["id": "ch_3QA1", "object": "charge", "amount": 10_000, "currency": "usd", "payment_intent": "pi_3QA1", "refunded": false]
        let partial = try Self.postStripe(gateway, try Self.stripeEvent("charge.refunded", charge.merging(["amount_refunded": 2_500]) { $1 }))
        let afterPartial = try await Self.payments(client, id)
        #expect(partial.status == 200 && afterPartial.first?.status == .posted)
        let whole = try Self.stripeEvent("charge.refunded", charge.merging(["amount_refunded": 10_000, "refunded": true]) { $1 })
        #expect(try Self.postStripe(gateway, whole).status == 200)
        #expect(try Self.postStripe(gateway, whole).status == 200)
        let refunded = try await Self.payments(client, id)
        #expect(refunded.first?.status == .reversed && refunded.first?.reversalReason == .refunded)
        #expect(try await Self.outstanding(client, id) == 10_000)

        // A second payment, disputed (HOLD-DISPUTE), then the dispute lost (a chargeback).
        // An event stamped a day ahead (the gateway's clock, not ours) is taken as received now.
        let beforeSecond = ACSClock.format(Date())
        let ahead = try Self.stripeEvent("checkout.session.completed", Self.checkoutSession(token, intent: "pi_3QB2", amount: 4_000), created: Date().addingTimeInterval(86_400))
        #expect(try Self.postStripe(gateway, ahead).status == 200)
        let secondAt = try await client.call(Methods.Payments.getPayment, V1.GetPaymentRequest(idempotencyKey: "stripe:pi_3QB2")).payment?.receivedAt ?? ""
        #expect(secondAt >= beforeSecond && secondAt <= ACSClock.format(Date()), "\(secondAt)")
        let dispute: [String: Any] = ["id": "dp_1Q", "object": "dispute", "amount": 4_000, "charge": "ch_3QB2", "currency": "usd",
                                      "payment_intent": "pi_3QB2", "reason": "fraudulent", "status": "needs_response"]
        #expect(try Self.postStripe(gateway, try Self.stripeEvent("charge.dispute.created", dispute)).status == 200)
        let held = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account
        #expect(held?.holds.contains { $0.kind == .dispute && $0.setBy?.reason.contains("dp_1Q") == true } == true, "\(held?.holds ?? [])")
        let lost = dispute.merging(["status": "lost"]) { $1 }
        #expect(try Self.postStripe(gateway, try Self.stripeEvent("charge.dispute.closed", lost)).status == 200)
        let chargedBack = try await client.call(Methods.Payments.getPayment, V1.GetPaymentRequest(idempotencyKey: "stripe:pi_3QB2")).payment
        #expect(chargedBack?.status == .reversed && chargedBack?.reversalReason == .chargeback)

        // An event type acs does not use, and a session not yet paid: acknowledged and counted, nothing posted.
        #expect(try Self.postStripe(gateway, try Self.stripeEvent("customer.created", ["id": "cus_1", "object": "customer"])).status == 200)
        let unpaid = Self.checkoutSession(token, intent: "pi_3QC3", amount: 500, status: "unpaid")
        #expect(try Self.postStripe(gateway, try Self.stripeEvent("checkout.session.completed", unpaid)).status == 200)
        #expect(try await Self.payments(client, id).count == 2)
        let metrics = try HTTPExchange.request("GET", "/metrics", unixSocket: gateway.socketPath).body
        #expect(metrics.contains("acs_gateway_events_total{gateway=\"stripe\",action=\"payment\",outcome=\"posted\"} 2"), "\(metrics)")
        #expect(metrics.contains("acs_gateway_events_total{gateway=\"stripe\",action=\"payment\",outcome=\"replayed\"} 2"))
        #expect(metrics.contains("acs_gateway_events_total{gateway=\"stripe\",action=\"ignored\",outcome=\"ignored\"} 2"))
        #expect(metrics.contains("acs_gateway_events_total{gateway=\"stripe\",action=\"refund\",outcome=\"partial_refund\"} 1"))
        #expect(metrics.contains("acs_gateway_refused_total{gateway=\"stripe\",status=\"400\"} 5"))
        let partials = try await TestJournal.waitForEntries(matching: ["_PID": String(gateway.process.processIdentifier), "ACS_EVENT": "gateway.needs_review"])
        #expect(partials.first?.fields["ACS_AMOUNT_MINOR"] == "2500" && partials.first?.fields["ACS_ACCOUNT"] == id
                && partials.first?.fields["ACS_REASON"]?.contains("reverses payments whole") == true, "\(partials.map(\.fields))")

        // An event type acs does not use is not read further, whatever its object holds.
        #expect(try Self.postStripe(gateway, try Self.stripeEvent("balance.available", ["object": "balance", "available": [["amount": 1.5]]])).status == 200)
        // A dispute won leaves the payment as it is and asks a person to clear the hold it set.
        let third = Self.checkoutSession(token, intent: "pi_3QD4", amount: 1_000)
        #expect(try Self.postStripe(gateway, try Self.stripeEvent("checkout.session.completed", third)).status == 200)
        let won = dispute.merging(["id": "dp_2Q", "payment_intent": "pi_3QD4", "status": "won"]) { $1 }
        #expect(try Self.postStripe(gateway, try Self.stripeEvent("charge.dispute.closed", won)).status == 200)
        let reviews = try await TestJournal.waitForEntries(matching: ["_PID": String(gateway.process.processIdentifier), "ACS_EVENT": "gateway.needs_review"], count: 2)
        #expect(reviews.contains { $0.fields["ACS_REASON"]?.contains("dp_2Q won") == true })
        #expect(try await client.call(Methods.Payments.getPayment, V1.GetPaymentRequest(idempotencyKey: "stripe:pi_3QD4")).payment?.status == .posted)
        // A refund of a payment acs never posted under Stripe's key: retried (503) for an hour, then left to a person (200).
        let foreign: [String: Any] = ["id": "ch_F", "object": "charge", "amount": 800, "amount_refunded": 800, "currency": "usd",
                                      "payment_intent": "pi_ELSEWHERE", "refunded": true]
        #expect(try Self.postStripe(gateway, try Self.stripeEvent("charge.refunded", foreign)).status == 503)
        #expect(try Self.postStripe(gateway, try Self.stripeEvent("charge.refunded", foreign, created: Date().addingTimeInterval(-3_700))).status == 200)

        // A body over 1 MiB: 413, audited and counted like any refusal.
        let huge = try Self.postStripe(gateway, Array(repeating: UInt8(ascii: " "), count: (1 << 20) + 4_096), signature: "t=1,v1=00")
        #expect(huge.status == 413, "\(huge.body)")
        let tooLarge = try await TestJournal.waitForEntries(matching: ["_PID": String(gateway.process.processIdentifier), "ACS_EVENT": "gateway.refused",
                                                                       "ACS_HTTP_STATUS": "413"])
        #expect(tooLarge.count == 1 && tooLarge.first?.fields["ACS_REASON"]?.contains("larger than 1048576 bytes") == true)
        let counted = try HTTPExchange.request("GET", "/metrics", unixSocket: gateway.socketPath).body
        #expect(counted.contains("acs_gateway_refused_total{gateway=\"stripe\",status=\"413\"} 1"), "\(counted)")
    }

    // MARK: Adyen

    /// An Adyen standard notification of `items`, each signed with the HMAC key (or `key`).
    static func adyenNotification(_ items: [[String: Any]], key: String = adyenKey) throws -> [UInt8] {
        let signed = items.map { item -> [String: Any] in
            let amount = item["amount"] as? [String: Any]
            let fields = [item["pspReference"], item["originalReference"], item["merchantAccountCode"], item["merchantReference"],
                          amount?["value"], amount?["currency"], item["eventCode"], item["success"]].map { $0.map { "\($0)" } ?? "" }
            let keyBytes = stride(from: 0, to: key.count, by: 2).map { UInt8(key.dropFirst($0).prefix(2), radix: 16)! }
            let mac = HMAC<SHA256>.authenticationCode(for: Array(fields.joined(separator: ":").utf8), using: SymmetricKey(data: keyBytes))
            var item = item
            item["additionalData"] = ["hmacSignature": Data(mac).base64EncodedString()]
            return ["NotificationRequestItem": item]
        }
        return Array(try JSONSerialization.data(withJSONObject: ["live": "false", "notificationItems": signed]))
    }

    static func adyenItem(_ code: String, psp: String, original: String? = nil, reference: String = "", value: Int = 10_000) -> [String: Any] {
        var item: [String: Any] = ["amount": ["currency": "USD", "value": value], "eventCode": code, "eventDate": "2026-12-04T10:00:00+01:00",
                                   "merchantAccountCode": "AcmeCollections", "merchantReference": reference, "paymentMethod": "visa",
                                   "pspReference": psp, "reason": "", "success": "true"]
        if let original { item["originalReference"] = original }
        return item
    }

    static func postAdyen(_ gateway: TestGateway, _ body: [UInt8]) throws -> HTTPExchange {
        try HTTPExchange.request("POST", "/webhooks/adyen", unixSocket: gateway.socketPath, headers: ["Content-Type": "application/json"], body: body)
    }

    @Test("Adyen: an authorisation posts once, [accepted]; a bad HMAC is 401; a refund reverses; a notice of chargeback holds, a chargeback reverses")
    func adyen() async throws {
        let (daemon, client, gateway, id, token) = try await Self.start()
        defer { gateway.kill(); daemon.kill() }
        let authorisation = try Self.adyenNotification([Self.adyenItem("AUTHORISATION", psp: "QFQTPCQ8HXSKGK82", reference: token)])
        let accepted = try Self.postAdyen(gateway, authorisation)
        #expect(accepted.status == 200 && accepted.body == "[accepted]", "\(accepted.body) \(gateway.log)")
        #expect(try Self.postAdyen(gateway, authorisation).body == "[accepted]")
        #expect(try await Self.payments(client, id).map(\.idempotencyKey) == ["adyen:QFQTPCQ8HXSKGK82"])

        let forged = try Self.adyenNotification([Self.adyenItem("AUTHORISATION", psp: "QFQTPCQ8HXSKGK99", reference: token)],
                                                key: String(Self.adyenKey.reversed()))
        #expect(try Self.postAdyen(gateway, forged).status == 401)
        let otherMerchant = try Self.adyenNotification([Self.adyenItem("AUTHORISATION", psp: "QFQTPCQ8HXSKGK98", reference: token)
            .merging(["merchantAccountCode": "SomeoneElse"]) { $1 }])
        #expect(try Self.postAdyen(gateway, otherMerchant).status == 401)
        #expect(try Self.postAdyen(gateway, Array("[accepted]".utf8)).status == 400)
        #expect(try await Self.payments(client, id).count == 1)

        let partial = try Self.adyenNotification([Self.adyenItem("REFUND", psp: "R8VZ2K01", original: "QFQTPCQ8HXSKGK82", value: 4_000)])
        #expect(try Self.postAdyen(gateway, partial).body == "[accepted]")
        #expect(try await Self.payments(client, id).first?.status == .posted, "a partial refund waits for a person")
        let refund = try Self.adyenNotification([Self.adyenItem("REFUND", psp: "R8VZ2K4M", original: "QFQTPCQ8HXSKGK82")])
        #expect(try Self.postAdyen(gateway, refund).body == "[accepted]")
        #expect(try await Self.payments(client, id).first?.reversalReason == .refunded)

        let second = try Self.adyenNotification([Self.adyenItem("AUTHORISATION", psp: "PSP2AUTH", reference: token, value: 3_000),
                                                 Self.adyenItem("NOTIFICATION_OF_CHARGEBACK", psp: "NOC1", original: "PSP2AUTH", value: 3_000)])
        #expect(try Self.postAdyen(gateway, second).body == "[accepted]")
        let held = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account
        #expect(held?.holds.contains { $0.kind == .dispute } == true)
        #expect(try Self.postAdyen(gateway, try Self.adyenNotification([Self.adyenItem("CHARGEBACK", psp: "CB1", original: "PSP2AUTH", value: 3_000)])).status == 200)
        let charged = try await client.call(Methods.Payments.getPayment, V1.GetPaymentRequest(idempotencyKey: "adyen:PSP2AUTH")).payment
        #expect(charged?.reversalReason == .chargeback)
    }

    // MARK: acsd down, unknown tokens, the pay link

    @Test("acsd down: 503 and nothing lost; once back the retry posts, once; a token that names no account goes to the unmatched queue")
    func acsdDown() async throws {
        let (daemon, client, gateway, id, token) = try await Self.start()
        defer { gateway.kill() }
        // acs-gateway holds a connection to an acsd that restarts: the next event is taken at its first try, on a new connection.
        #expect(try Self.postStripe(gateway, try Self.stripeEvent("checkout.session.completed", Self.checkoutSession(token, intent: "pi_UP", amount: 100))).status == 200)
        await client.close()
        #expect(try await daemon.stop() == 0)
        let arguments = ["--config", daemon.directory.appendingPathComponent("etc/acsd.yaml").path, "--simulated-clock", Self.clock]
        let restarted = try await TestDaemon.start(arguments: arguments, directory: daemon.directory)
        let next = try Self.postStripe(gateway, try Self.stripeEvent("checkout.session.completed", Self.checkoutSession(token, intent: "pi_NEXT", amount: 200)))
        #expect(next.status == 200, "\(next.body)")
        #expect(try await restarted.stop() == 0)

        // acsd down: 503, and once it is back the retry posts, once.
        let paid = try Self.stripeEvent("checkout.session.completed", Self.checkoutSession(token, intent: "pi_DOWN", amount: 1_000))
        let down = try Self.postStripe(gateway, paid)
        #expect(down.status == 503, "\(down.body)")

        let again = try await TestDaemon.start(arguments: arguments, directory: daemon.directory)
        defer { again.kill() }
        #expect(try Self.postStripe(gateway, paid).status == 200)
        #expect(try Self.postStripe(gateway, paid).status == 200)
        let back = try await again.connect()
        #expect(try await Self.payments(back, id).map(\.idempotencyKey) == ["stripe:pi_DOWN", "stripe:pi_NEXT", "stripe:pi_UP"])

        // A refund whose payment is not posted yet: 503, Stripe retries once its payment has come.
        let early = try Self.stripeEvent("charge.refunded", ["id": "ch_X", "object": "charge", "amount": 500, "amount_refunded": 500,
                                                             "currency": "usd", "payment_intent": "pi_NOT_YET", "refunded": true])
        #expect(try Self.postStripe(gateway, early).status == 503)

        // Money through a revoked link is not lost: it waits in the unmatched queue.
        let revoked = try await back.call(Methods.Accounts.revokePayToken, V1.RevokePayTokenRequest(account: V1.AccountRef(id: id), reason: "test")).token
        #expect(revoked != token)
        // (Paid two days ago, reported now: booked on the day it was paid.)
        let strayDay = Date().addingTimeInterval(-2 * 86_400)
        let stray = try Self.stripeEvent("checkout.session.completed", Self.checkoutSession(token, intent: "pi_STRAY", amount: 700), created: strayDay)
        #expect(try Self.postStripe(gateway, stray).status == 200)
        let queued = try await back.call(Methods.Payments.listUnmatched, V1.ListUnmatchedRequest(status: .open)).entries
        #expect(queued.count == 1 && queued.first?.bankAccount == "gateway:stripe" && queued.first?.entry?.amount?.amountMinor == 700,
                "\(queued)")
        #expect(queued.first?.entry?.bookedOn == LocalDate(strayDay, in: TimeZones.utc).description, "\(queued.first?.entry?.bookedOn ?? "")")
        #expect(try Self.postStripe(gateway, stray).status == 200)
        #expect(try await back.call(Methods.Payments.listUnmatched, V1.ListUnmatchedRequest(status: .open)).entries.count == 1, "queued once")
        // So is money through a Payment Link opened without its token.
        var bare = Self.checkoutSession(token, intent: "pi_BARE", amount: 900)
        bare.removeValue(forKey: "client_reference_id")
        #expect(try Self.postStripe(gateway, try Self.stripeEvent("checkout.session.completed", bare)).status == 200)
        let open = try await back.call(Methods.Payments.listUnmatched, V1.ListUnmatchedRequest(status: .open)).entries
        #expect(open.count == 2 && open.contains { $0.entry?.reference == "pi_BARE" && $0.entry?.remittance.contains("without a pay token") == true })
        // And money whose token is not even of a token's shape (here with a NUL, which the protocol cannot carry).
        let odd = try Self.stripeEvent("checkout.session.completed", Self.checkoutSession(token + "\u{0}", intent: "pi_ODD", amount: 300))
        #expect(try Self.postStripe(gateway, odd).status == 200)
        #expect(try await back.call(Methods.Payments.listUnmatched, V1.ListUnmatchedRequest(status: .open)).entries.contains { $0.entry?.reference == "pi_ODD" })

        // Assigned by hand, the queued payment is posted under Stripe's own key: its refund then finds and reverses it.
        let strayEntry = try #require(open.first { $0.entry?.reference == "pi_STRAY" })
        let assigned = try await back.call(Methods.Payments.assignUnmatched, V1.AssignUnmatchedRequest(
            id: strayEntry.id, account: V1.AccountRef(id: id), note: "the debtor forwarded an old link"))
        #expect(assigned.payment?.idempotencyKey == "stripe:pi_STRAY", "\(assigned.payment?.idempotencyKey ?? "")")
        // Stripe's retry of its event after that is a replay: the key answers for a token that names no account.
        let retried = try Self.postStripe(gateway, stray)
        #expect(retried.status == 200, "\(retried.body)")
        #expect(try await Self.payments(back, id).filter { $0.idempotencyKey == "stripe:pi_STRAY" }.count == 1)
        let strayRefund = try Self.stripeEvent("charge.refunded", ["id": "ch_S", "object": "charge", "amount": 700, "amount_refunded": 700,
                                                                   "currency": "usd", "payment_intent": "pi_STRAY", "refunded": true])
        #expect(try Self.postStripe(gateway, strayRefund).status == 200)
        let refunded = try await back.call(Methods.Payments.getPayment, V1.GetPaymentRequest(idempotencyKey: "stripe:pi_STRAY")).payment
        #expect(refunded?.status == .reversed && refunded?.reversalReason == .refunded)
    }

    @Test("the pay link of a rendered reminder shows what is owed and leads to the checkout; its completion pays that account")
    func payLink() async throws {
        let (daemon, client, gateway, id, token) = try await Self.start()
        defer { gateway.kill(); daemon.kill() }
        _ = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let email = try #require(try await CollectionEngineRPCTests.reminders(client, account: id).first { $0.channel == .email })
        let link = try #require(email.bodyText.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("https://pay.example.com/p/") })
        let path = String(link.dropFirst("https://pay.example.com".count))
        #expect(path == "/p/\(token)")

        let page = try HTTPExchange.request("GET", path, unixSocket: gateway.socketPath)
        #expect(page.status == 200 && page.body.contains("100.00 USD") && page.body.contains("Example Lending"), "\(page.body)")
        #expect(page.body.contains("href=\"https://buy.stripe.com/test_8wM3cd?client_reference_id=\(token)\""))
        #expect(page.headers["cache-control"] == "no-store" && page.headers["referrer-policy"] == "no-referrer")
        for bad in ["/p/\(String(repeating: "0", count: 32))", "/p/\(id)", "/p/%3Cscript%3E", "/p/\(token)x"] {
            let missing = try HTTPExchange.request("GET", bad, unixSocket: gateway.socketPath)
            #expect(missing.status == 404 && !missing.body.contains("<script"), "\(bad)")
        }

        // The checkout carries the token back as client_reference_id.
        let paid = try Self.stripeEvent("checkout.session.completed", Self.checkoutSession(token, intent: "pi_LINK", amount: 10_000))
        #expect(try Self.postStripe(gateway, paid).status == 200)
        #expect(try await Self.payments(client, id).map(\.idempotencyKey) == ["stripe:pi_LINK"])
        let after = try HTTPExchange.request("GET", path, unixSocket: gateway.socketPath)
        #expect(after.body.contains("Nothing is owed") && !after.body.contains("Pay now"))
    }
}
