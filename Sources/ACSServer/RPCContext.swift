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
    /// is one, the request id; by name. Worked out when an entry is written, not for every
    /// call (building them for each call, with a dictionary and a sort, was 17% of acsd's CPU
    /// under `acs-bench ping --concurrency 128`).
    public var auditFields: [(name: String, value: String)] {
        let fields = caller.auditFields
        return requestID.isEmpty ? fields : fields + [(name: "REQUEST_ID", value: requestID)]
    }

    /// Creates a context.
    public init(caller: CallerIdentity, method: String, requestID: String = "") {
        self.caller = caller
        self.method = method
        self.requestID = requestID
    }
}
