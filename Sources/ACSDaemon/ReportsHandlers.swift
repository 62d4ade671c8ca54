import ACSCore
import ACSPolicy
import ACSServer
import ACSStore
import ACSWire
import Foundation

/// The `acs.v1.Reports` service: aging and KPIs, computed by streaming the ledger
/// (docs/REPORTS.md has every formula).
struct ReportsHandlers: Sendable {
    let context: DaemonContext

    func register(on router: inout RPCRouter) {
        router.register(Methods.Reports.aging, aging)
        router.register(Methods.Reports.kpis, kpis)
        router.register(stream: Methods.Reports.runBureau, runBureau)
    }

    /// A credit bureau run, streamed 100 records a chunk; each record and the run are audited.
    private func runBureau(_ request: V1.RunBureauRequest, _ call: RPCContext, _ writer: RPCStreamWriter) async throws(ACSError)
        -> V1.RunBureauResponse {
        guard CreditReporting.isBureauName(request.bureau) else {
            throw .invalidArgument(field: "bureau", "is required: 1 to 64 ASCII letters, digits, '-' and '_'")
        }
        let (runID, records) = try await context.ledger.reports.bureauRun(bureau: request.bureau, dryRun: request.dryRun, at: context.clock.now())
        let messages = records.map { record in
            V1.FurnishingRecord(
                accountId: String(record.accountID), externalId: record.externalID, name: record.name, statusCode: record.statusCode,
                balance: WireMapping.money(record.balance), pastDue: WireMapping.money(record.pastDue),
                firstDelinquencyOn: record.firstDelinquencyOn?.description ?? "", disputed: record.disputed)
        }
        let last = await writer.sendChunks(messages, size: CollectionsHandlers.exportChunk) { V1.RunBureauResponse(records: $0, runId: runID) }
        if !runID.isEmpty {
            for record in records {
                context.audit(.accountFurnished, "furnished to \(request.bureau) in \(runID): status \(record.statusCode), \(record.balance)"
                              + (record.disputed ? ", disputed" : ""), call: call,
                              fields: ["ACCOUNT": String(record.accountID), "BUREAU": request.bureau, "RUN": runID, "STATUS_CODE": record.statusCode,
                                       "AMOUNT_MINOR": String(record.balance.minorUnits), "CURRENCY": record.balance.currency,
                                       "DISPUTED": record.disputed ? "1" : "0"])
            }
            context.audit(.bureauRun, "bureau run \(runID) for \(request.bureau): \(records.count) records", call: call,
                          fields: ["BUREAU": request.bureau, "RUN": runID, "RECORDS": String(records.count)])
        }
        return V1.RunBureauResponse(records: last, done: true, runId: runID, recordCount: UInt32(messages.count))
    }

    private func aging(_ request: V1.AgingRequest, _ call: RPCContext) async throws(ACSError) -> V1.AgingResponse {
        let asOf = try WireMapping.day(request.asOf, field: "as_of") ?? today
        let policies = context.policies.library.set
        let report = Locked(Result<AgingReport, ACSError>.success(AgingReport(asOf: asOf, bySegment: request.bySegment, byStage: request.byStage)))
        try await context.ledger.reports.forEachAccountObligations(segment: request.segment, currency: request.currency) { obligations in
            report.withLock { result in
                result = result.flatMap { (report) -> Result<AgingReport, ACSError> in
                    var report = report
                    return Result { () throws(ACSError) -> AgingReport in
                        try report.add(account: obligations) { segment, daysPastDue in Self.stage(policies, segment, daysPastDue) }
                        return report
                    }
                }
            }
        }
        let rows = try report.withLock { $0 }.get().rows
        return V1.AgingResponse(asOf: asOf.description, rows: try rows.keys.sorted().map { (key) throws(ACSError) in
            let cells = rows[key] ?? [:]
            return V1.AgingRow(
                currency: key.currency, segment: key.segment, stage: key.stage,
                buckets: AgingBucket.allCases.map { bucket in
                    let cell = cells[bucket] ?? AgingCell()
                    return V1.AgingBucketAmount(bucket: Self.bucket(bucket), amount: V1.Money(amountMinor: cell.amount, currency: key.currency),
                                                obligationCount: UInt64(cell.obligations), accountCount: UInt64(cell.accounts))
                },
                total: V1.Money(amountMinor: try Self.total(cells.values.map(\.amount), key.currency), currency: key.currency))
        })
    }

    /// The sum of a row's buckets; past Int64 it is OUT_OF_RANGE.
    private static func total(_ amounts: [Int64], _ currency: String) throws(ACSError) -> Int64 {
        var total: Int64 = 0
        for amount in amounts { try total.add(minorUnits: amount, "the aging report's \(currency) total") }
        return total
    }

