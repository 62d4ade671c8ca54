// proto/acs/v1/policies.proto in Swift: its enums and messages as `V1` mirrors with their protobuf-c
// code (`ProtoCodable`), and the typed methods of its services.
// Generated from the compiled descriptors by scripts/proto/gen-swift.py: do not edit; run 'make proto'.

extension V1 {
    /// The set of compliance rules a policy follows (COMPLIANCE.md).
    public enum ComplianceProfile: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; the policy file must name one (the configured default applies otherwise).
        case unspecified = 0
        /// FDCPA, Regulation F, TCPA.
        case us = 1
        /// UK contact-time and frequency rules, breathing space.
        case uk = 2
        /// EU, with B2B late-payment compensation and interest.
        case eu = 3

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .us: "us"
            case .uk: "uk"
            case .eu: "eu"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// What a stage action does.
    public enum ActionKind: Int, Codable, Sendable, Hashable, CaseIterable, ProtoEnum {
        /// Not set; never in a valid policy.
        case unspecified = 0
        /// Send a reminder on a channel.
        case remind = 1
        /// Charge a fee, once per obligation and stage.
        case fee = 2
        /// Place the account with an agency.
        case escalateAgency = 3
        /// Create a task for a person in a work queue.
        case escalatePerson = 4
        /// Report the account to a credit bureau from now on (CREDIT-REPORT-WAIT applies).
        case reportToBureau = 5
        /// Write off a small balance (its "when" has a max_balance).
        case writeOff = 6
        /// Offer to settle the balance for a share of it, paid within some days.
        case offerSettlement = 7

        /// The value's proto name without the enum's prefix, lower-cased.
        public var name: String {
            switch self {
            case .unspecified: "unspecified"
            case .remind: "remind"
            case .fee: "fee"
            case .escalateAgency: "escalate_agency"
            case .escalatePerson: "escalate_person"
            case .reportToBureau: "report_to_bureau"
            case .writeOff: "write_off"
            case .offerSettlement: "offer_settlement"
            }
        }

        /// Encodes as its name, e.g. in `acsctl --json`.
        public func encode(to encoder: any Encoder) throws { try encodeName(to: encoder) }

        /// Decodes its name, or its number.
        public init(from decoder: any Decoder) throws { self = try Self.decoded(from: decoder) { Self(rawValue: $0) } }
    }

    /// A fee charged by a stage: a fixed amount, or a percentage of the overdue amount, optionally capped.
    public struct Fee: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Fee"

        /// Fixed fee amounts, at most one per currency; the obligation's currency applies.
        public var fixedAmounts: [Money] = []
        /// Percentage of the overdue amount, in basis points (250 is 2.5 %); 0 when fixed.
        public var percentBp: UInt32 = 0
        /// Caps of a percentage fee, at most one per currency; none: uncapped.
        public var caps: [Money] = []

