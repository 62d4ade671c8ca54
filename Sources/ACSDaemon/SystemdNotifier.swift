import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// The daemon's messages to systemd (`sd_notify`). Harmless without systemd:
/// `sd_notify` does nothing when `NOTIFY_SOCKET` is unset.
public enum SystemdNotifier {
    /// READY=1 plus a status line.
    public static func ready(status: String) { send("READY=1\nSTATUS=\(status)") }
    /// A STATUS= line.
    public static func status(_ text: String) { send("STATUS=\(text)") }
    /// RELOADING=1 while the configuration is read again.
    public static func reloading() { send("RELOADING=1\nSTATUS=reloading configuration") }
    /// STOPPING=1 at the start of shutdown.
    public static func stopping() { send("STOPPING=1\nSTATUS=draining in-flight calls") }
    /// A watchdog keep-alive.
    public static func watchdog() { send("WATCHDOG=1") }

    /// The interval systemd expects keep-alives at (WATCHDOG_USEC), or nil when off.
    public static var watchdogInterval: Duration? {
        var microseconds: UInt64 = 0
        guard sd_watchdog_enabled(0, &microseconds) > 0, microseconds > 0 else { return nil }
        return .microseconds(Int64(microseconds))
    }

    /// The first socket passed by systemd's socket activation, if it is a Unix stream listener.
    public static func inheritedSocket() -> Int32? {
        guard sd_listen_fds(1) >= 1 else { return nil }
        let descriptor = SD_LISTEN_FDS_START
        guard sd_is_socket_unix(descriptor, Int32(SOCK_STREAM.rawValue), 1, nil, 0) > 0 else { return nil }
        return descriptor
    }

    private static func send(_ state: String) {
        _ = sd_notify(0, state)
    }
}
