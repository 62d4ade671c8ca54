/// Sizes and counts fixed by the protocol, with their defaults.
public enum WireLimits {
    /// Bytes in the length prefix of a frame (big-endian unsigned).
    public static let lengthPrefixBytes = 4
    /// Default largest frame body accepted (4 MiB).
    public static let defaultMaxFrameBytes = 4 * 1024 * 1024
    /// Default calls in flight per connection before the server stops reading.
    public static let defaultMaxInFlightPerConnection = 256
    /// The protocol's name, as `Version` reports it.
    public static let protocolName = "acs.v1"
}