        /// Creates a message; every field defaults to its proto default.
        public init(fixedAmounts: [Money] = [], percentBp: UInt32 = 0, caps: [Money] = []) {
            self.fixedAmounts = fixedAmounts
            self.percentBp = percentBp
            self.caps = caps
        }
    }

    /// One action of a stage.
    public struct StageAction: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.StageAction"

        /// What the action does; decides which of the fields below apply.
        public var kind: ActionKind = .unspecified
        /// REMIND: the channel.
        public var channel: Channel = .unspecified
        /// REMIND: the template's name (per channel and locale, see templates).
        public var templateName: String = ""
        /// REMIND: how urgent the reminder is.
        public var urgency: Urgency = .unspecified
        /// REMIND: repeat every this many days while the account stays in the stage; 0: once.
        public var repeatEveryDays: UInt32 = 0
        /// REMIND: the most reminders of this action while in the stage; 0: 1.
        public var maxTimes: UInt32 = 0
        /// FEE: the fee.
        public var fee: Fee? = nil
        /// ESCALATE_AGENCY: the agency's name, as in the configuration.
        public var agency: String = ""
        /// ESCALATE_AGENCY: true when acs keeps reminding while the agency collects.
        public var coCollect: Bool = false
        /// ESCALATE_PERSON: the work queue of the task.
        public var queue: String = ""
        /// ESCALATE_PERSON: the task is due this many days after it is created.
        public var taskDueDays: UInt32 = 0
        /// REPORT_TO_BUREAU: the bureau's name, as bureau runs name it.
        public var bureau: String = ""
        /// When the action applies (the policy's "when:"); absent: always.
        public var when: StageCondition? = nil
        /// OFFER_SETTLEMENT: the share of the balance to pay, in basis points.
        public var settlementPercentBp: UInt32 = 0
        /// OFFER_SETTLEMENT: the days the offer stands.
        public var settlementExpiresInDays: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(
            kind: ActionKind = .unspecified,
            channel: Channel = .unspecified,
            templateName: String = "",
            urgency: Urgency = .unspecified,
            repeatEveryDays: UInt32 = 0,
            maxTimes: UInt32 = 0,
            fee: Fee? = nil,
            agency: String = "",
            coCollect: Bool = false,
            queue: String = "",
            taskDueDays: UInt32 = 0,
            bureau: String = "",
            when: StageCondition? = nil,
            settlementPercentBp: UInt32 = 0,
            settlementExpiresInDays: UInt32 = 0
        ) {
            self.kind = kind
            self.channel = channel
            self.templateName = templateName
            self.urgency = urgency
            self.repeatEveryDays = repeatEveryDays
            self.maxTimes = maxTimes
            self.fee = fee
            self.agency = agency
            self.coCollect = coCollect
            self.queue = queue
            self.taskDueDays = taskDueDays
            self.bureau = bureau
            self.when = when
            self.settlementPercentBp = settlementPercentBp
            self.settlementExpiresInDays = settlementExpiresInDays
        }
    }

    /// When a stage or an action applies beyond days past due: every part that is set must hold.
    public struct StageCondition: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.StageCondition"

        /// The least balance owed per currency: the undisputed balance in the currency of the oldest unpaid due date must reach it.
        public var minBalance: [Money] = []
        /// The most balance owed per currency.
        public var maxBalance: [Money] = []
        /// Only accounts of these segments; empty: any.
        public var segments: [String] = []
        /// Only while no hold is active on the whole account.
        public var holdFree: Bool = false
        /// True when score_min and score_max bound the account's score (inclusive); an account without a score is outside every band (acsd computes no score yet).
        public var hasScoreBand: Bool = false
        /// The band's lowest score.
        public var scoreMin: Int32 = 0
        /// The band's highest score.
        public var scoreMax: Int32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(
            minBalance: [Money] = [],
            maxBalance: [Money] = [],
            segments: [String] = [],
            holdFree: Bool = false,
            hasScoreBand: Bool = false,
            scoreMin: Int32 = 0,
            scoreMax: Int32 = 0
        ) {
            self.minBalance = minBalance
            self.maxBalance = maxBalance
            self.segments = segments
            self.holdFree = holdFree
            self.hasScoreBand = hasScoreBand
            self.scoreMin = scoreMin
            self.scoreMax = scoreMax
        }
    }

    /// One stage of a policy.
    public struct Stage: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Stage"

        /// The stage's name, unique in the policy, e.g. "pre-due", "day-30".
        public var name: String = ""
        /// The stage starts at this many days past due; negative: before the due date.
        public var daysPastDue: Int32 = 0
        /// What the stage does, in order.
        public var actions: [StageAction] = []
        /// When the stage applies at all (the policy's "when:"); absent: always.
        public var when: StageCondition? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(name: String = "", daysPastDue: Int32 = 0, actions: [StageAction] = [], when: StageCondition? = nil) {
            self.name = name
            self.daysPastDue = daysPastDue
            self.actions = actions
            self.when = when
        }
    }

    /// A frequency cap on one channel: at most max_count contacts in period_days days.
    public struct FrequencyCap: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.FrequencyCap"

        /// The channel capped.
        public var channel: Channel = .unspecified
        /// The most contacts in the period.
        public var maxCount: UInt32 = 0
        /// The period's length in days (any period_days consecutive days).
        public var periodDays: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(channel: Channel = .unspecified, maxCount: UInt32 = 0, periodDays: UInt32 = 0) {
            self.channel = channel
            self.maxCount = maxCount
            self.periodDays = periodDays
        }
    }

    /// A policy in force.
    public struct Policy: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.Policy"

        /// The policy's id, unique among the policies in force.
        public var id: String = ""
        /// A title for people.
        public var title: String = ""
        /// The file it was read from.
        public var file: String = ""
        /// The version of this policy: a digest of its file's content.
        public var version: String = ""
        /// The segments it applies to.
        public var segments: [String] = []
        /// True when it applies to accounts no other policy's segments match.
        public var isDefault: Bool = false
        /// The compliance profile.
        public var profile: ComplianceProfile = .unspecified
        /// The stages, by days_past_due ascending.
        public var stages: [Stage] = []
        /// Per-channel frequency caps (beyond the law's, which always apply).
        public var frequencyCaps: [FrequencyCap] = []
        /// Interest on overdue principal, per year, in basis points (800 is 8 %), accrued daily; 0: none.
        public var interestRateBp: UInt32 = 0
        /// True when payments pay fees before principal (default: principal first).
        public var feesFirst: Bool = false
        /// Days of grace after a promise's date before it counts as broken.
        public var promiseGraceDays: UInt32 = 0
        /// Days of grace after an instalment's date before the plan counts as broken.
        public var planGraceDays: UInt32 = 0
        /// VALIDATION (us profile): the channel of the validation notice, LETTER or EMAIL; UNSPECIFIED: none (other profiles, or a creditor collecting its own debts).
        public var validationNotice: Channel = .unspecified
        /// The fee a returned payment or a chargeback charges, once per payment, per currency.
        public var returnedPaymentFee: [Money] = []
        /// The email template of the notice sent when a payment comes back; empty: none.
        public var returnedPaymentTemplate: String = ""
        /// The most discount each role may grant in a settlement offer (SETTLEMENT-AUTHORITY), in basis points of the balance; a role not listed grants none (admin: any).
        public var settlementAuthority: [RoleAuthority] = []
        /// The email template of the notice sent when a dispute is rejected and collection resumes; empty: none.
        public var disputeRejectedTemplate: String = ""
        /// The email template of the receipt sent for each payment; empty: none.
        public var paymentReceiptTemplate: String = ""
        /// The email template of the confirmation sent for each promise to pay; empty: none.
        public var promiseConfirmationTemplate: String = ""
        /// The email template of the confirmation sent for each payment plan; empty: none.
        public var planConfirmationTemplate: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(
            id: String = "",
            title: String = "",
            file: String = "",
            version: String = "",
            segments: [String] = [],
            isDefault: Bool = false,
            profile: ComplianceProfile = .unspecified,
            stages: [Stage] = [],
            frequencyCaps: [FrequencyCap] = [],
            interestRateBp: UInt32 = 0,
            feesFirst: Bool = false,
            promiseGraceDays: UInt32 = 0,
            planGraceDays: UInt32 = 0,
            validationNotice: Channel = .unspecified,
            returnedPaymentFee: [Money] = [],
            returnedPaymentTemplate: String = "",
            settlementAuthority: [RoleAuthority] = [],
            disputeRejectedTemplate: String = "",
            paymentReceiptTemplate: String = "",
            promiseConfirmationTemplate: String = "",
            planConfirmationTemplate: String = ""
        ) {
            self.id = id
            self.title = title
            self.file = file
            self.version = version
            self.segments = segments
            self.isDefault = isDefault
            self.profile = profile
            self.stages = stages
            self.frequencyCaps = frequencyCaps
            self.interestRateBp = interestRateBp
            self.feesFirst = feesFirst
            self.promiseGraceDays = promiseGraceDays
            self.planGraceDays = planGraceDays
            self.validationNotice = validationNotice
            self.returnedPaymentFee = returnedPaymentFee
            self.returnedPaymentTemplate = returnedPaymentTemplate
            self.settlementAuthority = settlementAuthority
            self.disputeRejectedTemplate = disputeRejectedTemplate
            self.paymentReceiptTemplate = paymentReceiptTemplate
            self.promiseConfirmationTemplate = promiseConfirmationTemplate
            self.planConfirmationTemplate = planConfirmationTemplate
        }
    }

    /// A role's authority in a policy.
    public struct RoleAuthority: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.RoleAuthority"

        /// The role: "operator" or "admin".
        public var role: String = ""
        /// The most discount it may grant, in basis points (10000 = 100%).
        public var maxDiscountBp: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(role: String = "", maxDiscountBp: UInt32 = 0) {
            self.role = role
            self.maxDiscountBp = maxDiscountBp
        }
    }

    /// An error in a policy text.
    public struct PolicyError: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.PolicyError"

        /// The file, as named in the request or the config directory.
        public var file: String = ""
        /// The line, 1-based; 0 when the error concerns the whole file or set.
        public var line: UInt32 = 0
        /// The column, 1-based; 0 when unknown.
        public var column: UInt32 = 0
        /// The path of the offending element, e.g. "stages[2].actions[0].channel".
        public var path: String = ""
        /// What is wrong, for a person to read.
        public var message: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(file: String = "", line: UInt32 = 0, column: UInt32 = 0, path: String = "", message: String = "") {
            self.file = file
            self.line = line
            self.column = column
            self.path = path
            self.message = message
        }
    }

    /// Request of Policies.ListPolicies.
    public struct ListPoliciesRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListPoliciesRequest"

        /// Creates the empty message.
        public init() {}
    }

    /// Response of Policies.ListPolicies.
    public struct ListPoliciesResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ListPoliciesResponse"

        /// The policies in force, by id.
        public var policies: [Policy] = []
        /// The version of the whole set: a digest of all its files.
        public var version: String = ""
        /// When the set was loaded, RFC 3339 UTC.
        public var loadedAt: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(policies: [Policy] = [], version: String = "", loadedAt: String = "") {
            self.policies = policies
            self.version = version
            self.loadedAt = loadedAt
        }
    }

    /// Request of Policies.GetPolicy.
    public struct GetPolicyRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GetPolicyRequest"

        /// Required. The policy's id.
        public var id: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(id: String = "") {
            self.id = id
        }
    }

    /// Response of Policies.GetPolicy.
    public struct GetPolicyResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.GetPolicyResponse"

        /// The policy.
        public var policy: Policy? = nil
        /// The text of its file as loaded.
        public var text: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(policy: Policy? = nil, text: String = "") {
            self.policy = policy
            self.text = text
        }
    }

    /// Request of Policies.ReloadPolicies.
    public struct ReloadPoliciesRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ReloadPoliciesRequest"

        /// Creates the empty message.
        public init() {}
    }

    /// Response of Policies.ReloadPolicies.
    public struct ReloadPoliciesResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.ReloadPoliciesResponse"

        /// True when the files were valid and are now in force (also when nothing changed).
        public var applied: Bool = false
        /// False when the files were the same as the set in force.
        public var changed: Bool = false
        /// When applied is false: every error found; the old set stays in force.
        public var errors: [PolicyError] = []
        /// The version of the set in force after the call.
        public var version: String = ""
        /// How many policies are in force after the call.
        public var policyCount: UInt32 = 0

        /// Creates a message; every field defaults to its proto default.
        public init(
            applied: Bool = false,
            changed: Bool = false,
            errors: [PolicyError] = [],
            version: String = "",
            policyCount: UInt32 = 0
        ) {
            self.applied = applied
            self.changed = changed
            self.errors = errors
            self.version = version
            self.policyCount = policyCount
        }
    }

    /// Request of Policies.CheckPolicy.
    public struct CheckPolicyRequest: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.CheckPolicyRequest"

        /// Required. The policy file's text (YAML).
        public var text: String = ""
        /// The file's name, used in errors; empty: "<input>".
        public var file: String = ""

        /// Creates a message; every field defaults to its proto default.
        public init(text: String = "", file: String = "") {
            self.text = text
            self.file = file
        }
    }

    /// Response of Policies.CheckPolicy.
    public struct CheckPolicyResponse: Codable, Sendable, Hashable {
        /// The protobuf message name.
        public static let protoName = "acs.v1.CheckPolicyResponse"

        /// True when the text is a valid policy.
        public var valid: Bool = false
        /// Every error found, by line; empty when valid.
        public var errors: [PolicyError] = []
        /// The policy as it would be put in force; absent when invalid.
        public var policy: Policy? = nil

        /// Creates a message; every field defaults to its proto default.
        public init(valid: Bool = false, errors: [PolicyError] = [], policy: Policy? = nil) {
            self.valid = valid
            self.errors = errors
            self.policy = policy
        }
    }
}

