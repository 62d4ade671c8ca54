/// Where a local HTTP listener listens: a Unix socket file, or a loopback TCP address. acsd's
/// `metrics_listen` and acs-gateway's `listen` are read by the one parser here.
public enum LocalEndpoint: Sendable, Equatable, CustomStringConvertible {
    /// A Unix socket file (mode 0660).
    case unixSocket(String)
    /// A loopback TCP address.
    case tcp(host: String, port: Int)

    /// Hosts a TCP listener may bind: what it serves is for this machine (a scraper, a reverse proxy).
    public static let loopbackHosts = ["127.0.0.1", "::1", "localhost"]

    /// Why a value is refused.
    public struct Refusal: Error, Sendable {
        /// For a person, without the key's name.
        public let reason: String
    }

    /// `text` read: nil when empty (no listener), or why it is refused.
    public static func parse(_ text: String) -> Result<LocalEndpoint?, Refusal> {
        if text.isEmpty { return .success(nil) }
        if text.hasPrefix("/") {
            // sun_path holds 108 bytes with its NUL.
            guard text.utf8.count <= 107, !text.utf8.contains(0) else {
                return .failure(Refusal(reason: "a socket path must be at most 107 bytes, without a NUL"))
            }
            return .success(.unixSocket(text))
        }
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (1...65_535).contains(port) else {
            return .failure(Refusal(reason: "must be a Unix socket path (/run/…) or HOST:PORT with a port from 1 to 65535"))
        }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard loopbackHosts.contains(host) else {
            return .failure(Refusal(reason: "the host must be a loopback address (127.0.0.1, [::1] or localhost): it serves this machine only"))
        }
        return .success(.tcp(host: host, port: port))
    }

    /// As the configuration spells it.
    public var description: String {
        switch self {
        case .unixSocket(let path): path
        case .tcp(let host, let port): host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        }
    }
}
