import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// The agency round trip through a real acsd (issue 18): the placement file carries recalls
/// as well as new placements, and an agency's return file (payments collected, status
/// updates, closures) imports idempotently, record by record.
@Suite("Agency round trip")
struct AgencyRoundTripTests {
    static func start() async throws -> (TestDaemon, ACSClient) {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["test.yaml": CollectionEngineRPCTests.policy],
                                            configuration: "agencies:\n  acme: { commission_bp: 2000 }\n  other: { commission_bp: 1000 }\n")
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-02T12:00:00Z"], directory: directory)
        return (daemon, try await daemon.connect())
    }

    static func place(_ client: ACSClient, _ id: String) async throws -> String {
        let account = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record(id, zone: "America/New_York")])).results[0].accountId
        _ = try await client.call(Methods.Collections.placeAccount, V1.PlaceAccountRequest(account: V1.AccountRef(id: account), agency: "acme", reason: "day 60"))
        return account
    }

    static func export(_ client: ACSClient) async throws -> [V1.PlacementRecord] {
        try await client.callStream(Methods.Collections.exportPlacements, V1.ExportPlacementsRequest(agency: "acme")).flatMap(\.records)
    }

    @Test("a recall of an exported placement goes out once in the next file; one never exported goes out nowhere")
    func recallFile() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let a = try await Self.place(client, "RA")
        let b = try await Self.place(client, "RB")
        let first = try await Self.export(client)
        #expect(first.map { "\($0.account?.id ?? "") \($0.action.name)" } == ["\(a) place", "\(b) place"])
        let c = try await Self.place(client, "RC")
        for account in [a, c] {
            _ = try await client.call(Methods.Collections.recallAccount, V1.RecallAccountRequest(account: V1.AccountRef(id: account), reason: "hardship"))
        }
        let second = try await Self.export(client)
        #expect(second.map { "\($0.account?.id ?? "") \($0.action.name) \($0.placement?.recallReason.name ?? "")" } == ["\(a) recall manual"],
                "the recall of A; C was never exported, so the agency never had it")
        #expect(second.first?.placement?.recallExportId.isEmpty == false)
        #expect(try await Self.export(client).isEmpty, "a recall goes out once")
        let file = try await TestBinaries.run("acsctl", ["escalations", "export", "--agency", "acme", "--export-id", second.first?.placement?.recallExportId ?? "",
                                                          "--socket", daemon.socketPath])
        let lines = file.stdout.split(separator: "\n")
        #expect(file.status == 0 && lines.count == 2 && lines[0].hasSuffix(",action,recall_reason") && lines[1].hasSuffix(",recall,manual"), "\(file.stdout)")
    }

    @Test("a return file: a payment posted as an agency payment, a status, a closure; imported twice, nothing twice; bad records refused alone")
    func returnFile() async throws {
        let (daemon, client) = try await Self.start()
        defer { daemon.kill() }
        let a = try await Self.place(client, "TA")
        let b = try await Self.place(client, "TB")
        let never = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(
            accounts: [CollectionEngineRPCTests.record("TN", zone: "America/New_York")])).results[0].accountId
        let records = [
            V1.AgencyReturnRecord(reference: "ACME-1", kind: .payment, account: V1.AccountRef(id: a), amount: V1.Money(amountMinor: 4_000, currency: "USD"),
                                  receivedAt: "2026-03-02T10:00:00Z", note: "card by phone"),
            V1.AgencyReturnRecord(reference: "ACME-2", kind: .status, account: V1.AccountRef(id: a), status: "promise_to_pay"),
            V1.AgencyReturnRecord(reference: "ACME-3", kind: .closure, account: V1.AccountRef(id: b), status: "unable_to_locate"),
            V1.AgencyReturnRecord(reference: "ACME-4", kind: .status, account: V1.AccountRef(id: never), status: "contacted"),
            V1.AgencyReturnRecord(reference: "", kind: .status, account: V1.AccountRef(id: a), status: "contacted"),
            V1.AgencyReturnRecord(reference: "ACME-6", kind: .payment, account: V1.AccountRef(id: a), amount: V1.Money(amountMinor: 0, currency: "USD")),
            V1.AgencyReturnRecord(reference: String(repeating: "R", count: 121), kind: .payment, account: V1.AccountRef(id: a),
                                  amount: V1.Money(amountMinor: 100, currency: "USD")),
        ]
        let first = try await client.call(Methods.Collections.importAgencyReturn, V1.ImportAgencyReturnRequest(agency: "acme", records: records))
        #expect(first.applied == 3 && first.replayed == 0 && first.refused == 4, "\(first.results.map { ($0.reference, $0.status?.message ?? "") })")
        #expect(first.results[3].status?.code == .failedPrecondition && first.results[4].status?.code == .invalidArgument
                && first.results[5].status?.code == .invalidArgument)
        #expect(first.results[6].status?.code == .invalidArgument && first.results[6].status?.message.contains("reference") == true,
                "a reference too long for the payment's key is refused by its own name")
        let paymentID = first.results[0].paymentId
        let payment = try #require(try await client.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(account: V1.AccountRef(id: a))).payments.first)
        #expect(payment.id == paymentID && payment.agency == "acme" && payment.agencyCommissionBp == 2_000 && payment.amount?.amountMinor == 4_000)
        let placements = try await client.call(Methods.Collections.listPlacements, V1.ListPlacementsRequest(agency: "acme")).placements
        let placedA = try #require(placements.first { $0.accountId == a })
        let placedB = try #require(placements.first { $0.accountId == b })
        #expect(placedA.agencyStatus == "promise_to_pay" && placedA.status == .active)
        #expect(placedB.status == .recalled && placedB.recallReason == .agencyClosed && placedB.agencyStatus == "closed: unable_to_locate")

        let again = try await client.call(Methods.Collections.importAgencyReturn, V1.ImportAgencyReturnRequest(agency: "acme", records: Array(records.prefix(3))))
        #expect(again.applied == 0 && again.replayed == 3 && again.results[0].paymentId == paymentID)
        #expect(try await client.call(Methods.Payments.listPayments, V1.ListPaymentsRequest(account: V1.AccountRef(id: a))).payments.count == 1)
        var changed = records[0]
        changed.amount?.amountMinor = 4_001
        let conflict = try await client.call(Methods.Collections.importAgencyReturn, V1.ImportAgencyReturnRequest(agency: "acme", records: [changed]))
        #expect(conflict.refused == 1 && conflict.results[0].status?.code == .aborted)
        // A status equal to Swift but not byte for byte (combining marks in another order) is other content.
        var marked = records[1]
        (marked.reference, marked.status) = ("ACME-M", "called a\u{323}\u{301}")
        #expect(try await client.call(Methods.Collections.importAgencyReturn, V1.ImportAgencyReturnRequest(agency: "acme", records: [marked])).applied == 1)
        marked.status = "called a\u{301}\u{323}"
        let reordered = try await client.call(Methods.Collections.importAgencyReturn, V1.ImportAgencyReturnRequest(agency: "acme", records: [marked]))
        #expect(reordered.refused == 1 && reordered.results[0].status?.code == .aborted, "\(reordered.results.map { $0.status?.message ?? "" })")
        // A record may name its account by pay token; the same reference for another account's token is no replay.
        func token(_ account: String) async throws -> String {
            try await client.call(Methods.Accounts.getPayToken, V1.GetPayTokenRequest(account: V1.AccountRef(id: account))).token
        }
        func status(_ account: String) async throws -> V1.AgencyReturnRecord {
            V1.AgencyReturnRecord(reference: "ACME-T", kind: .status, account: V1.AccountRef(payToken: try await token(account)), status: "contacted")
        }
        let byToken = try await client.call(Methods.Collections.importAgencyReturn, V1.ImportAgencyReturnRequest(agency: "acme", records: [try await status(a)]))
        #expect(byToken.applied == 1, "\(byToken.results.map { $0.status?.message ?? "" })")
        let otherToken = try await client.call(Methods.Collections.importAgencyReturn, V1.ImportAgencyReturnRequest(agency: "acme", records: [try await status(b)]))
        #expect(otherToken.refused == 1 && otherToken.results[0].status?.code == .aborted, "\(otherToken.results.map { $0.status?.message ?? "" })")
        // An amount beyond what acs accepts is refused with the request, as in every request.
        var huge = records[0]
        huge.amount?.amountMinor = Int64.max
        await #expect { try await client.call(Methods.Collections.importAgencyReturn, V1.ImportAgencyReturnRequest(agency: "acme", records: [huge])) }
            throws: { ($0 as? ACSError)?.code == .invalidArgument && ($0 as? ACSError)?.message.contains("records[0].amount") == true }

        // From the command line: a CSV return file, twice.
        let csv = daemon.stateDirectory + "/../return.csv"
        try "reference,kind,account,amount,currency,received_at,status,note\nACME-10,payment,billing:TA,10.00,USD,,,\nACME-11,status,billing:TA,,,,skip_trace,new address\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let run = try await TestBinaries.run("acsctl", ["escalations", "import-return", "--agency", "acme", csv, "--socket", daemon.socketPath])
        #expect(run.status == 0 && run.stdout.contains("2 applied, 0 imported before, 0 refused"), "\(run.stdout)\(run.stderr)")
        let rerun = try await TestBinaries.run("acsctl", ["escalations", "import-return", "--agency", "acme", csv, "--socket", daemon.socketPath])
        #expect(rerun.status == 0 && rerun.stdout.contains("0 applied, 2 imported before, 0 refused"), "\(rerun.stdout)\(rerun.stderr)")
        let wrongAgency = try await client.call(Methods.Collections.importAgencyReturn, V1.ImportAgencyReturnRequest(agency: "other", records: [records[1]]))
        #expect(wrongAgency.results[0].status?.code == .failedPrecondition, "never placed with that agency")

        let pid = String(daemon.process.processIdentifier)
        let status = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_EVENT": "placement.status"], count: 3)
        #expect(status.contains { $0.fields["ACS_REFERENCE"] == "ACME-2" && $0.fields["ACS_STATUS"] == "promise_to_pay" })
        let recalled = try await TestJournal.waitForEntries(matching: ["_PID": pid, "ACS_EVENT": "escalation.recalled", "ACS_ACCOUNT": b])
        #expect(recalled.first?.fields["ACS_REASON"] == "agency_closed")
    }
}
