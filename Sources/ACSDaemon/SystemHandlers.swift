import ACSCore
import ACSServer
import ACSStore
import ACSJournal
import Logging
import ACSWire
import Foundation

/// The `acs.v1.System` service: health, ping, version, status and the simulated clock.
struct SystemHandlers: Sendable {
    let context: DaemonContext

    func register(on router: inout RPCRouter) {
        router.register(Methods.System.health, inline: health)
        router.register(Methods.System.ping, inline: { request, _ in V1.PingResponse(data: request.data) })
        router.register(Methods.System.version, inline: version)
        router.register(Methods.System.status, status)
        router.register(Methods.System.getClock, inline: { _, _ in clockReading() })
        router.register(Methods.System.setClock, setClock)
        router.register(Methods.System.advanceClock, advanceClock)
        router.register(stream: Methods.System.backup, backup)
        router.register(Methods.System.metrics) { _, _ in
            V1.MetricsResponse(text: await context.metrics.render(stats: context.stats, journal: context.journal, database: context.database))
        }
    }

    /// Bytes per chunk of a backup stream.
    static let backupChunk = 1 << 20

    /// Copies the database into the state directory, streams the copy, removes it.
    private func backup(_: V1.BackupRequest, _ call: RPCContext, _ writer: RPCStreamWriter) async throws(ACSError) -> V1.BackupResponse {
        let database = context.database
        let path = URL(fileURLWithPath: database.path).deletingLastPathComponent().appendingPathComponent("backup-\(UUID().uuidString).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let takenAt = context.clock.now()
        // The copy blocks a thread for as long as it takes: not one of the cooperative pool's.
        let summary = try await withCheckedContinuation { (done: CheckedContinuation<Result<BackupSummary, ACSError>, Never>) in
            DispatchQueue.global().async { done.resume(returning: Result { () throws(ACSError) in try database.backup(to: path) }) }
        }.get()
        guard let file = FileHandle(forReadingAtPath: path) else { throw ACSError(.internal, "cannot read the copy \(path)") }
        defer { try? file.close() }
        var last: [UInt8] = []
        while true {
            let chunk = [UInt8]((try? file.read(upToCount: Self.backupChunk)) ?? Data())
            if chunk.isEmpty { break }
            if !last.isEmpty { await writer.send(V1.BackupResponse(data: last)) }
            last = chunk
        }
        context.audit(.databaseBackup, "backup of \(summary.bytes) bytes taken (\(summary.accounts) accounts, \(summary.payments) payments; integrity ok)",
                      call: call, fields: ["BYTES": String(summary.bytes), "SCHEMA": summary.schemaVersion, "ACCOUNTS": String(summary.accounts),
                                           "PAYMENTS": String(summary.payments)])
        return V1.BackupResponse(data: last, done: true, sizeBytes: UInt64(summary.bytes), schemaVersion: summary.schemaVersion,
                                 accountCount: UInt64(summary.accounts), paymentCount: UInt64(summary.payments), takenAt: ACSClock.format(takenAt))
    }

    private func health(_: V1.HealthRequest, _: RPCContext) -> V1.HealthResponse {
        V1.HealthResponse(status: context.isDraining ? .draining : .serving)
    }

    private func version(_: V1.VersionRequest, _: RPCContext) -> V1.VersionResponse {
        V1.VersionResponse(
            version: DaemonOptions.version, protocol: WireLimits.protocolName,
            sqliteVersion: context.database.sqliteVersion, schemaVersion: context.database.schemaVersion)
    }

    private func status(_: V1.StatusRequest, _: RPCContext) async throws(ACSError) -> V1.StatusResponse {
        let counts = try await context.database.counts()
        var status = V1.StatusResponse()
        status.uptimeSeconds = UInt64((ContinuousClock.now - context.startedAt).components.seconds)
        status.databasePath = context.database.path
        status.databaseSizeBytes = context.database.sizeBytes
        status.accountCount = counts.accounts
        status.openReminderCount = counts.openReminders
        // This call is in flight too; report the others.
        status.inFlightCalls = UInt64(max(0, context.stats.inFlightCalls - 1))
        status.openConnections = UInt64(context.stats.openConnections)
        status.auditWriteFailures = context.journal.failures
        status.auditWrites = context.journal.writes
        status.now = ACSClock.format(context.clock.now())
        status.clockSimulated = context.clock.isSimulated
        status.configGeneration = context.configuration.generation
        status.configPath = context.configuration.path ?? ""
        status.pid = UInt32(ProcessInfo.processInfo.processIdentifier)
        status.callsTotal = context.stats.callsTotal
        status.refusedConnections = context.stats.refusedConnections
        status.acceptFailures = context.stats.acceptFailures
        return status
    }

    private func clockReading() -> V1.ClockResponse {
        V1.ClockResponse(now: ACSClock.format(context.clock.now()), simulated: context.clock.isSimulated)
    }

    private func setClock(_ request: V1.SetClockRequest, _ call: RPCContext) async throws(ACSError) -> V1.ClockResponse {
        guard let time = ACSClock.parse(request.time) else {
            throw ACSError.invalidArgument(field: "time", "\"\(request.time)\" is not an RFC 3339 time such as 2026-03-01T09:00:00Z")
        }
        let before = context.clock.now()
        try context.clock.set(to: time)
        return clockChanged(from: before, call)
    }

    private func advanceClock(_ request: V1.AdvanceClockRequest, _ call: RPCContext) async throws(ACSError) -> V1.ClockResponse {
        let before = context.clock.now()
        try context.clock.advance(bySeconds: request.seconds)
        return clockChanged(from: before, call)
    }

    private func clockChanged(from before: Date, _ call: RPCContext) -> V1.ClockResponse {
        let reading = clockReading()
        context.audit(.clockChanged, "simulated clock moved from \(ACSClock.format(before)) to \(reading.now)",
                      call: call, fields: ["CLOCK_FROM": ACSClock.format(before), "CLOCK_TO": reading.now])
        return reading
    }
}
