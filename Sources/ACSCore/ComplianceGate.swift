public import Foundation

/// The rule ids of `COMPLIANCE.md` the gate enforces, plus the policy's own caps.
public enum ComplianceRule: String, Sendable, Hashable, CaseIterable {
    case holdDispute = "HOLD-DISPUTE"
    case holdCease = "HOLD-CEASE"
    case holdBankruptcy = "HOLD-BANKRUPTCY"
    case holdDeceased = "HOLD-DECEASED"
    case holdAttorney = "HOLD-ATTORNEY"
    case ukBreathingSpace = "UK-BREATHING-SPACE"
    case timeWindow = "TIME-WINDOW"
    case timeUnknown = "TIME-UNKNOWN"
    case timeDeclared = "TIME-DECLARED"
    case call7in7 = "CALL-7IN7"
    case callConversation = "CALL-CONVERSATION"
    case optOutElectronic = "OPTOUT-ELECTRONIC"
    case channelOptOut = "CHANNEL-OPTOUT"
    case consentSMSVoice = "CONSENT-SMS-VOICE"
    case timeBarred = "TIME-BARRED"
    case ukTimeWindow = "UK-TIME-WINDOW"
    case ukFrequency = "UK-FREQUENCY"
    case frequencyCap = "FREQUENCY-CAP"
    case noRecipient = "NO-RECIPIENT"
    case validation = "VALIDATION"
    case creditReportWait = "CREDIT-REPORT-WAIT"

    /// The hold kinds and the rule each enforces, strictest first.
    public static let holds: [(kind: HoldKind, rule: ComplianceRule)] = [
        (.bankruptcy, .holdBankruptcy), (.deceased, .holdDeceased), (.cease, .holdCease),
        (.attorney, .holdAttorney), (.dispute, .holdDispute), (.breathingSpace, .ukBreathingSpace),
    ]
}

/// What the gate decided about one contact.
public enum GateVerdict: Sendable, Hashable, Codable {
    /// Allowed at the proposed instant.
    case allowed
    /// Not before `until`; `rule` is the first rule that refused the proposed instant.
    case deferred(until: Date, rule: String, detail: String)
    /// Never, for good.
    case suppressed(rule: String, detail: String)

    /// The rule id of a deferral or suppression; nil when allowed.
    public var rule: String? {
        switch self {
        case .allowed: nil
        case .deferred(_, let rule, _), .suppressed(let rule, _): rule
        }
    }

    /// True when suppressed: the contact never goes out.
    public var isSuppressed: Bool { if case .suppressed = self { true } else { false } }
}

/// One earlier contact attempt with the debtor (a claimed reminder).
public struct ContactAttempt: Sendable, Hashable {
    /// The channel.
    public var channel: ContactChannel
    /// When it was attempted.
    public var at: Date
    /// How it ended; nil while the delivery service has not said.
    public var outcome: ReminderOutcome?
    /// True when a telephone conversation took place.
    public var conversation: Bool { outcome == .conversation }

    /// Creates an attempt.
    public init(channel: ContactChannel, at: Date, conversation: Bool = false, outcome: ReminderOutcome? = nil) {
        self.channel = channel
        self.at = at
        self.outcome = conversation ? .conversation : outcome
    }
}

/// Everything the gate needs to judge one proposed contact. Pure data: the gate reads
/// no clock and no database.
public struct GateRequest: Sendable, Hashable {
    /// The channel.
    public var channel: ContactChannel
    /// The instant proposed.
    public var proposedAt: Date
    /// The policy's compliance profile.
    public var profile: ComplianceProfile
    /// Candidate zones of the debtor (account, address, each number); "" or a name that is not
    /// a zone counts as unknown, which adds every zone of the profile (TIME-UNKNOWN).
    public var zoneCandidates: [String]
    /// Kinds of the active account-wide holds.
    public var holds: Set<HoldKind>
    /// True when the debtor opted out of the channel.
    public var channelOptedOut: Bool
    /// For SMS and voice: consent for the number used.
    public var consented: Bool
    /// False when there is no address or number for the channel.
    public var hasRecipient: Bool
    /// Periods the debtor declared inconvenient.
    public var inconvenientTimes: [InconvenientTime]
    /// Earlier attempts (any channel), any order.
    public var history: [ContactAttempt]
    /// The policy's caps.
    public var caps: [FrequencyCap]
    /// True when the template threatens suit.
    public var threatensSuit: Bool
    /// True when the template is the notice HOLD-CEASE allows.
    public var ceaseNotice: Bool
    /// Whom the contact reaches when not the debtor: HOLD-ATTORNEY allows the attorney,
    /// HOLD-DECEASED the estate's representative.
    public var recipientRole: ContactRole?
    /// True when such a notice already went out to the debtor (was claimed for sending).
    public var ceaseNoticeSent: Bool
    /// True when the debt is past its statute of limitations.
    public var timeBarred: Bool

