public import ACSCore

/// What a handler knows about the call it serves.
public struct RPCContext: Sendable {
    /// The caller's peer credentials.
    public let caller: CallerIdentity
    /// The method path called.
    public let method: String
    /// acsd's id of this call, answered to the client and written as `ACS_REQUEST_ID`.
    public let requestID: String
    /// The audit fields every entry this call causes carries: the caller's and, when there
    /// is one, the request id; by name, worked out once per call.
    public let auditFields: [(name: String, value: String)]

    /// Creates a context.
    public init(caller: CallerIdentity, method: String, requestID: String = "") {
        self.caller = caller
        self.method = method
        self.requestID = requestID
        let fields = caller.auditFields.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        auditFields = requestID.isEmpty ? fields : fields + [(name: "REQUEST_ID", value: requestID)]
    }
}
