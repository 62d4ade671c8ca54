extension ACSError {
    /// A status code: gRPC's codes with the same numbers (OK 0 … UNAUTHENTICATED 16).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The wire number.
        public let rawValue: Int

        /// Wraps a wire number; numbers outside 0…16 become `unknown`.
        public init(rawValue: Int) {
            self.rawValue = Self.names.indices.contains(rawValue) ? rawValue : 2
        }

        private init(_ value: Int) { rawValue = value }

        /// The upper-case gRPC name, e.g. `INVALID_ARGUMENT`.
        public var name: String { Self.names[rawValue] }
        /// Same as `name`.
        public var description: String { name }

        private static let names = [
            "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
            "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
            "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
            "UNAUTHENTICATED",
        ]

        /// Success.
        public static let ok = Code(0)
        /// The call was cancelled.
        public static let cancelled = Code(1)
        /// An error with no better code.
        public static let unknown = Code(2)
        /// The request is malformed.
        public static let invalidArgument = Code(3)
        /// The deadline passed first.
        public static let deadlineExceeded = Code(4)
        /// A named entity does not exist.
        public static let notFound = Code(5)
        /// The entity to create exists already.
        public static let alreadyExists = Code(6)
        /// The caller may not call this method.
        public static let permissionDenied = Code(7)
        /// A limit was hit (frame size, disk space).
        public static let resourceExhausted = Code(8)
        /// The system is not in a state that allows the call.
        public static let failedPrecondition = Code(9)
        /// A conflict, e.g. an idempotency key reused with other content.
        public static let aborted = Code(10)
        /// A value lies outside its valid range.
        public static let outOfRange = Code(11)
        /// The method is unknown or not implemented.
        public static let unimplemented = Code(12)
        /// An invariant broke inside the server.
        public static let `internal` = Code(13)
        /// The server cannot serve now; retry later.
        public static let unavailable = Code(14)
        /// Unrecoverable data loss or corruption.
        public static let dataLoss = Code(15)
        /// The caller could not be identified.
        public static let unauthenticated = Code(16)

        /// Every code, in wire order.
        public static let all: [Code] = names.indices.map(Code.init(rawValue:))
    }
}
