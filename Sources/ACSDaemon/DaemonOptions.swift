public import Foundation

/// How acsd was started: the command line, resolved.
public struct DaemonOptions: Sendable {
    /// The socket path to bind when systemd passed none.
    public var socketPath: String
    /// The state directory holding the database.
    public var stateDirectory: String
    /// The configuration file, or nil for defaults.
    public var configurationPath: String?
    /// Start on a simulated clock at this instant, or nil for the real clock.
    public var simulatedClockStart: Date?

    /// Creates options.
    public init(socketPath: String, stateDirectory: String, configurationPath: String? = nil, simulatedClockStart: Date? = nil) {
        self.socketPath = socketPath
        self.stateDirectory = stateDirectory
        self.configurationPath = configurationPath
        self.simulatedClockStart = simulatedClockStart
    }

    /// The daemon's version.
    public static let version = "0.1.0"
    /// The socket path used when neither systemd nor `--socket` gives one.
    public static let defaultSocketPath = "/run/acs/acsd.sock"
}
