import ACSCore
import ACSTesting
import Foundation
import Testing

/// acsctl run as a subprocess, as a person or a script would.
@Suite("acsctl")
struct ACSCtlTests {
    @Test("status prints a table, and JSON with --json")
    func status() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let table = try await TestBinaries.run("acsctl", ["status", "--socket", daemon.socketPath])
        #expect(table.status == 0)
        #expect(table.stdout.contains("database") && table.stdout.contains(daemon.stateDirectory))
        let json = try await TestBinaries.run("acsctl", ["status", "--json"], environment: ["ACS_SOCKET": daemon.socketPath])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["pid"] as? Int == Int(daemon.process.processIdentifier))
        #expect(object?["database_path"] as? String == daemon.stateDirectory + "/acs.db")
    }

    @Test("a daemon that cannot be reached: exit 1 and a one-line UNAVAILABLE message")
    func unreachable() async throws {
        let result = try await TestBinaries.run("acsctl", ["status", "--socket", "/tmp/acs-no-such-socket"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("acsctl: UNAVAILABLE: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("a refused call names its status code")
    func refused() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        let result = try await TestBinaries.run("acsctl", ["clock", "advance", "3d", "--socket", daemon.socketPath])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("acsctl: FAILED_PRECONDITION: "))
    }

    @Test("a usage error exits 64")
    func usage() async throws {
        let result = try await TestBinaries.run("acsctl", ["clock", "advance", "soon"])
        #expect(result.status == 64)
    }

    @Test("clock advance on a simulated daemon")
    func clock() async throws {
        let daemon = try await TestDaemon.start(arguments: ["--simulated-clock", "2026-01-01T00:00:00Z"])
        defer { daemon.kill() }
        let result = try await TestBinaries.run("acsctl", ["clock", "advance", "2d", "--socket", daemon.socketPath])
        #expect(result.status == 0)
        #expect(result.stdout == "2026-01-03T00:00:00Z (simulated)\n")
    }
}
