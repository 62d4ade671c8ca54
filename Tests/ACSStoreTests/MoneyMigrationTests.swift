import ACSCore
@testable import ACSStore
import ACSTesting
import Foundation
import GRDB
import Testing

/// Migration v5 on databases an older acsd (v4) wrote: money columns gain their CHECKs, rows
/// and counters survive, and money already out of range stops the migration, naming the rows.
@Suite("Money migration")
struct MoneyMigrationTests {
    /// A v4 database with one account and two obligations, the second deleted (so the
    /// AUTOINCREMENT counter is ahead of the largest id), and `amount` as the first one's amount.
    private func v4Database(amount: String) throws -> DatabaseQueue {
        let path = try TestDaemon.makeScratchDirectory().appendingPathComponent("acs.db").path
        let queue = try DatabaseQueue(path: path)
        try ACSMigrations.migrator.migrate(queue, upTo: "v4-escalations")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO account (source, external_id, name) VALUES ('crm', 'A-1', 'Ada')")
            for (id, minor) in [("INV-1", amount), ("INV-2", "5")] {
                try db.execute(sql: """
                    INSERT INTO obligation (account_id, external_id, kind, currency, amount_minor, open_minor, due_on)
                    VALUES (1, '\(id)', 'invoice', 'USD', \(minor), 0, '2026-01-31')
                    """)
            }
            try db.execute(sql: "DELETE FROM obligation WHERE external_id = 'INV-2'")
        }
        return queue
    }

    @Test("rows, indexes and the AUTOINCREMENT counter survive; the CHECKs refuse a REAL and ±10^15 + 1 and take ±10^15")
    func rebuildsWithChecks() throws {
        let queue = try v4Database(amount: "100")
        try ACSMigrations.migrator.migrate(queue)
        try queue.write { db in
            #expect(try Int64.fetchOne(db, sql: "SELECT amount_minor FROM obligation WHERE external_id = 'INV-1'") == 100)
            #expect(try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'obligation'") == 2)
            #expect(try db.indexes(on: "obligation").map(\.name).contains("obligation_on_account_id"))
            #expect(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'obligation'")?.contains("CHECK (NOT (typeof(") == true)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'") == 0)
            for bad in ["1.8e19", "\(Money.maxMinorUnits + 1)", "-\(Money.maxMinorUnits + 1)", "'1e16'", "1.5"] {
                #expect(throws: DatabaseError.self, "amount \(bad)") {
                    try db.execute(sql: "UPDATE obligation SET amount_minor = \(bad)")
                }
            }
            try db.execute(sql: "UPDATE obligation SET amount_minor = \(Money.maxMinorUnits), open_minor = \(Money.maxMinorUnits)")
            try db.execute(sql: "INSERT INTO obligation (account_id, external_id, kind, currency, amount_minor, open_minor, due_on) VALUES (1, 'INV-3', 'invoice', 'USD', 1, 1, '2026-02-28')")
            #expect(try Int64.fetchOne(db, sql: "SELECT id FROM obligation WHERE external_id = 'INV-3'") == 3)
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
        }
    }

    @Test("a REAL an older acsd stored stops the migration with the rows to repair, and nothing is rebuilt")
    func refusesStoredOutOfRange() throws {
        let queue = try v4Database(amount: "1.8e19")
        #expect {
            try ACSMigrations.migrator.migrate(queue)
        } throws: { error in
            "\(error)".contains("money out of range") && "\(error)".contains("obligation.amount_minor rowid 1: 1.8e+19")
        }
        #expect(try queue.read { try ACSMigrations.migrator.appliedIdentifiers($0) }.contains("v5-money-guards") == false)
    }
}

extension MoneyMigrationTests {
    @Test("a money CHECK that fails is OUT_OF_RANGE naming the column")
    func checkFailureStatus() throws {
        let queue = try v4Database(amount: "100")
        try ACSMigrations.migrator.migrate(queue)
        let error = try #require(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "UPDATE obligation SET open_minor = 1e300") }
        }
        let status = ACSError(databaseError: error, path: "acs.db")
        #expect(status.code == .outOfRange)
        #expect(status.message.hasPrefix("money out of range: obligation.open_minor must be an integer within"))
    }
}
