import ACSCore
import ACSServer
import ACSWire

/// The `acs.v1.Collections` service: engine cycles on demand. (Tasks, placements,
/// promises and plans are the escalation work; they answer UNIMPLEMENTED until then.)
struct CollectionsHandlers: Sendable {
    let context: DaemonContext
    let cycle: CollectionCycle

    func register(on router: inout RPCRouter) {
        router.register(Methods.Collections.runCycle, runCycle)
    }

    private func runCycle(_ request: V1.RunCycleRequest, _ call: RPCContext) async throws(ACSError) -> V1.RunCycleResponse {
        let summary = try await cycle.run(call: call)
        return V1.RunCycleResponse(summary: V1.CycleSummary(
            id: summary.id, asOf: ACSClock.format(summary.asOf), durationMs: summary.durationMilliseconds,
            accountsEvaluated: summary.evaluated, remindersScheduled: summary.scheduled, remindersDeferred: summary.deferred,
            remindersSuppressed: summary.suppressed, remindersCancelled: summary.cancelled, accountsCured: summary.cured))
    }
}
