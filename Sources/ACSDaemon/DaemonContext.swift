import ACSCore
import ACSJournal
import ACSServer
import ACSStore
import Logging
import Synchronization

/// Everything the RPC handlers share: one instance per daemon.
final class DaemonContext: Sendable {
    let options: DaemonOptions
    let configuration: ConfigurationStore
    let clock: ACSClock
    let database: ACSDatabase
    let ledger: Ledger
    /// The changes that set off others (a payment, a hold), each one ledger transaction.
    var actions: LedgerActions { LedgerActions(ledger: ledger) }
    /// The dunning policies and templates in force.
    let policies: PolicyStore
    let journal: AuditJournal
    let stats: ServerStats
    /// What `System.Metrics` and the metrics listener answer.
    let metrics = DaemonMetrics()
    /// Local users' names and groups, for access decisions; forgotten on reload.
    let users = UserDirectory()
    private let loggerState: Locked<Logger>
    let startedAt = ContinuousClock.now
    private let drainingFlag = Atomic<Bool>(false)

    init(options: DaemonOptions, configuration: ConfigurationStore, clock: ACSClock, database: ACSDatabase, policies: PolicyStore,
         logger: Logger) {
        self.options = options
        self.configuration = configuration
        self.clock = clock
        self.policies = policies
        self.database = database
        self.ledger = Ledger(database: database)
        self.journal = AuditJournal()
        self.stats = ServerStats()
        self.loggerState = Locked(logger)
    }

    /// The daemon's logger, at the configured level.
    var logger: Logger { loggerState.withLock { $0 } }

    /// Applies a (re)loaded configuration's log level.
    func apply(_ configuration: DaemonConfiguration) {
        loggerState.withLock { $0.logLevel = Logger.Level(rawValue: configuration.logLevel) ?? .info }
    }

    /// True once shutdown began.
    var isDraining: Bool { drainingFlag.load(ordering: .relaxed) }

    func beginDraining() { drainingFlag.store(true, ordering: .relaxed) }

    /// The caller, now, and why: what every change records.
    func actor(_ call: RPCContext, reason: String = "") -> ChangeActor {
        ChangeActor(caller: call.caller, at: clock.now(), reason: reason)
    }

    /// The roles the caller of `call` holds under the configuration in force.
    func roles(_ call: RPCContext) -> Set<Role> {
        let entry = users.entry(for: call.caller)
        return configuration.current.accessPolicy.roles(uid: call.caller.uid, userName: entry.name, groups: entry.groups)
    }

    /// Writes an audit entry; one caused by a call carries the caller and the request id.
    func audit(_ kind: AuditEventKind, _ message: String, call: RPCContext? = nil, fields: [String: String] = [:]) {
        audit(kind, message, call: call, ordered: fields.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) })
    }

    /// An accept failed (`count` so far): a journal warning for the first and every hundredth.
    func acceptFailed(_ error: any Error, count: UInt64) {
        guard count == 1 || count % 100 == 0 else { return }
        logger.warning("cannot accept connections: \(error); backing off", metadata: ["failures": "\(count)"])
        audit(.acceptFailed, "acsd cannot accept connections (\(error)); \(count) failures so far", fields: ["REASON": "\(error)", "FAILURES": String(count)])
    }

    /// Writes an audit entry with `fields` in their order, each name once.
    func audit(_ kind: AuditEventKind, _ message: String, call: RPCContext?, ordered fields: [(name: String, value: String)]) {
        assert(fields.allSatisfy { kind.fields.contains($0.name) }, "\(kind.name) writes undocumented fields \(fields.map(\.name))")
        journal.record(kind, message: message, fields: fields, adding: call?.auditFields ?? [])
    }
}
