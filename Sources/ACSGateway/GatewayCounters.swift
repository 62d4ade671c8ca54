import ACSCore

/// What acs-gateway took and refused, by gateway, for `GET /metrics`.
public final class GatewayCounters: Sendable {
    private let events = Locked<[String: Int]>([:])
    private let refusals = Locked<[String: Int]>([:])

    /// One event of `gateway` asking `action`, ending as `outcome` (posted, replayed, ignored, …).
    func count(gateway: String, action: String, outcome: String) {
        events.withLock { $0["gateway=\"\(gateway)\",action=\"\(action)\",outcome=\"\(outcome)\"", default: 0] += 1 }
    }

    /// One webhook of `gateway` answered `status`.
    func refused(gateway: String, status: Int) {
        refusals.withLock { $0["gateway=\"\(gateway)\",status=\"\(status)\"", default: 0] += 1 }
    }

    /// The Prometheus text exposition.
    public func exposition() -> String {
        var text = "# HELP acs_gateway_events_total Webhook events taken, by gateway, what they asked and what became of them.\n"
        text += "# TYPE acs_gateway_events_total counter\n"
        for (labels, count) in events.withLock({ $0 }).sorted(by: { $0.key < $1.key }) { text += "acs_gateway_events_total{\(labels)} \(count)\n" }
        text += "# HELP acs_gateway_refused_total Webhooks refused, by gateway and HTTP status.\n"
        text += "# TYPE acs_gateway_refused_total counter\n"
        for (labels, count) in refusals.withLock({ $0 }).sorted(by: { $0.key < $1.key }) { text += "acs_gateway_refused_total{\(labels)} \(count)\n" }
        return text
    }
}
