public import Foundation

/// IANA time zones by name, loaded once: `TimeZone(identifier:)` reads tzdata each time.
public enum TimeZones {
    private static let cache = Locked<[String: TimeZone]>([:])

    /// The zone named `name`, or nil when there is none.
    public static func named(_ name: String) -> TimeZone? {
        if let zone = cache.withLock({ $0[name] }) { return zone }
        guard let zone = TimeZone(identifier: name) else { return nil }
        cache.withLock { $0[name] = zone }
        return zone
    }

    /// UTC.
    public static let utc = TimeZone(identifier: "UTC")!
}
