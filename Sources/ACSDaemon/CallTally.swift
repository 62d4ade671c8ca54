import ACSCore
import ACSServer
import NIOCore

/// The calls one event loop answered, by method and status code, with their latency
/// histograms: `acs_rpc_calls_total` and `acs_rpc_call_duration_seconds`.
///
/// Written only on its loop's thread, read by a task submitted to that loop: no lock.
final class CallTally: @unchecked Sendable {
    /// The loop that owns it.
    let loop: any EventLoop
    private var current = Counts()

    init(loop: any EventLoop) { self.loop = loop }

    /// Counts a call; on `loop` only.
    func record(method: Int, code: ACSError.Code, nanoseconds: Int64) {
        current.record(method: method, code: code, nanoseconds: nanoseconds)
    }

    /// A copy of the counts; on `loop` only.
    var counts: Counts { current }

    /// Upper bounds of the latency buckets, from `MetricName.rpcDuration`.
    static let bounds: [Int64] = MetricName.rpcDuration.buckets.map(\.nanoseconds)

    /// Calls by method.
    struct Counts: Sendable {
        private var methods = [Method](repeating: Method(), count: RPCRouter.methodNames.count)

        /// One method's calls.
        struct Method: Sendable {
            /// Calls by status code (0 … 16).
            var codes = [UInt64](repeating: 0, count: 17)
            /// Calls by latency bucket (not cumulative); the last is above every bound.
            var buckets = [UInt64](repeating: 0, count: CallTally.bounds.count + 1)
            /// Their total latency.
            var nanoseconds: Int64 = 0
        }

        /// Counts a call of the method with id `index` (a path not in acs.v1 is "unknown": a client
        /// cannot make series up).
        mutating func record(method index: Int, code: ACSError.Code, nanoseconds: Int64) {
            let bucket = CallTally.bounds.firstIndex { nanoseconds <= $0 } ?? CallTally.bounds.count
            methods[index].codes[code.rawValue] &+= 1
            methods[index].buckets[bucket] &+= 1
            methods[index].nanoseconds &+= nanoseconds
        }

        /// Adds `other`'s counts to these.
        mutating func merge(_ other: Counts) {
            for (index, calls) in other.methods.enumerated() {
                for code in calls.codes.indices { methods[index].codes[code] &+= calls.codes[code] }
                for bucket in calls.buckets.indices { methods[index].buckets[bucket] &+= calls.buckets[bucket] }
                methods[index].nanoseconds &+= calls.nanoseconds
            }
        }

        /// The two families in the Prometheus text format, methods in path order.
        func exposition() -> String {
            let names = RPCRouter.methodNames.indices.filter { methods[$0].codes.contains { $0 > 0 } }
            var text = "# HELP \(MetricName.rpcCalls.rawValue) \(MetricName.rpcCalls.help)\n# TYPE \(MetricName.rpcCalls.rawValue) counter\n"
            for index in names {
                let name = RPCRouter.methodNames[index]
                for (code, count) in methods[index].codes.enumerated() where count > 0 {
                    text += "\(MetricName.rpcCalls.rawValue){method=\"\(name)\",code=\"\(ACSError.Code(rawValue: code).name)\"} \(count)\n"
                }
            }
            let family = MetricName.rpcDuration.rawValue
            text += "# HELP \(family) \(MetricName.rpcDuration.help)\n# TYPE \(family) histogram\n"
            for index in names {
                let name = RPCRouter.methodNames[index], calls = methods[index]
                var cumulative: UInt64 = 0
                for (index, count) in calls.buckets.enumerated() {
                    cumulative &+= count
                    let bound = index < CallTally.bounds.count ? Self.seconds(CallTally.bounds[index]) : "+Inf"
                    text += "\(family)_bucket{method=\"\(name)\",le=\"\(bound)\"} \(cumulative)\n"
                }
                text += "\(family)_sum{method=\"\(name)\"} \(Self.seconds(calls.nanoseconds))\n"
                text += "\(family)_count{method=\"\(name)\"} \(cumulative)\n"
            }
            return text
        }

        /// Nanoseconds as decimal seconds, exactly (no floating point): 250000 → "0.00025".
        static func seconds(_ nanoseconds: Int64) -> String {
            let (whole, fraction) = nanoseconds.quotientAndRemainder(dividingBy: 1_000_000_000)
            guard fraction != 0 else { return "\(whole).0" }
            var digits = String(fraction.magnitude)
            digits = String(repeating: "0", count: 9 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            return "\(nanoseconds < 0 && whole == 0 ? "-" : "")\(whole).\(digits)"
        }
    }
}
