import ACSClient
import ACSCore
import ACSWire
import ArgumentParser
import Foundation

extension ACSCtl {
    /// `acsctl report aging|kpis|bureau`.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Aging of open balances, the KPIs of a period (formulas: docs/REPORTS.md), and credit bureau runs.",
            subcommands: [Aging.self, Kpis.self, Bureau.self])
    }
}

/// Output choices shared by the reports.
struct ReportOutput: ParsableArguments {
    @Flag(help: "Print CSV.") var csv = false
    @Option(help: "Also write a chart as SVG to this file.") var svg: String?
}

extension ACSCtl.Report {
    /// `acsctl report aging`.
    struct Aging: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open balances in aging buckets per currency (and segment, and stage).")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var output: ReportOutput
        @Option(help: "The day to age at, YYYY-MM-DD (default: today on acsd's clock).") var asOf: String = ""
        @Option(help: "Only this currency.") var currency: String = ""
        @Option(help: "Only this segment.") var segment: String = ""
        @Flag(help: "One row per segment.") var bySegment = false
        @Flag(help: "One row per policy stage.") var byStage = false

        func run() async throws {
            let request = V1.AgingRequest(asOf: asOf, currency: currency, bySegment: bySegment, byStage: byStage, segment: segment)
            let response = try await options.call(Methods.Reports.aging, request)
            if let svg = output.svg { try ReportCharts.aging(response).write(toFile: svg, atomically: true, encoding: .utf8) }
            if options.json { return try Terminal.json(response) }
            if output.csv {
                print("as_of,currency,segment,stage,bucket,amount,obligations,accounts")
                for row in response.rows {
                    for bucket in row.buckets {
                        print([response.asOf, row.currency, row.segment, row.stage, ReportText.label(bucket.bucket),
                               ReportText.decimal(bucket.amount), String(bucket.obligationCount), String(bucket.accountCount)]
                            .map(ReportText.csvField).joined(separator: ","))
                    }
                }
                return
            }
            print("Aging as of \(response.asOf)")
            for row in response.rows {
                let title = [row.currency, row.segment, row.stage.isEmpty && byStage ? "(no stage)" : row.stage].filter { !$0.isEmpty }.joined(separator: " / ")
                print("\n\(title): total \(ReportText.money(row.total))")
                let largest = row.buckets.map { $0.amount?.amountMinor ?? 0 }.max() ?? 0
                for bucket in row.buckets {
                    let amount = bucket.amount?.amountMinor ?? 0
                    print("  " + ReportText.pad(ReportText.label(bucket.bucket), 8) + ReportText.pad(ReportText.money(bucket.amount), 18, right: true)
                          + "  " + ReportText.bar(amount, of: largest, width: 30) + "  \(bucket.obligationCount) obligations, \(bucket.accountCount) accounts")
                }
            }
        }
    }

    /// `acsctl report kpis`.
    struct Kpis: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Collections KPIs of a period: money, cure rates, reminders, gate rules, roll rates.")
        @OptionGroup var options: GlobalOptions
        @OptionGroup var output: ReportOutput
        @Option(help: "First day of the period, YYYY-MM-DD.") var from: String
        @Option(help: "Last day of the period, YYYY-MM-DD (default: today on acsd's clock).") var to: String = ""
        @Option(help: "Only this currency.") var currency: String = ""
        @Option(help: "Only this segment.") var segment: String = ""

        func run() async throws {
            let request = V1.KpisRequest(periodStart: from, periodEnd: to, currency: currency, segment: segment)
            let r = try await options.call(Methods.Reports.kpis, request)
            if let svg = output.svg { try ReportCharts.kpis(r).write(toFile: svg, atomically: true, encoding: .utf8) }
            if options.json { return try Terminal.json(r) }
            if output.csv { return ReportText.kpisCSV(r) }
            ReportText.kpis(r)
        }
    }
}

/// Text for the reports: money, rates, bars.
enum ReportText {
    static func decimal(_ money: V1.Money?) -> String {
        guard let money else { return "0" }
        return Money.decimalString(money.amountMinor, exponent: Currency(code: money.currency)?.exponent ?? 2)
    }

