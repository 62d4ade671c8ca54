import ACSClient
import ACSWire
import Histogram
import NIOCore

/// What one load run measured.
struct LoadResult: Sendable {
    var calls = 0
    var failures = 0
    var firstError: String?
    var seconds = 0.0
    var latencies = Histogram<UInt64>(highestTrackableValue: 60_000_000_000)

    mutating func merge(_ other: LoadResult) {
        calls += other.calls
        failures += other.failures
        firstError = firstError ?? other.firstError
        latencies.add(other.latencies)
    }
}

/// Keeps a fixed number of calls in flight on each connection, issuing the next
/// call from the completion of the previous one on the connection's event loop,
/// so the load generator adds no thread hops of its own.
enum CallLoad {
    /// The request of call number `index` (unique over the run).
    typealias Payload = @Sendable (_ index: Int) -> [UInt8]

    static func run(clients: [ACSClient], total: Int, concurrency: Int, path: String, payload: @escaping Payload) async throws -> LoadResult {
        let started = NIODeadline.now()
        let results = try await withThrowingTaskGroup(of: LoadResult.self) { group in
            var first = 0
            for (index, client) in clients.enumerated() {
                let share = total / clients.count + (index < total % clients.count ? 1 : 0)
                let inFlight = concurrency / clients.count + (index < concurrency % clients.count ? 1 : 0)
                defer { first += share }
                let first = first
                group.addTask {
                    try await runOne(client: client, total: share, inFlight: inFlight, path: path) { payload(first + $0) }
                }
            }
            return try await group.reduce(into: [LoadResult]()) { $0.append($1) }
        }
        var merged = LoadResult()
        for result in results { merged.merge(result) }
        merged.seconds = Double((NIODeadline.now() - started).nanoseconds) / 1e9
        return merged
    }

    private static func runOne(client: ACSClient, total: Int, inFlight: Int, path: String, payload: @escaping Payload) async throws -> LoadResult {
        guard total > 0 else { return LoadResult() }
        let loop = client.eventLoop
        let promise = loop.makePromise(of: LoadResult.self)
        loop.execute {
            let state = LoopState(total: total, promise: promise)
            for _ in 0..<min(inFlight, total) { issue(client: client, state: state, path: path, payload: payload) }
        }
        return try await promise.futureResult.get()
    }

    private static func issue(client: ACSClient, state: LoopState, path: String, payload: @escaping Payload) {
        guard state.issued < state.total else { return }
        let request = payload(state.issued)
        state.issued += 1
        let start = NIODeadline.now()
        client.callFuture(path: path, payload: request).assumeIsolated().whenComplete { outcome in
            state.result.calls += 1
            if case .failure(let error) = outcome {
                state.result.failures += 1
                state.result.firstError = state.result.firstError ?? "\(error)"
            }
            _ = state.result.latencies.record(UInt64((NIODeadline.now() - start).nanoseconds))
            if state.result.calls == state.total {
                state.promise.succeed(state.result)
            } else {
                issue(client: client, state: state, path: path, payload: payload)
            }
        }
    }

    /// Mutable state of one connection's run; touched only on its event loop.
    private final class LoopState {
        let total: Int
        let promise: EventLoopPromise<LoadResult>
        var issued = 0
        var result = LoadResult()

        init(total: Int, promise: EventLoopPromise<LoadResult>) {
            self.total = total
            self.promise = promise
        }
    }
}