    /// Creates a request; the defaults describe a contact nothing stands against.
    public init(channel: ContactChannel, proposedAt: Date, profile: ComplianceProfile = .us, zoneCandidates: [String],
                holds: Set<HoldKind> = [], channelOptedOut: Bool = false, consented: Bool = true, hasRecipient: Bool = true,
                inconvenientTimes: [InconvenientTime] = [], history: [ContactAttempt] = [], caps: [FrequencyCap] = [],
                threatensSuit: Bool = false, timeBarred: Bool = false, ceaseNotice: Bool = false, ceaseNoticeSent: Bool = false,
                recipientRole: ContactRole? = nil) {
        self.recipientRole = recipientRole
        self.ceaseNotice = ceaseNotice
        self.ceaseNoticeSent = ceaseNoticeSent
        self.channel = channel
        self.proposedAt = proposedAt
        self.profile = profile
        self.zoneCandidates = zoneCandidates
        self.holds = holds
        self.channelOptedOut = channelOptedOut
        self.consented = consented
        self.hasRecipient = hasRecipient
        self.inconvenientTimes = inconvenientTimes
        self.history = history
        self.caps = caps
        self.threatensSuit = threatensSuit
        self.timeBarred = timeBarred
    }
}

/// The compliance gate (COMPLIANCE.md): allow now, defer to the next allowed instant,
/// or suppress with the rule that decided. Every reminder passes it when it is
/// scheduled and again when it is claimed.
public enum ComplianceGate {
    /// Contact hours: 08:00 inclusive to 21:00 exclusive, local time.
    public static let windowStartMinute = 8 * 60, windowEndMinute = 21 * 60

