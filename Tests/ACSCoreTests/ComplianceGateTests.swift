import ACSCore
import Foundation
import Testing

private func at(_ text: String) -> Date { ACSClock.parse(text)! }

/// What a table row expects: allowed, or deferred to an instant by a rule, or suppressed by a rule.
private enum Expect: CustomStringConvertible {
    case allow
    case deferTo(String, rule: String)
    case suppress(String)

    func matches(_ verdict: GateVerdict) -> Bool {
        switch (self, verdict) {
        case (.allow, .allowed): true
        case (.deferTo(let until, let rule), .deferred(let actual, let actualRule, _)): actual == at(until) && actualRule == rule
        case (.suppress(let rule), .suppressed(let actualRule, _)): actualRule == rule
        default: false
        }
    }

    var description: String {
        switch self {
        case .allow: "allow"
        case .deferTo(let until, let rule): "defer to \(until) by \(rule)"
        case .suppress(let rule): "suppress by \(rule)"
        }
    }
}

/// Voice attempts at `days` (local dates in New York, at noon).
private func calls(_ days: [String], conversation: String? = nil) -> [ContactAttempt] {
    days.map { ContactAttempt(channel: .voice, at: at("\($0)T17:00:00Z"), conversation: $0 == conversation) }
}

@Suite("Compliance gate: time window, zones and daylight saving")
struct GateTimeTests {
    fileprivate static let rows: [(String, ContactChannel, String, [String], ComplianceProfile, Expect)] = [
        ("20:59 New York is inside", .email, "2026-01-16T01:59:00Z", ["America/New_York"], .us, .allow),
        ("21:00 New York is outside", .email, "2026-01-16T02:00:00Z", ["America/New_York"], .us, .deferTo("2026-01-16T13:00:00Z", rule: "TIME-WINDOW")),
        ("07:59 New York waits a minute", .sms, "2026-01-15T12:59:00Z", ["America/New_York"], .us, .deferTo("2026-01-15T13:00:00Z", rule: "TIME-WINDOW")),
        ("08:00 New York is inside", .voice, "2026-01-15T13:00:00Z", ["America/New_York"], .us, .allow),
        ("spring forward: 01:00 EST waits for 08:00 EDT", .email, "2026-03-08T06:00:00Z", ["America/New_York"], .us,
         .deferTo("2026-03-08T12:00:00Z", rule: "TIME-WINDOW")),
        ("fall back: 06:30 EST waits for 08:00 EST", .email, "2026-11-01T11:30:00Z", ["America/New_York"], .us,
         .deferTo("2026-11-01T13:00:00Z", rule: "TIME-WINDOW")),
        ("fall back: 20:59 EST is inside", .email, "2026-11-02T01:59:00Z", ["America/New_York"], .us, .allow),
        ("London spring forward: 07:30 BST waits for 08:00 BST", .email, "2026-03-29T06:30:00Z", ["Europe/London"], .us,
         .deferTo("2026-03-29T07:00:00Z", rule: "TIME-WINDOW")),
        ("London autumn: 20:30 GMT is inside", .email, "2026-10-25T20:30:00Z", ["Europe/London"], .us, .allow),
        ("Kolkata 20:59 is inside", .sms, "2026-01-15T15:29:00Z", ["Asia/Kolkata"], .us, .allow),
        ("Kolkata 21:00 waits for 08:00 next day", .sms, "2026-01-15T15:30:00Z", ["Asia/Kolkata"], .us,
         .deferTo("2026-01-16T02:30:00Z", rule: "TIME-WINDOW")),
        ("unknown zone: every US zone must allow", .email, "2026-01-15T14:00:00Z", [""], .us, .deferTo("2026-01-15T18:00:00Z", rule: "TIME-UNKNOWN")),
        ("a zone that does not exist is unknown", .email, "2026-01-15T14:00:00Z", ["Mars/Olympus"], .us, .deferTo("2026-01-15T18:00:00Z", rule: "TIME-UNKNOWN")),
        ("unknown zone late evening: waits for New York's morning", .email, "2026-01-16T02:30:00Z", [], .us,
         .deferTo("2026-01-16T18:00:00Z", rule: "TIME-UNKNOWN")),
        ("address and phone disagree: both must allow", .sms, "2026-01-15T13:30:00Z", ["America/New_York", "America/Los_Angeles"], .us,
         .deferTo("2026-01-15T16:00:00Z", rule: "TIME-UNKNOWN")),
        ("an unknown zone under the uk profile is TIME-UNKNOWN, judged in London", .email, "2026-01-15T07:30:00Z", [""], .uk,
         .deferTo("2026-01-15T08:00:00Z", rule: "TIME-UNKNOWN")),
        ("a known zone beside an unknown one: every US zone must allow", .email, "2026-01-15T14:00:00Z", ["America/New_York", ""], .us,
         .deferTo("2026-01-15T18:00:00Z", rule: "TIME-UNKNOWN")),
        ("candidates that agree are one zone", .sms, "2026-01-15T13:30:00Z", ["America/New_York", "America/New_York"], .us, .allow),
        ("a letter has no contact hours", .letter, "2026-01-16T04:00:00Z", ["America/New_York"], .us, .allow),
        ("uk: Sunday waits for Monday 08:00", .email, "2026-01-18T10:00:00Z", ["Europe/London"], .uk,
         .deferTo("2026-01-19T08:00:00Z", rule: "UK-TIME-WINDOW")),
        ("uk: Saturday 20:59 is inside", .email, "2026-01-17T20:59:00Z", ["Europe/London"], .uk, .allow),
        ("uk: Saturday 21:00 waits for Monday", .email, "2026-01-17T21:00:00Z", ["Europe/London"], .uk,
         .deferTo("2026-01-19T08:00:00Z", rule: "UK-TIME-WINDOW")),
    ]

