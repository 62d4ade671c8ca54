public import ACSCore
import Foundation
import Yams

/// acs-gateway's configuration (`/etc/acs/gateway.yaml`); secrets are files, never in the YAML.
///
/// ```yaml
/// listen: /run/acs-gateway/http.sock      # or 127.0.0.1:8088; the reverse proxy's upstream
/// acsd_socket: /run/acs/acsd.sock
/// checkout_url: "https://buy.stripe.com/LINK?client_reference_id={token}"
/// stripe: { webhook_secret_file: stripe-webhook-secret, tolerance_seconds: 300 }
/// adyen: { hmac_key_file: adyen-hmac-key, merchant_accounts: [AcmeCollections] }
/// ```
/// A relative secret file is read from `$CREDENTIALS_DIRECTORY` (systemd's LoadCredential=). A file
/// may hold several secrets, one per line, while one is being replaced.
public struct GatewayConfiguration: Sendable {
    /// Where the HTTP service listens.
    public var listen: LocalEndpoint
    public var acsdSocket: String
    /// The hosted checkout the pay page sends the debtor to; `{token}` is replaced by the pay token.
    public var checkoutURL: String
    public var stripe: StripeWebhook?
    public var adyen: AdyenWebhook?

    /// A configuration error, naming the key.
    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads `path`; secret files are found through `credentials` when relative.
    public static func load(path: String, credentials: String?) throws -> GatewayConfiguration {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any] else { throw Refusal(description: "\(path): not a YAML mapping") }
        return try GatewayConfiguration(root, credentials: credentials)
    }

    init(_ root: [String: Any], credentials: String?) throws {
        let known: Set = ["listen", "acsd_socket", "checkout_url", "stripe", "adyen"]
        if let unknown = root.keys.first(where: { !known.contains($0) }) { throw Refusal(description: "\(unknown): not a key of gateway.yaml") }
        listen = try Self.listen(root["listen"] as? String ?? "/run/acs-gateway/http.sock")
        acsdSocket = root["acsd_socket"] as? String ?? "/run/acs/acsd.sock"
        checkoutURL = root["checkout_url"] as? String ?? ""
        guard checkoutURL.isEmpty || (checkoutURL.hasPrefix("https://") || checkoutURL.hasPrefix("http://")) && checkoutURL.contains("{token}") else {
            throw Refusal(description: "checkout_url: must be an http(s) URL holding {token}")
        }
        if let stripe = try Self.section(root, "stripe", keys: ["webhook_secret_file", "tolerance_seconds"]) {
            let secrets = try Self.secrets(stripe["webhook_secret_file"], key: "stripe.webhook_secret_file", credentials: credentials)
            let tolerance = stripe["tolerance_seconds"].map { $0 as? Int ?? 0 } ?? 300
            guard (1...3_600).contains(tolerance) else { throw Refusal(description: "stripe.tolerance_seconds: must be 1 to 3600") }
            self.stripe = StripeWebhook(secrets: secrets, toleranceSeconds: Int64(tolerance))
        }
        if let adyen = try Self.section(root, "adyen", keys: ["hmac_key_file", "merchant_accounts"]) {
            let keys = try Self.secrets(adyen["hmac_key_file"], key: "adyen.hmac_key_file", credentials: credentials)
            var accounts: [String] = []
            if let value = adyen["merchant_accounts"] {
                guard let names = value as? [String], names.allSatisfy({ !$0.isEmpty }) else {
                    throw Refusal(description: "adyen.merchant_accounts: must be a list of merchant account names")
                }
                accounts = names
            }
            do {
                self.adyen = try AdyenWebhook(hmacKeys: keys, merchantAccounts: Set(accounts))
            } catch {
                throw Refusal(description: "adyen.hmac_key_file: \(error.reason)")
            }
        }
        guard stripe != nil || adyen != nil || !checkoutURL.isEmpty else {
            throw Refusal(description: "nothing to serve: configure stripe, adyen or checkout_url")
        }
    }

    /// The mapping under `name`, with no key but `keys`; nil when absent.
    private static func section(_ root: [String: Any], _ name: String, keys: Set<String>) throws -> [String: Any]? {
        guard let value = root[name] else { return nil }
        guard let section = value as? [String: Any] else { throw Refusal(description: "\(name): must be a mapping") }
        if let unknown = section.keys.first(where: { !keys.contains($0) }) { throw Refusal(description: "\(name).\(unknown): not a key of gateway.yaml") }
        return section
    }

    static func listen(_ text: String) throws -> LocalEndpoint {
        switch LocalEndpoint.parse(text) {
        case .success(let endpoint?): return endpoint
        case .success(nil): throw Refusal(description: "listen: required")
        case .failure(let refusal): throw Refusal(description: "listen: \(refusal.reason)")
        }
    }

    private static func secrets(_ value: Any?, key: String, credentials: String?) throws -> [String] {
        guard let name = value as? String, !name.isEmpty else { throw Refusal(description: "\(key): required") }
        let path = name.hasPrefix("/") ? name : "\(credentials ?? "/etc/acs/credentials")/\(name)"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw Refusal(description: "\(key): cannot read \(path)") }
        let secrets = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !secrets.isEmpty else { throw Refusal(description: "\(key): \(path) is empty") }
        return secrets
    }
}