    /// Zones assumed when the debtor's is unknown: every zone the profile's debtors live in.
    public static func unknownZoneCandidates(_ profile: ComplianceProfile) -> [String] {
        switch profile {
        case .us: ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
                   "America/Anchorage", "Pacific/Honolulu"]
        case .uk: ["Europe/London"]
        case .eu: ["Europe/Lisbon", "Europe/Berlin", "Europe/Helsinki"]
        }
    }

    /// The UK profile's own caps (a policy may tighten them): one contact a day per
    /// channel, three calls in seven days.
    public static let ukCaps = [FrequencyCap(channel: .voice, maxCount: 3, periodDays: 7)]
        + ContactChannel.allCases.map { FrequencyCap(channel: $0, maxCount: 1, periodDays: 1) }

    /// Judges one proposed contact.
    public static func evaluate(_ request: GateRequest) -> GateVerdict {
        judge(request).verdict
    }

    /// The verdict, and the zones the contact window is judged in (resolved once for both).
    static func judge(_ request: GateRequest) -> (verdict: GateVerdict, zones: ResolvedZones) {
        let zones = resolvedZones(request)
        if let refusal = permanentRefusal(request) { return (refusal, zones) }
        return (earliestAllowed(request, zones: zones), zones)
    }

    private static func permanentRefusal(_ request: GateRequest) -> GateVerdict? {
        if request.ceaseNotice && !request.holds.contains(.cease) {
            return .suppressed(rule: ComplianceRule.holdCease.rawValue, detail: "a cease notice goes out only under a cease hold")
        }
        for (kind, rule) in ComplianceRule.holds where request.holds.contains(kind) {
            // HOLD-CEASE lets one notice through: that collection ends, or that a named remedy will be used.
            if kind == .cease && request.ceaseNotice && !request.ceaseNoticeSent && request.holds.count == 1 { continue }
            // The estate's representative (who speaks for a deceased debtor, attorney or not) or the
            // attorney is reached instead of the debtor.
            if (kind == .attorney && request.recipientRole != nil) || (kind == .deceased && request.recipientRole == .estateRepresentative) {
                continue
            }
            let detail = kind == .cease && request.ceaseNotice && request.ceaseNoticeSent
                ? "the cease notice already went out" : "the account has an active \(kind) hold"
            return .suppressed(rule: rule.rawValue, detail: detail)
        }
        guard request.hasRecipient else {
            return .suppressed(rule: ComplianceRule.noRecipient.rawValue, detail: "no \(request.channel.rawValue) address or number on file")
        }
        if request.channelOptedOut {
            let electronic = request.channel == .email || request.channel == .sms
            return .suppressed(rule: (electronic ? ComplianceRule.optOutElectronic : .channelOptOut).rawValue,
                               detail: "the debtor opted out of \(request.channel.rawValue)")
        }
        if (request.channel == .sms || request.channel == .voice) && !request.consented {
            return .suppressed(rule: ComplianceRule.consentSMSVoice.rawValue,
                               detail: "no consent for automated \(request.channel == .sms ? "texts" : "calls") to this number")
        }
        if request.threatensSuit && request.timeBarred {
            return .suppressed(rule: ComplianceRule.timeBarred.rawValue, detail: "the debt is time-barred and the template threatens suit")
        }
        return nil
    }

    /// The zones a contact's window is judged in, and the rule that names a refusal.
    typealias ResolvedZones = (zones: [TimeZone], rule: ComplianceRule)

    /// A rule that refuses an instant answers the next instant worth trying.
    private typealias Constraint = (Date) -> (next: Date, rule: ComplianceRule, detail: String)?

    private static func earliestAllowed(_ request: GateRequest, zones: ResolvedZones) -> GateVerdict {
        let constraints = self.constraints(request, zones: zones)
        var instant = request.proposedAt
        var first: (rule: ComplianceRule, detail: String)?
        let limit = request.proposedAt.addingTimeInterval(400 * 86_400)
        search: for _ in 0..<1_000 {
            for constraint in constraints {
                if let refusal = constraint(instant) {
                    if first == nil { first = (refusal.rule, refusal.detail) }
                    // A rule that cannot name a later instant moves the search an hour on, never a second.
                    instant = refusal.next > instant ? refusal.next : instant.addingTimeInterval(3_600)
                    if instant > limit { break search }
                    continue search
                }
            }
            guard let first else { return .allowed }
            return .deferred(until: instant, rule: first.rule.rawValue, detail: first.detail)
        }
        return .suppressed(rule: (first?.rule ?? .timeWindow).rawValue, detail: "no allowed instant within 400 days")
    }

    private static func constraints(_ request: GateRequest, zones: ResolvedZones) -> [Constraint] {
        let primary = zones.zones[0]
        var constraints: [Constraint] = []
        if request.channel != .letter {
            constraints.append(window(zones.zones, profile: request.profile, rule: zones.rule))
            if !request.inconvenientTimes.isEmpty { constraints.append(declared(request.inconvenientTimes, zone: primary)) }
        }
        let attempts = request.history.filter { $0.channel == request.channel }.map(\.at)
        if request.channel == .voice && request.profile == .us {
            constraints.append(cap(FrequencyCap(channel: .voice, maxCount: 7, periodDays: 7), attempts, primary, .call7in7))
            let conversations = request.history.filter { $0.channel == .voice && $0.conversation }.map(\.at)
            if let last = conversations.max() { constraints.append(conversation(last, zone: primary)) }
        }
        if request.profile == .uk {
            for limit in ukCaps where limit.channel == request.channel { constraints.append(cap(limit, attempts, primary, .ukFrequency)) }
        }
        for limit in request.caps where limit.channel == request.channel {
            constraints.append(cap(limit, attempts, primary, .frequencyCap))
        }
        return constraints
    }

    /// The zones to respect and the rule that names a refusal: one known zone is
    /// TIME-WINDOW; disagreeing zones are TIME-UNKNOWN and every candidate must allow; an
    /// unknown candidate adds every zone of the profile.
    static func resolvedZones(_ request: GateRequest) -> ResolvedZones {
        let known = request.zoneCandidates.compactMap { $0.isEmpty ? nil : TimeZones.named($0) }
        let unknown = known.count < request.zoneCandidates.count || known.isEmpty
        var distinct: [TimeZone] = []
        for zone in known + (unknown ? unknownZoneCandidates(request.profile).compactMap(TimeZones.named) : [])
        where !distinct.contains(where: { $0.identifier == zone.identifier }) {
            distinct.append(zone)
        }
        if distinct.count == 1 && !unknown { return (distinct, request.profile == .uk ? .ukTimeWindow : .timeWindow) }
        return (distinct, .timeUnknown)
    }

    private static func window(_ zones: [TimeZone], profile: ComplianceProfile, rule: ComplianceRule) -> Constraint {
        let closedOnSunday = profile == .uk
        return { instant in
            for zone in zones {
                let today = LocalDate(instant, in: zone)
                let minute = LocalDate.minuteOfDay(instant, in: zone)
                let closed = closedOnSunday && today.isoWeekday == 7
                if !closed && minute >= windowStartMinute && minute < windowEndMinute { continue }
                var day = (minute < windowStartMinute && !closed) ? today : today.adding(days: 1)
                if closedOnSunday && day.isoWeekday == 7 { day = day.adding(days: 1) }
                let local = "\(InconvenientTime.text(minute)) \(closed ? "on a Sunday " : "")in \(zone.identifier)"
                return (day.instant(atMinute: windowStartMinute, in: zone), rule, "\(local) is outside 08:00-21:00")
            }
            return nil
        }
    }

    private static func declared(_ periods: [InconvenientTime], zone: TimeZone) -> Constraint {
        { instant in
            let today = LocalDate(instant, in: zone)
            let minute = LocalDate.minuteOfDay(instant, in: zone)
            for period in periods {
                let applies = { (day: LocalDate) in period.weekdays.isEmpty || period.weekdays.contains(day.isoWeekday) }
                let detail = "the debtor declared \(InconvenientTime.text(period.startMinute))-\(InconvenientTime.text(period.endMinute)) inconvenient"
                if period.endMinute > period.startMinute {
                    if applies(today) && minute >= period.startMinute && minute < period.endMinute {
                        return (today.instant(atMinute: period.endMinute, in: zone), .timeDeclared, detail)
                    }
                } else {
                    if applies(today) && minute >= period.startMinute {
                        return (today.adding(days: 1).instant(atMinute: period.endMinute, in: zone), .timeDeclared, detail)
                    }
                    if applies(today.adding(days: -1)) && minute < period.endMinute {
                        return (today.instant(atMinute: period.endMinute, in: zone), .timeDeclared, detail)
                    }
                }
            }
            return nil
        }
    }

    /// At most `limit.maxCount` attempts in any `limit.periodDays` consecutive local days:
    /// a further one waits until the oldest in the window leaves it.
    private static func cap(_ limit: FrequencyCap, _ attempts: [Date], _ zone: TimeZone, _ rule: ComplianceRule) -> Constraint {
        let days = attempts.map { LocalDate($0, in: zone) }.sorted()
        return { instant in
            let today = LocalDate(instant, in: zone)
            let first = today.adding(days: 1 - limit.periodDays)
            let inWindow = days.filter { $0 >= first && $0 <= today }
            guard inWindow.count >= limit.maxCount else { return nil }
            let oldest = inWindow[inWindow.count - limit.maxCount]
            let detail = "\(inWindow.count) \(limit.channel.rawValue) contacts in the \(limit.periodDays) days to \(today); at most \(limit.maxCount)"
            return (oldest.adding(days: limit.periodDays).start(in: zone), rule, detail)
        }
    }

    /// No call for 7 days after a conversation; the conversation's day is day 1.
    private static func conversation(_ last: Date, zone: TimeZone) -> Constraint {
        let day = LocalDate(last, in: zone)
        return { instant in
            guard LocalDate(instant, in: zone) < day.adding(days: 7) else { return nil }
            return (day.adding(days: 7).start(in: zone), .callConversation, "a conversation took place on \(day)")
        }
    }
}

