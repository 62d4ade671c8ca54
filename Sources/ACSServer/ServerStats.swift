import Synchronization

/// Live counters of a server, read by `System.Status`.
public final class ServerStats: Sendable {
    private let inFlight = Atomic<Int>(0)
    private let connections = Atomic<Int>(0)
    private let answered = Atomic<UInt64>(0)
    private let requests = Atomic<UInt64>(0)
    private let refused = Atomic<UInt64>(0)
    private let acceptErrors = Atomic<UInt64>(0)
    /// A random prefix per process, so ids stay unique across restarts.
    private let requestPrefix = String(UInt32.random(in: 0x1000_0000...UInt32.max), radix: 16)

    /// A new request id, unique on the machine: `<process prefix>-<counter>`.
    func nextRequestID() -> String {
        requestPrefix + "-" + String(requests.add(1, ordering: .relaxed).newValue, radix: 16)
    }

    /// Zeroed counters.
    public init() {}

    /// Calls being handled now.
    public var inFlightCalls: Int { inFlight.load(ordering: .relaxed) }
    /// Connections open now.
    public var openConnections: Int { connections.load(ordering: .relaxed) }
    /// Calls answered since start.
    public var callsTotal: UInt64 { answered.load(ordering: .relaxed) }

    /// Connections refused since start (over a limit, or a frame that stopped arriving).
    public var refusedConnections: UInt64 { refused.load(ordering: .relaxed) }
    /// Accepts that failed since start (no file descriptor left).
    public var acceptFailures: UInt64 { acceptErrors.load(ordering: .relaxed) }

    func connectionRefused() { refused.add(1, ordering: .relaxed) }
    /// Counts a failed accept and answers how many there were.
    func acceptFailed() -> UInt64 { acceptErrors.add(1, ordering: .relaxed).newValue }
    func callStarted() { inFlight.add(1, ordering: .relaxed) }
    func callFinished() {
        inFlight.subtract(1, ordering: .relaxed)
        answered.add(1, ordering: .relaxed)
    }
    func inlineCallAnswered() { answered.add(1, ordering: .relaxed) }
    func connectionOpened() { connections.add(1, ordering: .relaxed) }
    func connectionClosed() { connections.subtract(1, ordering: .relaxed) }
}
