// proto/acs/v1/reports.proto in Swift: its enums and messages as `V1` mirrors with their protobuf-c
// code (`ProtoCodable`), and the typed methods of its services.
// Generated from the compiled descriptors by scripts/proto/gen-swift.py: do not edit; run 'make proto'.

extension V1 {
    /// An aging bucket: days past due of an open amount.
    public enum AgingBucket: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set.
        case unspecified = 0
        /// Not past due (0 days).
        case current = 1
        /// 1 to 30 days past due.
        case days1To30 = 2
        /// 31 to 60 days past due.
        case days31To60 = 3
        /// 61 to 90 days past due.
        case days61To90 = 4
        /// 91 to 120 days past due.
        case days91To120 = 5
        /// More than 120 days past due.
        case over120 = 6

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .current: "current"
            case .days1To30: "1_30"
            case .days31To60: "31_60"
            case .days61To90: "61_90"
            case .days91To120: "91_120"
            case .over120: "over_120"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// The open amount of one bucket.
    public struct AgingBucketAmount: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AgingBucketAmount"

        /// The bucket.
        public var bucket: AgingBucket = .unspecified
        /// The open amount in it.
        public var amount: Money? = nil
        /// How many open obligations are in it.
        public var obligationCount: UInt64 = 0
        /// How many accounts have at least one open obligation in it.
        public var accountCount: UInt64 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(
            bucket: AgingBucket = .unspecified,
            amount: Money? = nil,
            obligationCount: UInt64 = 0,
            accountCount: UInt64 = 0
        ) {
            self.bucket = bucket
            self.amount = amount
            self.obligationCount = obligationCount
            self.accountCount = accountCount
        }
    }

    /// One row of the aging report: one currency (and segment, and stage, when asked).
    public struct AgingRow: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AgingRow"

        /// The currency of every amount in the row.
        public var currency: String = ""
        /// The segment; empty unless the request asked by_segment.
        public var segment: String = ""
        /// The policy stage; empty unless the request asked by_stage (and for accounts in no stage).
        public var stage: String = ""
        /// Every bucket, CURRENT first, including empty ones.
        public var buckets: [AgingBucketAmount] = []
        /// The sum of the buckets.
        public var total: Money? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(
            currency: String = "",
            segment: String = "",
            stage: String = "",
            buckets: [AgingBucketAmount] = [],
            total: Money? = nil
        ) {
            self.currency = currency
            self.segment = segment
            self.stage = stage
            self.buckets = buckets
            self.total = total
        }
    }

    /// Reminders of one channel in the period.
    public struct ChannelReminderCounts: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ChannelReminderCounts"

        /// The channel.
        public var channel: Channel = .unspecified
        /// Reminders delivered (outcome DELIVERED or CONVERSATION).
        public var sent: UInt64 = 0
        /// Gate decisions that deferred a reminder.
        public var deferred: UInt64 = 0
        /// Reminders suppressed by the gate.
        public var suppressed: UInt64 = 0
        /// Reminders that ended FAILED.
        public var failed: UInt64 = 0
        /// Reminders cancelled before they were claimed.
        public var cancelled: UInt64 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(
            channel: Channel = .unspecified,
            sent: UInt64 = 0,
            deferred: UInt64 = 0,
            suppressed: UInt64 = 0,
            failed: UInt64 = 0,
            cancelled: UInt64 = 0
        ) {
            self.channel = channel
            self.sent = sent
            self.deferred = deferred
            self.suppressed = suppressed
            self.failed = failed
            self.cancelled = cancelled
        }
    }

    /// Gate refusals of one compliance rule in the period.
    public struct RuleCounts: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RuleCounts"

        /// The COMPLIANCE.md rule id, e.g. "TIME-WINDOW".
        public var ruleId: String = ""
        /// The channel; the report has one entry per rule and channel.
        public var channel: Channel = .unspecified
        /// Deferrals the rule caused.
        public var deferred: UInt64 = 0
        /// Suppressions the rule caused.
        public var suppressed: UInt64 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(ruleId: String = "", channel: Channel = .unspecified, deferred: UInt64 = 0, suppressed: UInt64 = 0) {
            self.ruleId = ruleId
            self.channel = channel
            self.deferred = deferred
            self.suppressed = suppressed
        }
    }

    /// The cure rate of one policy stage: the share of accounts that entered the stage in the period and then paid in full.
    public struct StageCure: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.StageCure"

        /// The policy.
        public var policyId: String = ""
        /// The stage.
        public var stage: String = ""
        /// Accounts that entered the stage in the period.
        public var accountsEntered: UInt64 = 0
        /// Of those, accounts that were cured (paid in full) by the end of the period without reaching a later stage.
        public var accountsCured: UInt64 = 0
        /// accounts_cured / accounts_entered.
        public var cureRate: Ratio? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(
            policyId: String = "",
            stage: String = "",
            accountsEntered: UInt64 = 0,
            accountsCured: UInt64 = 0,
            cureRate: Ratio? = nil
        ) {
            self.policyId = policyId
            self.stage = stage
            self.accountsEntered = accountsEntered
            self.accountsCured = accountsCured
            self.cureRate = cureRate
        }
    }

    /// The share of the open amount of one bucket at the start of the period that sits in another bucket at its end.
    public struct RollRate: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RollRate"

        /// The currency.
        public var currency: String = ""
        /// The bucket at the start of the period.
        public var fromBucket: AgingBucket = .unspecified
        /// The bucket at the end of the period (the next one, for the classic roll rate).
        public var toBucket: AgingBucket = .unspecified
        /// Amount moved from from_bucket to to_bucket / amount in from_bucket at the start.
        public var rate: Ratio? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(
            currency: String = "",
            fromBucket: AgingBucket = .unspecified,
            toBucket: AgingBucket = .unspecified,
            rate: Ratio? = nil
        ) {
            self.currency = currency
            self.fromBucket = fromBucket
            self.toBucket = toBucket
            self.rate = rate
        }
    }

    /// The money KPIs of one currency over the period.
    public struct CurrencyKpis: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.CurrencyKpis"

        /// The currency of every amount here.
        public var currency: String = ""
        /// Payments received in the period, minus reversals in the period.
        public var collected: Money? = nil
        /// Of collected, what agencies collected.
        public var collectedByAgencies: Money? = nil
        /// Fees and interest charged in the period.
        public var feesCharged: Money? = nil
        /// Recovery rate: collected / overdue balance at the start plus amount that became overdue in the period.
        public var recoveryRate: Ratio? = nil
        /// Days sales outstanding over the period, in days (receivables at the end / amount invoiced in the period × days in the period).
        public var dsoDays: Ratio? = nil
        /// Collection effectiveness index: (opening receivables + invoiced - closing receivables) / (opening receivables + invoiced - closing current receivables).
        public var cei: Ratio? = nil
        /// Open balance at the start of the period.
        public var openingBalance: Money? = nil
        /// Open balance at the end of the period.
        public var closingBalance: Money? = nil
        /// Written off in the period (settlements, small balances, disputes upheld, by hand), less write-offs reversed in the period.
        public var writtenOff: Money? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(
            currency: String = "",
            collected: Money? = nil,
            collectedByAgencies: Money? = nil,
            feesCharged: Money? = nil,
            recoveryRate: Ratio? = nil,
            dsoDays: Ratio? = nil,
            cei: Ratio? = nil,
            openingBalance: Money? = nil,
            closingBalance: Money? = nil,
            writtenOff: Money? = nil
        ) {
            self.currency = currency
            self.collected = collected
            self.collectedByAgencies = collectedByAgencies
            self.feesCharged = feesCharged
            self.recoveryRate = recoveryRate
            self.dsoDays = dsoDays
            self.cei = cei
            self.openingBalance = openingBalance
            self.closingBalance = closingBalance
            self.writtenOff = writtenOff
        }
    }

    /// Request of Reports.Aging.
    public struct AgingRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AgingRequest"

        /// The day to age at, "YYYY-MM-DD" (each account's days past due in its own time zone on that day); empty: today.
        public var asOf: String = ""
        /// Only this currency; empty: every currency.
        public var currency: String = ""
        /// One row per segment (within each currency).
        public var bySegment: Bool = false
        /// One row per policy stage (within each currency and segment).
        public var byStage: Bool = false
        /// Only accounts of this segment; empty: every segment.
        public var segment: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            asOf: String = "",
            currency: String = "",
            bySegment: Bool = false,
            byStage: Bool = false,
            segment: String = ""
        ) {
            self.asOf = asOf
            self.currency = currency
            self.bySegment = bySegment
            self.byStage = byStage
            self.segment = segment
        }
    }

    /// Response of Reports.Aging.
    public struct AgingResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.AgingResponse"

        /// The day aged at, "YYYY-MM-DD".
        public var asOf: String = ""
        /// The rows, by currency, segment, stage.
        public var rows: [AgingRow] = []

        /// Creates a message; every field defaults to its proto default.
        public init(asOf: String = "", rows: [AgingRow] = []) {
            self.asOf = asOf
            self.rows = rows
        }
    }

    /// Request of Reports.Kpis.
    public struct KpisRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.KpisRequest"

        /// First day of the period, "YYYY-MM-DD", inclusive; required.
        public var periodStart: String = ""
        /// Last day of the period, "YYYY-MM-DD", inclusive; empty: today.
        public var periodEnd: String = ""
        /// Only this currency; empty: every currency.
        public var currency: String = ""
        /// Only accounts of this segment; empty: every segment.
        public var segment: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(periodStart: String = "", periodEnd: String = "", currency: String = "", segment: String = "") {
            self.periodStart = periodStart
            self.periodEnd = periodEnd
            self.currency = currency
            self.segment = segment
        }
    }

    /// Response of Reports.Kpis.
    public struct KpisResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.KpisResponse"

        /// First day of the period, "YYYY-MM-DD".
        public var periodStart: String = ""
        /// Last day of the period, "YYYY-MM-DD".
        public var periodEnd: String = ""
        /// The money KPIs, one entry per currency, by currency code.
        public var currencies: [CurrencyKpis] = []
        /// Cure rate per policy stage.
        public var stageCures: [StageCure] = []
        /// Promises decided in the period (pending: still pending at its end).
        public var promises: PromiseStats? = nil
        /// Reminders per channel in the period.
        public var reminders: [ChannelReminderCounts] = []
        /// Gate refusals per compliance rule and channel in the period.
        public var rules: [RuleCounts] = []
        /// Roll rates between consecutive aging buckets, per currency.
        public var rollRates: [RollRate] = []

        /// Creates a message; every field defaults to its proto default.
        public init(
            periodStart: String = "",
            periodEnd: String = "",
            currencies: [CurrencyKpis] = [],
            stageCures: [StageCure] = [],
            promises: PromiseStats? = nil,
            reminders: [ChannelReminderCounts] = [],
            rules: [RuleCounts] = [],
            rollRates: [RollRate] = []
        ) {
            self.periodStart = periodStart
            self.periodEnd = periodEnd
            self.currencies = currencies
            self.stageCures = stageCures
            self.promises = promises
            self.reminders = reminders
            self.rules = rules
            self.rollRates = rollRates
        }
    }

    /// Request of Reports.RunBureau.
    public struct RunBureauRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RunBureauRequest"

        /// Required. The bureau, as policies' report_to_bureau actions name it.
        public var bureau: String = ""
        /// True: answer what a run would hold without recording it (no run id, nothing closed).
        public var dryRun: Bool = false

        /// Creates a message; every field defaults to its proto default.
        public init(bureau: String = "", dryRun: Bool = false) {
            self.bureau = bureau
            self.dryRun = dryRun
        }
    }

    /// One account's record in a bureau run, per currency it owes in: the fields a furnisher sends (Metro 2's account status, balances, date of first delinquency, dispute flag).
    public struct FurnishingRecord: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.FurnishingRecord"

        /// acsd's account id.
        public var accountId: String = ""
        /// The source's account id.
        public var externalId: String = ""
        /// The debtor's name.
        public var name: String = ""
        /// The Metro 2 account status code: 11 current, 71/78/80/82/83/84 for 30/60/90/120/ 150/180+ days past due, 13 paid.
        public var statusCode: String = ""
        /// What is owed.
        public var balance: Money? = nil
        /// What is owed and past due.
        public var pastDue: Money? = nil
        /// The date of first delinquency (the oldest unpaid due date), "YYYY-MM-DD"; empty when nothing is unpaid.
        public var firstDelinquencyOn: String = ""
        /// True while the debtor disputes the debt: reported as disputed (Metro 2 compliance condition code XB).
        public var disputed: Bool = false

        /// Creates a message; every field defaults to its proto default.
        public init(
            accountId: String = "",
            externalId: String = "",
            name: String = "",
            statusCode: String = "",
            balance: Money? = nil,
            pastDue: Money? = nil,
            firstDelinquencyOn: String = "",
            disputed: Bool = false
        ) {
            self.accountId = accountId
            self.externalId = externalId
            self.name = name
            self.statusCode = statusCode
            self.balance = balance
            self.pastDue = pastDue
            self.firstDelinquencyOn = firstDelinquencyOn
            self.disputed = disputed
        }
    }

    /// One chunk of a bureau run (one ResponseFrame of the stream).
    public struct RunBureauResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RunBureauResponse"

        /// The next records, in account id order (at most 100 per chunk).
        public var records: [FurnishingRecord] = []
        /// True only on the last chunk (the frame with end_of_stream).
        public var done: Bool = false
        /// The run's id; empty for a dry run.
        public var runId: String = ""
        /// On the last chunk: how many records the whole run holds.
        public var recordCount: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(records: [FurnishingRecord] = [], done: Bool = false, runId: String = "", recordCount: UInt32 = 0) {
            self.records = records
            self.done = done
            self.runId = runId
            self.recordCount = recordCount
        }
    }
}

