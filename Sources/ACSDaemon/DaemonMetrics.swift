import ACSCore
import ACSJournal
import ACSServer
import ACSStore
import ACSWire
import CoreMetrics
import Foundation
import NIOCore
import NIOPosix
import Prometheus

/// acsd's metrics, through swift-metrics into a Prometheus registry of this daemon's own (no
/// global bootstrap, so tests may run several daemons in one process).
///
/// Counted as they happen: calls (by method and status, with a latency histogram), payments and
/// cycles. Read when scraped: connections, calls in flight, the audit counters, reminders by
/// channel and status, the database and WAL sizes and resident memory.
///
/// Calls are the one hot path: each event loop tallies its own (`CallTally`) with no lock and
/// no shared write, and a scrape collects the tallies from the loops. Through swift-metrics
/// (a histogram lock and counters per method, shared by the loops) `acs-bench ping
/// --concurrency 128` lost 7.3% (180,307 → 167,085 calls/s) and ping1 4.8%, over the 3% the
/// issue allows; with the tallies it is 179,215 → 176,979 (−1.2%), ping1 +0.3%, post −0.1%
/// (release, scripts/bench/side-by-side.sh, A B B A × 5). The other metrics are rare (a
/// payment, a cycle) or read at scrape time, and go through swift-metrics into the registry.
final class DaemonMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusFactory
    /// Each event loop's tally of the calls it answered, by the loop's identity.
    private let tallies: [ObjectIdentifier: CallTally]
    private let paymentsPosted: CoreMetrics.Counter
    private let paymentsReplayed: CoreMetrics.Counter
    private let paymentsReversed: [ReversalReason: CoreMetrics.Counter]
    private let cycleDuration: CoreMetrics.Timer
    private let cycleAccounts: CoreMetrics.Counter
    private let reminders: [ReminderKey: CoreMetrics.Gauge]
    /// Counters kept elsewhere (the server, the journal), brought up to date at each scrape.
    private let mirrored: [MetricName: CoreMetrics.Counter]
    private let mirroredSeen = Locked<[MetricName: UInt64]>([:])
    private let gauges: [MetricName: CoreMetrics.Gauge]

    /// Metrics for a daemon whose server runs on `group`'s event loops.
    init(group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        tallies = Dictionary(uniqueKeysWithValues: group.makeIterator().map { (ObjectIdentifier($0), CallTally(loop: $0)) })
        factory = PrometheusFactory(registry: registry)
        let factory = factory
        func counter(_ name: MetricName, _ dimensions: [(String, String)] = []) -> CoreMetrics.Counter {
            CoreMetrics.Counter(label: name.rawValue, dimensions: dimensions, factory: factory)
        }
        func gauge(_ name: MetricName, _ dimensions: [(String, String)] = []) -> CoreMetrics.Gauge {
            CoreMetrics.Gauge(label: name.rawValue, dimensions: dimensions, factory: factory)
        }
        paymentsPosted = counter(.paymentsPosted)
        paymentsReplayed = counter(.paymentsReplayed)
        paymentsReversed = Dictionary(uniqueKeysWithValues: ReversalReason.allCases.map { ($0, counter(.paymentsReversed, [("reason", $0.rawValue)])) })
        cycleDuration = CoreMetrics.Timer(label: MetricName.cycleDuration.rawValue, factory: factory)
        cycleAccounts = counter(.cycleAccounts)
        reminders = Dictionary(uniqueKeysWithValues: ContactChannel.allCases.flatMap { channel in
            ReminderStatus.allCases.map { status in
                (ReminderKey(channel: channel.rawValue, status: status.rawValue),
                 gauge(.reminders, [("channel", channel.rawValue), ("status", status.rawValue)]))
            }
        })
        mirrored = Dictionary(uniqueKeysWithValues: [MetricName.connectionsRefused, .acceptFailures, .auditWrites, .auditWriteFailures].map { ($0, counter($0)) })
        gauges = Dictionary(uniqueKeysWithValues: [MetricName.rpcInFlight, .connections, .databaseSize, .walSize, .residentMemory].map { ($0, gauge($0)) })
    }

    /// The recorder of the calls answered on `loop` (the server makes one per connection).
    func recorder(for loop: any EventLoop) -> RPCCallRecorder {
        // acsd's server runs on the group the tallies were made for (the singleton).
        guard let tally = tallies[ObjectIdentifier(loop)] else { preconditionFailure("a loop of another event loop group") }
        return { method, code, duration in tally.record(method: method, code: code, nanoseconds: duration.nanoseconds) }
    }

    /// Counts a posting: a new payment, or a replay of one.
    func posted(replayed: Bool) {
        (replayed ? paymentsReplayed : paymentsPosted).increment()
    }

    /// Counts a reversal.
    func reversed(_ reason: ReversalReason) {
        paymentsReversed[reason]?.increment()
    }

    /// Records a cycle's duration and the accounts it evaluated.
    func cycleCompleted(duration: Duration, evaluated: UInt64) {
        cycleDuration.recordNanoseconds(duration.nanoseconds)
        cycleAccounts.increment(by: Int64(clamping: evaluated))
    }

    /// The Prometheus text exposition (version 0.0.4) after reading what is read at scrape time.
    func render(stats: ServerStats, journal: AuditJournal, database: ACSDatabase) async -> String {
        mirror([.connectionsRefused: stats.refusedConnections, .acceptFailures: stats.acceptFailures,
                .auditWrites: journal.writes, .auditWriteFailures: journal.failures])
        gauges[.rpcInFlight]?.record(stats.inFlightCalls)
        gauges[.connections]?.record(stats.openConnections)
        gauges[.databaseSize]?.record(Self.fileSize(database.path))
        gauges[.walSize]?.record(Self.fileSize(database.path + "-wal"))
        gauges[.residentMemory]?.record(Self.residentBytes())
        // A database that cannot answer leaves the last counts (the scrape still answers).
        if let counts = try? await database.reminderCounts() {
            for (key, gauge) in reminders { gauge.record(counts[key.channel + "/" + key.status] ?? 0) }
        }
        var calls = CallTally.Counts()
        for tally in tallies.values {
            if let counts = try? await tally.loop.submit({ tally.counts }).get() { calls.merge(counts) }
        }
        return registry.emitToString() + calls.exposition()
    }

    /// Brings each mirrored counter up to its source's value.
    private func mirror(_ values: [MetricName: UInt64]) {
        let deltas = mirroredSeen.withLock { seen in
            values.map { name, value in
                defer { seen[name] = max(value, seen[name] ?? 0) }
                return (name, value > (seen[name] ?? 0) ? value - (seen[name] ?? 0) : 0)
            }
        }
        for (name, delta) in deltas where delta > 0 { mirrored[name]?.increment(by: Int64(clamping: delta)) }
    }

    private static func fileSize(_ path: String) -> Int64 {
        var status = stat()
        return stat(path, &status) == 0 ? Int64(status.st_size) : 0
    }

    /// The resident set from /proc/self/statm (its second field, in pages).
    private static func residentBytes() -> Int64 {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int64(fields[1]) else { return 0 }
        return pages * Int64(sysconf(Int32(_SC_PAGESIZE)))
    }
}

/// A reminder gauge's labels.
private struct ReminderKey: Hashable, Sendable {
    let channel: String
    let status: String
}

extension Duration {
    /// Whole nanoseconds, clamped to Int64.
    var nanoseconds: Int64 {
        let (seconds, overflow) = components.seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? (seconds < 0 ? .min : .max) : seconds.addingReportingOverflow(components.attoseconds / 1_000_000_000).partialValue
    }
}
