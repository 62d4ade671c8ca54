/// A typed method of the v1 surface: its path plus request and response types.
public struct RPCMethod<Request: ProtoCodable, Response: ProtoCodable>: Sendable, Hashable {
    /// The gRPC-style path, e.g. `/acs.v1.System/Health`.
    public let path: String

    /// A method of `service` (e.g. `acs.v1.System`) named `name`.
    init(service: String, name: String) {
        path = "/\(service)/\(name)"
        precondition(ServiceCatalog.methodPaths.contains(path), "\(path) is not in proto/acs/v1")
    }
}

/// The typed methods, one nested namespace per service (`Methods.System.health`).
public enum Methods {}

/// The v1 request and response messages as Codable structs (`V1.PostPaymentRequest`),
/// named as in `proto/acs/v1` and kept apart from the domain types of the same names.
public enum V1 {}