    static func money(_ money: V1.Money?) -> String { "\(decimal(money)) \(money?.currency ?? "")" }

    static func rate(_ ratio: V1.Ratio?, percent: Bool = true) -> String {
        guard let ratio else { return "n/a" }
        let value = Ratio(ratio.numerator, ratio.denominator)
        return percent ? value.percent() : value.decimal(1)
    }

    static func label(_ bucket: V1.AgingBucket) -> String { AgingBucket(rawValue: bucket.rawValue)?.label ?? "?" }

    static func bar(_ value: Int64, of largest: Int64, width: Int) -> String {
        let filled = largest > 0 ? Int((Int128(value) * Int128(width) + Int128(largest / 2)) / Int128(largest)) : 0
        return String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let space = String(repeating: " ", count: max(0, width - text.count))
        return right ? space + text : text + space
    }

    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static func kpis(_ r: V1.KpisResponse) {
        print("KPIs from \(r.periodStart) to \(r.periodEnd)")
        for c in r.currencies {
            print("\n\(c.currency)")
            Terminal.table([
                ("  collected", money(c.collected)), ("  opening balance", money(c.openingBalance)), ("  closing balance", money(c.closingBalance)),
                ("  recovery rate", rate(c.recoveryRate)), ("  DSO (days)", rate(c.dsoDays, percent: false)),
                ("  collection effectiveness (CEI)", rate(c.cei)), ("  fees and interest charged", money(c.feesCharged)),
            ])
            let rolls = r.rollRates.filter { $0.currency == c.currency }
            print("  roll rates: " + rolls.map { "\(label($0.fromBucket))→\(label($0.toBucket)) \(rate($0.rate))" }.joined(separator: ", "))
        }
        if !r.stageCures.isEmpty {
            print("\ncure rate per stage (accounts that entered the stage in the period and then paid in full)")
            for cure in r.stageCures {
                print("  " + pad("\(cure.policyId) / \(cure.stage)", 34) + pad(rate(cure.cureRate), 9, right: true)
                      + "  \(cure.accountsCured) of \(cure.accountsEntered)")
            }
        }
        if let promises = r.promises {
            print("\npromises: \(promises.kept) kept, \(promises.broken) broken, \(promises.pending) pending; kept rate \(rate(promises.keptRate))")
        }
        print("\nreminders by channel")
        let largest = r.reminders.map { Int64($0.sent) }.max() ?? 0
        for c in r.reminders {
            print("  " + pad(c.channel.name, 7) + pad("\(c.sent) sent", 10, right: true) + "  " + bar(Int64(c.sent), of: largest, width: 24)
                  + "  \(c.deferred) deferred, \(c.suppressed) suppressed, \(c.failed) failed, \(c.cancelled) cancelled")
        }
        if !r.rules.isEmpty {
            print("\ncompliance gate by rule")
            for rule in r.rules {
                print("  " + pad(rule.ruleId, 20) + pad(rule.channel.name, 7) + "  \(rule.deferred) deferred, \(rule.suppressed) suppressed")
            }
        }
    }

    static func kpisCSV(_ r: V1.KpisResponse) {
        print("section,key,channel_or_currency,value_1,value_2,value_3,value_4,value_5")
        for c in r.currencies {
            print(["currency", "money", c.currency, decimal(c.collected), decimal(c.openingBalance), decimal(c.closingBalance), decimal(c.feesCharged), ""].joined(separator: ","))
            for (name, ratio) in [("recovery_rate", c.recoveryRate), ("dso_days", c.dsoDays), ("cei", c.cei)] {
                print(["rate", name, c.currency, String(ratio?.numerator ?? 0), String(ratio?.denominator ?? 0), "", "", ""].joined(separator: ","))
            }
        }
        for roll in r.rollRates {
            print(["roll", "\(label(roll.fromBucket))->\(label(roll.toBucket))", roll.currency, String(roll.rate?.numerator ?? 0), String(roll.rate?.denominator ?? 0), "", "", ""].joined(separator: ","))
        }
        for cure in r.stageCures {
            print(["cure", csvField("\(cure.policyId)/\(cure.stage)"), "", String(cure.accountsCured), String(cure.accountsEntered), "", "", ""].joined(separator: ","))
        }
        for c in r.reminders {
            print(["reminders", "", c.channel.name, String(c.sent), String(c.deferred), String(c.suppressed), String(c.failed), String(c.cancelled)].joined(separator: ","))
        }
        for rule in r.rules {
            print(["rule", rule.ruleId, rule.channel.name, String(rule.deferred), String(rule.suppressed), "", "", ""].joined(separator: ","))
        }
    }
}