    private func kpis(_ request: V1.KpisRequest, _ call: RPCContext) async throws(ACSError) -> V1.KpisResponse {
        guard let start = try WireMapping.day(request.periodStart, field: "period_start") else {
            throw .invalidArgument(field: "period_start", "is required: the first day of the period, YYYY-MM-DD")
        }
        let end = try WireMapping.day(request.periodEnd, field: "period_end") ?? today
        guard start <= end else { throw .invalidArgument(field: "period_end", "must not be before period_start") }
        let report = Locked(KpiReport(start: start, end: end))
        let overflow = Locked<ACSError?>(nil)
        let openAtEnd = Locked(Set<Int64>())
        try await context.ledger.reports.forEachAccountObligations(segment: request.segment, currency: request.currency) { obligations in
            report.withLock { report in
                do throws(ACSError) { for obligation in obligations { try report.add(obligation) } } catch { overflow.withLock { $0 = $0 ?? error } }
            }
            if obligations.contains(where: { ($0.open(atEndOf: end) ?? 0) > 0 }), let id = obligations.first?.accountID {
                openAtEnd.withLock { _ = $0.insert(id) }
            }
        }
        if let error = overflow.withLock({ $0 }) { throw error }
        var kpis = report.withLock { $0 }
        for payment in try await context.ledger.reports.paymentEvents(segment: request.segment, currency: request.currency) { try kpis.add(payment) }
        let (from, to) = (start.start(in: TimeZones.utc), end.adding(days: 1).start(in: TimeZones.utc))
        let figures = try await context.ledger.reports.reminderFigures(from: from, to: to, segment: request.segment)
        let entries = try await context.ledger.reports.stageEntries(segment: request.segment)
        let promises = try await context.ledger.reports.promiseFigures(from: from, to: to, segment: request.segment)
        let cures = Self.stageCures(entries, from: from, to: to, stillOpen: openAtEnd.withLock { $0 }, policies: context.policies.library.set)
        return V1.KpisResponse(
            periodStart: start.description, periodEnd: end.description,
            currencies: kpis.currencies.keys.sorted().map { currency in
                let f = kpis.currencies[currency]!
                let money = { (minor: Int64) in V1.Money(amountMinor: minor, currency: currency) }
                return V1.CurrencyKpis(
                    currency: currency, collected: money(f.collected), collectedByAgencies: money(f.collectedByAgencies), feesCharged: money(f.feesCharged),
                    recoveryRate: Self.ratio(f.recoveryRate), dsoDays: Self.ratio(f.dso(days: kpis.days)), cei: Self.ratio(f.cei),
                    openingBalance: money(f.opening), closingBalance: money(f.closing), writtenOff: money(f.writtenOff))
            },
            stageCures: cures,
            promises: WireMapping.promiseStats(promises),
            reminders: ContactChannel.allCases.map { channel in
                let c = figures.channels[channel] ?? ReminderCounts()
                return V1.ChannelReminderCounts(channel: WireMapping.wire(channel), sent: UInt64(c.sent), deferred: UInt64(c.deferred),
                                                suppressed: UInt64(c.suppressed), failed: UInt64(c.failed), cancelled: UInt64(c.cancelled))
            },
            rules: figures.rules.keys.sorted().flatMap { rule in
                figures.rules[rule]!.sorted { $0.key.rawValue < $1.key.rawValue }.map { channel, counts in
                    V1.RuleCounts(ruleId: rule, channel: WireMapping.wire(channel), deferred: UInt64(counts.deferred), suppressed: UInt64(counts.suppressed))
                }
            },
            rollRates: kpis.currencies.keys.sorted().flatMap { currency in
                AgingBucket.allCases.compactMap { bucket in
                    bucket.next.map { next in
                        V1.RollRate(currency: currency, fromBucket: Self.bucket(bucket), toBucket: Self.bucket(next),
                                    rate: Self.ratio(kpis.currencies[currency]!.rollRate(from: bucket)))
                    }
                }
            })
    }

    /// Cure rate per stage: accounts whose first reminder of the stage came in the period,
    /// and of those the ones with nothing open at its end that never reached a later stage.
    static func stageCures(_ entries: [StageEntry], from: Date, to: Date, stillOpen: Set<Int64>, policies: PolicySet) -> [V1.StageCure] {
        let rank = { (policyID: String, stage: String) in policies.policy(id: policyID)?.stages.firstIndex { $0.name == stage } ?? Int.max }
        let order = { (entry: StageEntry) in rank(entry.policyID, entry.stage) }
        let byAccount = Dictionary(grouping: entries, by: \.accountID)
        var counts: [[String]: (entered: Int, cured: Int)] = [:]
        for entry in entries where entry.at >= from && entry.at < to {
            let later = byAccount[entry.accountID, default: []].contains {
                $0.policyID == entry.policyID && $0.at < to && ($0.at > entry.at || order($0) > order(entry)) && $0.stage != entry.stage
            }
            var count = counts[[entry.policyID, entry.stage]] ?? (0, 0)
            count.entered += 1
            if !later && !stillOpen.contains(entry.accountID) { count.cured += 1 }
            counts[[entry.policyID, entry.stage]] = count
        }
        return counts.keys.sorted { ($0[0], rank($0[0], $0[1]), $0[1]) < ($1[0], rank($1[0], $1[1]), $1[1]) }.map { key in
            let count = counts[key]!
            return V1.StageCure(policyId: key[0], stage: key[1], accountsEntered: UInt64(count.entered), accountsCured: UInt64(count.cured),
                                cureRate: V1.Ratio(numerator: Int64(count.cured), denominator: Int64(count.entered)))
        }
    }

    static func stage(_ policies: PolicySet, _ segment: String, _ daysPastDue: Int) -> String {
        guard let policy = policies.policy(forSegment: segment), let index = policy.stageIndex(atDaysPastDue: daysPastDue) else { return "" }
        return policy.stages[index].name
    }

    static func bucket(_ bucket: AgingBucket) -> V1.AgingBucket { V1.AgingBucket(rawValue: bucket.rawValue) ?? .unspecified }

    static func ratio(_ ratio: Ratio) -> V1.Ratio { V1.Ratio(numerator: ratio.numerator, denominator: ratio.denominator) }

    private var today: LocalDate { LocalDate(context.clock.now(), in: TimeZones.utc) }
}