extension Methods {
    /// The `acs.v1.Reports` methods.
    public enum Reports {
        private static let service = "acs.v1.Reports"
        /// Open balances in aging buckets per currency, optionally per segment and per stage, as of a date.
        public static let aging = RPCMethod<V1.AgingRequest, V1.AgingResponse>(service: service, name: "Aging")
        /// KPIs over a period: collected, recovery rate, DSO, CEI, cure rate per stage, promises kept, reminders by channel and by compliance rule, roll rates.
        public static let kpis = RPCMethod<V1.KpisRequest, V1.KpisResponse>(service: service, name: "Kpis")
        /// A credit bureau run: the furnishing records of every account reported to the bureau (a policy's report_to_bureau action, once CREDIT-REPORT-WAIT allowed it), as of now, recorded under a run id; an account reported paid leaves later runs. acsctl writes them to one file per run.
        public static let runBureau = RPCMethod<V1.RunBureauRequest, V1.RunBureauResponse>(service: service, name: "RunBureau")
    }
}

extension V1.AgingBucketAmount: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AgingBucketAmount", fields: [
        "bucket", "amount", "obligation_count", "account_count"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.bucket)
        cMessage.message(1, self.amount)
        cMessage.integer(2, self.obligationCount)
        cMessage.integer(3, self.accountCount)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.bucket = try cMessage.enumeration(0)
        self.amount = try cMessage.message(1)
        self.obligationCount = cMessage.integer(2)
        self.accountCount = cMessage.integer(3)
    }
}

