/// Sizes and counts fixed by the protocol, with their defaults.
public enum WireLimits {
    /// Bytes in the length prefix of a frame (big-endian unsigned).
    public static let lengthPrefixBytes = 4
    /// Default largest frame body accepted (4 MiB).
    public static let defaultMaxFrameBytes = 4 * 1024 * 1024
    /// Default largest answer payload sent; a larger one is answered RESOURCE_EXHAUSTED instead.
    public static let defaultMaxAnswerBytes = 32 * 1024 * 1024
    /// Default calls in flight per connection before the server stops reading.
    public static let defaultMaxInFlightPerConnection = 256
    /// Default connections open at once over all users.
    public static let defaultMaxConnections = 1024
    /// Default connections one user may hold open at once.
    public static let defaultMaxConnectionsPerUser = 256
    /// Default seconds the rest of a frame may take once its first byte came.
    public static let defaultFrameTimeoutSeconds = 30
    /// The protocol's name, as `Version` reports it.
    public static let protocolName = "acs.v1"
}
