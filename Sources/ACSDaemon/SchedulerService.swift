import ACSCore
import Logging
import ServiceLifecycle

/// Runs an engine cycle every `cycle_interval_seconds` (re-read before each wait, so a
/// reload applies); 0 leaves cycles to `Collections.RunCycle`.
struct SchedulerService: Service {
    let context: DaemonContext
    let cycle: CollectionCycle

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                let interval = context.configuration.current.cycleIntervalSeconds
                try? await Task.sleep(for: .seconds(interval == 0 ? 1 : interval))
                guard interval > 0, !Task.isCancelled else { continue }
                do {
                    _ = try await cycle.run() as CycleSummary
                } catch {
                    context.logger.error("engine cycle failed: \(error)")
                }
            }
        }
    }
}
