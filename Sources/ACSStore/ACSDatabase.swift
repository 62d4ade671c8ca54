public import ACSCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif
public import GRDB

/// The acs database: one SQLite file in the state directory, opened in WAL mode
/// with `synchronous=FULL`, migrated before use.
///
/// A small Sendable value over GRDB's pool: writes go through its single writer,
/// reads through its readers.
public struct ACSDatabase: Sendable {
    /// The file name inside the state directory.
    public static let fileName = "acs.db"

    /// The underlying pool.
    public let writer: DatabasePool
    /// Absolute path of the database file.
    public let path: String
    /// The SQLite library version in use.
    public let sqliteVersion: String
    /// This process's claim on the state directory.
    let lock: StateDirectoryLock?

    /// Opens (creating if needed) the database in `stateDirectory`, checks its
    /// durability settings and runs the migrations.
    public static func open(stateDirectory: String) throws(ACSError) -> ACSDatabase {
        let directory = URL(fileURLWithPath: stateDirectory, isDirectory: true).standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ACSError(.failedPrecondition, "cannot create state directory \(directory.path): \(error.localizedDescription)")
        }
        // Debtors' names and balances: the folder 0700 and its files 0600, whatever the umask
        // (the unit's UMask=0077 does the same; by hand, umask 022 would leave them readable).
        guard chmod(directory.path, 0o700) == 0 else {
            throw ACSError(.failedPrecondition, "cannot make state directory \(directory.path) private (mode 0700): \(String(cString: strerror(errno)))")
        }
        let path = directory.appendingPathComponent(fileName).path
        let lock = try StateDirectoryLock(directory: directory.path)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            guard chmod(path + suffix, 0o600) == 0 else {
                throw ACSError(.failedPrecondition, "cannot make \(path + suffix) private (mode 0600): \(String(cString: strerror(errno)))")
            }
        }
        return try mapDatabaseErrors(path: path) {
            let pool = try DatabasePool(path: path, configuration: configuration())
            let version = try pool.read { try String.fetchOne($0, sql: "SELECT sqlite_version()") } ?? "?"
            let database = ACSDatabase(writer: pool, path: path, sqliteVersion: version, lock: lock)
            try database.enforceDurability()
            try ACSMigrations.migrator.migrate(pool)
            try refuseMoneyOutOfRange(pool, path: path)
            // A write lock another process holds would make every write wait and fail: refuse to start.
            try pool.barrierWriteWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                try db.execute(sql: "ROLLBACK")
            }
            return database
        }
    }

    /// Money stored out of range (a REAL from a sum past Int64, or a value beyond
    /// ±Money.maxMinorUnits, put there by hand past the CHECKs) would fail every read of its
    /// account: acsd does not start on such a database, and says which rows to repair, rather
    /// than fail later. (A database an older acsd wrote is checked the same way before migration v5.)
    private static func refuseMoneyOutOfRange(_ pool: DatabasePool, path: String) throws {
        let found = try pool.read(ACSMigrations.moneyOutOfRangeRows)
        guard !found.isEmpty else { return }
        throw ACSMigrations.moneyOutOfRangeError(found, path: path)
    }

    /// Bytes SQLite may hold in all (page caches of every connection, statements,
    /// schemas) before each connection recycles its own cache instead of growing it.
    /// Without it the pool's connections fill their caches (2 MiB each by default)
    /// one by one as the database grows, and acsd's memory creeps up for hours.
    static let sqliteMemoryBudget = 8 << 20

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // Process-wide: every connection sets the same value.
            try db.execute(sql: "PRAGMA soft_heap_limit = \(sqliteMemoryBudget)")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            // Savepoint (statement) journals of a group commit stay in memory, never in a temp file.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            db.add(function: AccountSum.function)
        }
        return configuration
    }

    /// Sets `synchronous=FULL` on the writer (GRDB's pool sets NORMAL while
    /// opening) and refuses to go on unless FULL and WAL are both in effect.
    private func enforceDurability() throws {
        try writer.barrierWriteWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let settings = try durabilitySettings()
        guard settings.journalMode == "wal", settings.synchronous == 2 else {
            throw ACSError(.internal, "database durability not in effect: journal_mode=\(settings.journalMode) synchronous=\(settings.synchronous)")
        }
    }

    /// The writer connection's `journal_mode` and `synchronous` (2 is FULL), read back.
    public func durabilitySettings() throws -> (journalMode: String, synchronous: Int) {
        try writer.barrierWriteWithoutTransaction { db in
            let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
            let synchronous = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
            return (mode.lowercased(), synchronous)
        }
    }

    /// Counts for `System.Status`.
    public func counts() async throws(ACSError) -> (accounts: UInt64, openReminders: UInt64) {
        try await mapDatabaseErrors(path: path) {
            try await writer.read { db in
                let accounts = try Int64.fetchOne(db, sql: "SELECT count(*) FROM account") ?? 0
                let reminders = try Int64.fetchOne(
                    db, sql: "SELECT count(*) FROM reminder WHERE status IN ('scheduled', 'deferred', 'claimed')") ?? 0
                return (UInt64(accounts), UInt64(reminders))
            }
        }
    }

    /// Reminders by channel and status, keyed `channel/status`, for acsd's metrics: one pass over
    /// the `reminder_outbox` index (channel, status, window_start), never the table.
    public func reminderCounts() async throws(ACSError) -> [String: Int64] {
        try await mapDatabaseErrors(path: path) {
            try await writer.read { db in
                let rows = try Row.fetchAll(db, sql: "SELECT channel, status, count(*) FROM reminder INDEXED BY reminder_outbox GROUP BY channel, status")
                return Dictionary(rows.map { (($0[0] as String) + "/" + ($0[1] as String), $0[2] as Int64) }) { $0 + $1 }
            }
        }
    }

    /// Size in bytes of the database file plus its WAL.
    public var sizeBytes: UInt64 {
        [path, path + "-wal"].reduce(0) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.uint64Value
            return total + (size ?? 0)
        }
    }

    /// The latest migration applied.
    public var schemaVersion: String { Self.latestSchemaVersion }

    /// The newest migration this build knows.
    public static var latestSchemaVersion: String { ACSMigrations.latest }

    /// Closes the pool; later use fails.
    public func close() throws {
        try writer.close()
        lock?.release()
    }
}
