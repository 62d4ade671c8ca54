public import ACSCore
import Yams

/// Reads a policy file (YAML) into a `DunningPolicy`, collecting every error with its
/// line, column and path rather than stopping at the first.
///
/// ```yaml
/// id: consumer-standard
/// title: Consumer receivables
/// segments: [consumer]
/// default: true
/// profile: us                      # us, uk or eu
/// statute_of_limitations_years: 6  # optional: TIME-BARRED after this
/// validation_notice: letter       # us only: letter (the default), email, or none
/// returned_payment_fee: { USD: "15.00" }       # optional: charged once per returned payment
/// returned_payment_template: returned-payment  # optional: the email sent when a payment comes back
/// settlement_authority_bp: { operator: 2500, admin: 5000 }  # the most discount each role may offer
/// dispute_rejected_template: dispute-rejected  # optional: the email sent when a dispute is rejected
/// payment_receipt_template: payment-receipt    # optional event messages: a receipt for each payment,
/// promise_confirmation_template: promise-confirmation  # a confirmation of each promise
/// plan_confirmation_template: plan-confirmation        # and of each payment plan
/// frequency_caps:
///   - { channel: email, max: 1, days: 1 }
/// stages:
///   - name: pre-due
///     days_past_due: -3
///     actions:
///       - { type: remind, channel: email, template: courtesy, urgency: low }
///   - name: overdue
///     days_past_due: 1
///     actions:
///       - { type: remind, channel: sms, template: overdue, repeat_every_days: 7, max_times: 3 }
///       - { type: fee, fixed: { USD: "25.00" } }
///       - { type: escalate_person, queue: collectors, task_due_days: 2 }
///       - { type: escalate_agency, agency: acme, co_collect: false }
///       - { type: report_to_bureau, bureau: equifax }   # CREDIT-REPORT-WAIT applies
///       - { type: escalate_agency, agency: acme, when: { min_balance: { USD: "25.00" } } }
///       - { type: write_off, when: { max_balance: { USD: "5.00" } } }   # a small balance
///       - { type: offer_settlement, percent_bp: 7000, expires_in_days: 30 }
/// ```
public enum PolicyParser {
    /// The keys a policy file may hold.
    static let policyKeys: Set<String> = Set([
        "id", "title", "segments", "default", "profile", "stages", "frequency_caps", "statute_of_limitations_years",
        "interest_rate_bp", "fees_first", "promise_grace_days", "plan_grace_days", "validation_notice",
        "returned_payment_fee", "settlement_authority_bp",
    ]).union(EventMessage.allCases.map(\.policyKey))

    /// Parses `text`; `file` names it in errors. `templates`, when given, must hold every
    /// template a reminding action names, for its channel.
    public static func parse(_ text: String, file: String, templates: TemplateLibrary? = nil) -> Result<DunningPolicy, PolicyErrors> {
        guard text.utf8.count <= maxTextBytes else {
            return .failure(PolicyErrors([PolicyError(
                file: file, message: "a policy file may hold at most \(maxTextBytes) bytes; this one has \(text.utf8.count)")]))
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return .failure(PolicyErrors([yamlError(error, file: file)]))
        } catch {
            return .failure(PolicyErrors([PolicyError(file: file, message: "not YAML: \(error)")]))
        }
        guard let node, node.mapping != nil else {
            return .failure(PolicyErrors([PolicyError(file: file, line: 1, message: "a policy is a mapping of keys (id, segments, profile, stages, ...)")]))
        }
        var reader = NodeReader(file: file, templates: templates)
        let policy = reader.policy(node)
        if let policy, reader.errors.isEmpty { return .success(policy) }
        let errors = reader.errors.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        guard errors.count > maxErrors else { return .failure(PolicyErrors(errors)) }
        let rest = PolicyError(file: file, message: "\(errors.count - maxErrors) more errors not listed")
        return .failure(PolicyErrors(Array(errors.prefix(maxErrors)) + [rest]))
    }