/// What acsd knows about how a debtor may be contacted: the account-level inputs of
/// the gate, from which a request for one channel and instant is built.
public struct DebtorContactState: Sendable, Hashable {
    /// The account's zone.
    public var timeZone: String
    /// Contact points with acsd's consent overrides applied.
    public var contacts: ContactPoints
    /// Kinds of the active account-wide holds.
    public var activeHolds: Set<HoldKind>
    /// Channels opted out of.
    public var optedOut: Set<ContactChannel>
    /// Declared inconvenient times.
    public var inconvenientTimes: [InconvenientTime]
    /// Earlier attempts.
    public var history: [ContactAttempt]
    /// True when the notice HOLD-CEASE allows already went out (was claimed for sending).
    public var ceaseNoticeSent = false

    /// Creates a state.
    public init(timeZone: String, contacts: ContactPoints, activeHolds: Set<HoldKind> = [], optedOut: Set<ContactChannel> = [],
                inconvenientTimes: [InconvenientTime] = [], history: [ContactAttempt] = []) {
        self.timeZone = timeZone
        self.contacts = contacts
        self.activeHolds = activeHolds
        self.optedOut = optedOut
        self.inconvenientTimes = inconvenientTimes
        self.history = history
    }

    /// Where a reminder on `channel` goes: the first address, the first number with
    /// consent for the channel (else the first number), or the postal address. Under
    /// HOLD-DECEASED the estate's representative and under HOLD-ATTORNEY the attorney take
    /// the debtor's place, by email or letter only; nil when there is no one to reach.
    public func recipient(for channel: ContactChannel) -> ContactRecipient? {
        if let role = ContactRole.acting(under: activeHolds) {
            guard let person = contacts.representatives.first(where: { $0.role == role }) else { return nil }
            switch channel {
            case .email where !person.email.isEmpty:
                return ContactRecipient(address: person.email, consented: true, role: role, name: person.name)
            case .letter where !(person.address?.lines.isEmpty ?? true):
                return ContactRecipient(address: "", consented: true, role: role, name: person.name,
                                        postalAddress: person.address)
            default: return nil
            }
        }
        switch channel {
        case .email:
            return contacts.emails.first.map { ContactRecipient(address: $0, consented: true) }
        case .sms, .voice:
            let consented = { (phone: PhoneContact) in channel == .sms ? phone.smsConsent : phone.voiceConsent }
            guard let phone = contacts.phones.first(where: consented) ?? contacts.phones.first else { return nil }
            return ContactRecipient(address: phone.number, consented: consented(phone))
        case .letter:
            guard let address = contacts.address, !address.lines.isEmpty else { return nil }
            return ContactRecipient(address: "", consented: true)
        }
    }