    @Test("contact hours at every edge", arguments: rows.indices)
    func window(_ index: Int) {
        let (name, channel, proposed, zones, profile, expected) = Self.rows[index]
        let verdict = ComplianceGate.evaluate(GateRequest(channel: channel, proposedAt: at(proposed), profile: profile, zoneCandidates: zones))
        #expect(expected.matches(verdict), "\(name): expected \(expected), got \(verdict)")
    }

    @Test("declared inconvenient times are quiet hours")
    func declared() {
        let lunch = InconvenientTime(startMinute: 12 * 60, endMinute: 14 * 60)
        let nights = InconvenientTime(startMinute: 20 * 60, endMinute: 9 * 60)
        let rows: [(String, [InconvenientTime], Expect)] = [
            ("2026-01-15T17:30:00Z", [lunch], .deferTo("2026-01-15T19:00:00Z", rule: "TIME-DECLARED")),
            ("2026-01-15T16:59:00Z", [lunch], .allow),
            ("2026-01-15T13:30:00Z", [nights], .deferTo("2026-01-15T14:00:00Z", rule: "TIME-DECLARED")),
            ("2026-01-16T01:00:00Z", [nights], .deferTo("2026-01-16T14:00:00Z", rule: "TIME-DECLARED")),
            ("2026-01-15T17:30:00Z", [InconvenientTime(startMinute: 12 * 60, endMinute: 14 * 60, weekdays: [6, 7])], .allow),
        ]
        for (proposed, periods, expected) in rows {
            let verdict = ComplianceGate.evaluate(GateRequest(channel: .voice, proposedAt: at(proposed), zoneCandidates: ["America/New_York"],
                                                              inconvenientTimes: periods))
            #expect(expected.matches(verdict), "\(proposed): expected \(expected), got \(verdict)")
        }
    }
}

