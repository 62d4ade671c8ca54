/// The deadline of the call a task serves, as the caller's `timeout_ms` set it: work that
/// has not begun by then is not begun at all (gRPC's meaning of a deadline).
public enum CallDeadline {
    /// The deadline of the call being served, or nil when it has none.
    @TaskLocal public static var current: ContinuousClock.Instant?
}
