public import ACSCore
public import ACSWire

/// How a method is served.
public enum RPCHandler: Sendable {
    /// Runs on the connection's event loop and must not block: for cheap, in-memory work.
    case inline(@Sendable (_ payload: [UInt8], _ context: RPCContext) -> Result<[UInt8], ACSError>)
    /// Runs as a task off the event loop: for work that waits (the database, the journal).
    case async(@Sendable (_ payload: [UInt8], _ context: RPCContext) async -> Result<[UInt8], ACSError>)
    /// Runs as a task whose own code runs on the connection's event loop (it waits elsewhere, on
    /// the writer or the database) when it is its connection's only call in flight, else as
    /// `async`: for a handler that only maps and waits, where the two hand-offs between the loop
    /// and the cooperative pool are a large part of a call made one at a time. It must not
    /// journal itself (the journal's socket can block): PostPayment's entries are written by the
    /// writer after its commit (`GroupCommitWriter.write`'s `then`). Child tasks inherit the
    /// loop: it must not fan out.
    case onEventLoop(@Sendable (_ payload: [UInt8], _ context: RPCContext) async -> Result<[UInt8], ACSError>)
    /// Server streaming: sends chunks with the writer, then answers the last frame.
    case stream(@Sendable (_ payload: [UInt8], _ context: RPCContext, _ writer: RPCStreamWriter) async -> Result<[UInt8], ACSError>)
}

/// Sends the chunks of a streaming answer: each is one V1.ResponseFrame of the call without
/// end_of_stream, written once the previous one left (backpressure).
public struct RPCStreamWriter: Sendable {
    let sendBytes: @Sendable ([UInt8]) async -> Void

    /// A writer over `sendBytes`.
    public init(_ sendBytes: @escaping @Sendable ([UInt8]) async -> Void) {
        self.sendBytes = sendBytes
    }

    /// Sends one chunk.
    public func send<Message: ProtoCodable>(_ message: Message) async {
        await sendBytes(message.wireBytes())
    }

    /// Sends `items` in chunks of `size` made by `chunk`, all but the last, and answers
    /// the last (possibly empty) for the handler to return with end_of_stream.
    public func sendChunks<Item, Message: ProtoCodable>(_ items: [Item], size: Int, _ chunk: ([Item]) -> Message) async -> [Item] {
        let last = items.count > size ? (items.count - 1) / size * size : 0
        for start in stride(from: 0, to: last, by: size) { await send(chunk(Array(items[start..<start + size]))) }
        return Array(items[last...])
    }
}

/// Maps method paths to handlers. Methods of `proto/acs/v1` without a handler
/// answer UNIMPLEMENTED ("not implemented yet"); unknown paths answer UNIMPLEMENTED too.
public struct RPCRouter: Sendable {
    private var handlers: [String: (id: Int, handler: RPCHandler)] = [:]

    /// Every method path of acs.v1 in order, then "unknown": a call's method id indexes it.
    public static let methodNames = ServiceCatalog.methodPaths.sorted() + ["unknown"]
    /// The id of a path not in acs.v1 (the last of `methodNames`).
    public static let unknownMethodID = methodNames.count - 1
    private static let methodIDs = Dictionary(uniqueKeysWithValues: methodNames.dropLast().enumerated().map { ($1, $0) })

    /// An empty router.
    public init() {}

    /// Serves `method` inline on the event loop with `body`.
    public mutating func register<Request, Response>(
        _ method: RPCMethod<Request, Response>,
        inline body: @escaping @Sendable (Request, RPCContext) throws(ACSError) -> Response
    ) {
        handlers[method.path] = (Self.methodIDs[method.path]!, .inline { payload, context in
            Result { () throws(ACSError) -> [UInt8] in
                try body(Self.request(method, payload), context).wireBytes()
            }
        })
    }

    /// Serves `method` with the async `body`.
    public mutating func register<Request, Response>(
        _ method: RPCMethod<Request, Response>,
        _ body: @escaping @Sendable (Request, RPCContext) async throws(ACSError) -> Response
    ) {
        handlers[method.path] = (Self.methodIDs[method.path]!, .async(Self.bytes(method, body)))
    }

    /// Serves `method` with the async `body`, whose own code runs on the connection's event loop
    /// (`RPCHandler.onEventLoop`): only for a body that computes little between its waits.
    public mutating func register<Request, Response>(
        onEventLoop method: RPCMethod<Request, Response>,
        _ body: @escaping @Sendable (Request, RPCContext) async throws(ACSError) -> Response
    ) {
        handlers[method.path] = (Self.methodIDs[method.path]!, .onEventLoop(Self.bytes(method, body)))
    }

    /// `body` from bytes to bytes.
    private static func bytes<Request, Response>(
        _ method: RPCMethod<Request, Response>, _ body: @escaping @Sendable (Request, RPCContext) async throws(ACSError) -> Response
    ) -> @Sendable ([UInt8], RPCContext) async -> Result<[UInt8], ACSError> {
        { payload, context in
            do throws(ACSError) {
                return .success(try await body(Self.request(method, payload), context).wireBytes())
            } catch {
                return .failure(error)
            }
        }
    }

    /// Serves the server-streaming `method` with `body`: it sends chunks with the writer and
    /// returns the last one (sent with end_of_stream and the call's status).
    public mutating func register<Request, Response>(
        stream method: RPCMethod<Request, Response>,
        _ body: @escaping @Sendable (Request, RPCContext, RPCStreamWriter) async throws(ACSError) -> Response
    ) {
        handlers[method.path] = (Self.methodIDs[method.path]!, .stream { payload, context, writer in
            do throws(ACSError) {
                return .success(try await body(Self.request(method, payload), context, writer).wireBytes())
            } catch {
                return .failure(error)
            }
        })
    }

    /// The request of a call: checked at the edge (`RequestInputCheck`), then decoded.
    private static func request<Request, Response>(_ method: RPCMethod<Request, Response>, _ payload: [UInt8]) throws(ACSError) -> Request {
        try RequestInputCheck.check(payload, method: method.path)
        return try Request(wire: payload)
    }

    /// The handler for `path`, or the UNIMPLEMENTED error to answer.
    public func route(_ path: String) -> Result<RPCHandler, ACSError> {
        lookup(path).route
    }

    /// The method id of `path` (its index in `methodNames`) and its handler, or the UNIMPLEMENTED
    /// error to answer: one hash of the path for a served method.
    func lookup(_ path: String) -> (id: Int, route: Result<RPCHandler, ACSError>) {
        if let (id, handler) = handlers[path] { return (id, .success(handler)) }
        if let id = Self.methodIDs[path] {
            return (id, .failure(ACSError(.unimplemented, "method \(path) is not implemented yet by this acsd")))
        }
        return (Self.unknownMethodID, .failure(ACSError(.unimplemented, "unknown method \"\(path)\"")))
    }
}
