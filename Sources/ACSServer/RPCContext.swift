public import ACSCore

/// What a handler knows about the call it serves.
public struct RPCContext: Sendable {
    /// The caller's peer credentials.
    public let caller: CallerIdentity
    /// The method path called.
    public let method: String
    /// acsd's id of this call, answered to the client and written as `ACS_REQUEST_ID`.
    public let requestID: String

    /// Creates a context.
    public init(caller: CallerIdentity, method: String, requestID: String = "") {
        self.caller = caller
        self.method = method
        self.requestID = requestID
    }
}
