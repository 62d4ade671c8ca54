import ACSCore
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle

/// Serves `GET /metrics` (the Prometheus text format) over HTTP/1.1 on the configured endpoint,
/// one answer per connection. Any other path is 404, any other method 405.
///
/// A scraper that holds connections open cannot use up acsd's descriptors: at most
/// `maxConnections` are open at once (one more is closed as soon as it is accepted), and a
/// connection whose request has not been answered within `metrics_timeout_seconds` is closed.
struct MetricsListener: Service {
    let endpoint: LocalEndpoint
    private let channel: any Channel

    /// The content type of the Prometheus text exposition format.
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"
    /// Connections open at once; a scraper needs one.
    static let maxConnections = 16

    /// Binds `endpoint` (before acsd says it is ready, so a bad address stops the start).
    init(context: DaemonContext, endpoint: LocalEndpoint) async throws(ACSError) {
        self.endpoint = endpoint
        channel = try await Self.bind(endpoint, context: context)
    }

    /// Serves until graceful shutdown, then closes the listener.
    func run() async throws {
        try? await gracefulShutdown()
        try? await channel.close()
        if case .unixSocket(let path) = endpoint { unlink(path) }
    }

    private static func bind(_ endpoint: LocalEndpoint, context: DaemonContext) async throws(ACSError) -> any Channel {
        let open = Locked(0)
        let timeout = TimeAmount.seconds(Int64(context.configuration.current.metricsTimeoutSeconds))
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                let admitted = open.withLock { count in
                    guard count < maxConnections else { return false }
                    count += 1
                    return true
                }
                // A failed initializer makes NIO close the connection it accepted.
                guard admitted else { return channel.eventLoop.makeFailedFuture(ChannelError.inappropriateOperationForState) }
                channel.closeFuture.whenComplete { _ in open.withLock { $0 -= 1 } }
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(MetricsHTTPHandler(context: context, timeout: timeout))
                }
            }
        do {
            switch endpoint {
            case .unixSocket(let path):
                let channel = try await bootstrap.bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true).get()
                guard chmod(path, 0o660) == 0 else {
                    try? await channel.close()
                    throw ACSError(.unavailable, "cannot set mode 0660 on \(path)")
                }
                return channel
            case .tcp(let host, let port):
                return try await bootstrap.bind(host: host, port: port).get()
            }
        } catch let error as ACSError {
            throw error
        } catch {
            throw ACSError(.unavailable, "cannot serve metrics on \(endpoint): \(error)")
        }
    }
}

/// Answers one HTTP request on a metrics connection, then closes it.
private final class MetricsHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let context: DaemonContext
    private let limit: TimeAmount
    private var head: HTTPRequestHead?
    private var timeout: Scheduled<Void>?

    init(context: DaemonContext, timeout: TimeAmount) {
        self.context = context
        limit = timeout
    }

    func handlerAdded(context channelContext: ChannelHandlerContext) {
        timeout = channelContext.eventLoop.assumeIsolated().scheduleTask(in: limit) {
            channelContext.close(promise: nil)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timeout?.cancel()
    }

    func channelRead(context channelContext: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            self.head = nil
            answer(head, channelContext)
        }
    }

    private func answer(_ head: HTTPRequestHead, _ channelContext: ChannelHandlerContext) {
        let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard head.method == .GET || head.method == .HEAD else {
            return respond(.methodNotAllowed, "only GET /metrics is served\n", head: head, channelContext)
        }
        guard path == "/metrics" else { return respond(.notFound, "only GET /metrics is served\n", head: head, channelContext) }
        let daemon = context
        let bound = NIOLoopBound((handler: self, context: channelContext), eventLoop: channelContext.eventLoop)
        let loop = channelContext.eventLoop
        Task {
            let text = await daemon.metrics.render(stats: daemon.stats, journal: daemon.journal, database: daemon.database)
            loop.execute { bound.value.handler.respond(.ok, text, head: head, bound.value.context) }
        }
    }

    private func respond(_ status: HTTPResponseStatus, _ body: String, head request: HTTPRequestHead, _ channelContext: ChannelHandlerContext) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: status == .ok ? MetricsListener.contentType : "text/plain; charset=utf-8")
        headers.add(name: "Content-Length", value: String(body.utf8.count))
        headers.add(name: "Connection", value: "close")
        if status == .methodNotAllowed { headers.add(name: "Allow", value: "GET, HEAD") }
        channelContext.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: status, headers: headers))), promise: nil)
        if request.method != .HEAD {
            var buffer = channelContext.channel.allocator.buffer(capacity: body.utf8.count)
            buffer.writeString(body)
            channelContext.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        channelContext.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in channelContext.close(promise: nil) }
    }
}
