/// An error with a status code, carried unchanged from the daemon to a client.
///
/// The codes are gRPC's (see `Code`), so a caller in any language can act on them.
/// Domain code throws `ACSError` directly or a type conforming to
/// `ACSErrorConvertible` that picks its own code.
public struct ACSError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The status code.
    public var code: Code
    /// What went wrong, for a person to read.
    public var message: String
    /// For `invalidArgument`: every field that was refused.
    public var violations: [FieldViolation]

    /// Creates an error with a code, a message and optional field violations.
    public init(_ code: Code, _ message: String, violations: [FieldViolation] = []) {
        self.code = code
        self.message = message
        self.violations = violations
    }

    /// An `invalidArgument` error naming one field.
    public static func invalidArgument(field: String, _ description: String) -> ACSError {
        ACSError(.invalidArgument, "\(field): \(description)",
                 violations: [FieldViolation(field: field, description: description)])
    }

    /// `CODE_NAME: message`, the one-line form the CLI prints.
    public var description: String { "\(code.name): \(message)" }
}

extension ACSError {
    /// One refused field of a request.
    public struct FieldViolation: Hashable, Sendable, Codable {
        /// Path of the field in the request, e.g. `accounts[3].currency`.
        public var field: String
        /// Why the value was refused.
        public var description: String

        /// Creates a violation.
        public init(field: String, description: String) {
            self.field = field
            self.description = description
        }
    }
}

/// A domain error that knows which `ACSError` it is.
public protocol ACSErrorConvertible: Error {
    /// The error as a status for the caller.
    var acsError: ACSError { get }
}

extension ACSError {
    /// Converts any error to an `ACSError`: itself, its own conversion, or `internal`.
    public init(from error: any Error) {
        switch error {
        case let error as ACSError: self = error
        case let error as any ACSErrorConvertible: self = error.acsError
        default: self = ACSError(.internal, "internal error: \(error)")
        }
    }
}