extension V1.AgingRow: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AgingRow", fields: [
        "currency", "segment", "stage", "buckets", "total"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.currency)
        cMessage.string(1, self.segment)
        cMessage.string(2, self.stage)
        cMessage.messages(3, self.buckets)
        cMessage.message(4, self.total)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.currency = cMessage.string(0)
        self.segment = cMessage.string(1)
        self.stage = cMessage.string(2)
        self.buckets = try cMessage.messages(3)
        self.total = try cMessage.message(4)
    }
}

extension V1.ChannelReminderCounts: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ChannelReminderCounts", fields: [
        "channel", "sent", "deferred", "suppressed", "failed", "cancelled"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.channel)
        cMessage.integer(1, self.sent)
        cMessage.integer(2, self.deferred)
        cMessage.integer(3, self.suppressed)
        cMessage.integer(4, self.failed)
        cMessage.integer(5, self.cancelled)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.channel = try cMessage.enumeration(0)
        self.sent = cMessage.integer(1)
        self.deferred = cMessage.integer(2)
        self.suppressed = cMessage.integer(3)
        self.failed = cMessage.integer(4)
        self.cancelled = cMessage.integer(5)
    }
}

extension V1.RuleCounts: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RuleCounts", fields: [
        "rule_id", "channel", "deferred", "suppressed"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.ruleId)
        cMessage.enumeration(1, self.channel)
        cMessage.integer(2, self.deferred)
        cMessage.integer(3, self.suppressed)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.ruleId = cMessage.string(0)
        self.channel = try cMessage.enumeration(1)
        self.deferred = cMessage.integer(2)
        self.suppressed = cMessage.integer(3)
    }
}

