/// A contact channel.
public enum ContactChannel: String, Hashable, Sendable, Codable, CaseIterable {
    case email, sms, voice, letter
}

/// What a debtor (or a person on their behalf) changed about how they may be contacted.
public enum ContactChangeKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Stop a channel at once (OPTOUT-ELECTRONIC).
    case optOut = "opt_out"
    /// Allow a channel again.
    case optIn = "opt_in"
    /// Consent to automated texts or calls to a number (CONSENT-SMS-VOICE).
    case grantConsent = "grant_consent"
    /// Consent revoked, by any reasonable means; effective at once.
    case revokeConsent = "revoke_consent"
    /// Replace the declared inconvenient times (TIME-DECLARED).
    case setInconvenientTimes = "set_inconvenient_times"
}

/// A period the debtor declared inconvenient for contact, in their own time.
public struct InconvenientTime: Hashable, Sendable, Codable {
    /// Start, minutes after midnight (inclusive).
    public var startMinute: Int
    /// End, minutes after midnight (exclusive); below the start when it crosses midnight.
    public var endMinute: Int
    /// ISO weekdays (1 Monday … 7 Sunday); empty: every day.
    public var weekdays: [Int]

    /// Creates a period.
    public init(startMinute: Int, endMinute: Int, weekdays: [Int] = []) {
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.weekdays = weekdays
    }

    /// Parses `HH:MM` (00:00 … 24:00) into minutes after midnight.
    public static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard text.count == 5, parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...24).contains(hours), (0...59).contains(minutes), hours * 60 + minutes <= 1440 else { return nil }
        return hours * 60 + minutes
    }

    /// Minutes after midnight as `HH:MM`.
    public static func text(_ minutes: Int) -> String {
        let two = { (value: Int) in value < 10 ? "0\(value)" : String(value) }
        return "\(two(minutes / 60)):\(two(minutes % 60))"
    }
}

/// One change of contact preferences, as requested.
public struct ContactChange: Hashable, Sendable {
    /// What changes.
    public var kind: ContactChangeKind
    /// The channel (opt-out/in: any; consent: sms or voice).
    public var channel: ContactChannel?
    /// For consent: the number concerned; nil for every number of the account.
    public var phoneNumber: String?
    /// For inconvenient times: the complete new list.
    public var inconvenientTimes: [InconvenientTime]
    /// Where the change came from ("STOP reply", "phone call", "letter").
    public var source: String

    /// Creates a change.
    public init(kind: ContactChangeKind, channel: ContactChannel? = nil, phoneNumber: String? = nil,
                inconvenientTimes: [InconvenientTime] = [], source: String = "") {
        self.kind = kind
        self.channel = channel
        self.phoneNumber = phoneNumber
        self.inconvenientTimes = inconvenientTimes
        self.source = source
    }

    /// Every problem with this change, each naming its request field.
    public func violations() -> [ACSError.FieldViolation] {
        var found: [ACSError.FieldViolation] = []
        switch kind {
        case .optOut, .optIn:
            if channel == nil { found.append(.init(field: "channel", description: "is required for opt-out and opt-in")) }
        case .grantConsent, .revokeConsent:
            if channel != .sms && channel != .voice { found.append(.init(field: "channel", description: "consent is for sms or voice")) }
            if let phoneNumber, !TextRules.isPhone(phoneNumber) {
                found.append(.init(field: "phone_number", description: "\"\(phoneNumber.prefix(32))\" is not an E.164 number"))
            }
        case .setInconvenientTimes:
            if inconvenientTimes.count > 20 { found.append(.init(field: "inconvenient_times", description: "at most 20 periods")) }
            for (index, period) in inconvenientTimes.enumerated() {
                if period.startMinute == period.endMinute {
                    found.append(.init(field: "inconvenient_times[\(index)]", description: "start and end must differ"))
                }
                if !period.weekdays.allSatisfy({ (1...7).contains($0) }) {
                    found.append(.init(field: "inconvenient_times[\(index)].weekdays", description: "weekdays are 1 (Monday) … 7 (Sunday)"))
                }
            }
        }
        if !TextRules.isText(source, max: 200) {
            found.append(.init(field: "source", description: "must be at most 200 characters without control characters"))
        }
        return found
    }
}

/// The state of one channel for an account.
public struct ChannelPreferenceState: Hashable, Sendable {
    /// The channel.
    public var channel: ContactChannel
    /// True when the debtor opted out.
    public var optedOut: Bool
    /// Where the last change came from.
    public var source: String
    /// Who made the last change, when and why.
    public var changedBy: ChangeActor

    /// Creates a state.
    public init(channel: ContactChannel, optedOut: Bool, source: String, changedBy: ChangeActor) {
        self.channel = channel
        self.optedOut = optedOut
        self.source = source
        self.changedBy = changedBy
    }
}
