import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Access control")
struct AccessControlTests {
    @Test("every method of the contract has its role from the proto; only health, ping and version are open")
    func everyMethodHasARole() {
        #expect(Set(ServiceCatalog.requiredRoles.keys) == ServiceCatalog.methodPaths)
        let open = ServiceCatalog.requiredRoles.filter { $0.value == nil }.keys
        #expect(Set(open) == ["/acs.v1.System/Health", "/acs.v1.System/Ping", "/acs.v1.System/Version"])
    }

    @Test("roles: root is admin, admin holds all, operator includes reader, grants by user or group")
    func roles() {
        let policy = AccessPolicy(grants: [
            .operator: .init(groups: ["acs"]), .delivery: .init(users: ["mailer", "1234"]), .admin: .init(users: ["alice"]),
        ])
        #expect(policy.roles(uid: 0, userName: "root", groups: []) == Set(Role.allCases))
        #expect(policy.roles(uid: 1000, userName: "bob", groups: [(100, "acs")]) == [.operator, .reader])
        #expect(policy.roles(uid: 1001, userName: "mailer", groups: []) == [.delivery])
        #expect(policy.roles(uid: 1234, userName: nil, groups: []) == [.delivery])
        #expect(policy.roles(uid: 1002, userName: "alice", groups: []) == Set(Role.allCases))
        #expect(policy.roles(uid: 1003, userName: "eve", groups: [(200, "users")]).isEmpty)
        #expect(ServiceCatalog.requiredRole(for: "/acs.v1.Payments/PostPayment") == .operator)
        #expect(ServiceCatalog.requiredRole(for: "/acs.v1.System/Health") == nil)
        #expect(ServiceCatalog.requiredRole(for: "/acs.v1.Future/Thing") == .admin)
    }

    @Test("a caller without the role is refused with PERMISSION_DENIED and audited; nothing changes")
    func refusedCaller() async throws {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = directory.appendingPathComponent("acsd.yaml").path
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("policies"), withIntermediateDirectories: true)
        try "allow_empty_policies: true\naccess:\n  reader:\n    groups: [nogroup]\n".write(toFile: config, atomically: true, encoding: .utf8)
        let daemon = try await TestDaemon.start(arguments: ["--config", config], directory: directory)
        defer { daemon.kill() }
        chmod(daemon.socketPath, 0o666)
        let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", TestBinaries.url("acsctl").path]
        let health = try await TestBinaries.runTool("/usr/bin/setpriv", asNobody + ["health", "--socket", daemon.socketPath])
        #expect(health.status == 0)
        let list = try await TestBinaries.runTool("/usr/bin/setpriv", asNobody + ["accounts", "list", "--socket", daemon.socketPath])
        #expect(list.status == 0, "\(list.stderr)")
        let post = try await TestBinaries.runTool("/usr/bin/setpriv", asNobody + [
            "payments", "post", "--account", "crm:X", "--amount", "1", "--currency", "USD", "--key", "k", "--socket", daemon.socketPath,
        ])
        #expect(post.status == 1)
        #expect(post.stderr.hasPrefix("acsctl: PERMISSION_DENIED: /acs.v1.Payments/PostPayment needs the operator role"))
        let clock = try await TestBinaries.runTool("/usr/bin/setpriv", asNobody + ["clock", "advance", "1d", "--socket", daemon.socketPath])
        #expect(clock.stderr.hasPrefix("acsctl: PERMISSION_DENIED"))
        let denied = try await TestJournal.waitForEntries(
            matching: ["_PID": String(daemon.process.processIdentifier), "ACS_EVENT": "access.denied"], count: 2)
        #expect(denied.first?.fields["ACS_METHOD"] == "/acs.v1.Payments/PostPayment")
        #expect(denied.first?.fields["ACS_CALLER_UID"] == "65534")
        #expect(denied.first?.fields["ACS_ROLE"] == "operator")
        #expect(denied.first?.fields["ACS_CALLER_NAME"] == "acsctl")
        let client = try await daemon.connect()
        #expect(try await client.status().accountCount == 0)
        await client.close()
    }

    @Test("without a grant, only root may call beyond health, ping and version")
    func defaultsToRootOnly() async throws {
        let daemon = try await TestDaemon.start()
        defer { daemon.kill() }
        chmod(daemon.socketPath, 0o666)
        let status = try await TestBinaries.runTool("/usr/bin/setpriv", [
            "--reuid=65534", "--regid=65534", "--clear-groups", TestBinaries.url("acsctl").path, "status", "--socket", daemon.socketPath,
        ])
        #expect(status.status == 1)
        #expect(status.stderr.contains("PERMISSION_DENIED"))
    }
}
