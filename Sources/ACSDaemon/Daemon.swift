public import ACSCore
import ACSServer
import ACSStore
import Foundation
import Logging
import ServiceLifecycle
import UnixSignals
#if canImport(Glibc)
import Glibc
#endif

/// The composition root: configuration, clock, database, journal, router and
/// server, run as a service group until SIGTERM.
///
/// Start-up order: configuration → database (migrated, durability verified) →
/// listening socket → READY=1. Shutdown (SIGTERM): STOPPING=1 → no new
/// connections → in-flight calls finish (bounded by `drain_timeout_seconds`) →
/// database closed → `run()` returns.
public final class Daemon: Sendable {
    let context: DaemonContext
    let server: RPCServer
    let cycle: CollectionCycle

    /// Restores a backup copy into `stateDirectory` while no acsd runs there (`acsd --restore`).
    public static func restore(_ backup: String, into stateDirectory: String) throws(ACSError) -> (bytes: Int64, schemaVersion: String, accounts: Int64, payments: Int64) {
        let summary = try ACSDatabase.restore(backup, into: stateDirectory)
        return (summary.bytes, summary.schemaVersion, summary.accounts, summary.payments)
    }

    /// Loads the configuration and opens the database; throws with a message for a person.
    public init(options: DaemonOptions) throws(ACSError) {
        ProcessMemory.limitHeaps()
        // Everything acsd creates (database, WAL, backups) is its own alone, whatever umask
        // it was started with; the socket is opened to its group explicitly (RPCServer).
        umask(0o077)
        let configuration = try ConfigurationStore(path: options.configurationPath)
        var logger = Logger(label: "acsd")
        logger.logLevel = Logger.Level(rawValue: configuration.current.logLevel) ?? .info
        SystemdNotifier.status("opening database in \(options.stateDirectory)")
        let database = try ACSDatabase.open(stateDirectory: options.stateDirectory)
        let clock = options.simulatedClockStart.map(ACSClock.simulated(startingAt:)) ?? .real()
        SystemdNotifier.status("loading policies")
        let policies = try PolicyStore(configuration: configuration, at: clock.now())
        context = DaemonContext(options: options, configuration: configuration, clock: clock, database: database, policies: policies,
                                logger: logger)
        cycle = CollectionCycle(context: context)
        var router = RPCRouter()
        SystemHandlers(context: context).register(on: &router)
        AccountsHandlers(context: context).register(on: &router)
        PaymentsHandlers(context: context).register(on: &router)
        BankStatementHandlers(context: context).register(on: &router)
        RemindersHandlers(context: context).register(on: &router)
        PoliciesHandlers(context: context).register(on: &router)
        CollectionsHandlers(context: context, cycle: cycle).register(on: &router)
        ReportsHandlers(context: context).register(on: &router)
        let settings = configuration.current
        var serverConfiguration = RPCServer.Configuration(endpoint: Self.endpoint(options))
        serverConfiguration.maxFrameBytes = settings.maxFrameBytes
        serverConfiguration.maxInFlightPerConnection = settings.maxInFlightPerConnection
        serverConfiguration.maxConnections = settings.maxConnections
        serverConfiguration.maxConnectionsPerUser = settings.maxConnectionsPerUser
        serverConfiguration.frameTimeout = .seconds(settings.frameTimeoutSeconds)
        serverConfiguration.onAcceptFailure = { [context] error, count in context.acceptFailed(error, count: count) }
        ProcessMemory.raiseDescriptorLimit(toServe: settings.maxConnections, logger: logger)
        let access = AccessControl(context: context)
        serverConfiguration.authorize = { call in access.authorize(call) }
        let metrics = context.metrics
        serverConfiguration.onCallAnswered = { loop in metrics.recorder(for: loop) }
        server = RPCServer(configuration: serverConfiguration, router: router, stats: context.stats)
    }

    private static func endpoint(_ options: DaemonOptions) -> RPCServer.Endpoint {
        SystemdNotifier.inheritedSocket().map(RPCServer.Endpoint.inheritedDescriptor) ?? .path(options.socketPath)
    }

    /// Listens, tells systemd it is ready, and serves until SIGTERM or SIGINT.
    public func run() async throws(ACSError) {
        try await server.start()
        var services: [any Service] = [
            WatchdogService(context: context), ReloadService(context: context), SchedulerService(context: context, cycle: cycle),
            ServerService(context: context, server: server), MemoryTrimService(),
        ]
        if case .success(let endpoint?) = LocalEndpoint.parse(context.configuration.current.metricsListen) {
            do throws(ACSError) {
                // Binding replaces a socket file at the path: never the RPC socket acsd serves on.
                if case .unixSocket(let path) = endpoint, case .path(let rpc) = server.endpoint,
                   URL(fileURLWithPath: path).standardizedFileURL == URL(fileURLWithPath: rpc).standardizedFileURL {
                    throw ACSError(.invalidArgument, "metrics_listen \(path) is acsd's own RPC socket; name another path")
                }
                services.append(try await MetricsListener(context: context, endpoint: endpoint))
            } catch {
                await server.shutdown(drainTimeout: .zero)
                throw error
            }
            context.logger.info("metrics served", metadata: ["listen": "\(endpoint)"])
        }
        let listening = describeEndpoint()
        context.audit(.daemonStarted, "acsd \(DaemonOptions.version) started on \(listening)",
                      fields: ["DATABASE": context.database.path, "SOCKET": listening])
        SystemdNotifier.ready(status: "serving on \(listening)")
        context.logger.info("acsd serving", metadata: ["socket": "\(listening)", "database": "\(context.database.path)"])
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: context.logger))
        do {
            try await group.run()
        } catch {
            context.logger.error("service group failed: \(error)")
        }
        try? context.database.close()
        context.audit(.daemonStopped, "acsd stopped after \(context.stats.callsTotal) calls")
        context.logger.info("acsd stopped")
    }

    private func describeEndpoint() -> String {
        switch server.endpoint {
        case .path(let path): return path
        case .inheritedDescriptor(let descriptor): return "socket passed by systemd (fd \(descriptor))"
        }
    }
}
