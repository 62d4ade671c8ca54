public import ACSCore
import ACSWire
public import NIOCore
import NIOPosix
#if canImport(Glibc)
import Glibc
#endif

/// Records the calls answered on one event loop: its method id (an index of `RPCRouter.methodNames`),
/// status code and the time from reading its frame to writing its answer. Made once per connection
/// by `Configuration.onCallAnswered` for the connection's loop, and called on that loop only.
public typealias RPCCallRecorder = (_ method: Int, _ code: ACSError.Code, _ duration: Duration) -> Void

/// The RPC listener: a Unix stream socket, bound to a path or inherited from
/// systemd, serving each connection with its own handler.
public final class RPCServer: Sendable {
    /// Where the server listens.
    public enum Endpoint: Sendable, Hashable {
        /// Bind a socket file at this path (an old socket file is replaced).
        case path(String)
        /// Adopt an already listening socket (from systemd's socket activation).
        case inheritedDescriptor(Int32)
    }

    /// Listener settings.
    public struct Configuration: Sendable {
        /// Where to listen.
        public var endpoint: Endpoint
        /// Largest frame body accepted.
        public var maxFrameBytes: Int = WireLimits.defaultMaxFrameBytes
        /// Largest answer payload sent; a larger one is answered RESOURCE_EXHAUSTED instead.
        public var maxAnswerBytes: Int = WireLimits.defaultMaxAnswerBytes
        /// Calls in flight per connection before reading pauses.
        public var maxInFlightPerConnection: Int = WireLimits.defaultMaxInFlightPerConnection
        /// Connections open at once, over all users; more are refused.
        public var maxConnections: Int = WireLimits.defaultMaxConnections
        /// Connections one user (uid) may hold open at once; more are refused.
        public var maxConnectionsPerUser: Int = WireLimits.defaultMaxConnectionsPerUser
        /// How long the rest of a frame may take once its first byte came.
        public var frameTimeout: Duration = .seconds(WireLimits.defaultFrameTimeoutSeconds)
        /// Told of every accept that failed (no file descriptor left) with how many have so far;
        /// acsd backs off for a quarter second each time instead of spinning.
        public var onAcceptFailure: (@Sendable (_ error: any Error, _ count: UInt64) -> Void)?
        /// Decides whether a caller may call a method: nil allows, an error is the answer.
        /// Runs on the event loop for every routed call, so it must be cheap.
        public var authorize: (@Sendable (_ call: RPCContext) -> ACSError?)?
        /// Makes the recorder of the calls a connection on `loop` answers (acsd's metrics). It runs for
        /// every call on the event loop: it must be cheap.
        public var onCallAnswered: (@Sendable (_ loop: any EventLoop) -> RPCCallRecorder)?

        /// Settings with defaults for `endpoint`.
        public init(endpoint: Endpoint) { self.endpoint = endpoint }
    }

    /// The mode of a socket file acsd binds itself (acsd.socket's `SocketMode=`).
    static let socketMode: mode_t = 0o660

    /// Live counters.
    public let stats: ServerStats
    private let configuration: Configuration
    /// Where the server listens.
    public var endpoint: Endpoint { configuration.endpoint }
    private let router: RPCRouter
    private let group: any EventLoopGroup
    private let state = Locked<State>(State())
    private let limits: ConnectionLimits

    private struct State {
        var listener: (any Channel)?
        var connections: [ObjectIdentifier: any Channel] = [:]
    }

    /// A server for `router`, not yet listening.
    public init(
        configuration: Configuration, router: RPCRouter, stats: ServerStats = ServerStats(),
        group: (any EventLoopGroup)? = nil
    ) {
        self.configuration = configuration
        self.stats = stats
        self.router = router
        self.group = group ?? MultiThreadedEventLoopGroup.singleton
        limits = ConnectionLimits(maxTotal: configuration.maxConnections, maxPerUser: configuration.maxConnectionsPerUser)
    }

    /// Starts listening; returns once the socket accepts connections.
    public func start() async throws(ACSError) {
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 512)
            .serverChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(AcceptPauseHandler(pause: .milliseconds(250), onFailure: acceptFailed))
                }
            }
            .childChannelOption(.maxMessagesPerRead, value: 16)
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            .childChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture { try self.initialize(channel) }
            }
        do {
            let listener: any Channel
            switch configuration.endpoint {
            case .path(let path):
                listener = try await bootstrap.bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true).get()
                // As acsd.socket's SocketMode: the owner and its group, nobody else.
                guard chmod(path, Self.socketMode) == 0 else {
                    try? await listener.close()
                    throw ACSError(.unavailable, "cannot set mode 0660 on \(path): \(String(cString: strerror(errno)))")
                }
            case .inheritedDescriptor(let descriptor):
                listener = try await bootstrap.withBoundSocket(descriptor).get()
            }
            state.withLock { $0.listener = listener }
        } catch {
            throw ACSError(.unavailable, "cannot listen on \(configuration.endpoint): \(error)")
        }
    }

    /// An accept failed (EMFILE, ENFILE, ENOMEM…): count it and say so (AcceptPauseHandler waits).
    private func acceptFailed(_ error: IOError) {
        configuration.onAcceptFailure?(error, stats.acceptFailed())
    }

    private func initialize(_ channel: any Channel) throws {
        let handler = RPCConnectionHandler(
            router: router, stats: stats, maxInFlight: configuration.maxInFlightPerConnection,
            maxAnswerBytes: configuration.maxAnswerBytes, limits: limits,
            authorize: configuration.authorize, recordCall: configuration.onCallAnswered?(channel.eventLoop))
        let stats = stats
        let timeout = TimeAmount.nanoseconds(
            configuration.frameTimeout.components.seconds * 1_000_000_000 + configuration.frameTimeout.components.attoseconds / 1_000_000_000)
        try channel.pipeline.syncOperations.addHandlers([
            FrameTimeoutHandler(timeout: timeout) { stats.connectionRefused() },
            ByteToMessageHandler(FrameDecoder(maxFrameBytes: configuration.maxFrameBytes)), handler,
        ])
        let key = ObjectIdentifier(channel)
        state.withLock { $0.connections[key] = channel }
        channel.closeFuture.whenComplete { [self] _ in
            _ = state.withLock { $0.connections.removeValue(forKey: key) }
        }
    }

    /// Stops accepting, lets every connection finish its calls in flight (answering
    /// new ones UNAVAILABLE), and closes them; after `drainTimeout` what is left is
    /// closed by force. Returns true when everything drained in time.
    @discardableResult
    public func shutdown(drainTimeout: Duration) async -> Bool {
        let (listener, connections) = state.withLock { state in
            defer { state.listener = nil }
            return (state.listener, Array(state.connections.values))
        }
        try? await listener?.close()
        if case .path(let path) = configuration.endpoint { unlink(path) }
        for connection in connections {
            connection.pipeline.fireUserInboundEventTriggered(DrainEvent())
        }
        let drained = await waitForClose(connections, timeout: drainTimeout)
        if !drained {
            for connection in connections { try? await connection.close() }
        }
        return drained
    }

    private func waitForClose(_ connections: [any Channel], timeout: Duration) async -> Bool {
        let loop = group.next()
        let outcome = loop.makePromise(of: Bool.self)
        EventLoopFuture.andAllComplete(connections.map(\.closeFuture), on: loop).whenComplete { _ in
            outcome.succeed(true)
        }
        let timer = loop.scheduleTask(in: .nanoseconds(Int64(timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000))) {
            outcome.succeed(false)
        }
        let drained = (try? await outcome.futureResult.get()) ?? false
        timer.cancel()
        return drained
    }
}