extension V1.StageCure: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.StageCure", fields: [
        "policy_id", "stage", "accounts_entered", "accounts_cured", "cure_rate"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.policyId)
        cMessage.string(1, self.stage)
        cMessage.integer(2, self.accountsEntered)
        cMessage.integer(3, self.accountsCured)
        cMessage.message(4, self.cureRate)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.policyId = cMessage.string(0)
        self.stage = cMessage.string(1)
        self.accountsEntered = cMessage.integer(2)
        self.accountsCured = cMessage.integer(3)
        self.cureRate = try cMessage.message(4)
    }
}

extension V1.RollRate: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RollRate", fields: ["currency", "from_bucket", "to_bucket", "rate"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.currency)
        cMessage.enumeration(1, self.fromBucket)
        cMessage.enumeration(2, self.toBucket)
        cMessage.message(3, self.rate)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.currency = cMessage.string(0)
        self.fromBucket = try cMessage.enumeration(1)
        self.toBucket = try cMessage.enumeration(2)
        self.rate = try cMessage.message(3)
    }
}

extension V1.CurrencyKpis: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CurrencyKpis", fields: [
        "currency", "collected", "collected_by_agencies", "fees_charged", "recovery_rate", "dso_days", "cei",
        "opening_balance", "closing_balance", "written_off"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.currency)
        cMessage.message(1, self.collected)
        cMessage.message(2, self.collectedByAgencies)
        cMessage.message(3, self.feesCharged)
        cMessage.message(4, self.recoveryRate)
        cMessage.message(5, self.dsoDays)
        cMessage.message(6, self.cei)
        cMessage.message(7, self.openingBalance)
        cMessage.message(8, self.closingBalance)
        cMessage.message(9, self.writtenOff)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.currency = cMessage.string(0)
        self.collected = try cMessage.message(1)
        self.collectedByAgencies = try cMessage.message(2)
        self.feesCharged = try cMessage.message(3)
        self.recoveryRate = try cMessage.message(4)
        self.dsoDays = try cMessage.message(5)
        self.cei = try cMessage.message(6)
        self.openingBalance = try cMessage.message(7)
        self.closingBalance = try cMessage.message(8)
        self.writtenOff = try cMessage.message(9)
    }
}

