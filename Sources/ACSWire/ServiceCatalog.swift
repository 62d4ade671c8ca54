public import ACSCore
import CACSProto
import CProtobufC

/// Every service and method of the v1 protocol, read from the protoc-c service
/// descriptors, so `proto/acs/v1` is the one list of methods.
public enum ServiceCatalog {
    /// Full service names, e.g. `acs.v1.Accounts`.
    public static let serviceNames: [String] = descriptors.map { String(cString: $0.name) }

    /// Every method path, e.g. `/acs.v1.Payments/PostPayment`.
    public static let methodPaths: Set<String> = Set(descriptors.flatMap { service in
        (0..<Int(service.n_methods)).map { index in
            "/\(String(cString: service.name))/\(String(cString: service.methods[index].name))"
        }
    })

    /// The request message's descriptor of every method path.
    nonisolated(unsafe) static let inputDescriptors: [String: UnsafePointer<ProtobufCMessageDescriptor>] = Dictionary(
        uniqueKeysWithValues: descriptors.flatMap { service in
            (0..<Int(service.n_methods)).map { index in
                ("/\(String(cString: service.name))/\(String(cString: service.methods[index].name))", service.methods[index].input!)
            }
        })

    /// The role the method at `path` needs (`option (acs.v1.role)` in the proto), or nil when
    /// any connected caller may call it; a path the contract lacks needs admin.
    public static func requiredRole(for path: String) -> Role? {
        requiredRoles[path] ?? .admin
    }

    /// The request message's descriptor of the method at `path`, or nil for an unknown path.
    static func inputDescriptor(of path: String) -> UnsafePointer<ProtobufCMessageDescriptor>? {
        inputDescriptors[path]
    }
}