    /// The gate's decision at `checkpoint` on a contact on `channel` at `instant` under
    /// `policy`, for debt anchored at `anchor` (whose age decides TIME-BARRED), with the
    /// zones its window was judged in: what scheduling and claiming ask.
    public func decision(_ checkpoint: GateCheckpoint, channel: ContactChannel, at instant: Date, policy: DunningPolicy?,
                         threatensSuit: Bool, ceaseNotice: Bool = false, anchor: LocalDate?) -> GateDecisionRecord {
        let timeBarred = policy?.isTimeBarred(anchor: anchor, at: instant, zone: timeZone) ?? false
        var request = gateRequest(channel: channel, at: instant, policy: policy, threatensSuit: threatensSuit, timeBarred: timeBarred)
        request.ceaseNotice = ceaseNotice
        request.ceaseNoticeSent = ceaseNoticeSent
        let judged = ComplianceGate.judge(request)
        return GateDecisionRecord(at: instant, checkpoint: checkpoint, verdict: judged.verdict,
                                  zones: channel == .letter ? [] : judged.zones.zones.map(\.identifier))
    }

    /// The gate request for a contact on `channel` at `instant` under `policy`.
    public func gateRequest(channel: ContactChannel, at instant: Date, policy: DunningPolicy?, threatensSuit: Bool = false,
                            timeBarred: Bool = false) -> GateRequest {
        let recipient = recipient(for: channel)
        // Every place the debtor may be is a candidate, whatever the channel: an email read
        // on a phone in Los Angeles at 05:31 is a contact at 05:31 (TIME-UNKNOWN).
        let zones = [timeZone] + ([contacts.address?.timeZone ?? ""] + contacts.phones.map(\.timeZone)).filter { !$0.isEmpty }
        return GateRequest(
            channel: channel, proposedAt: instant, profile: policy?.profile ?? .us, zoneCandidates: zones, holds: activeHolds,
            channelOptedOut: optedOut.contains(channel), consented: recipient?.consented ?? false, hasRecipient: recipient != nil,
            inconvenientTimes: inconvenientTimes, history: history, caps: policy?.frequencyCaps ?? [],
            threatensSuit: threatensSuit, timeBarred: timeBarred, recipientRole: recipient?.role)
    }
}
