import GRDB

/// The schema's migrations, in order. Each change of schema is a new migration;
/// a migration never changes once it has shipped.
enum ACSMigrations {
    /// Identifier of the newest migration.
    static let latest = "v1-foundation"

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
                t.belongsTo("account", onDelete: .cascade).notNull()
                t.column("channel", .text).notNull()
                t.column("status", .text).notNull()
            }
            try db.create(index: "reminder_by_status", on: "reminder", columns: ["status"])
        }
        return migrator
    }
}