extension Methods {
    /// The `acs.v1.Policies` methods.
    public enum Policies {
        private static let service = "acs.v1.Policies"
        /// Every policy in force, with the version of the set.
        public static let listPolicies = RPCMethod<V1.ListPoliciesRequest, V1.ListPoliciesResponse>(service: service, name: "ListPolicies")
        /// One policy in force with its file text.
        public static let getPolicy = RPCMethod<V1.GetPolicyRequest, V1.GetPolicyResponse>(service: service, name: "GetPolicy")
        /// Reads the policy files again (as SIGHUP does).
        public static let reloadPolicies = RPCMethod<V1.ReloadPoliciesRequest, V1.ReloadPoliciesResponse>(service: service, name: "ReloadPolicies")
        /// Validates a policy text without putting it in force, against the templates and configuration acsd has loaded: every error with its line and column.
        public static let checkPolicy = RPCMethod<V1.CheckPolicyRequest, V1.CheckPolicyResponse>(service: service, name: "CheckPolicy")
    }
}

extension V1.Fee: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Fee", fields: ["fixed_amounts", "percent_bp", "caps"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.fixedAmounts)
        cMessage.integer(1, self.percentBp)
        cMessage.messages(2, self.caps)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.fixedAmounts = try cMessage.messages(0)
        self.percentBp = cMessage.integer(1)
        self.caps = try cMessage.messages(2)
    }
}

