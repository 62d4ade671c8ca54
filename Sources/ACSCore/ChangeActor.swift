public import Foundation

/// Who made a change, and why: recorded with every change.
public struct ChangeActor: Sendable, Hashable {
    /// The caller's peer credentials.
    public var caller: CallerIdentity
    /// When (the daemon's clock).
    public var at: Date
    /// Why, as the caller said.
    public var reason: String

    /// Creates an actor.
    public init(caller: CallerIdentity, at: Date, reason: String = "") {
        self.caller = caller
        self.at = at
        self.reason = reason
    }
}