extension V1.AgingRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AgingRequest", fields: [
        "as_of", "currency", "by_segment", "by_stage", "segment"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.asOf)
        cMessage.string(1, self.currency)
        cMessage.bool(2, self.bySegment)
        cMessage.bool(3, self.byStage)
        cMessage.string(4, self.segment)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.asOf = cMessage.string(0)
        self.currency = cMessage.string(1)
        self.bySegment = cMessage.bool(2)
        self.byStage = cMessage.bool(3)
        self.segment = cMessage.string(4)
    }
}

extension V1.AgingResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.AgingResponse", fields: ["as_of", "rows"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.asOf)
        cMessage.messages(1, self.rows)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.asOf = cMessage.string(0)
        self.rows = try cMessage.messages(1)
    }
}

extension V1.KpisRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.KpisRequest", fields: [
        "period_start", "period_end", "currency", "segment"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.periodStart)
        cMessage.string(1, self.periodEnd)
        cMessage.string(2, self.currency)
        cMessage.string(3, self.segment)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.periodStart = cMessage.string(0)
        self.periodEnd = cMessage.string(1)
        self.currency = cMessage.string(2)
        self.segment = cMessage.string(3)
    }
}

extension V1.KpisResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.KpisResponse", fields: [
        "period_start", "period_end", "currencies", "stage_cures", "promises", "reminders", "rules", "roll_rates"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.periodStart)
        cMessage.string(1, self.periodEnd)
        cMessage.messages(2, self.currencies)
        cMessage.messages(3, self.stageCures)
        cMessage.message(4, self.promises)
        cMessage.messages(5, self.reminders)
        cMessage.messages(6, self.rules)
        cMessage.messages(7, self.rollRates)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.periodStart = cMessage.string(0)
        self.periodEnd = cMessage.string(1)
        self.currencies = try cMessage.messages(2)
        self.stageCures = try cMessage.messages(3)
        self.promises = try cMessage.message(4)
        self.reminders = try cMessage.messages(5)
        self.rules = try cMessage.messages(6)
        self.rollRates = try cMessage.messages(7)
    }
}

extension V1.RunBureauRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RunBureauRequest", fields: ["bureau", "dry_run"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.bureau)
        cMessage.bool(1, self.dryRun)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.bureau = cMessage.string(0)
        self.dryRun = cMessage.bool(1)
    }
}

extension V1.FurnishingRecord: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.FurnishingRecord", fields: [
        "account_id", "external_id", "name", "status_code", "balance", "past_due", "first_delinquency_on", "disputed"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.accountId)
        cMessage.string(1, self.externalId)
        cMessage.string(2, self.name)
        cMessage.string(3, self.statusCode)
        cMessage.message(4, self.balance)
        cMessage.message(5, self.pastDue)
        cMessage.string(6, self.firstDelinquencyOn)
        cMessage.bool(7, self.disputed)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.accountId = cMessage.string(0)
        self.externalId = cMessage.string(1)
        self.name = cMessage.string(2)
        self.statusCode = cMessage.string(3)
        self.balance = try cMessage.message(4)
        self.pastDue = try cMessage.message(5)
        self.firstDelinquencyOn = cMessage.string(6)
        self.disputed = cMessage.bool(7)
    }
}

extension V1.RunBureauResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RunBureauResponse", fields: [
        "records", "done", "run_id", "record_count"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.records)
        cMessage.bool(1, self.done)
        cMessage.string(2, self.runId)
        cMessage.integer(3, self.recordCount)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.records = try cMessage.messages(0)
        self.done = cMessage.bool(1)
        self.runId = cMessage.string(2)
        self.recordCount = cMessage.integer(3)
    }
}
