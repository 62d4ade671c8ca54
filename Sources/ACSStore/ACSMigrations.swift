import ACSCore
import GRDB

/// The schema's migrations, in order. Each change of schema is a new migration;
/// a migration never changes once it has shipped.
enum ACSMigrations {
    /// Identifier of the newest migration.
    static let latest = "v15-bank-statements"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-foundation") { db in
            try db.create(table: "account") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("source", .text).notNull()
                t.column("external_id", .text).notNull()
                t.column("name", .text).notNull()
                t.uniqueKey(["source", "external_id"])
            }
            try db.create(table: "reminder") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("account_id", .integer).notNull().indexed().references("account", onDelete: .cascade)
                t.column("channel", .text).notNull()
                t.column("status", .text).notNull()
            }
            try db.create(index: "reminder_by_status", on: "reminder", columns: ["status"])
        }
        migrator.registerMigration("v2-ledger", migrate: createLedger)
        migrator.registerMigration("v3-collections", migrate: createCollections)
        migrator.registerMigration("v4-escalations", migrate: createEscalations)
        migrator.registerMigration("v5-money-guards", migrate: guardMoney)
        // The zones each gate decision judged the contact window in (space-separated).
        migrator.registerMigration("v6-gate-zones") { db in
            try db.alter(table: "gate_decision") { t in t.add(column: "zones", .text).notNull().defaults(to: "") }
        }
        // Holds in force from a day and ending by themselves (ends_at: the start of ends_on in
        // the account's zone, for the cycle's sweep); a crisis breathing space has no end yet.
        migrator.registerMigration("v7-dated-holds") { db in
            try db.alter(table: "hold") { t in
                t.add(column: "effective_on", .text).notNull().defaults(to: "")
                t.add(column: "ends_on", .text).notNull().defaults(to: "")
                t.add(column: "ends_at", .integer)
                t.add(column: "crisis", .boolean).notNull().defaults(to: false)
            }
            try db.create(index: "hold_ending", on: "hold", columns: ["ends_at"], condition: Column("cleared_at") == nil && Column("ends_at") != nil)
        }
        // A reminder rendered from a cease-notice template (the one notice HOLD-CEASE allows).
        migrator.registerMigration("v8-cease-notice") { db in
            try db.alter(table: "reminder") { t in t.add(column: "cease_notice", .boolean).notNull().defaults(to: false) }
        }
        // VALIDATION: a validation notice's itemization and period (JSON of `ValidationNotice`),
        // and on a dispute hold the period's last day when the dispute came inside it.
        migrator.registerMigration("v9-validation") { db in
            try db.alter(table: "reminder") { t in t.add(column: "validation", .text) }
            try db.alter(table: "hold") { t in t.add(column: "validation_ends_on", .text).notNull().defaults(to: "") }
        }
        migrator.registerMigration("v10-credit-reporting", migrate: createCreditReporting)
        // A returned payment's code from the bank or card network (ACH R01, a chargeback reason).
        migrator.registerMigration("v11-return-codes") { db in
            try db.alter(table: "payment") { t in t.add(column: "return_code", .text).notNull().defaults(to: "") }
        }
        migrator.registerMigration("v12-settlements", migrate: createSettlements)
        // Disputes as a workflow: who, which obligations (JSON array of external ids), why, how
        // it came; the dispute holds it set (JSON array of hold ids); verification; the decision.
        migrator.registerMigration("v13-disputes") { db in
            try db.create(table: "dispute") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("account_id", .integer).notNull().indexed().references("account", onDelete: .cascade)
                t.column("obligations", .text).notNull()
                t.column("whole_account", .boolean).notNull()
                t.column("hold_ids", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("received_via", .text).notNull()
                t.column("disputant", .text).notNull()
                t.column("note", .text).notNull()
                t.column("status", .text).notNull()
                t.column("opened_at", .text).notNull()
                t.column("opened_by_uid", .integer).notNull()
                t.column("verification_document", .text).notNull().defaults(to: "")
                t.column("verification_sent_at", .text)
                t.column("verification_by_uid", .integer)
                t.column("resolution_note", .text).notNull().defaults(to: "")
                t.column("resolved_at", .text)
                t.column("resolved_by_uid", .integer)
            }
        }
        // The agency round trip: recalls go out in placement files too, and an agency's return
        // file comes back (its status of each account; its records, idempotent by reference).
        migrator.registerMigration("v14-agency-returns") { db in
            try db.alter(table: "placement") { t in
                t.add(column: "recall_export_id", .text).notNull().defaults(to: "")
                t.add(column: "agency_status", .text).notNull().defaults(to: "")
                t.add(column: "agency_status_at", .text)
            }
            // Recalls exported before this version existed went out by hand: never again in a file.
            try db.execute(sql: "UPDATE placement SET recall_export_id = 'before-v14' WHERE status = 'recalled' AND export_id != ''")
            try db.create(table: "agency_return") { t in
                t.column("agency", .text).notNull()
                t.column("reference", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
                t.column("content", .text).notNull()
                t.column("imported_at", .text).notNull()
                t.primaryKey(["agency", "reference"])
            }
        }
        migrator.registerMigration("v15-bank-statements", migrate: createBankStatements)
        return migrator
    }

    /// Bank statements: the unmatched queue (one row per entry that matched no account, or a
    /// return that matched no payment; unique per bank account and reference), and the indexes
    /// that match a credit's references to an account or a return to its payment.
    static func createBankStatements(_ db: Database) throws {
        try db.create(table: "unmatched_entry") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("bank_account", .text).notNull()
            t.column("reference", .text).notNull()
            t.column("debit", .boolean).notNull()
            t.column("currency", .text).notNull()
            t.column("amount_minor", .integer).notNull().check { $0 > 0 && $0 <= Money.maxMinorUnits }
            t.column("booked_on", .text).notNull()
            t.column("structured_reference", .text).notNull()
            t.column("remittance", .text).notNull()
            t.column("end_to_end_id", .text).notNull()
            t.column("counterparty", .text).notNull()
            t.column("return_code", .text).notNull()
            t.column("is_return", .boolean).notNull()
            t.column("reason", .text).notNull()
            t.column("status", .text).notNull()
            t.column("queued_at", .text).notNull()
            t.column("account_id", .integer).references("account", onDelete: .restrict)
            t.column("payment_id", .integer).references("payment", onDelete: .restrict)
            t.column("resolved_at", .text)
            t.column("resolved_by_uid", .integer)
            t.column("note", .text).notNull().defaults(to: "")
            t.uniqueKey(["bank_account", "reference"])
        }
        try db.create(index: "unmatched_by_status", on: "unmatched_entry", columns: ["status", "id"])
        // The returns applied (by an import or by hand): a second import of one is answered, never applied again.
        try db.create(table: "bank_return") { t in
            t.column("bank_account", .text).notNull()
            t.column("reference", .text).notNull()
            t.column("payment_id", .integer).notNull().unique().references("payment", onDelete: .restrict)
            t.primaryKey(["bank_account", "reference"])
        }
        try db.create(index: "account_by_pay_token", on: "account", columns: ["pay_token"], condition: Column("pay_token") != "")
        try db.create(index: "account_by_external_id", on: "account", columns: ["external_id"])
        try db.create(index: "obligation_by_external_id", on: "obligation", columns: ["external_id"])
        try db.create(index: "payment_by_reference", on: "payment", columns: ["reference"], condition: Column("reference") != "")
    }

    /// Settlements (with the obligations each covers) and write-offs: adjustments with a
    /// reason, never deleted rows. Times are RFC 3339 text, compared with payments' received_at.
    static func createSettlements(_ db: Database) throws {
        try db.create(table: "settlement") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("currency", .text).notNull()
            t.column("amount_minor", .integer).notNull().check { $0 > 0 && $0 <= Money.maxMinorUnits }
            t.column("balance_minor", .integer).notNull().check { $0 > 0 && $0 <= Money.maxMinorUnits }
            t.column("expires_on", .text).notNull()
            // The start of the day after expires_on in the account's zone: payments received before it count.
            t.column("deadline", .text).notNull()
            t.column("status", .text).notNull()
            t.column("stage", .text).notNull()
            t.column("note", .text).notNull()
            t.column("offered_at", .text).notNull()
            t.column("offered_by_uid", .integer).notNull()
            t.column("paid_minor", .integer).notNull().defaults(to: 0).check { $0 >= 0 && $0 <= Money.maxMinorUnits }
            t.column("promise_id", .integer)
            t.column("resolved_at", .text)
        }
        try db.create(index: "settlement_by_account", on: "settlement", columns: ["account_id", "currency"])
        try db.create(index: "settlement_open", on: "settlement", columns: ["deadline"], condition: ["offered", "accepted"].contains(Column("status")))
        try db.create(table: "settlement_obligation") { t in
            t.column("settlement_id", .integer).notNull().references("settlement", onDelete: .cascade)
            t.column("obligation_id", .integer).notNull().references("obligation", onDelete: .cascade)
            t.primaryKey(["settlement_id", "obligation_id"])
        }
        try db.create(table: "write_off") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("account_id", .integer).notNull().indexed().references("account", onDelete: .cascade)
            t.column("obligation_id", .integer).notNull().indexed().references("obligation", onDelete: .cascade)
            t.column("currency", .text).notNull()
            t.column("amount_minor", .integer).notNull().check { $0 > 0 && $0 <= Money.maxMinorUnits }
            t.column("reason", .text).notNull()
            t.column("note", .text).notNull()
            t.column("settlement_id", .integer).indexed().references("settlement", onDelete: .setNull)
            t.column("dispute_id", .integer)  // the upheld dispute it decided (the dispute table comes in v13)
            t.column("stage", .text).notNull()
            t.column("at", .text).notNull()
            t.column("by_uid", .integer).notNull()
            t.column("reversed_at", .text)
        }
        // A WriteOff call's idempotency key: what it asked and the write-offs it made.
        try db.create(table: "write_off_request") { t in
            t.primaryKey("key", .text)
            t.column("content", .text).notNull()
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("write_off_ids", .text).notNull()
        }
    }

    /// Credit reporting: the accounts reported to each bureau (closed once reported paid),
    /// and every bureau run with what it furnished.
    static func createCreditReporting(_ db: Database) throws {
        try db.create(table: "bureau_report") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("bureau", .text).notNull()
            t.column("action_key", .text).notNull()
            t.column("stage", .text).notNull()
            t.column("enrolled_at", .integer).notNull()
            t.column("closed_run", .text).notNull().defaults(to: "")
            t.uniqueKey(["account_id", "bureau"])
        }
        try db.create(index: "bureau_report_open", on: "bureau_report", columns: ["bureau", "account_id"], condition: Column("closed_run") == "")
        try db.create(table: "bureau_run") { t in
            t.primaryKey("id", .text)
            t.column("bureau", .text).notNull()
            t.column("at", .integer).notNull()
            t.column("records", .integer).notNull()
        }
        try db.create(table: "furnished") { t in
            t.column("run_id", .text).notNull().references("bureau_run", onDelete: .cascade)
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("status_code", .text).notNull()
            t.column("currency", .text).notNull()
            t.column("balance_minor", .integer).notNull().check { $0 >= 0 }
            t.column("past_due_minor", .integer).notNull().check { $0 >= 0 }
            t.column("first_delinquency_on", .text).notNull()
            t.column("disputed", .boolean).notNull()
        }
        try db.create(index: "furnished_by_account", on: "furnished", columns: ["account_id"])
    }

    /// Every money column: an integer count of minor units.
    static let moneyColumns: [(table: String, column: String)] = [
        ("obligation", "amount_minor"), ("obligation", "open_minor"), ("payment", "amount_minor"), ("payment", "credit_minor"),
        ("allocation", "amount_minor"), ("credit", "amount_minor"), ("promise", "amount_minor"), ("promise", "paid_minor"),
        ("payment_plan", "total_minor"), ("instalment", "amount_minor"),
    ]

    /// The condition a money value `value` fails: not an integer (SQL arithmetic past Int64
    /// gives a REAL), or beyond ±Money.maxMinorUnits.
    static func moneyOutOfRange(_ value: String) -> String {
        "typeof(\(value)) <> 'integer' OR \(value) NOT BETWEEN -\(Money.maxMinorUnits) AND \(Money.maxMinorUnits)"
    }

    /// What the name of every money CHECK begins with (then `table.column`), so that its
    /// failure ("CHECK constraint failed: money obligation.amount_minor") reads as money out of range.
    static let moneyCheckPrefix = "money "

    /// Up to 20 money values per column that are out of range, each as `table.column rowid N: value`.
    static func moneyOutOfRangeRows(_ db: Database) throws -> [String] {
        try moneyColumns.flatMap { table, column in
            try String.fetchAll(db, sql: """
                SELECT '\(table).\(column) rowid ' || rowid || ': ' || quote(\(column)) FROM \(table)
                WHERE \(moneyOutOfRange(column)) LIMIT 20
                """)
        }
    }

    /// The refusal of a database that holds money out of range, naming the rows.
    static func moneyOutOfRangeError(_ rows: [String], path: String) -> ACSError {
        ACSError(.dataLoss, "\(path) holds money out of range (not an integer within ±\(Money.maxMinorUnits) minor units), "
                 + "written by an older acsd; repair these rows with sqlite3, then start acsd again: " + rows.joined(separator: "; "))
    }

    /// No REAL and nothing beyond ±Money.maxMinorUnits in a money column, ever: a write that
    /// would store one fails its CHECK (and its call is answered with an error). SQLite adds a
    /// CHECK only by rebuilding the table, so each table with money is rebuilt with its checks
    /// (SQLite's own procedure: new table, copy, drop, rename, indexes again). Triggers did the
    /// same and cost a third of `acs-bench sync` (21,500–24,600 accounts/s with them,
    /// 31,400–34,900 without, base 30,300–37,300); a CHECK costs what the comparison costs.
    /// A database that already holds such a value is refused before anything is rebuilt.
    private static func guardMoney(_ db: Database) throws {
        let bad = try moneyOutOfRangeRows(db)
        guard bad.isEmpty else {
            let path = try String.fetchOne(db, sql: "SELECT file FROM pragma_database_list WHERE name = 'main'") ?? "the database"
            throw moneyOutOfRangeError(bad, path: path)
        }
        var tables: [String] = []
        for (table, _) in moneyColumns where !tables.contains(table) { tables.append(table) }
        for table in tables {
            let checks = moneyColumns.filter { $0.table == table }.map {
                "CONSTRAINT \"\(moneyCheckPrefix)\(table).\($0.column)\" CHECK (NOT (\(moneyOutOfRange("\"\($0.column)\""))))"
            }
            try rebuild(table, adding: checks, db)
        }
    }

    /// Rebuilds `table` with `constraints` added to its definition, keeping its rows, indexes
    /// and AUTOINCREMENT counter (GRDB runs migrations with foreign keys off, checked after).
    private static func rebuild(_ table: String, adding constraints: [String], _ db: Database) throws {
        guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table]),
              let close = sql.lastIndex(of: ")"), sql.hasPrefix("CREATE TABLE \"\(table)\"") else {
            throw ACSError(.internal, "migration v5: table \(table) has no definition to rebuild")
        }
        let indexes = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                                          arguments: [table])
        let sequence = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = ?", arguments: [table])
        let body = sql[sql.index(sql.startIndex, offsetBy: "CREATE TABLE \"\(table)\"".count)..<close]
        try db.execute(sql: "CREATE TABLE \"\(table)_v5\"\(body), \(constraints.joined(separator: ", ")))")
        try db.execute(sql: "INSERT INTO \"\(table)_v5\" SELECT * FROM \"\(table)\"")
        try db.execute(sql: "DROP TABLE \"\(table)\"")
        try db.execute(sql: "ALTER TABLE \"\(table)_v5\" RENAME TO \"\(table)\"")
        for index in indexes { try db.execute(sql: index) }
        if let sequence {
            try db.execute(sql: "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", arguments: [sequence, table])
            if db.changesCount == 0 { try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", arguments: [table, sequence]) }
        }
    }

    /// Accounts in full, obligations, payments with their allocations, credits and holds.
    private static func createLedger(_ db: Database) throws {
        try db.alter(table: "account") { t in
            t.add(column: "source_version", .integer).notNull().defaults(to: 0)
            t.add(column: "time_zone", .text).notNull().defaults(to: "UTC")
            t.add(column: "locale", .text).notNull().defaults(to: "")
            t.add(column: "segment", .text).notNull().defaults(to: "")
            t.add(column: "contacts", .text).notNull().defaults(to: "{}")
            t.add(column: "content_hash", .text).notNull().defaults(to: "")
            t.add(column: "created_at", .text).notNull().defaults(to: "")
            t.add(column: "updated_at", .text).notNull().defaults(to: "")
            t.add(column: "oldest_unpaid_due_on", .text)
            t.add(column: "inconvenient_times", .text).notNull().defaults(to: "[]")
        }
        try db.create(index: "account_by_segment", on: "account", columns: ["segment", "oldest_unpaid_due_on"])
        try db.create(index: "account_by_oldest_due", on: "account", columns: ["oldest_unpaid_due_on"])
        try db.create(table: "obligation") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("account_id", .integer).notNull().indexed().references("account", onDelete: .cascade)
            t.column("external_id", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("currency", .text).notNull()
            t.column("amount_minor", .integer).notNull()
            t.column("open_minor", .integer).notNull().check { $0 >= 0 }
            t.column("issued_on", .text)
            t.column("due_on", .text).notNull()
            t.uniqueKey(["account_id", "external_id"])
        }
        try db.create(table: "payment") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("idempotency_key", .text).notNull().unique()
            t.column("request_hash", .text).notNull()
            t.column("account_id", .integer).notNull().indexed().references("account", onDelete: .restrict)
            t.column("currency", .text).notNull()
            t.column("amount_minor", .integer).notNull().check { $0 > 0 }
            t.column("credit_minor", .integer).notNull()
            t.column("received_at", .text).notNull()
            t.column("method", .text).notNull()
            t.column("reference", .text).notNull()
            t.column("note", .text).notNull()
            t.column("posted_at", .text).notNull()
            t.column("posted_by_uid", .integer).notNull()
            t.column("posted_by_gid", .integer).notNull()
            t.column("posted_by_pid", .integer).notNull()
            t.column("reversal_reason", .text)
            t.column("reversal_note", .text)
            t.column("reversed_at", .text)
            t.column("reversed_by_uid", .integer)
        }
        try db.create(index: "payment_by_account", on: "payment", columns: ["account_id", "id"])
        try db.create(table: "allocation") { t in
            t.column("payment_id", .integer).notNull().indexed().references("payment", onDelete: .cascade)
            t.column("obligation_id", .integer).notNull().indexed().references("obligation", onDelete: .restrict)
            t.column("amount_minor", .integer).notNull().check { $0 > 0 }
            t.primaryKey(["payment_id", "obligation_id"])
        }
        try db.create(index: "allocation_by_obligation", on: "allocation", columns: ["obligation_id"])
        try db.create(table: "credit") { t in
            t.column("account_id", .integer).notNull().indexed().references("account", onDelete: .cascade)
            t.column("currency", .text).notNull()
            t.column("amount_minor", .integer).notNull().check { $0 >= 0 }
            t.primaryKey(["account_id", "currency"])
        }
        try db.create(table: "hold") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("account_id", .integer).notNull().indexed().references("account", onDelete: .cascade)
            t.column("kind", .text).notNull()
            t.column("obligation_external_id", .text).notNull().defaults(to: "")
            t.column("reason", .text).notNull()
            t.column("set_at", .text).notNull()
            t.column("set_by_uid", .integer).notNull()
            t.column("set_by_pid", .integer).notNull()
            t.column("cleared_at", .text)
            t.column("cleared_by_uid", .integer)
            t.column("clear_reason", .text)
        }
        try db.create(table: "channel_preference") { t in
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("channel", .text).notNull()
            t.column("opted_out", .boolean).notNull()
            t.column("source", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("changed_at", .text).notNull()
            t.column("changed_by_uid", .integer).notNull()
            t.column("changed_by_pid", .integer).notNull()
            t.primaryKey(["account_id", "channel"])
        }
        // Consent recorded by acsd overrides what the source syncs: a sync never undoes a revocation.
        try db.create(table: "consent_override") { t in
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("phone_number", .text).notNull()
            t.column("channel", .text).notNull()
            t.column("granted", .boolean).notNull()
            t.column("source", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("changed_at", .text).notNull()
            t.column("changed_by_uid", .integer).notNull()
            t.primaryKey(["account_id", "phone_number", "channel"])
        }
        try db.create(index: "hold_active", on: "hold", columns: ["account_id", "kind"], condition: Column("cleared_at") == nil)
    }

    /// The collection engine's state: when each account is next due for evaluation, the
    /// reminder outbox in full, the gate's decisions and every contact attempt.
    /// Instants of this migration are INTEGER Unix seconds, so that they index and compare.
    private static func createCollections(_ db: Database) throws {
        try db.alter(table: "account") { t in
            // NULL: nothing is owed until something changes; 0: evaluate at the next cycle.
            t.add(column: "next_action_at", .integer)
            t.add(column: "policy_id", .text).notNull().defaults(to: "")
            t.add(column: "pay_token", .text).notNull().defaults(to: "")
        }
        try db.execute(sql: "UPDATE account SET next_action_at = 0")
        try db.create(index: "account_due", on: "account", columns: ["next_action_at"], condition: Column("next_action_at") != nil)
        try db.alter(table: "reminder") { t in
            t.add(column: "action_key", .text).notNull().defaults(to: "")
            t.add(column: "policy_id", .text).notNull().defaults(to: "")
            t.add(column: "stage", .text).notNull().defaults(to: "")
            t.add(column: "template_name", .text).notNull().defaults(to: "")
            t.add(column: "locale", .text).notNull().defaults(to: "")
            t.add(column: "urgency", .text).notNull().defaults(to: "normal")
            t.add(column: "recipient_name", .text).notNull().defaults(to: "")
            t.add(column: "recipient", .text).notNull().defaults(to: "")
            t.add(column: "postal_address", .text)
            t.add(column: "time_zone", .text).notNull().defaults(to: "")
            t.add(column: "subject", .text).notNull().defaults(to: "")
            t.add(column: "body_text", .text).notNull().defaults(to: "")
            t.add(column: "threatens_suit", .boolean).notNull().defaults(to: false)
            t.add(column: "window_start", .integer).notNull().defaults(to: 0)
            t.add(column: "window_end", .integer).notNull().defaults(to: 0)
            t.add(column: "created_at", .integer).notNull().defaults(to: 0)
            t.add(column: "attempts", .integer).notNull().defaults(to: 0)
            t.add(column: "claimed_by", .text).notNull().defaults(to: "")
            t.add(column: "lease_token", .text).notNull().defaults(to: "")
            t.add(column: "lease_expires_at", .integer)
            t.add(column: "outcome", .text).notNull().defaults(to: "")
            t.add(column: "outcome_detail", .text).notNull().defaults(to: "")
            t.add(column: "finished_at", .integer)
            t.add(column: "cancel_reason", .text).notNull().defaults(to: "")
            t.add(column: "rule_id", .text).notNull().defaults(to: "")
        }
        // One live reminder per owed action; a cancelled one may be owed again.
        try db.create(index: "reminder_action", on: "reminder", columns: ["account_id", "action_key"], unique: true,
                      condition: Column("status") != "cancelled")
        try db.create(index: "reminder_outbox", on: "reminder", columns: ["channel", "status", "window_start"])
        try db.create(index: "reminder_by_account", on: "reminder", columns: ["account_id", "status"])
        try db.create(table: "gate_decision") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("reminder_id", .integer).notNull().indexed().references("reminder", onDelete: .cascade)
            t.column("at", .integer).notNull()
            t.column("checkpoint", .text).notNull()
            t.column("verdict", .text).notNull()
            t.column("rule_id", .text).notNull()
            t.column("deferred_until", .integer)
            t.column("detail", .text).notNull()
        }
        try db.create(table: "contact_attempt") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("reminder_id", .integer).notNull().indexed().references("reminder", onDelete: .cascade)
            t.column("channel", .text).notNull()
            t.column("at", .integer).notNull()
            t.column("outcome", .text).notNull().defaults(to: "")
        }
        try db.create(index: "contact_attempt_by_account", on: "contact_attempt", columns: ["account_id", "at"])
    }

    /// Escalation: tasks for people, agency placements, promises to pay, fees charged
    /// once per obligation and stage action, and agency payments. Instants are Unix seconds.
    private static func createEscalations(_ db: Database) throws {
        try db.create(table: "task") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("queue", .text).notNull()
            t.column("status", .text).notNull()
            t.column("action_key", .text).notNull()
            t.column("stage", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("due_on", .text).notNull()
            t.column("created_at", .integer).notNull()
            t.column("assignee", .text).notNull().defaults(to: "")
            t.column("claimed_at", .integer)
            t.column("claimed_by_uid", .integer)
            t.column("outcome", .text).notNull().defaults(to: "")
            t.column("note", .text).notNull().defaults(to: "")
            t.column("completed_at", .integer)
            t.column("completed_by_uid", .integer)
        }
        try db.create(index: "task_action", on: "task", columns: ["account_id", "action_key"], unique: true)
        try db.create(index: "task_queue", on: "task", columns: ["status", "queue", "due_on"])
        try db.create(table: "placement") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("agency", .text).notNull()
            t.column("status", .text).notNull()
            t.column("automatic", .boolean).notNull()
            t.column("action_key", .text).notNull()
            t.column("stage", .text).notNull()
            t.column("co_collect", .boolean).notNull()
            t.column("reason", .text).notNull()
            t.column("placed_at", .integer).notNull()
            t.column("placed_by_uid", .integer).notNull()
            t.column("placed_balances", .text).notNull()
            t.column("export_id", .text).notNull().defaults(to: "")
            t.column("exported_at", .integer)
            t.column("recall_reason", .text).notNull().defaults(to: "")
            t.column("recall_note", .text).notNull().defaults(to: "")
            t.column("recalled_at", .integer)
            t.column("recalled_by_uid", .integer)
        }
        // One active placement per account; an automatic placement happens once per owed action.
        try db.create(index: "placement_active", on: "placement", columns: ["account_id"], unique: true, condition: Column("status") == "active")
        try db.create(index: "placement_by_agency", on: "placement", columns: ["agency", "status", "export_id"])
        try db.create(index: "placement_by_account", on: "placement", columns: ["account_id", "action_key"])
        try db.create(table: "promise") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("currency", .text).notNull()
            t.column("amount_minor", .integer).notNull().check { $0 > 0 }
            t.column("promised_on", .text).notNull()
            t.column("grace_days", .integer).notNull()
            t.column("status", .text).notNull()
            t.column("source", .text).notNull()
            t.column("note", .text).notNull()
            t.column("recorded_at", .integer).notNull()
            t.column("recorded_by_uid", .integer).notNull()
            t.column("paid_minor", .integer).notNull().defaults(to: 0)
            t.column("resolved_at", .integer)
        }
        try db.create(index: "promise_pending", on: "promise", columns: ["account_id"], unique: true, condition: Column("status") == "pending")
        try db.create(index: "promise_by_account", on: "promise", columns: ["account_id", "id"])
        try db.create(table: "charge") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("base_external_id", .text).notNull()
            t.column("action_key", .text).notNull()
            t.column("obligation_id", .integer).references("obligation", onDelete: .cascade)  // the fee obligation, set once made
            t.column("charged_at", .integer).notNull()
            t.uniqueKey(["account_id", "base_external_id", "action_key"])
        }
        try db.alter(table: "payment") { t in
            t.add(column: "agency", .text).notNull().defaults(to: "")
            t.add(column: "commission_bp", .integer).notNull().defaults(to: 0)
        }
        // Interest brought up to date per account and currency: through which day, and the
        // fraction of a minor unit carried to the next day.
        try db.create(table: "interest_accrual") { t in
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("currency", .text).notNull()
            t.column("accrued_through", .text).notNull()
            t.column("carry", .integer).notNull()
            t.primaryKey(["account_id", "currency"])
        }
        try db.create(table: "payment_plan") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("account_id", .integer).notNull().references("account", onDelete: .cascade)
            t.column("currency", .text).notNull()
            t.column("total_minor", .integer).notNull()
            t.column("status", .text).notNull()
            t.column("grace_days", .integer).notNull()
            t.column("note", .text).notNull()
            t.column("created_at", .integer).notNull()
            t.column("created_by_uid", .integer).notNull()
            t.column("ended_at", .integer)
            t.column("cancel_reason", .text).notNull().defaults(to: "")
            t.column("cancelled_by_uid", .integer)
        }
        try db.create(index: "plan_active", on: "payment_plan", columns: ["account_id"], unique: true, condition: Column("status") == "active")
        try db.create(table: "instalment") { t in
            t.column("plan_id", .integer).notNull().references("payment_plan", onDelete: .cascade)
            t.column("number", .integer).notNull()
            t.column("amount_minor", .integer).notNull().check { $0 > 0 }
            t.column("due_on", .text).notNull()
            t.primaryKey(["plan_id", "number"])
        }
    }
}
