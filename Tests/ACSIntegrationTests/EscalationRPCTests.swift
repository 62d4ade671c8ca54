import ACSClient
import ACSCore
import ACSJournal
import ACSTesting
import ACSWire
import Foundation
import Testing

/// Promises, fees, tasks and placements through a real acsd on a simulated clock.
@Suite("Escalation over RPC")
struct EscalationRPCTests {
    static let policy = """
        id: esc
        segments: [retail]
        profile: us
        validation_notice: none
        promise_grace_days: 3
        stages:
          - { name: overdue, days_past_due: 1, actions: [{ type: remind, channel: email, template: overdue }] }
          - name: day-10
            days_past_due: 10
            actions:
              - { type: fee, fixed: { USD: "25.00" } }
              - { type: escalate_person, queue: collectors, task_due_days: 2 }
          - { name: day-20, days_past_due: 20, actions: [{ type: escalate_agency, agency: acme }] }
        """

    static func start() async throws -> (TestDaemon, ACSClient, [String]) {
        let directory = try TestDaemon.makeScratchDirectory()
        let config = try TestPolicies.write(in: directory, policies: ["esc.yaml": Self.policy],
                                            configuration: "agencies:\n  acme: { commission_bp: 2000 }\n")
        let daemon = try await TestDaemon.start(arguments: ["--config", config, "--simulated-clock", "2026-03-02T15:00:00Z"], directory: directory)
        let client = try await daemon.connect()
        let sync = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: ["A", "B", "C", "D"].map {
            ReportsRPCTests.account($0, segment: "retail", [("\($0)1", 10_000, "USD", "2026-02-01", "2026-03-01")])
        }))
        return (daemon, client, sync.results.map(\.accountId))
    }

    static func at(_ client: ACSClient, _ time: String) async throws -> V1.CycleSummary {
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: time))
        return try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest()).summary!
    }

    static func promise(_ client: ACSClient, _ account: String, _ minor: Int64, by day: String) async throws -> V1.RecordPromiseResponse {
        try await client.call(Methods.Collections.recordPromise, V1.RecordPromiseRequest(
            account: V1.AccountRef(id: account), amount: V1.Money(amountMinor: minor, currency: "USD"), promisedOn: day, source: "collector"))
    }

    static func pay(_ client: ACSClient, _ account: String, _ minor: Int64, key: String, agency: String = "") async throws {
        _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
            idempotencyKey: key, account: V1.AccountRef(id: account), amount: V1.Money(amountMinor: minor, currency: "USD"), agency: agency)))
    }

    @Test("a promise pauses reminders; kept on its last grace day, broken one day late")
    func promises() async throws {
        let (daemon, client, ids) = try await Self.start()
        defer { daemon.kill() }
        let first = try await Self.at(client, "2026-03-02T15:00:00Z")
        #expect(first.remindersScheduled == 4)
        let recorded = try await Self.promise(client, ids[0], 3_000, by: "2026-03-05")
        #expect(recorded.remindersCancelled == 1 && recorded.promise?.status == .pending && recorded.promise?.graceDays == 3)
        _ = try await Self.promise(client, ids[1], 3_000, by: "2026-03-05")
        await #expect { try await Self.promise(client, ids[2], 3_000, by: "2026-03-01") } throws: { ($0 as? ACSError)?.code == .invalidArgument }

        // A pays on the last day of grace (5 March + 3 = 8 March), B one day later.
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-03-08T20:00:00Z"))
        try await Self.pay(client, ids[0], 3_000, key: "a-promise")
        let day9 = try await Self.at(client, "2026-03-09T15:00:00Z")
        try await Self.pay(client, ids[1], 3_000, key: "b-late")
        let after = try await Self.at(client, "2026-03-09T16:00:00Z")
        #expect(day9.promisesKept == 1 && day9.promisesBroken == 1 && after.promisesKept == 0)
        let listed = try await client.call(Methods.Collections.listPromises, V1.ListPromisesRequest())
        #expect(Dictionary(uniqueKeysWithValues: listed.promises.map { ($0.accountId, $0.status) }) == [ids[0]: .kept, ids[1]: .broken])
        #expect(listed.stats?.kept == 1 && listed.stats?.broken == 1 && listed.stats?.keptRate == V1.Ratio(numerator: 1, denominator: 2))
        let kpis = try await client.call(Methods.Reports.kpis, V1.KpisRequest(periodStart: "2026-03-01", periodEnd: "2026-03-31"))
        #expect(kpis.promises?.kept == 1 && kpis.promises?.broken == 1 && kpis.promises?.pending == 0)
        let early = try await client.call(Methods.Reports.kpis, V1.KpisRequest(periodStart: "2026-03-01", periodEnd: "2026-03-05"))
        #expect(early.promises?.pending == 2 && early.promises?.kept == 0, "on 5 March both were pending")
    }

    @Test("a payment received before a promise or plan was made but posted after it (a late webhook or bank file) counts for it")
    func paidBeforeReportedLate() async throws {
        let (daemon, client, ids) = try await Self.start()
        defer { daemon.kill() }
        _ = try await Self.at(client, "2026-03-02T15:00:00Z")
        _ = try await Self.promise(client, ids[0], 4_000, by: "2026-03-05")
        _ = try await Self.plan(client, ids[1], [(5_000, "2026-03-04"), (5_000, "2026-03-20")])
        // Both paid at 14:00, an hour before the promise and the plan, and reported now.
        for (index, id) in ids.prefix(2).enumerated() {
            _ = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
                idempotencyKey: "late-\(index)", account: V1.AccountRef(id: id), amount: V1.Money(amountMinor: 5_000, currency: "USD"),
                receivedAt: "2026-03-02T14:00:00Z")))
        }
        _ = try await Self.at(client, "2026-03-03T15:00:00Z")
        let promise = try await client.call(Methods.Collections.listPromises, V1.ListPromisesRequest(account: V1.AccountRef(id: ids[0]))).promises
        #expect(promise.first?.paid?.amountMinor == 5_000, "\(promise)")
        let plan = try await client.call(Methods.Collections.getPaymentPlan, V1.GetPaymentPlanRequest(account: V1.AccountRef(id: ids[1]))).plan
        #expect(plan?.instalments.map(\.status) == [.paid, .pending], "\(plan?.instalments ?? [])")
    }

    @Test("fees once per obligation and stage whatever the cycles do, none under bankruptcy; tasks; placement, agency payment and recall")
    func feesTasksPlacements() async throws {
        let (daemon, client, ids) = try await Self.start()
        defer { daemon.kill() }
        _ = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: V1.AccountRef(id: ids[2]), kind: .bankruptcy, reason: "ch. 7"))
        _ = try await Self.at(client, "2026-03-02T15:00:00Z")
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-03-11T15:00:00Z"))
        async let one = client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        async let two = client.call(Methods.Collections.runCycle, V1.RunCycleRequest())
        let (c1, c2) = try await (one.summary!, two.summary!)
        #expect(c1.feesCharged + c2.feesCharged == 3 && c1.tasksCreated + c2.tasksCreated == 3, "A, B and D; C is in bankruptcy")
        _ = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: []))
        _ = try await client.call(Methods.System.advanceClock, V1.AdvanceClockRequest(seconds: 3600))
        try await Self.pay(client, ids[3], 100, key: "d-partial")  // D is due again: its stage owes nothing new
        let again = try await client.call(Methods.Collections.runCycle, V1.RunCycleRequest()).summary!
        #expect(again.feesCharged == 0 && again.tasksCreated == 0)
        for (index, id) in ids.enumerated() {
            let account = try await client.call(Methods.Accounts.getAccount, V1.GetAccountRequest(account: V1.AccountRef(id: id))).account!
            let fees = account.obligations.filter { $0.kind == .fee }
            #expect(fees.map { $0.amount?.amountMinor } == (index == 2 ? [] : [2_500]), "account \(index)")
        }

        let tasks = try await client.call(Methods.Collections.listTasks, V1.ListTasksRequest(queue: "collectors")).tasks
        #expect(tasks.count == 3 && tasks.allSatisfy { $0.dueOn == "2026-03-13" && $0.status == .open && $0.account?.id != nil })
        let claimed = try await client.call(Methods.Collections.claimTask, V1.ClaimTaskRequest(queue: "collectors", assignee: "sam")).task!
        await #expect { try await client.call(Methods.Collections.claimTask, V1.ClaimTaskRequest(taskId: claimed.id, assignee: "kim")) }
            throws: { ($0 as? ACSError)?.code == .failedPrecondition }
        let done = try await client.call(Methods.Collections.completeTask, V1.CompleteTaskRequest(taskId: claimed.id, outcome: .noContact, note: "voicemail"))
        #expect(done.task?.status == .done && done.task?.outcome == .noContact)

        // Day 21: A, B and D go to the agency; C (bankruptcy) does not.
        let day21 = try await Self.at(client, "2026-03-22T15:00:00Z")
        #expect(day21.accountsPlaced == 3)
        let placed = try await client.call(Methods.Collections.listPlacements, V1.ListPlacementsRequest(agency: "acme", unexportedOnly: true)).placements
        #expect(Set(placed.map(\.accountId)) == [ids[0], ids[1], ids[3]] && placed.allSatisfy { $0.automatic && $0.stage == "day-20" })
        await #expect { try await client.call(Methods.Collections.placeAccount, V1.PlaceAccountRequest(account: V1.AccountRef(id: ids[0]), agency: "acme", reason: "again")) }
            throws: { ($0 as? ACSError)?.code == .alreadyExists }
        await #expect { try await client.call(Methods.Collections.placeAccount, V1.PlaceAccountRequest(account: V1.AccountRef(id: ids[2]), agency: "acme", reason: "x")) }
            throws: { ($0 as? ACSError)?.code == .failedPrecondition }

        // The agency collects A in full (principal and fee): recalled, paid in full.
        let agencyPayment = try await client.call(Methods.Payments.postPayment, V1.PostPaymentRequest(payment: V1.NewPayment(
            idempotencyKey: "acme-a", account: V1.AccountRef(id: ids[0]), amount: V1.Money(amountMinor: 12_500, currency: "USD"), agency: "acme"))).payment!
        #expect(agencyPayment.agency == "acme" && agencyPayment.agencyCommissionBp == 2_000 && agencyPayment.agencyCommission?.amountMinor == 2_500)
        await #expect { try await Self.pay(client, ids[1], 100, key: "x", agency: "nobody") } throws: { ($0 as? ACSError)?.violations.first?.field == "payment.agency" }
        let a = try await client.call(Methods.Collections.listPlacements, V1.ListPlacementsRequest(account: V1.AccountRef(id: ids[0]))).placements.first!
        #expect(a.status == .recalled && a.recallReason == .paidInFull && a.collected.map(\.amountMinor) == [12_500])
        let kpis = try await client.call(Methods.Reports.kpis, V1.KpisRequest(periodStart: "2026-03-01", periodEnd: "2026-03-31"))
        #expect(kpis.currencies.first?.collectedByAgencies?.amountMinor == 12_500 && kpis.currencies.first?.feesCharged?.amountMinor == 7_500)
        // A dispute takes B back.
        let hold = try await client.call(Methods.Accounts.setHold, V1.SetHoldRequest(account: V1.AccountRef(id: ids[1]), kind: .dispute, reason: "says paid"))
        #expect(hold.recalled)
        let b = try await client.call(Methods.Collections.recallAccount, V1.RecallAccountRequest(account: V1.AccountRef(id: ids[3]), reason: "wrong agency"))
        #expect(b.placement?.recallReason == .manual)
        await #expect { try await client.call(Methods.Collections.recallAccount, V1.RecallAccountRequest(account: V1.AccountRef(id: ids[3]), reason: "again")) }
            throws: { ($0 as? ACSError)?.code == .notFound }
    }

    @Test("the placement file holds exactly the accounts placed and not yet exported, streamed in chunks")
    func export() async throws {
        let (daemon, client, _) = try await Self.start()
        defer { daemon.kill() }
        let many = (0..<150).map { ReportsRPCTests.account("P\($0)", segment: "retail", [("P\($0)-1", 1_000, "USD", "2026-01-01", "2026-01-31")]) }
        let ids = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: many)).results.map(\.accountId)
        for id in ids {
            _ = try await client.call(Methods.Collections.placeAccount, V1.PlaceAccountRequest(account: V1.AccountRef(id: id), agency: "acme", reason: "test"))
        }
        let dry = try await client.callStream(Methods.Collections.exportPlacements, V1.ExportPlacementsRequest(agency: "acme", dryRun: true))
        #expect(dry.flatMap(\.records).count == 150 && dry.last?.exportId == "")
        let first = try await client.callStream(Methods.Collections.exportPlacements, V1.ExportPlacementsRequest(agency: "acme"))
        #expect(first.map(\.records.count) == [100, 50] && first.last?.done == true && first.last?.recordCount == 150)
        #expect(first.flatMap(\.records).map { $0.account?.id } == ids, "by account id, each exactly once")
        let exportID = try #require(first.last?.exportId)
        #expect(!exportID.isEmpty && first.allSatisfy { $0.exportId == exportID })
        let second = try await client.callStream(Methods.Collections.exportPlacements, V1.ExportPlacementsRequest(agency: "acme"))
        #expect(second.flatMap(\.records).isEmpty, "nothing is placed twice")
        let again = try await client.callStream(Methods.Collections.exportPlacements, V1.ExportPlacementsRequest(agency: "acme", exportId: exportID))
        #expect(again.flatMap(\.records).count == 150)

        let late = try await client.call(Methods.Accounts.syncAccounts, V1.SyncAccountsRequest(accounts: [
            ReportsRPCTests.account("LATE", segment: "retail", [("L-1", 1_000, "USD", "2026-01-01", "2026-01-31")])])).results[0].accountId
        _ = try await client.call(Methods.Collections.placeAccount, V1.PlaceAccountRequest(account: V1.AccountRef(id: late), agency: "acme", reason: "t"))
        let file = try await TestBinaries.run("acsctl", ["escalations", "export", "--agency", "acme", "--format", "csv", "--socket", daemon.socketPath])
        let lines = file.stdout.split(separator: "\n")
        #expect(file.status == 0 && lines.count == 2 && lines[0].hasPrefix("placement_id,account_id,source,external_id,name"))
        #expect(lines[1].contains(",erp,LATE,Debtor LATE,late@example.com,") && lines[1].contains("L-1 10.00 USD due 2026-01-31"))
        let jsonl = try await TestBinaries.run("acsctl", ["escalations", "export", "--agency", "acme", "--format", "jsonl", "--socket", daemon.socketPath])
        #expect(jsonl.status == 0 && jsonl.stdout.isEmpty && jsonl.stderr.contains("0 placements"))
        await #expect { _ = try await client.callStream(Methods.Collections.exportPlacements, V1.ExportPlacementsRequest(agency: "nobody")) }
            throws: { ($0 as? ACSError)?.code == .invalidArgument }
    }

    static func plan(_ client: ACSClient, _ account: String, _ instalments: [(Int64, String)]) async throws -> V1.CreatePaymentPlanResponse {
        try await client.call(Methods.Collections.createPaymentPlan, V1.CreatePaymentPlanRequest(
            account: V1.AccountRef(id: account),
            instalments: instalments.map { V1.PlannedInstalment(amount: V1.Money(amountMinor: $0.0, currency: "USD"), dueOn: $0.1) }))
    }

    @Test("payment plans: refused unless they sum and ascend; the policy waits; instalment reminders; missed, broken, completed, cancelled")
    func plans() async throws {
        let (daemon, client, ids) = try await Self.start()
        defer { daemon.kill() }
        _ = try await Self.at(client, "2026-03-02T15:00:00Z")
        await #expect { try await Self.plan(client, ids[0], [(6_000, "2026-03-10"), (3_000, "2026-03-20")]) } throws: {
            ($0 as? ACSError)?.code == .invalidArgument && ($0 as? ACSError)?.message.contains("add up to 9000") == true
        }
        await #expect { try await Self.plan(client, ids[0], [(5_000, "2026-03-20"), (5_000, "2026-03-10")]) } throws: {
            ($0 as? ACSError)?.violations.first?.field == "instalments[1].due_on"
        }
        _ = try await Self.promise(client, ids[0], 1_000, by: "2026-03-05")
        let created = try await Self.plan(client, ids[0], [(5_000, "2026-03-10"), (5_000, "2026-03-20")])
        #expect(created.plan?.status == .active && created.plan?.graceDays == 5)
        let promises = try await client.call(Methods.Collections.listPromises, V1.ListPromisesRequest(account: V1.AccountRef(id: ids[0]))).promises
        #expect(promises.first?.status == .cancelled, "a plan cancels the pending promise")
        await #expect { try await Self.plan(client, ids[0], [(10_000, "2026-03-10")]) } throws: { ($0 as? ACSError)?.code == .alreadyExists }
        let pending = try await client.call(Methods.Reminders.listDueReminders, V1.ListDueRemindersRequest(
            account: V1.AccountRef(id: ids[1]), statuses: [.scheduled, .deferred])).reminders
        let second = try await Self.plan(client, ids[1], [(10_000, "2026-03-12")])
        #expect(!pending.isEmpty && second.remindersCancelled == UInt32(pending.count), "a plan cancels the reminders not yet claimed")
        let cancelled = try await Self.plan(client, ids[2], [(10_000, "2026-03-15")]).plan!
        _ = try await client.call(Methods.Collections.cancelPaymentPlan, V1.CancelPaymentPlanRequest(planId: cancelled.id, reason: "debtor asked"))

        let day7 = try await Self.at(client, "2026-03-07T15:00:00Z")
        let aReminders = { try await CollectionEngineRPCTests.reminders(client, account: ids[0]).filter { $0.stage.hasPrefix("plan-") } }
        #expect(try await aReminders().map(\.templateName) == ["instalment-due"], "three days before instalment 1")
        #expect(day7.remindersScheduled >= 1)
        _ = try await client.call(Methods.System.setClock, V1.SetClockRequest(time: "2026-03-09T15:00:00Z"))
        try await Self.pay(client, ids[0], 5_000, key: "a-i1")
        try await Self.pay(client, ids[1], 10_000, key: "b-all")
        let day11 = try await Self.at(client, "2026-03-11T15:00:00Z")
        #expect(day11.plansCompleted == 1, "B paid its only instalment")
        #expect(day11.feesCharged == 2 && day11.tasksCreated == 2, "C (its plan cancelled) and D follow the policy at day 10; A's plan is current")
        _ = try await Self.at(client, "2026-03-17T15:00:00Z")
        _ = try await Self.at(client, "2026-03-21T15:00:00Z")
        #expect(try await aReminders().map(\.templateName) == ["instalment-due", "instalment-due", "instalment-late"])
        let day25 = try await Self.at(client, "2026-03-25T15:00:00Z")
        #expect(day25.plansBroken == 0, "the last day of grace")
        let day26 = try await Self.at(client, "2026-03-26T15:00:00Z")
        #expect(day26.plansBroken == 1 && day26.accountsPlaced == 1, "broken: the policy resumes where the debt is (day 20: the agency)")
        let a = try await client.call(Methods.Collections.getPaymentPlan, V1.GetPaymentPlanRequest(planId: created.plan!.id)).plan!
        #expect(a.status == .broken && a.instalments.map(\.status) == [.paid, .missed] && a.instalments.map { $0.paid?.amountMinor } == [5_000, 0])
        await #expect { try await client.call(Methods.Collections.getPaymentPlan, V1.GetPaymentPlanRequest(account: V1.AccountRef(id: ids[0]))) }
            throws: { ($0 as? ACSError)?.code == .notFound }
    }
}
