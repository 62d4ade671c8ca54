import GRDB

/// The schema's migrations, in order. Each change of schema is a new migration;
/// a migration never changes once it has shipped.
enum ACSMigrations {
    /// Identifier of the newest migration.
    static let latest = "v2-ledger"

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
        return migrator
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
}
