import ACSCore
@testable import ACSJournal
import ACSClient
import ACSWire
import ACSTesting
import Foundation
import Testing

@Suite("Audit journal")
struct AuditJournalTests {
    @Test("an entry sent with sd_journal_sendv reads back with its ACS_* fields")
    func roundTrip() async throws {
        TestJournal.ensureRunning()
        let journal = AuditJournal(identifier: "acsd-test")
        let marker = UUID().uuidString
        #expect(journal.record(.clockChanged, message: "test entry\nwith a second line", fields: [
            (name: "ACCOUNT", value: "A-1001"), (name: "CURRENCY", value: "USD"), (name: "MARKER", value: marker), (name: "amount_minor", value: "1234"),
        ]))
        let entries = try await TestJournal.waitForEntries(matching: ["ACS_MARKER": marker])
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry.fields["MESSAGE"] == "test entry\nwith a second line")
        #expect(entry.fields["MESSAGE_ID"] == AuditEventKind.clockChanged.messageID)
        #expect(entry.fields["PRIORITY"] == "5")
        #expect(entry.fields["SYSLOG_IDENTIFIER"] == "acsd-test")
        #expect(entry.fields["ACS_EVENT"] == "clock.changed")
        #expect(entry.fields["ACS_ACCOUNT"] == "A-1001")
        #expect(entry.fields["ACS_AMOUNT_MINOR"] == "1234")
        #expect(entry.fields["ACS_CURRENCY"] == "USD")
        #expect(journal.writes == 1)
        #expect(journal.failures == 0)
    }

    @Test("an entry holds the standard fields, the event's in their order, then the call's; the event's win a name both have")
    func fieldOrder() {
        let journal = AuditJournal(identifier: "acsd-test")
        let own = [(name: "ACCOUNT", value: "7"), (name: "REQUEST_ID", value: "own"), (name: "STAGE", value: "late"), (name: "amount minor", value: "5")]
        let fields = journal.fields(.clockChanged, message: "moved", fields: own,
                                    adding: [(name: "CALLER_UID", value: "0"), (name: "REQUEST_ID", value: "call-1")])
        #expect(fields == [
            "MESSAGE=moved", "MESSAGE_ID=\(AuditEventKind.clockChanged.messageID)", "PRIORITY=5", "SYSLOG_IDENTIFIER=acsd-test",
            "ACS_EVENT=clock.changed", "ACS_ACCOUNT=7", "ACS_REQUEST_ID=own", "ACS_STAGE=late", "ACS_AMOUNT_MINOR=5", "ACS_CALLER_UID=0",
        ])
    }

    @Test("every event type has a distinct name and a 128-bit MESSAGE_ID")
    func catalogue() {
        let kinds = AuditEventKind.all
        #expect(Set(kinds.map(\.name)).count == kinds.count)
        #expect(Set(kinds.map(\.messageID)).count == kinds.count)
        for kind in kinds {
            #expect(kind.messageID.count == 32 && kind.messageID.allSatisfy(\.isHexDigit) && kind.messageID == kind.messageID.lowercased())
        }
    }

    @Test("with journald gone or dead acsd keeps serving and Status counts the failures", arguments: [false, true])
    func journaldDown(stale: Bool) async throws {
        let launcher = stale ? try TestDaemon.withStaleJournald() : TestDaemon.withoutJournald
        let daemon = try await TestDaemon.start(launcher: launcher)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let status = try await client.status()
        #expect(status.auditWriteFailures >= 1)
        #expect(status.auditWrites == 0)
        #expect(daemon.log.contains("journald refused audit entry daemon.started"))
        #expect(try await client.ping([1]) == [1])
        await client.close()
    }
}

@Suite("Audit required")
struct AuditRequiredTests {
    @Test("with audit: required and journald gone, changes are refused UNAVAILABLE and reads go on", arguments: [false, true])
    func required(stale: Bool) async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = directory.appendingPathComponent("acsd.yaml").path
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("policies"), withIntermediateDirectories: true)
        try "audit: required\nallow_empty_policies: true\n".write(toFile: config, atomically: true, encoding: .utf8)
        let launcher = stale ? try TestDaemon.withStaleJournald() : TestDaemon.withoutJournald
        let daemon = try await TestDaemon.start(arguments: ["--config", config], directory: directory, launcher: launcher)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        await #expect {
            try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [PaymentsRPCTests.record("R-1")]))
        } throws: { ($0 as? ACSError)?.code == .unavailable }
        let status = try await client.status()
        #expect(status.accountCount == 0)
        #expect(try await client.call(Methods.Accounts.listAccounts, V1.ListAccountsRequest()).accounts.isEmpty)
        await client.close()
    }

    @Test("with audit: required and journald running, changes go through")
    func requiredAndRunning() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = directory.appendingPathComponent("acsd.yaml").path
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("policies"), withIntermediateDirectories: true)
        try "audit: required\nallow_empty_policies: true\n".write(toFile: config, atomically: true, encoding: .utf8)
        let daemon = try await TestDaemon.start(arguments: ["--config", config], directory: directory)
        defer { daemon.kill() }
        let client = try await daemon.connect()
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [PaymentsRPCTests.record("R-1")]))
        #expect(sync.createdCount == 1)
        await client.close()
    }
}

@Suite("Audit catalog in journald")
struct AuditCatalogJournaldTests {
    @Test("journalctl compiles the catalog and lists every event")
    func journalctlReadsCatalog() async throws {
        let root = try TestDaemon.makeScratchDirectory()
        let catalogs = root.appendingPathComponent("usr/lib/systemd/catalog")
        try FileManager.default.createDirectory(at: catalogs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("var/lib/systemd/catalog"), withIntermediateDirectories: true)
        try AuditCatalog.journaldCatalog().write(to: catalogs.appendingPathComponent("acsd.catalog"), atomically: true, encoding: .utf8)
        let update = try await TestBinaries.runTool("/bin/journalctl", ["--root", root.path, "--update-catalog"])
        #expect(update.status == 0, "\(update.stderr)")
        let list = try await TestBinaries.runTool("/bin/journalctl", ["--root", root.path, "--list-catalog"])
        for kind in AuditEventKind.all {
            #expect(list.stdout.contains("\(kind.messageID) acs: acsd \(kind.name)"))
        }
    }
}