extension V1.StageAction: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.StageAction", fields: [
        "kind", "channel", "template_name", "urgency", "repeat_every_days", "max_times", "fee", "agency", "co_collect",
        "queue", "task_due_days", "bureau", "when", "settlement_percent_bp", "settlement_expires_in_days"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.kind)
        cMessage.enumeration(1, self.channel)
        cMessage.string(2, self.templateName)
        cMessage.enumeration(3, self.urgency)
        cMessage.integer(4, self.repeatEveryDays)
        cMessage.integer(5, self.maxTimes)
        cMessage.message(6, self.fee)
        cMessage.string(7, self.agency)
        cMessage.bool(8, self.coCollect)
        cMessage.string(9, self.queue)
        cMessage.integer(10, self.taskDueDays)
        cMessage.string(11, self.bureau)
        cMessage.message(12, self.when)
        cMessage.integer(13, self.settlementPercentBp)
        cMessage.integer(14, self.settlementExpiresInDays)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.kind = try cMessage.enumeration(0)
        self.channel = try cMessage.enumeration(1)
        self.templateName = cMessage.string(2)
        self.urgency = try cMessage.enumeration(3)
        self.repeatEveryDays = cMessage.integer(4)
        self.maxTimes = cMessage.integer(5)
        self.fee = try cMessage.message(6)
        self.agency = cMessage.string(7)
        self.coCollect = cMessage.bool(8)
        self.queue = cMessage.string(9)
        self.taskDueDays = cMessage.integer(10)
        self.bureau = cMessage.string(11)
        self.when = try cMessage.message(12)
        self.settlementPercentBp = cMessage.integer(13)
        self.settlementExpiresInDays = cMessage.integer(14)
    }
}

