public import ACSCore
public import ACSWire
public import NIOCore
import NIOPosix

/// A connection to acsd: typed, pipelined calls (many in flight, answered in any
/// order), each with an optional deadline. Errors are `ACSError`s carrying the
/// daemon's status code and message.
///
/// ```swift
/// try await ACSClient.withClient(socketPath: "/run/acs/acsd.sock") { client in
///     let status = try await client.status()
/// }
/// ```
public final class ACSClient: Sendable {
    /// The socket this client is connected to.
    public let socketPath: String
    private let channel: any Channel
    private let handler: NIOLoopBound<ClientConnectionHandler>

    private init(socketPath: String, channel: any Channel, handler: NIOLoopBound<ClientConnectionHandler>) {
        self.socketPath = socketPath
        self.channel = channel
        self.handler = handler
    }

    /// Connects to acsd's socket.
    public static func connect(
        socketPath: String, group: (any EventLoopGroup)? = nil
    ) async throws(ACSError) -> ACSClient {
        let group = group ?? MultiThreadedEventLoopGroup.singleton
        do {
            let channel = try await ClientBootstrap(group: group)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandlers([
                            ByteToMessageHandler(FrameDecoder(maxFrameBytes: Int(Int32.max))), ClientConnectionHandler(),
                        ])
                    }
                }
                .connect(unixDomainSocketPath: socketPath).get()
            let handler = try await channel.eventLoop.submit {
                NIOLoopBound(try channel.pipeline.syncOperations.handler(type: ClientConnectionHandler.self), eventLoop: channel.eventLoop)
            }.get()
            return ACSClient(socketPath: socketPath, channel: channel, handler: handler)
        } catch {
            throw ACSError(.unavailable, "cannot connect to acsd at \(socketPath): \(error)")
        }
    }

    /// Connects, runs `body`, and closes the connection whatever happens.
    public static func withClient<Result: Sendable>(
        socketPath: String, _ body: (ACSClient) async throws -> Result
    ) async throws -> Result {
        let client = try await connect(socketPath: socketPath)
        do {
            let result = try await body(client)
            await client.close()
            return result
        } catch {
            await client.close()
            throw error
        }
    }

    /// Calls `method` and waits for its answer; `timeout` is the call's deadline.
    public func call<Request, Response>(
        _ method: RPCMethod<Request, Response>, _ request: Request, timeout: Duration? = nil
    ) async throws(ACSError) -> Response {
        try await callWithRequestID(method, request, timeout: timeout).response
    }

    /// Calls `method` and returns its answer with acsd's id of the call, the
    /// `ACS_REQUEST_ID` of every journal entry the call caused.
    public func callWithRequestID<Request, Response>(
        _ method: RPCMethod<Request, Response>, _ request: Request, timeout: Duration? = nil
    ) async throws(ACSError) -> (response: Response, requestID: String) {
        let answer: ClientAnswer
        do {
            answer = try await send(path: method.path, payload: request.requestBytes(), timeout: timeout).get()
        } catch {
            throw ACSError(from: error)
        }
        return (try Response(wire: answer.payload), answer.requestID)
    }

    /// Calls the server-streaming `method`: every chunk of the answer in order, the last
    /// (the one sent with the call's status) included.
    public func callStream<Request, Response>(
        _ method: RPCMethod<Request, Response>, _ request: Request, timeout: Duration? = nil
    ) async throws(ACSError) -> [Response] {
        let answer: ClientAnswer
        do {
            answer = try await send(path: method.path, payload: request.requestBytes(), timeout: timeout).get()
        } catch {
            throw ACSError(from: error)
        }
        return try (answer.chunks + [answer.payload]).map { (bytes) throws(ACSError) in try Response(wire: bytes) }
    }

    /// Calls the server-streaming `method`, handing each chunk but the last to `each` as it
    /// arrives, and answers the last. `each` runs on the connection's event loop, and while
    /// it runs nothing more is read, so that a slow `each` (writing a file) holds acsd's
    /// stream back instead of piling chunks up in memory; an error it throws ends the call.
    public func callStream<Request, Response>(
        _ method: RPCMethod<Request, Response>, _ request: Request, timeout: Duration? = nil,
        each: @escaping @Sendable (Response) throws -> Void
    ) async throws(ACSError) -> Response {
        let answer: ClientAnswer
        do {
            answer = try await send(path: method.path, payload: request.requestBytes(), timeout: timeout) { bytes in
                try each(try Response(wire: bytes))
            }.get()
        } catch {
            throw ACSError(from: error)
        }
        return try Response(wire: answer.payload)
    }

    /// The low-level call: raw bytes in, a future of raw bytes out, completed on
    /// the connection's event loop. Used where hops between threads would dominate
    /// (acs-bench); prefer `call(_:_:timeout:)`.
    public func callFuture(path: String, payload: [UInt8], timeout: Duration? = nil) -> EventLoopFuture<[UInt8]> {
        send(path: path, payload: payload, timeout: timeout).map(\.payload)
    }

    private func send(path: String, payload: [UInt8], timeout: Duration?,
                      onChunk: (@Sendable ([UInt8]) throws -> Void)? = nil) -> EventLoopFuture<ClientAnswer> {
        let promise = channel.eventLoop.makePromise(of: ClientAnswer.self)
        let handler = self.handler
        if channel.eventLoop.inEventLoop {
            handler.value.send(method: path, payload: payload, timeout: timeout, promise: promise, onChunk: onChunk)
        } else {
            channel.eventLoop.execute {
                handler.value.send(method: path, payload: payload, timeout: timeout, promise: promise, onChunk: onChunk)
            }
        }
        return promise.futureResult
    }

    /// The event loop the connection runs on.
    public var eventLoop: any EventLoop { channel.eventLoop }

    /// Closes the connection; calls still in flight fail with UNAVAILABLE.
    public func close() async {
        try? await channel.close()
    }
}
