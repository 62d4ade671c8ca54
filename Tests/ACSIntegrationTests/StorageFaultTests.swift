import ACSCore
import ACSStore
import ACSTesting
import Foundation
import GRDB
import Testing

/// A database acsd cannot own at start-up stops it with a message saying what to do.
@Suite("Storage faults at start-up")
struct StorageFaultTests {
    static func startRefused(_ stateDirectory: String, in directory: URL) async throws -> (status: Int32, stderr: String) {
        let result = try await TestBinaries.run("acsd", ["--socket", directory.appendingPathComponent("second.sock").path, "--state-dir", stateDirectory])
        return (result.status, result.stderr)
    }

    @Test("a second acsd on the same state directory stops and names the first")
    func secondDaemon() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let refused = try await Self.startRefused(daemon.stateDirectory, in: daemon.directory)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("in use by another acsd (pid \(daemon.process.processIdentifier))") && refused.stderr.contains("--state-dir"))
    }

    @Test("a database another process holds the write lock of stops acsd with UNAVAILABLE, locked")
    func writeLocked() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let state = directory.appendingPathComponent("state").path
        try ACSDatabase.open(stateDirectory: state).close()
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true  // the holder keeps its transaction open on purpose
        let holder = try DatabaseQueue(path: "\(state)/\(ACSDatabase.fileName)", configuration: configuration)
        try await holder.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        let refused = try await Self.startRefused(state, in: directory)
        try await holder.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("UNAVAILABLE") && refused.stderr.contains("is locked by another process"))
    }

    @Test("a corrupt database file stops acsd with DATA_LOSS and is left as it was")
    func corrupt() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let state = directory.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        let garbage = Data((0..<8_192).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
        try garbage.write(to: state.appendingPathComponent(ACSDatabase.fileName))
        let refused = try await Self.startRefused(state.path, in: directory)
        #expect(refused.status != 0 && refused.stderr.contains("DATA_LOSS") && refused.stderr.contains("restore it from a backup"))
        #expect(try Data(contentsOf: state.appendingPathComponent(ACSDatabase.fileName)) == garbage, "never a silent new database")
    }
}