extension V1.StageCondition: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.StageCondition", fields: [
        "min_balance", "max_balance", "segments", "hold_free", "has_score_band", "score_min", "score_max"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.minBalance)
        cMessage.messages(1, self.maxBalance)
        cMessage.strings(2, self.segments)
        cMessage.bool(3, self.holdFree)
        cMessage.bool(4, self.hasScoreBand)
        cMessage.integer(5, self.scoreMin)
        cMessage.integer(6, self.scoreMax)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.minBalance = try cMessage.messages(0)
        self.maxBalance = try cMessage.messages(1)
        self.segments = cMessage.strings(2)
        self.holdFree = cMessage.bool(3)
        self.hasScoreBand = cMessage.bool(4)
        self.scoreMin = cMessage.integer(5)
        self.scoreMax = cMessage.integer(6)
    }
}

extension V1.Stage: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Stage", fields: ["name", "days_past_due", "actions", "when"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.name)
        cMessage.integer(1, self.daysPastDue)
        cMessage.messages(2, self.actions)
        cMessage.message(3, self.when)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.name = cMessage.string(0)
        self.daysPastDue = cMessage.integer(1)
        self.actions = try cMessage.messages(2)
        self.when = try cMessage.message(3)
    }
}

extension V1.FrequencyCap: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.FrequencyCap", fields: ["channel", "max_count", "period_days"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.enumeration(0, self.channel)
        cMessage.integer(1, self.maxCount)
        cMessage.integer(2, self.periodDays)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.channel = try cMessage.enumeration(0)
        self.maxCount = cMessage.integer(1)
        self.periodDays = cMessage.integer(2)
    }
}

