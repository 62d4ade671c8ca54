import ACSCore
import ACSStore
import GRDB
import ACSTesting
import Foundation
import Testing

@Suite("Database")
struct DatabaseTests {
    @Test("WAL and synchronous=FULL are really in effect on the writer")
    func durability() throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let database = try ACSDatabase.open(stateDirectory: directory.path)
        let settings = try database.durabilitySettings()
        #expect(settings.journalMode == "wal")
        #expect(settings.synchronous == 2)
        try database.close()
    }

    @Test("opening again keeps the data and runs no migration twice")
    func reopen() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let first = try ACSDatabase.open(stateDirectory: directory.path)
        try await first.writer.write { db in
            try db.execute(sql: "INSERT INTO account (source, external_id, name) VALUES ('crm', 'A-1', 'Ada')")
        }
        try first.close()
        let second = try ACSDatabase.open(stateDirectory: directory.path)
        #expect(try await second.counts().accounts == 1)
        try second.close()
    }
}
