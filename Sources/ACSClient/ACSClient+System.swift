public import ACSCore
public import ACSWire
public import Foundation

extension ACSClient {
    /// `System.Health`.
    public func health(timeout: Duration? = nil) async throws(ACSError) -> HealthResponse {
        try await call(Methods.System.health, EmptyMessage(), timeout: timeout)
    }

    /// `System.Ping`: sends `data` and returns the echo.
    public func ping(_ data: [UInt8] = [], timeout: Duration? = nil) async throws(ACSError) -> [UInt8] {
        try await call(Methods.System.ping, PingMessage(data: data), timeout: timeout).data
    }

    /// `System.Version`.
    public func version(timeout: Duration? = nil) async throws(ACSError) -> VersionResponse {
        try await call(Methods.System.version, EmptyMessage(), timeout: timeout)
    }

    /// `System.Status`.
    public func status(timeout: Duration? = nil) async throws(ACSError) -> StatusResponse {
        try await call(Methods.System.status, EmptyMessage(), timeout: timeout)
    }

    /// `System.GetClock`.
    public func clock(timeout: Duration? = nil) async throws(ACSError) -> ClockResponse {
        try await call(Methods.System.getClock, EmptyMessage(), timeout: timeout)
    }

    /// `System.SetClock`: moves a simulated clock to `time`.
    public func setClock(to time: Date, timeout: Duration? = nil) async throws(ACSError) -> ClockResponse {
        try await call(Methods.System.setClock, SetClockRequest(time: ACSClock.format(time)), timeout: timeout)
    }

    /// `System.AdvanceClock`: moves a simulated clock forward.
    public func advanceClock(bySeconds seconds: UInt64, timeout: Duration? = nil) async throws(ACSError) -> ClockResponse {
        try await call(Methods.System.advanceClock, AdvanceClockRequest(seconds: seconds), timeout: timeout)
    }
}