extension V1.Policy: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.Policy", fields: [
        "id", "title", "file", "version", "segments", "is_default", "profile", "stages", "frequency_caps",
        "interest_rate_bp", "fees_first", "promise_grace_days", "plan_grace_days", "validation_notice",
        "returned_payment_fee", "returned_payment_template", "settlement_authority", "dispute_rejected_template",
        "payment_receipt_template", "promise_confirmation_template", "plan_confirmation_template"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
        cMessage.string(1, self.title)
        cMessage.string(2, self.file)
        cMessage.string(3, self.version)
        cMessage.strings(4, self.segments)
        cMessage.bool(5, self.isDefault)
        cMessage.enumeration(6, self.profile)
        cMessage.messages(7, self.stages)
        cMessage.messages(8, self.frequencyCaps)
        cMessage.integer(9, self.interestRateBp)
        cMessage.bool(10, self.feesFirst)
        cMessage.integer(11, self.promiseGraceDays)
        cMessage.integer(12, self.planGraceDays)
        cMessage.enumeration(13, self.validationNotice)
        cMessage.messages(14, self.returnedPaymentFee)
        cMessage.string(15, self.returnedPaymentTemplate)
        cMessage.messages(16, self.settlementAuthority)
        cMessage.string(17, self.disputeRejectedTemplate)
        cMessage.string(18, self.paymentReceiptTemplate)
        cMessage.string(19, self.promiseConfirmationTemplate)
        cMessage.string(20, self.planConfirmationTemplate)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
        self.title = cMessage.string(1)
        self.file = cMessage.string(2)
        self.version = cMessage.string(3)
        self.segments = cMessage.strings(4)
        self.isDefault = cMessage.bool(5)
        self.profile = try cMessage.enumeration(6)
        self.stages = try cMessage.messages(7)
        self.frequencyCaps = try cMessage.messages(8)
        self.interestRateBp = cMessage.integer(9)
        self.feesFirst = cMessage.bool(10)
        self.promiseGraceDays = cMessage.integer(11)
        self.planGraceDays = cMessage.integer(12)
        self.validationNotice = try cMessage.enumeration(13)
        self.returnedPaymentFee = try cMessage.messages(14)
        self.returnedPaymentTemplate = cMessage.string(15)
        self.settlementAuthority = try cMessage.messages(16)
        self.disputeRejectedTemplate = cMessage.string(17)
        self.paymentReceiptTemplate = cMessage.string(18)
        self.promiseConfirmationTemplate = cMessage.string(19)
        self.planConfirmationTemplate = cMessage.string(20)
    }
}

