import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl {
    /// `acsctl plans …`.
    struct Plans: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Payment plans: turn an overdue balance into instalments.",
                                                        subcommands: [Create.self, Show.self, Cancel.self])
    }
}

/// A planned instalment on the command line: `YYYY-MM-DD:AMOUNT`.
struct InstalmentArgument: ExpressibleByArgument {
    let dueOn: String
    let amount: String

    init?(argument: String) {
        let parts = argument.split(separator: ":")
        guard parts.count == 2, LocalDate(String(parts[0])) != nil else { return nil }
        dueOn = String(parts[0])
        amount = String(parts[1])
    }
}

enum PlanText {
    static func print(_ plan: V1.PaymentPlan) {
        Swift.print("plan \(plan.id)  account \(plan.accountId)  \(plan.status.name)  total \(ReportText.money(plan.total))  grace \(plan.graceDays) days")
        for instalment in plan.instalments {
            Swift.print("  \(instalment.number). \(instalment.dueOn)  \(ReportText.money(instalment.amount))  paid \(ReportText.money(instalment.paid))  \(instalment.status.name)")
        }
    }
}

extension ACSCtl.Plans {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a payment plan; the instalments must add up to the overdue balance in their currency and their dates ascend.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "acsd's account id, or SOURCE:EXTERNAL_ID.") var account: AccountArgument
        @Option(help: "ISO 4217 currency of every instalment.") var currency: String
        @Option(name: .customLong("instalment"), help: "An instalment as YYYY-MM-DD:AMOUNT (repeat, in date order).") var instalments: [InstalmentArgument]
        @Option(help: "A note.") var note: String = ""

        func run() async throws {
            let planned = try instalments.map { V1.PlannedInstalment(amount: V1.Money(amountMinor: try PaymentInput.minorUnits($0.amount, currency: currency), currency: currency), dueOn: $0.dueOn) }
            let response = try await options.call(Methods.Collections.createPaymentPlan, V1.CreatePaymentPlanRequest(account: account.ref, instalments: planned, note: note))
            if options.json { return try Terminal.json(response) }
            response.plan.map(PlanText.print)
            Swift.print("\(response.remindersCancelled) reminders cancelled")
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A plan by id, or the account's active plan.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "The plan's id.") var id: String = ""
        @Option(help: "The account whose active plan to show.") var account: AccountArgument?

        func run() async throws {
            let response = try await options.call(Methods.Collections.getPaymentPlan, V1.GetPaymentPlanRequest(planId: id, account: account?.ref))
            if options.json { return try Terminal.json(response) }
            response.plan.map(PlanText.print)
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel an active plan; the policy resumes.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The plan's id.") var id: String
        @Option(help: "Why.") var reason: String

        func run() async throws {
            let response = try await options.call(Methods.Collections.cancelPaymentPlan, V1.CancelPaymentPlanRequest(planId: id, reason: reason))
            if options.json { return try Terminal.json(response) }
            response.plan.map(PlanText.print)
        }
    }
}
