public import ACSCore
public import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GRDB

/// What a backup copy holds.
public struct BackupSummary: Sendable, Hashable {
    /// The copy's size in bytes.
    public var bytes: Int64
    /// Its newest migration.
    public var schemaVersion: String
    /// Its payments (reversed ones too).
    public var payments: Int64
    /// Its accounts.
    public var accounts: Int64
}

extension ACSDatabase {
    /// A consistent copy of the database at `path` (which must not exist) while acsd keeps
    /// serving: SQLite's online backup of one read snapshot (every page in one step, so
    /// the copy is the database as one committed transaction left it), checked with
    /// `PRAGMA integrity_check`, then fsynced. Blocks a thread while it copies.
    public func backup(to path: String) throws(ACSError) -> BackupSummary {
        try mapDatabaseErrors(path: self.path) {
            guard !FileManager.default.fileExists(atPath: path) else { throw ACSError(.alreadyExists, "\(path) exists") }
            let copy = try DatabaseQueue(path: path)
            try writer.backup(to: copy)
            let summary = try Self.check(copy, path: path)
            try copy.close()
            try Self.fsync(path)
            return summary
        }
    }

    /// Checks a copy of an acs database: `integrity_check`, a schema this acsd knows, and
    /// what it holds. DATA_LOSS naming what is wrong.
    static func check(_ copy: DatabaseQueue, path: String) throws -> BackupSummary {
        try copy.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            guard integrity == ["ok"] else {
                throw ACSError(.dataLoss, "\(path) fails integrity_check: \(integrity.prefix(5).joined(separator: "; "))")
            }
            let applied = try Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
            guard applied.contains(ACSMigrations.latest) else {
                throw ACSError(.failedPrecondition, "\(path) is not an acs database of this version (its newest migration is not \(ACSMigrations.latest))")
            }
            return BackupSummary(
                bytes: Int64((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)??.int64Value ?? 0),
                schemaVersion: ACSMigrations.latest,
                payments: try Int64.fetchOne(db, sql: "SELECT count(*) FROM payment") ?? 0,
                accounts: try Int64.fetchOne(db, sql: "SELECT count(*) FROM account") ?? 0)
        }
    }

    /// Restores the backup copy at `backup` into `stateDirectory` while no acsd runs there:
    /// the copy is checked, written beside the database, fsynced, and renamed over it (the
    /// old database's WAL and shared-memory files removed first), so that a crash leaves
    /// either the old database or the restored one. Answers what the restored one holds.
    public static func restore(_ backup: String, into stateDirectory: String) throws(ACSError) -> BackupSummary {
        do {
            try FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ACSError(.failedPrecondition, "cannot create state directory \(stateDirectory): \(error.localizedDescription)")
        }
        let lock = try StateDirectoryLock(directory: stateDirectory)
        defer { lock.release() }
        let target = "\(stateDirectory)/\(fileName)"
        let staged = target + ".restore"
        return try mapDatabaseErrors(path: backup) {
            var read = Configuration()
            read.readonly = true
            let source = try DatabaseQueue(path: backup, configuration: read)
            _ = try check(source, path: backup)
            try? FileManager.default.removeItem(atPath: staged)
            let copy = try DatabaseQueue(path: staged)
            try source.backup(to: copy)
            let summary = try check(copy, path: staged)
            try copy.close()
            try source.close()
            try fsync(staged)
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
            guard rename(staged, target) == 0 else {
                throw ACSError(.internal, "cannot rename \(staged) to \(target): \(String(cString: strerror(errno)))")
            }
            try fsync(stateDirectory)
            return summary
        }
    }

    /// Flushes a file (or a directory's entries) to disk.
    private static func fsync(_ path: String) throws {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ACSError(.internal, "cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { Glibc.close(descriptor) }
        guard Glibc.fsync(descriptor) == 0 else { throw ACSError(.internal, "cannot fsync \(path): \(String(cString: strerror(errno)))") }
    }
}
