public import ACSCore
import GRDB

/// Runs `body`, turning SQLite errors into `ACSError`: the one place where
/// database failures get their status codes and messages.
func mapDatabaseErrors<T>(path: String, _ body: () throws -> T) throws(ACSError) -> T {
    do {
        return try body()
    } catch {
        throw ACSError(databaseError: error, path: path)
    }
}

/// The async form of `mapDatabaseErrors(path:_:)`.
func mapDatabaseErrors<T>(path: String, _ body: () async throws -> T) async throws(ACSError) -> T {
    do {
        return try await body()
    } catch {
        throw ACSError(databaseError: error, path: path)
    }
}

extension ACSError {
    /// The status for an error from GRDB or SQLite on the database at `path`.
    public init(databaseError error: any Error, path: String) {
        guard let error = error as? DatabaseError else {
            self.init(from: error)
            return
        }
        switch error.resultCode {
        case .SQLITE_FULL:
            self.init(.resourceExhausted, "the disk holding \(path) is full; free space and retry")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self.init(.unavailable, "the database \(path) is locked by another process; stop it and retry")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            self.init(.dataLoss, "the database \(path) is corrupt or not a SQLite database; restore it from a backup")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR:
            self.init(.unavailable, "cannot use the database \(path): \(error.message ?? "\(error.resultCode)")")
        case .SQLITE_CONSTRAINT where error.message?.hasPrefix(Self.moneyCheckFailure) == true:
            let column = error.message!.dropFirst(Self.moneyCheckFailure.count)
            self.init(.outOfRange, "money out of range: \(column) must be an integer within ±\(Money.maxMinorUnits) minor units")
        case .SQLITE_CONSTRAINT:
            self.init(.failedPrecondition, "database constraint: \(error.message ?? "violated")")
        case .SQLITE_ERROR where error.message == "integer overflow":
            self.init(.outOfRange, "a sum exceeds the largest amount SQLite can count (Int64); ask for a narrower report")
        default:
            self.init(.internal, "database error on \(path): \(error)")
        }
    }

    private static let moneyCheckFailure = "CHECK constraint failed: " + ACSMigrations.moneyCheckPrefix
}