@Suite("Compliance gate: call frequency, caps, holds, consent")
struct GateRuleTests {
    private func call(_ proposed: String, history: [ContactAttempt], profile: ComplianceProfile = .us) -> GateVerdict {
        ComplianceGate.evaluate(GateRequest(channel: .voice, proposedAt: at(proposed), profile: profile, zoneCandidates: ["America/New_York"],
                                            history: history))
    }

    @Test("the 7th call in 7 days is allowed, the 8th waits until the oldest leaves the window")
    func sevenInSeven() {
        let six = calls(["2026-01-09", "2026-01-10", "2026-01-11", "2026-01-12", "2026-01-13", "2026-01-15"])
        #expect(call("2026-01-15T20:00:00Z", history: six) == .allowed)
        let seven = six + calls(["2026-01-15"])
        #expect(Expect.deferTo("2026-01-16T13:00:00Z", rule: "CALL-7IN7").matches(call("2026-01-15T20:00:00Z", history: seven)))
        #expect(call("2026-01-16T15:00:00Z", history: seven) == .allowed)
    }

    @Test("seven calls on one day: the last day of the 7-day window is still closed, the day after is open")
    func lastDayOfWindow() {
        let burst = calls(Array(repeating: "2026-01-09", count: 7))
        #expect(Expect.deferTo("2026-01-16T13:00:00Z", rule: "CALL-7IN7").matches(call("2026-01-15T20:00:00Z", history: burst)))
        #expect(call("2026-01-16T13:00:00Z", history: burst) == .allowed)
    }

