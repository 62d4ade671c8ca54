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

    static var descriptors: [ProtobufCServiceDescriptor] {
        [
            acs__v1__accounts__descriptor, acs__v1__payments__descriptor,
            acs__v1__reminders__descriptor, acs__v1__policies__descriptor,
            acs__v1__collections__descriptor, acs__v1__reports__descriptor,
            acs__v1__system__descriptor,
        ]
    }
}
