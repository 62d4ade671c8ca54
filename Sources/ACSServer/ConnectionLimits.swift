import ACSCore

/// How many connections are open, in all and per user, against their limits: a client past
/// a limit is refused (RESOURCE_EXHAUSTED, then closed), so that one user opening connections
/// without end cannot take every file descriptor from the others.
final class ConnectionLimits: Sendable {
    private let maxTotal: Int
    private let maxPerUser: Int
    private let state = Locked<(total: Int, perUser: [UInt32: Int])>((0, [:]))

    init(maxTotal: Int, maxPerUser: Int) {
        self.maxTotal = maxTotal
        self.maxPerUser = maxPerUser
    }

    /// Takes a place for a connection of `uid`, or answers why there is none.
    func admit(uid: UInt32) -> ACSError? {
        state.withLock { state in
            if state.total >= maxTotal {
                return ACSError(.resourceExhausted, "acsd serves at most \(maxTotal) connections (max_connections); try again later")
            }
            let mine = state.perUser[uid, default: 0]
            if mine >= maxPerUser {
                return ACSError(.resourceExhausted, "uid \(uid) has \(mine) connections open, the most one user may (max_connections_per_user)")
            }
            state.total += 1
            state.perUser[uid] = mine + 1
            return nil
        }
    }

    /// Gives back the place of a connection `admit` let in.
    func release(uid: UInt32) {
        state.withLock { state in
            state.total -= 1
            let mine = state.perUser[uid, default: 1] - 1
            state.perUser[uid] = mine > 0 ? mine : nil
        }
    }
}