    @Test("no call for 7 days after a conversation; the conversation's day is day 1")
    func conversation() {
        let talked = calls(["2026-01-09"], conversation: "2026-01-09")
        #expect(Expect.deferTo("2026-01-16T13:00:00Z", rule: "CALL-CONVERSATION").matches(call("2026-01-15T20:00:00Z", history: talked)))
        #expect(call("2026-01-16T13:00:00Z", history: talked) == .allowed)
        // An email is not a call.
        #expect(ComplianceGate.evaluate(GateRequest(channel: .email, proposedAt: at("2026-01-15T20:00:00Z"), zoneCandidates: ["America/New_York"],
                                                    history: talked)) == .allowed)
    }

    @Test("policy caps and the uk profile's own caps")
    func caps() {
        let sentToday = [ContactAttempt(channel: .email, at: at("2026-01-15T14:00:00Z"))]
        let capped = GateRequest(channel: .email, proposedAt: at("2026-01-15T20:00:00Z"), zoneCandidates: ["America/New_York"],
                                 history: sentToday, caps: [FrequencyCap(channel: .email, maxCount: 1, periodDays: 1)])
        #expect(Expect.deferTo("2026-01-16T13:00:00Z", rule: "FREQUENCY-CAP").matches(ComplianceGate.evaluate(capped)))
        var uncapped = capped
        uncapped.caps = [FrequencyCap(channel: .email, maxCount: 2, periodDays: 1)]
        #expect(ComplianceGate.evaluate(uncapped) == .allowed)
        let uk = GateRequest(channel: .sms, proposedAt: at("2026-01-15T15:00:00Z"), profile: .uk, zoneCandidates: ["Europe/London"],
                             history: [ContactAttempt(channel: .sms, at: at("2026-01-15T09:00:00Z"))])
        #expect(Expect.deferTo("2026-01-16T08:00:00Z", rule: "UK-FREQUENCY").matches(ComplianceGate.evaluate(uk)))
    }

    @Test("every hold suppresses with its rule", arguments: ComplianceRule.holds.map(\.kind))
    func holds(_ kind: HoldKind) {
        let verdict = ComplianceGate.evaluate(GateRequest(channel: .email, proposedAt: at("2026-01-15T15:00:00Z"),
                                                          zoneCandidates: ["America/New_York"], holds: [kind]))
        let rule = ComplianceRule.holds.first { $0.kind == kind }!.rule.rawValue
        #expect(Expect.suppress(rule).matches(verdict), "\(kind): \(verdict)")
    }

    @Test("opt-out, consent, recipient and time-barred threats suppress")
    func suppressions() {
        let base = GateRequest(channel: .email, proposedAt: at("2026-01-15T15:00:00Z"), zoneCandidates: ["America/New_York"])
        var optedOut = base
        optedOut.channelOptedOut = true
        #expect(Expect.suppress("OPTOUT-ELECTRONIC").matches(ComplianceGate.evaluate(optedOut)))
        var letterOptOut = optedOut
        letterOptOut.channel = .letter
        #expect(Expect.suppress("CHANNEL-OPTOUT").matches(ComplianceGate.evaluate(letterOptOut)))
        var noConsent = base
        noConsent.channel = .sms
        noConsent.consented = false
        #expect(Expect.suppress("CONSENT-SMS-VOICE").matches(ComplianceGate.evaluate(noConsent)))
        noConsent.channel = .email
        #expect(ComplianceGate.evaluate(noConsent) == .allowed, "email needs no TCPA consent")
        var nobody = base
        nobody.hasRecipient = false
        #expect(Expect.suppress("NO-RECIPIENT").matches(ComplianceGate.evaluate(nobody)))
        var barred = base
        barred.timeBarred = true
        #expect(ComplianceGate.evaluate(barred) == .allowed, "a time-barred debt may be reminded without threats")
        barred.threatensSuit = true
        #expect(Expect.suppress("TIME-BARRED").matches(ComplianceGate.evaluate(barred)))
    }

    @Test("the debtor's state picks the consented number and builds the request")
    func debtorState() {
        let state = DebtorContactState(
            timeZone: "America/New_York",
            contacts: ContactPoints(emails: ["a@example.com"], phones: [
                PhoneContact(number: "+12125550100"), PhoneContact(number: "+13105550100", smsConsent: true, timeZone: "America/Los_Angeles"),
            ]))
        #expect(state.recipient(for: .sms)?.address == "+13105550100")
        #expect(state.recipient(for: .voice)?.consented == false)
        #expect(state.recipient(for: .letter) == nil)
        let request = state.gateRequest(channel: .sms, at: at("2026-01-15T13:30:00Z"), policy: nil)
        #expect(request.zoneCandidates == ["America/New_York", "America/Los_Angeles"])
        #expect(Expect.deferTo("2026-01-15T16:00:00Z", rule: "TIME-UNKNOWN").matches(ComplianceGate.evaluate(request)))
    }

    @Test("under HOLD-ATTORNEY the attorney is reached instead of the debtor, by email or letter; under HOLD-DECEASED the estate, or no one")
    func representatives() {
        let attorney = Representative(role: .attorney, name: "Dewey & Co", email: "law@example.com")
        var state = DebtorContactState(
            timeZone: "America/New_York",
            contacts: ContactPoints(emails: ["a@example.com"], phones: [PhoneContact(number: "+12125550100", smsConsent: true)],
                                    representatives: [attorney]),
            activeHolds: [.attorney])
        let noon = at("2026-01-15T17:00:00Z")
        #expect(state.recipient(for: .email)?.address == "law@example.com" && state.recipient(for: .email)?.name == "Dewey & Co")
        #expect(state.decision(.schedule, channel: .email, at: noon, policy: nil, threatensSuit: false, anchor: nil).verdict == .allowed)
        #expect(state.recipient(for: .sms) == nil)
        #expect(Expect.suppress("HOLD-ATTORNEY").matches(state.decision(.schedule, channel: .sms, at: noon, policy: nil, threatensSuit: false, anchor: nil).verdict))
        #expect(Expect.suppress("HOLD-ATTORNEY").matches(state.decision(.schedule, channel: .letter, at: noon, policy: nil, threatensSuit: false, anchor: nil).verdict),
                "the attorney has no postal address on file")
        state.activeHolds = [.deceased]
        #expect(state.recipient(for: .email) == nil, "the attorney does not speak for the estate")
        #expect(Expect.suppress("HOLD-DECEASED").matches(state.decision(.schedule, channel: .email, at: noon, policy: nil, threatensSuit: false, anchor: nil).verdict))
        state.contacts.representatives.append(Representative(role: .estateRepresentative, name: "J. Executor",
                                                              address: PostalAddress(lines: ["1 Probate Rd"], timeZone: "America/Chicago")))
        let letter = state.decision(.schedule, channel: .letter, at: noon, policy: nil, threatensSuit: false, anchor: nil)
        #expect(letter.verdict == .allowed && state.recipient(for: .letter)?.postalAddress?.lines == ["1 Probate Rd"])
        state.activeHolds = [.deceased, .attorney]
        #expect(state.decision(.schedule, channel: .letter, at: noon, policy: nil, threatensSuit: false, anchor: nil).verdict == .allowed,
                "the estate's representative speaks for a deceased debtor who had an attorney")
        state.activeHolds = []
        #expect(state.recipient(for: .email)?.address == "a@example.com", "without a hold the debtor is reached")
    }

    @Test("HOLD-CEASE lets the cease notice through once, and nothing else; another hold stops it too")
    func ceaseNotice() {
        var request = GateRequest(channel: .letter, proposedAt: at("2026-01-15T15:00:00Z"), zoneCandidates: ["America/New_York"], holds: [.cease])
        #expect(Expect.suppress("HOLD-CEASE").matches(ComplianceGate.evaluate(request)), "an ordinary letter")
        request.ceaseNotice = true
        #expect(ComplianceGate.evaluate(request) == .allowed, "the cease notice")
        request.ceaseNoticeSent = true
        #expect(Expect.suppress("HOLD-CEASE").matches(ComplianceGate.evaluate(request)), "only once")
        request.ceaseNoticeSent = false
        request.holds = [.cease, .attorney]
        #expect(!(ComplianceGate.evaluate(request) == .allowed), "represented by an attorney: no direct contact at all")
        request.holds = []
        #expect(Expect.suppress("HOLD-CEASE").matches(ComplianceGate.evaluate(request)), "no cease notice once the hold is gone")
        request.holds = [.cease]
        request.channel = .email
        request.proposedAt = at("2026-01-16T03:00:00Z")
        #expect(Expect.deferTo("2026-01-16T13:00:00Z", rule: "TIME-WINDOW").matches(ComplianceGate.evaluate(request)), "the window still applies")
    }

    @Test("an email is judged in every zone the debtor may be in: New York's 08:31 is Los Angeles's 05:31")
    func emailCandidates() {
        let state = DebtorContactState(
            timeZone: "America/New_York",
            contacts: ContactPoints(emails: ["a@example.com"], phones: [PhoneContact(number: "+13105550100", timeZone: "America/Los_Angeles")]))
        let decision = state.decision(.schedule, channel: .email, at: at("2026-01-15T13:31:00Z"), policy: nil, threatensSuit: false, anchor: nil)
        #expect(Expect.deferTo("2026-01-15T16:00:00Z", rule: "TIME-UNKNOWN").matches(decision.verdict))
        #expect(decision.zones == ["America/New_York", "America/Los_Angeles"])
        var unknown = state
        unknown.timeZone = ""
        unknown.contacts.phones = []
        let assumed = unknown.decision(.schedule, channel: .email, at: at("2026-01-15T14:00:00Z"), policy: nil, threatensSuit: false, anchor: nil)
        #expect(Expect.deferTo("2026-01-15T18:00:00Z", rule: "TIME-UNKNOWN").matches(assumed.verdict))
        #expect(assumed.zones == ComplianceGate.unknownZoneCandidates(.us))
        let agreed = DebtorContactState(timeZone: "Europe/London", contacts: ContactPoints(emails: ["a@example.com"]))
            .decision(.claim, channel: .email, at: at("2026-01-15T13:31:00Z"), policy: nil, threatensSuit: false, anchor: nil)
        #expect(agreed.verdict == .allowed && agreed.zones == ["Europe/London"] && agreed.checkpoint == .claim)
    }
}