/// Charts a person can open in a browser: plain SVG, no scripts.
enum ReportCharts {
    static func aging(_ response: V1.AgingResponse) -> String {
        var body = ""
        var y = 50
        for row in response.rows {
            let title = [row.currency, row.segment, row.stage].filter { !$0.isEmpty }.joined(separator: " / ")
            body += text(20, y, "\(escape(title)): \(escape(ReportText.money(row.total)))", bold: true)
            y += 10
            let largest = row.buckets.map { $0.amount?.amountMinor ?? 0 }.max() ?? 0
            for bucket in row.buckets {
                let amount = bucket.amount?.amountMinor ?? 0
                let width = largest > 0 ? Int(Int128(amount) * 400 / Int128(largest)) : 0
                body += text(20, y + 14, ReportText.label(bucket.bucket))
                body += "<rect x=\"90\" y=\"\(y + 2)\" width=\"\(width)\" height=\"16\" fill=\"#c0392b\"/>"
                body += text(100 + width, y + 14, escape(ReportText.money(bucket.amount)))
                y += 20
            }
            y += 25
        }
        return document(title: "Aging as of \(response.asOf)", height: y, body: body)
    }

    static func kpis(_ r: V1.KpisResponse) -> String {
        var body = ""
        var y = 50
        body += text(20, y, "Reminders by channel (sent, deferred, suppressed)", bold: true)
        y += 10
        let largest = r.reminders.map { max($0.sent, $0.deferred, $0.suppressed) }.max() ?? 0
        for channel in r.reminders {
            body += text(20, y + 14, channel.channel.name)
            for (index, (value, color)) in [(channel.sent, "#27ae60"), (channel.deferred, "#f39c12"), (channel.suppressed, "#7f8c8d")].enumerated() {
                let width = largest > 0 ? Int(value * 360 / largest) : 0
                body += "<rect x=\"90\" y=\"\(y + 2 + index * 7)\" width=\"\(width)\" height=\"6\" fill=\"\(color)\"/>"
            }
            body += text(460, y + 14, "\(channel.sent) / \(channel.deferred) / \(channel.suppressed)")
            y += 26
        }
        y += 20
        body += text(20, y, "Recovery rate per currency", bold: true)
        y += 10
        for c in r.currencies {
            let ratio = c.recoveryRate.map { Ratio($0.numerator, $0.denominator) } ?? Ratio(0, 0)
            let width = ratio.denominator > 0 ? Int(min(max(ratio.numerator * 360 / ratio.denominator, 0), 360)) : 0
            body += text(20, y + 14, c.currency)
            body += "<rect x=\"90\" y=\"\(y + 2)\" width=\"\(width)\" height=\"16\" fill=\"#2980b9\"/>"
            body += text(100 + width, y + 14, ratio.percent())
            y += 22
        }
        return document(title: "KPIs \(r.periodStart) to \(r.periodEnd)", height: y + 20, body: body)
    }

    private static func document(title: String, height: Int, body: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="720" height="\(height)" font-family="sans-serif" font-size="12">
        <rect width="100%" height="100%" fill="white"/>
        \(text(20, 25, escape(title), bold: true, size: 16))
        \(body)
        </svg>

        """
    }

    private static func text(_ x: Int, _ y: Int, _ content: String, bold: Bool = false, size: Int = 12) -> String {
        "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\"\(bold ? " font-weight=\"bold\"" : "")>\(content)</text>"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
