import ACSCore
import ACSServer
import ACSStore
import ACSJournal
import Logging
import ServiceLifecycle
import UnixSignals

/// Runs the listener until graceful shutdown, then drains it.
struct ServerService: Service {
    let context: DaemonContext
    let server: RPCServer

    func run() async throws {
        try? await gracefulShutdown()
        context.beginDraining()
        SystemdNotifier.stopping()
        let limit = Duration.seconds(context.configuration.current.drainTimeoutSeconds)
        let drained = await server.shutdown(drainTimeout: limit)
        if !drained {
            context.logger.warning("calls still running after \(limit); their connections were closed")
        }
    }
}

/// Sends WATCHDOG=1 at half the interval systemd asked for, while the event loops answer.
struct WatchdogService: Service {
    let context: DaemonContext

    func run() async throws {
        guard let interval = SystemdNotifier.watchdogInterval else {
            try? await gracefulShutdown()
            return
        }
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                SystemdNotifier.watchdog()
                try? await Task.sleep(for: interval / 2)
            }
        }
    }
}

/// Reloads the configuration on SIGHUP; a bad file leaves the old one in force.
struct ReloadService: Service {
    let context: DaemonContext

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        for await _ in signals.cancelOnGracefulShutdown() {
            await reload()
        }
    }

    private func reload() async {
        SystemdNotifier.reloading()
        let path = context.configuration.path ?? "(defaults)"
        do {
            let configuration = try context.configuration.reload()
            context.apply(configuration)
            context.users.clear()
            context.audit(.configReloaded, "configuration reloaded from \(path)",
                          fields: ["CONFIG": path, "GENERATION": String(context.configuration.generation)])
            context.logger.info("configuration reloaded", metadata: ["log_level": "\(configuration.logLevel)"])
        } catch {
            context.audit(.configReloadFailed, "configuration reload refused: \(error.message)",
                          fields: ["CONFIG": path, "REASON": error.message])
            context.logger.error("configuration reload refused; the previous configuration stays in force: \(error.message)")
        }
        await context.reloadPolicies()
        SystemdNotifier.ready(status: "serving; configuration generation \(context.configuration.generation)")
    }
}
