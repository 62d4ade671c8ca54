import ACSCore
public import ACSJournal
import ACSWire
import Foundation
import HTTPTypes
public import Hummingbird
import NIOCore

/// acs-gateway's HTTP service: the webhooks of Stripe and Adyen, the pay page, its health and its counters.
///
/// | route | answers |
/// |---|---|
/// | `POST /webhooks/stripe` | 200 once acsd has the event; 400 bad signature, stale or malformed; 409/422 acsd refused it; 413 over 1 MiB; 503 retry |
/// | `POST /webhooks/adyen` | 200 `[accepted]` once acsd has every item; 400 malformed; 401 bad HMAC; 409/422; 413; 503 retry |
/// | `GET /p/TOKEN` | the pay page (200), or 404 for a token that names no account |
/// | `GET /healthz`, `GET /metrics` | liveness, and the counters in the Prometheus text format |
public struct GatewayServer: Sendable {
    let configuration: GatewayConfiguration
    let acsd: AcsdLink
    let applier: EventApplier
    let journal: AuditJournal
    /// What the gateways sent and what became of it.
    public let counters = GatewayCounters()

    /// Largest webhook body taken (Stripe's and Adyen's are a few KiB).
    static let maxBody = 1 << 20

    /// A server for `configuration`, auditing to `journal`.
    public init(configuration: GatewayConfiguration, journal: AuditJournal) {
        self.configuration = configuration
        self.journal = journal
        acsd = AcsdLink(socketPath: configuration.acsdSocket)
        applier = EventApplier(acsd: acsd, journal: journal)
    }

    /// The Hummingbird application; `onServerRunning` is called once it listens.
    public func application(onServerRunning: @escaping @Sendable () async -> Void = {}) -> some ApplicationProtocol {
        let router = Router()
        router.post("/webhooks/stripe") { request, _ in try await stripe(request) }
        router.post("/webhooks/adyen") { request, _ in try await adyen(request) }
        router.get("/p/:token") { _, context in await payPage(context.parameters.get("token") ?? "") }
        router.get("/healthz") { _, _ in Self.text(200, "ok\n") }
        router.get("/metrics") { _, _ in Self.text(200, counters.exposition(), type: "text/plain; version=0.0.4; charset=utf-8") }
        let address: BindAddress = switch configuration.listen {
        case .unixSocket(let path): .unixDomainSocket(path: path)
        case .tcp(let host, let port): .hostname(host, port: port)
        }
        return Application(router: router, configuration: ApplicationConfiguration(address: address, serverName: "acs-gateway"),
                           onServerRunning: { _ in await onServerRunning() })
    }

    private func stripe(_ request: Request) async throws -> Response {
        guard let stripe = configuration.stripe else { return Self.text(404, "Stripe is not configured\n") }
        let signature = request.headers[HTTPField.Name("Stripe-Signature")!]
        do {
            let body = try await Self.body(of: request)
            return try await apply([try stripe.read(body: body, signature: signature, now: Date())], gateway: "stripe", accepted: "ok\n")
        } catch let refusal as WebhookRefusal {
            return refuse(refusal, gateway: "stripe", eventID: "")
        }
    }

    private func adyen(_ request: Request) async throws -> Response {
        guard let adyen = configuration.adyen else { return Self.text(404, "Adyen is not configured\n") }
        do {
            let body = try await Self.body(of: request)
            return try await apply(try adyen.read(body: body), gateway: "adyen", accepted: AdyenWebhook.accepted)
        } catch let refusal as WebhookRefusal {
            return refuse(refusal, gateway: "adyen", eventID: "")
        }
    }

    /// The request's body, at most `maxBody` bytes: a larger one is refused 413, and so audited and counted like
    /// any other refusal (not only answered by Hummingbird).
    private static func body(of request: Request) async throws -> [UInt8] {
        var request = request
        do {
            return Array(buffer: try await request.collectBody(upTo: maxBody))
        } catch is NIOTooManyBytesError {
            throw WebhookRefusal(413, "the body is larger than \(maxBody) bytes")
        }
    }

    /// Applies the events in order; the first refusal answers for the whole body (the gateway sends it again, and
    /// what was applied before it is a replay then).
    private func apply(_ events: [GatewayEvent], gateway: String, accepted: String) async throws -> Response {
        for event in events {
            do {
                let outcome = try await applier.apply(event, gateway: gateway)
                counters.count(gateway: gateway, action: event.action.kind, outcome: outcome)
            } catch {
                return refuse(error, gateway: gateway, eventID: event.id)
            }
        }
        return Self.text(200, accepted)
    }

    private func refuse(_ refusal: WebhookRefusal, gateway: String, eventID: String) -> Response {
        counters.refused(gateway: gateway, status: refusal.status)
        journal.record(.gatewayRefused, message: "acs-gateway refused a \(gateway) webhook with \(refusal.status): \(refusal.reason)", fields: [
            ("GATEWAY", gateway), ("GATEWAY_EVENT", eventID), ("HTTP_STATUS", String(refusal.status)), ("REASON", refusal.reason),
        ])
        return Self.text(refusal.status, refusal.reason + "\n")
    }

    /// acsd alone says what a token is: one that names no account, or is not a token at all, is a 404.
    private func payPage(_ token: String) async -> Response {
        let token = token.lowercased()
        do {
            let resolved = try await acsd.call(Methods.Accounts.resolvePayToken, V1.ResolvePayTokenRequest(token: token))
            return Self.html(200, PayPage.html(resolved, token: token, checkoutURL: configuration.checkoutURL))
        } catch where error.code == .notFound || error.code == .invalidArgument {
            return Self.html(404, PayPage.notFound)
        } catch {
            return Self.html(503, "<!doctype html><title>Try again</title><p>Payments cannot be shown just now. Please try again in a few minutes.</p>\n")
        }
    }

    static func text(_ status: Int, _ body: String, type: String = "text/plain; charset=utf-8") -> Response {
        Response(status: HTTPResponse.Status(code: status), headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    /// A page with a token in its address: never cached or indexed, never sent on as a referrer, no script.
    static func html(_ status: Int, _ body: String) -> Response {
        var response = text(status, body, type: "text/html; charset=utf-8")
        response.headers[.cacheControl] = "no-store"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Robots-Tag")!] = "noindex"
        response.headers[.contentSecurityPolicy] = "default-src 'none'"
        return response
    }
}
