import ACSCore

/// The configuration in force and how many times it was loaded; swapped whole on reload.
final class ConfigurationStore: Sendable {
    let path: String?
    private let state: Locked<(configuration: DaemonConfiguration, generation: UInt64)>

    init(path: String?) throws(ACSError) {
        self.path = path
        let configuration = try path.map { (path) throws(ACSError) in try DaemonConfiguration.load(path: path) }
        state = Locked((configuration ?? DaemonConfiguration(), 1))
    }

    var current: DaemonConfiguration { state.withLock { $0.configuration } }
    var generation: UInt64 { state.withLock { $0.generation } }

    /// Reads the file again; a bad file leaves the old configuration in force and throws.
    func reload() throws(ACSError) -> DaemonConfiguration {
        guard let path else { return current }
        let configuration = try DaemonConfiguration.load(path: path)
        state.withLock { $0 = (configuration, $0.generation + 1) }
        return configuration
    }
}