extension V1.RoleAuthority: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.RoleAuthority", fields: ["role", "max_discount_bp"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.role)
        cMessage.integer(1, self.maxDiscountBp)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.role = cMessage.string(0)
        self.maxDiscountBp = cMessage.integer(1)
    }
}

extension V1.PolicyError: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.PolicyError", fields: ["file", "line", "column", "path", "message"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.file)
        cMessage.integer(1, self.line)
        cMessage.integer(2, self.column)
        cMessage.string(3, self.path)
        cMessage.string(4, self.message)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.file = cMessage.string(0)
        self.line = cMessage.integer(1)
        self.column = cMessage.integer(2)
        self.path = cMessage.string(3)
        self.message = cMessage.string(4)
    }
}

extension V1.ListPoliciesRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPoliciesRequest", fields: [])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
    }
}

extension V1.ListPoliciesResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ListPoliciesResponse", fields: ["policies", "version", "loaded_at"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.messages(0, self.policies)
        cMessage.string(1, self.version)
        cMessage.string(2, self.loadedAt)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.policies = try cMessage.messages(0)
        self.version = cMessage.string(1)
        self.loadedAt = cMessage.string(2)
    }
}

extension V1.GetPolicyRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetPolicyRequest", fields: ["id"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.id)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.id = cMessage.string(0)
    }
}

extension V1.GetPolicyResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.GetPolicyResponse", fields: ["policy", "text"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.message(0, self.policy)
        cMessage.string(1, self.text)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.policy = try cMessage.message(0)
        self.text = cMessage.string(1)
    }
}

extension V1.ReloadPoliciesRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ReloadPoliciesRequest", fields: [])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
    }
}

extension V1.ReloadPoliciesResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.ReloadPoliciesResponse", fields: [
        "applied", "changed", "errors", "version", "policy_count"
    ])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.bool(0, self.applied)
        cMessage.bool(1, self.changed)
        cMessage.messages(2, self.errors)
        cMessage.string(3, self.version)
        cMessage.integer(4, self.policyCount)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.applied = cMessage.bool(0)
        self.changed = cMessage.bool(1)
        self.errors = try cMessage.messages(2)
        self.version = cMessage.string(3)
        self.policyCount = cMessage.integer(4)
    }
}

extension V1.CheckPolicyRequest: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CheckPolicyRequest", fields: ["text", "file"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.string(0, self.text)
        cMessage.string(1, self.file)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.text = cMessage.string(0)
        self.file = cMessage.string(1)
    }
}

extension V1.CheckPolicyResponse: ProtoCodable {
    /// The fields, numbered as the code below uses them.
    public static let protoLayout = ProtoLayout("acs.v1.CheckPolicyResponse", fields: ["valid", "errors", "policy"])

    /// Writes every field that differs from its default.
    public func protoStore(_ cMessage: ProtoWriter) {
        cMessage.bool(0, self.valid)
        cMessage.messages(1, self.errors)
        cMessage.message(2, self.policy)
    }

    /// Reads every field.
    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {
        self.init()
        self.valid = cMessage.bool(0)
        self.errors = try cMessage.messages(1)
        self.policy = try cMessage.message(2)
    }
}
