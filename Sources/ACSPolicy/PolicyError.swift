/// An error in a policy file, with where it is.
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, as named by the caller.
    public var file: String
    /// 1-based line; 0 when it concerns the whole file or set.
    public var line: Int
    /// 1-based column; 0 when unknown.
    public var column: Int
    /// The offending element, e.g. `stages[2].actions[0].channel`.
    public var path: String
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int = 0, column: Int = 0, path: String = "", message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `file:line:column: path: message`, as compilers print errors.
    public var description: String {
        let place = line > 0 ? ":\(line):\(max(column, 1))" : ""
        return "\(file)\(place): \(path.isEmpty ? "" : "\(path): ")\(message)"
    }
}

/// Every error found in a policy or a set of policies.
public struct PolicyErrors: Error, Sendable, Hashable {
    /// The errors, by file and line.
    public var errors: [PolicyError]

    /// Wraps `errors`.
    public init(_ errors: [PolicyError]) { self.errors = errors }
}
