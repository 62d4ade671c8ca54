/// Every metric acsd exports: its Prometheus name, help text and, for histograms, buckets.
/// The one list; docs/OPERATIONS.md names each (a test compares).
enum MetricName: String, CaseIterable, Sendable {
    case rpcCalls = "acs_rpc_calls_total"
    case rpcDuration = "acs_rpc_call_duration_seconds"
    case rpcInFlight = "acs_rpc_calls_in_flight"
    case connections = "acs_connections"
    case connectionsRefused = "acs_connections_refused_total"
    case acceptFailures = "acs_accept_failures_total"
    case paymentsPosted = "acs_payments_posted_total"
    case paymentsReplayed = "acs_payments_replayed_total"
    case paymentsReversed = "acs_payments_reversed_total"
    case reminders = "acs_reminders"
    case cycleDuration = "acs_cycle_duration_seconds"
    case cycleAccounts = "acs_cycle_accounts_evaluated_total"
    case auditWrites = "acs_audit_writes_total"
    case auditWriteFailures = "acs_audit_write_failures_total"
    case databaseSize = "acs_database_size_bytes"
    case walSize = "acs_database_wal_size_bytes"
    case residentMemory = "acs_process_resident_memory_bytes"

    /// The `# HELP` line.
    var help: String {
        switch self {
        case .rpcCalls: "Calls answered, by method path (\"unknown\" for a path not in acs.v1) and status code."
        case .rpcDuration: "Time from reading a call's frame to writing its answer, by method path."
        case .rpcInFlight: "Calls running as tasks now (every method but Health, Ping, Version and GetClock)."
        case .connections: "Client connections open now."
        case .connectionsRefused: "Connections refused: over a connection limit, or a frame that stopped arriving."
        case .acceptFailures: "Accepts that failed (no file descriptor left)."
        case .paymentsPosted: "Payments posted (each new payment once; replays are counted apart)."
        case .paymentsReplayed: "Postings answered from an earlier payment with the same idempotency key."
        case .paymentsReversed: "Payments reversed, by reason."
        case .reminders: "Reminders in the database, by channel and status."
        case .cycleDuration: "Time a collection cycle took."
        case .cycleAccounts: "Accounts evaluated by collection cycles."
        case .auditWrites: "Audit entries journald took."
        case .auditWriteFailures: "Audit entries journald refused."
        case .databaseSize: "Size of the SQLite database file."
        case .walSize: "Size of the SQLite write-ahead log."
        case .residentMemory: "acsd's resident memory."
        }
    }

    /// Histogram buckets: a call takes from tens of microseconds (ping) to seconds (a large sync);
    /// a cycle from milliseconds to many minutes.
    var buckets: [Duration] {
        switch self {
        case .rpcDuration:
            [.microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .microseconds(2500), .milliseconds(5),
             .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
             .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10)]
        case .cycleDuration:
            [.milliseconds(10), .milliseconds(100), .seconds(1), .seconds(5), .seconds(15), .seconds(30), .seconds(60),
             .seconds(120), .seconds(300), .seconds(600), .seconds(1800)]
        default: []
        }
    }
}
