import ACSClient
import ACSCore
import ACSJournal
import ACSWire
import ACSTesting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// acsd's side of the systemd contract, without systemd as PID 1: sd_notify to a
/// socket the test binds, and socket activation by systemd-socket-activate.
@Suite("systemd integration")
struct SystemdIntegrationTests {
    @Test("READY=1 with a STATUS line once serving, WATCHDOG=1 pings, STOPPING=1 on SIGTERM")
    func notify() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let listener = try NotifyListener(directory: directory)
        let daemon = try await TestDaemon.start(
            directory: directory, environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "200000"])
        defer { daemon.kill() }
        #expect(await listener.waitFor { $0.contains("READY=1") && $0.contains("STATUS=serving on \(daemon.socketPath)") })
        #expect(await listener.waitFor { $0 == "WATCHDOG=1" })
        try await Task.sleep(for: .milliseconds(400))
        #expect(listener.messages.filter { $0 == "WATCHDOG=1" }.count >= 3)
        let ready = try #require(listener.messages.firstIndex { $0.contains("READY=1") })
        let opening = try #require(listener.messages.firstIndex { $0.contains("STATUS=opening database") })
        #expect(opening < ready)
        #expect(try await daemon.stop() == 0)
        #expect(await listener.waitFor { $0.hasPrefix("STOPPING=1") })
    }

    @Test("no WATCHDOG_USEC, no pings")
    func noWatchdog() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let listener = try NotifyListener(directory: directory)
        let daemon = try await TestDaemon.start(directory: directory, environment: ["NOTIFY_SOCKET": listener.path])
        defer { daemon.kill() }
        #expect(await listener.waitFor { $0.contains("READY=1") })
        try await Task.sleep(for: .milliseconds(300))
        #expect(!listener.messages.contains("WATCHDOG=1"))
    }

    @Test("a socket passed by systemd (sd_listen_fds) is served instead of --socket")
    func socketActivation() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let activated = directory.appendingPathComponent("activated.sock").path
        // systemd-socket-activate closes every inherited descriptor before it execs
        // acsd, which Foundation's Process takes for an exit; a shell in between
        // keeps Process watching the right thing.
        let launcher = ["sh", "-c", "systemd-socket-activate -l '\(activated)' \"$0\" \"$@\""]
        let daemon = try await TestDaemon.start(directory: directory, launcher: launcher, serveAt: activated)
        defer { daemon.kill() }
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath))
        let client = try await ACSClient.connect(socketPath: activated)
        let status = try await client.status()
        await client.close()
        let entries = try await TestJournal.waitForEntries(
            matching: ["_PID": String(status.pid), "ACS_EVENT": "daemon.started"])
        #expect(entries.first?.fields["ACS_SOCKET"]?.contains("passed by systemd") == true)
        kill(pid_t(status.pid), SIGTERM)
        #expect(try await daemon.waitForExit() == 0)
        #expect(FileManager.default.fileExists(atPath: activated), "acsd leaves a socket it did not bind alone")
    }
}