@Suite("Local days in zones with daylight saving")
struct LocalDayTests {
    @Test("midnight that does not exist (Santiago springs forward at 00:00) is the instant just after the gap")
    func midnightGap() {
        let santiago = TimeZones.named("America/Santiago")!
        #expect(LocalDate("2026-09-06")!.start(in: santiago) == at("2026-09-06T04:00:00Z"))
        #expect(LocalDate("2026-09-05")!.start(in: santiago) == at("2026-09-05T04:00:00Z"))
        #expect(LocalDate("2026-09-07")!.start(in: santiago) == at("2026-09-07T03:00:00Z"))
        let newYork = TimeZones.named("America/New_York")!
        #expect(LocalDate("2026-03-08")!.instant(atMinute: 150, in: newYork) == at("2026-03-08T07:30:00Z"), "02:30 does not exist: 03:30 EDT")
        #expect(LocalDate("2026-11-01")!.instant(atMinute: 90, in: newYork) == at("2026-11-01T05:30:00Z"), "01:30 happens twice: the first")
    }

    @Test("a letter capped in a zone that springs forward at midnight is deferred, not suppressed")
    func capAcrossMidnightGap() {
        let request = GateRequest(channel: .letter, proposedAt: at("2026-09-05T15:00:00Z"), zoneCandidates: ["America/Santiago"],
                                  history: [ContactAttempt(channel: .letter, at: at("2026-09-05T14:00:00Z"))],
                                  caps: [FrequencyCap(channel: .letter, maxCount: 1, periodDays: 1)])
        #expect(ComplianceGate.evaluate(request) == .deferred(until: at("2026-09-06T04:00:00Z"), rule: "FREQUENCY-CAP",
                                                              detail: "1 letter contacts in the 1 days to 2026-09-05; at most 1"))
    }
}

