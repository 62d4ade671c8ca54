public import ACSCore

/// What a handler knows about the call it serves.
public struct RPCContext: Sendable {
    /// The caller's peer credentials.
    public let caller: CallerIdentity
    /// The method path called.
    public let method: String

    /// Creates a context.
    public init(caller: CallerIdentity, method: String) {
        self.caller = caller
        self.method = method
    }
}
