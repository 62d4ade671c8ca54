import ACSClient
public import ACSCore
public import ACSWire

/// acs-gateway's one connection to acsd, made on first use and again after acsd went away.
public actor AcsdLink {
    /// acsd's socket.
    public let socketPath: String
    private var client: ACSClient?
    /// The connect under way, which every caller arriving meanwhile awaits (one connection, never one each).
    private var connecting: Task<ACSClient, any Error>?

    /// A link to the acsd at `socketPath` (nothing is connected yet).
    public init(socketPath: String) {
        self.socketPath = socketPath
    }

    /// Calls `method`, within 10 s. A call on a connection acsd closed is made once more on a new one
    /// (every call acs-gateway makes is idempotent); UNAVAILABLE when acsd cannot be reached.
    public func call<Request: Sendable, Response: Sendable>(_ method: RPCMethod<Request, Response>, _ request: Request) async throws(ACSError) -> Response {
        for attempt in 0..<2 {
            let client = try await connected()
            do {
                return try await client.call(method, request, timeout: .seconds(10))
            } catch where error.code == .unavailable && attempt == 0 {
                await drop(client)
            }
        }
        throw ACSError(.unavailable, "acsd at \(socketPath) closed the connection twice")
    }

    private func connected() async throws(ACSError) -> ACSClient {
        if let client { return client }
        let task = connecting ?? Task { [socketPath] in try await ACSClient.connect(socketPath: socketPath) }
        connecting = task
        defer { if connecting == task { connecting = nil } }
        do {
            let made = try await task.value
            if client == nil { client = made }
            return made
        } catch {
            throw ACSError(from: error)
        }
    }

    private func drop(_ broken: ACSClient) async {
        if client === broken { client = nil }
        await broken.close()
    }
}