@Suite("Claim checkpoint")
struct ClaimCheckpointTests {
    private let state = DebtorContactState(timeZone: "America/New_York", contacts: ContactPoints(emails: ["ada@example.com"]))

    @Test("a reminder of an account with nothing collectable owed is cancelled as cured, whatever the gate would say")
    func cured() {
        let context = ClaimContext(state: state, anchor: nil)
        #expect(context.decide(channel: .email, threatensSuit: false, policy: nil, at: at("2026-01-15T15:00:00Z")) == .cured)
        #expect(context.decide(channel: .email, threatensSuit: false, policy: nil, at: at("2026-01-16T03:00:00Z")) == .cured)
    }

    @Test("otherwise the gate decides again at the moment of the claim")
    func gate() {
        let context = ClaimContext(state: state, anchor: LocalDate("2026-01-01")!)
        #expect(context.decide(channel: .email, threatensSuit: false, policy: nil, at: at("2026-01-15T15:00:00Z")).gateVerdict == .allowed)
        guard case .deferred(_, let rule, _) = context.decide(channel: .email, threatensSuit: false, policy: nil, at: at("2026-01-16T03:00:00Z")).gateVerdict else {
            Issue.record("21:00 New York must be deferred")
            return
        }
        #expect(rule == "TIME-WINDOW")
        var held = context
        held.state.activeHolds = [.cease]
        guard case .suppressed = held.decide(channel: .email, threatensSuit: false, policy: nil, at: at("2026-01-15T15:00:00Z")).gateVerdict else {
            Issue.record("a cease hold must suppress")
            return
        }
    }
}

private extension ClaimDecision {
    /// The gate's verdict, nil when the reminder was cancelled as cured.
    var gateVerdict: GateVerdict? {
        if case .gate(let decision) = self { decision.verdict } else { nil }
    }
}