    /// The largest policy text read: the shipped policies are under 4 KiB, and the YAML tree
    /// of a text takes tens of times its size in memory.
    public static let maxTextBytes = 256 << 10
    /// The most errors listed for one text; the rest are counted in one more.
    public static let maxErrors = 100

    private static func yamlError(_ error: YamlError, file: String) -> PolicyError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return PolicyError(file: file, line: mark.line, column: mark.column, message: "YAML: \(problem)")
        default:
            return PolicyError(file: file, message: "YAML: \(error)")
        }
    }
}

/// Walks the YAML nodes of one policy, recording errors.
struct NodeReader {
    let file: String
    let templates: TemplateLibrary?
    var errors: [PolicyError] = []

    mutating func fail(_ node: Node?, _ path: String, _ message: String) {
        errors.append(PolicyError(file: file, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0, path: path, message: message))
    }

    mutating func policy(_ node: Node) -> DunningPolicy? {
        let map = node.mapping!
        checkKeys(map, allowed: PolicyParser.policyKeys, path: "")
        let id = string(map["id"], "id", required: true) ?? ""
        if !id.isEmpty && !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            fail(map["id"], "id", "letters, digits, '-' and '_' only")
        }
        let segments = strings(map["segments"], "segments")
        let isDefault = bool(map["default"], "default") ?? false
        if segments.isEmpty && !isDefault { fail(node, "segments", "name the segments the policy applies to, or set default: true") }
        let profileName = string(map["profile"], "profile", required: true) ?? "us"
        let profile = ComplianceProfile(rawValue: profileName)
        if profile == nil { fail(map["profile"], "profile", "must be one of us, uk, eu") }
        let stages = self.stages(map["stages"])
        let caps = sequence(map["frequency_caps"], "frequency_caps").enumerated().compactMap { cap($1, "frequency_caps[\($0)]") }
        var policy = DunningPolicy(
            id: id, title: string(map["title"], "title") ?? "", segments: segments, isDefault: isDefault, profile: profile ?? .us,
            stages: stages, frequencyCaps: caps,
            statuteOfLimitationsYears: int(map["statute_of_limitations_years"], "statute_of_limitations_years", 0...100) ?? 0,
            interestRateBP: int(map["interest_rate_bp"], "interest_rate_bp", 0...100_000) ?? 0,
            feesFirst: bool(map["fees_first"], "fees_first") ?? false,
            promiseGraceDays: int(map["promise_grace_days"], "promise_grace_days", 0...60) ?? 3,
            planGraceDays: int(map["plan_grace_days"], "plan_grace_days", 0...60) ?? 5,
            validationNotice: validationNotice(map["validation_notice"], profile: profile ?? .us))
        policy.returnedPaymentFee = amounts(map["returned_payment_fee"], "returned_payment_fee")
        for event in EventMessage.allCases {
            policy.eventTemplates[event] = emailTemplate(map[event.policyKey], event.policyKey)
        }
        policy.settlementAuthorityBP = settlementAuthority(map["settlement_authority_bp"])
        return policy
    }

    /// The name of an event message's email template, which must exist.
    mutating func emailTemplate(_ node: Node?, _ path: String) -> String? {
        let name = string(node, path)
        if let name, let templates, !templates.has(name, channel: .email) {
            fail(node, path, "no email template \"\(name)\" in \(templates.directory)")
        }
        return name
    }

    /// `settlement_authority_bp: { operator: 2500, admin: 5000 }`: roles that may offer settlements.
    mutating func settlementAuthority(_ node: Node?) -> [Role: Int] {
        guard let node else { return [:] }
        guard let map = node.mapping else { fail(node, "settlement_authority_bp", "a mapping of role to basis points, e.g. { operator: 2500 }"); return [:] }
        var authority: [Role: Int] = [:]
        for (key, value) in map {
            let path = "settlement_authority_bp.\(key.string ?? "")"
            guard let role = key.string.flatMap(Role.init(rawValue:)), role == .operator || role == .admin else {
                fail(key, path, "roles that may offer settlements are operator and admin"); continue
            }
            authority[role] = int(value, path, 0...10_000, required: true) ?? 0
        }
        return authority
    }

    /// VALIDATION's channel: under the us profile a letter unless the policy says email, or
    /// none (a creditor collecting its own debts); other profiles have no validation notice.
    mutating func validationNotice(_ node: Node?, profile: ComplianceProfile) -> ContactChannel? {
        let name = node == nil ? (profile == .us ? "letter" : "none") : string(node, "validation_notice") ?? "none"
        guard profile == .us || name == "none" else { fail(node, "validation_notice", "VALIDATION is a rule of the us profile"); return nil }
        guard ["letter", "email", "none"].contains(name) else { fail(node, "validation_notice", "must be one of letter, email, none"); return nil }
        let channel = ContactChannel(rawValue: name)
        if let channel, let templates, !templates.has(ValidationNotice.template, channel: channel) {
            fail(node, "validation_notice", "no \(name) template \"\(ValidationNotice.template)\" in \(templates.directory)")
        }
        return channel
    }

    mutating func stages(_ node: Node?) -> [PolicyStage] {
        let nodes = sequence(node, "stages")
        if nodes.isEmpty { fail(node, "stages", "a policy needs at least one stage") }
        var stages: [PolicyStage] = []
        for (index, stageNode) in nodes.enumerated() {
            let path = "stages[\(index)]"
            guard let map = stageNode.mapping else { fail(stageNode, path, "a stage is a mapping (name, days_past_due, actions)"); continue }
            checkKeys(map, allowed: ["name", "days_past_due", "actions", "when"], path: path)
            let name = string(map["name"], "\(path).name", required: true) ?? ""
            if stages.contains(where: { $0.name == name }) { fail(map["name"], "\(path).name", "\"\(name)\" is already a stage of this policy") }
            let days = int(map["days_past_due"], "\(path).days_past_due", -365...3650, required: true) ?? 0
            if let previous = stages.last, days <= previous.daysPastDue {
                fail(map["days_past_due"], "\(path).days_past_due", "must be after the previous stage's (\(previous.daysPastDue))")
            }
            let actionNodes = sequence(map["actions"], "\(path).actions")
            if actionNodes.isEmpty { fail(map["actions"] ?? stageNode, "\(path).actions", "a stage needs at least one action") }
            var actions: [StageAction] = []
            var conditions: [StageCondition?] = []
            for (actionIndex, actionNode) in actionNodes.enumerated() {
                guard let action = action(actionNode, "\(path).actions[\(actionIndex)]") else { continue }
                actions.append(action)
                conditions.append(condition(actionNode.mapping?["when"], "\(path).actions[\(actionIndex)].when"))
            }
            stages.append(PolicyStage(name: name, daysPastDue: days, actions: actions, condition: condition(map["when"], "\(path).when"),
                                      actionConditions: conditions))
        }
        return stages
    }

    mutating func action(_ node: Node, _ path: String) -> StageAction? {
        guard let map = node.mapping else { fail(node, path, "an action is a mapping with a type"); return nil }
        switch string(map["type"], "\(path).type", required: true) {
        case "remind":
            checkKeys(map, allowed: ["type", "when", "channel", "template", "urgency", "repeat_every_days", "max_times"], path: path)
            guard let channel = channel(map["channel"], "\(path).channel"),
                  let template = string(map["template"], "\(path).template", required: true) else { return nil }
            if let templates, !templates.has(template, channel: channel) {
                fail(map["template"], "\(path).template", "no \(channel.rawValue) template \"\(template)\" in \(templates.directory)")
            }
            let urgencyName = string(map["urgency"], "\(path).urgency") ?? "normal"
            let urgency = Urgency(rawValue: urgencyName)
            if urgency == nil { fail(map["urgency"], "\(path).urgency", "must be one of low, normal, high, final") }
            let repeatDays = int(map["repeat_every_days"], "\(path).repeat_every_days", 0...365) ?? 0
            let times = int(map["max_times"], "\(path).max_times", 1...100) ?? 1
            if times > 1 && repeatDays == 0 { fail(map["max_times"], "\(path).max_times", "repeating needs repeat_every_days > 0") }
            return .remind(.init(channel: channel, template: template, urgency: urgency ?? .normal, repeatEveryDays: repeatDays, maxTimes: times))
        case "fee":
            checkKeys(map, allowed: ["type", "when", "fixed", "percent_bp", "caps"], path: path)
            let fixed = amounts(map["fixed"], "\(path).fixed")
            let percent = int(map["percent_bp"], "\(path).percent_bp", 1...10_000) ?? 0
            if fixed.isEmpty == (percent == 0) { fail(node, path, "a fee is either fixed amounts or a percent_bp") }
            return .fee(StageFee(fixed: fixed, percentBP: percent, caps: amounts(map["caps"], "\(path).caps")))
        case "escalate_agency":
            checkKeys(map, allowed: ["type", "when", "agency", "co_collect"], path: path)
            guard let agency = string(map["agency"], "\(path).agency", required: true) else { return nil }
            return .escalateAgency(agency: agency, coCollect: bool(map["co_collect"], "\(path).co_collect") ?? false)
        case "escalate_person":
            checkKeys(map, allowed: ["type", "when", "queue", "task_due_days"], path: path)
            guard let queue = string(map["queue"], "\(path).queue", required: true) else { return nil }
            return .escalatePerson(queue: queue, taskDueDays: int(map["task_due_days"], "\(path).task_due_days", 0...365) ?? 1)
        case "report_to_bureau":
            checkKeys(map, allowed: ["type", "when", "bureau"], path: path)
            guard let bureau = string(map["bureau"], "\(path).bureau", required: true) else { return nil }
            guard CreditReporting.isBureauName(bureau) else {
                fail(map["bureau"], "\(path).bureau", "letters, digits, '-' and '_' only, at most 64"); return nil
            }
            return .reportToBureau(bureau: bureau)
        case "write_off":
            checkKeys(map, allowed: ["type", "when"], path: path)
            // Never the whole portfolio: a small-balance write-off says how small, per currency.
            let most = map["when"]?.mapping?["max_balance"].map { amounts($0, "\(path).when.max_balance") } ?? []
            if most.isEmpty { fail(node, path, "a write_off action needs when: { max_balance: {...} }, the balance it writes off at most") }
            return .writeOffSmallBalance(maxBalance: most)
        case "offer_settlement":
            checkKeys(map, allowed: ["type", "when", "percent_bp", "expires_in_days"], path: path)
            guard let percent = int(map["percent_bp"], "\(path).percent_bp", 1...9_999, required: true),
                  let days = int(map["expires_in_days"], "\(path).expires_in_days", 1...SettlementRules.maxDays, required: true) else { return nil }
            return .offerSettlement(percentBP: percent, expiresInDays: days)
        case nil:
            return nil
        case let other?:
            fail(map["type"], "\(path).type", "unknown action type \"\(other)\"; types are remind, fee, escalate_agency, escalate_person, report_to_bureau, write_off, offer_settlement")
            return nil
        }
    }

    /// A `when:` condition: `{ min_balance: { USD: "25.00" }, max_balance: {...}, segments: [...],
    /// hold_free: true, score_band: [300, 650] }`; nil when absent.
    mutating func condition(_ node: Node?, _ path: String) -> StageCondition? {
        guard let node else { return nil }
        guard let map = node.mapping else { fail(node, path, "a condition is a mapping (min_balance, max_balance, segments, hold_free, score_band)"); return nil }
        checkKeys(map, allowed: ["min_balance", "max_balance", "segments", "hold_free", "score_band"], path: path)
        var band: ClosedRange<Int>?
        if let bandNode = map["score_band"] {
            let bounds = sequence(bandNode, "\(path).score_band").enumerated().compactMap { int($1, "\(path).score_band[\($0)]", 0...1_000_000) }
            if bounds.count == 2 && bounds[0] <= bounds[1] { band = bounds[0]...bounds[1] } else { fail(bandNode, "\(path).score_band", "two scores, lowest first") }
        }
        return StageCondition(minBalance: amounts(map["min_balance"], "\(path).min_balance"), maxBalance: amounts(map["max_balance"], "\(path).max_balance"),
                              segments: strings(map["segments"], "\(path).segments"), holdFree: bool(map["hold_free"], "\(path).hold_free") ?? false,
                              scoreBand: band)
    }

    mutating func cap(_ node: Node, _ path: String) -> FrequencyCap? {
        guard let map = node.mapping else { fail(node, path, "a cap is a mapping (channel, max, days)"); return nil }
        checkKeys(map, allowed: ["channel", "max", "days"], path: path)
        guard let channel = channel(map["channel"], "\(path).channel"),
              let max = int(map["max"], "\(path).max", 1...1000, required: true),
              let days = int(map["days"], "\(path).days", 1...365, required: true) else { return nil }
        return FrequencyCap(channel: channel, maxCount: max, periodDays: days)
    }

    mutating func amounts(_ node: Node?, _ path: String) -> [Money] {
        guard let node else { return [] }
        guard let map = node.mapping else { fail(node, path, "a mapping of currency to amount, e.g. { USD: \"25.00\" }"); return [] }
        var amounts: [Money] = []
        for (key, value) in map {
            guard let code = key.string, let currency = Currency(code: code) else {
                fail(key, "\(path).\(key.string ?? "?")", "unknown ISO 4217 currency"); continue
            }
            do {
                amounts.append(Money(minorUnits: try Money.parseMinorUnits(value.string ?? "", currency: currency), currency: code))
            } catch {
                fail(value, "\(path).\(code)", error.message)
            }
        }
        return amounts
    }

    mutating func channel(_ node: Node?, _ path: String) -> ContactChannel? {
        guard let name = string(node, path, required: true) else { return nil }
        guard let channel = ContactChannel(rawValue: name) else {
            fail(node, path, "must be one of \(ContactChannel.allCases.map(\.rawValue).joined(separator: ", "))"); return nil
        }
        return channel
    }

    mutating func checkKeys(_ map: Node.Mapping, allowed: Set<String>, path: String) {
        for key in map.keys where !allowed.contains(key.string ?? "") {
            fail(key, path.isEmpty ? (key.string ?? "?") : "\(path).\(key.string ?? "?")",
                 "unknown key; known keys: \(allowed.sorted().joined(separator: ", "))")
        }
    }

    mutating func string(_ node: Node?, _ path: String, required: Bool = false) -> String? {
        guard let node else { if required { fail(nil, path, "is required") }; return nil }
        guard node.scalar != nil, let text = node.string, !text.isEmpty else { fail(node, path, "must be a non-empty string"); return nil }
        return text
    }

    mutating func strings(_ node: Node?, _ path: String) -> [String] {
        sequence(node, path).enumerated().compactMap { string($1, "\(path)[\($0)]", required: true) }
    }

    mutating func int(_ node: Node?, _ path: String, _ range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let node else { if required { fail(nil, path, "is required") }; return nil }
        guard let value = node.int, range.contains(value) else { fail(node, path, "must be a whole number in \(range.lowerBound)...\(range.upperBound)"); return nil }
        return value
    }

    mutating func bool(_ node: Node?, _ path: String) -> Bool? {
        guard let node else { return nil }
        guard let value = node.bool else { fail(node, path, "must be true or false"); return nil }
        return value
    }

    mutating func sequence(_ node: Node?, _ path: String) -> [Node] {
        guard let node else { return [] }
        guard let sequence = node.sequence else { fail(node, path, "must be a list"); return [] }
        return Array(sequence)
    }
}
