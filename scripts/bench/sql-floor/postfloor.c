// The SQL floor of PostPayment: the statements acsd's posting path runs, prepared once,
// in transactions of BATCH payments with a savepoint each, synchronous=FULL, WAL.
// No protocol, no Swift, no audit: what SQLite alone costs per payment on this machine.
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

#define CHECK(x) do { int rc_ = (x); if (rc_ != SQLITE_OK && rc_ != SQLITE_DONE && rc_ != SQLITE_ROW) { fprintf(stderr, "%s:%d %s: %s\n", __FILE__, __LINE__, #x, sqlite3_errmsg(db)); exit(1);} } while (0)
static sqlite3 *db;
static sqlite3_stmt *prep(const char *sql) { sqlite3_stmt *s; CHECK(sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL)); return s; }
static void run(sqlite3_stmt *s) { int rc; while ((rc = sqlite3_step(s)) == SQLITE_ROW) {} if (rc != SQLITE_DONE) { fprintf(stderr, "step: %s\n", sqlite3_errmsg(db)); exit(1);} sqlite3_reset(s); }
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static double cpu(void) { struct rusage r; getrusage(RUSAGE_SELF, &r); return r.ru_utime.tv_sec + r.ru_utime.tv_usec / 1e6 + r.ru_stime.tv_sec + r.ru_stime.tv_usec / 1e6; }

int main(int argc, char **argv) {
    const char *path = argv[1], *source = argv[2];
    int total = atoi(argv[3]), batch = atoi(argv[4]), accounts = 10000;
    CHECK(sqlite3_open(path, &db));
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY", 0, 0, 0);
    sqlite3_stmt *begin = prep("BEGIN IMMEDIATE"), *commit = prep("COMMIT"), *sp = prep("SAVEPOINT p"), *rel = prep("RELEASE SAVEPOINT p");
    sqlite3_stmt *key = prep("SELECT id FROM payment WHERE idempotency_key = ?");
    sqlite3_stmt *acct = prep("SELECT id, time_zone, policy_id FROM account WHERE source = ? AND external_id = ?");
    sqlite3_stmt *obl = prep("SELECT id, due_on, kind, open_minor, external_id, currency FROM obligation WHERE account_id = ?");
    sqlite3_stmt *ins = prep("INSERT INTO payment (idempotency_key, request_hash, account_id, currency, amount_minor, credit_minor, received_at, method, reference, note, posted_at, posted_by_uid, posted_by_gid, posted_by_pid, agency, commission_bp) VALUES (?, ?, ?, 'USD', 1, 0, '2026-11-30T01:00:00Z', '', '', '', '2026-11-30T01:00:00Z', 0, 0, 1, '', 0)");
    sqlite3_stmt *upd = prep("UPDATE obligation SET open_minor = open_minor - ? WHERE id = ?");
    sqlite3_stmt *alloc = prep("INSERT INTO allocation (payment_id, obligation_id, amount_minor) VALUES (?, ?, ?)");
    sqlite3_stmt *due = prep("UPDATE account SET next_action_at = 0 WHERE id = ?");
    sqlite3_stmt *cancel = prep("UPDATE reminder SET status = 'cancelled', cancel_reason = 'payment', finished_at = 1 WHERE account_id = ? AND status IN ('scheduled', 'deferred') RETURNING id, channel, stage");
    sqlite3_stmt *credit = prep("SELECT currency, amount_minor FROM credit WHERE account_id = ?");
    char k[64], ext[32], hash[128];
    double t0 = now(), c0 = cpu();
    for (int i = 0; i < total; i++) {
        if (i % batch == 0) run(begin);
        run(sp);
        snprintf(k, sizeof k, "floor-%ld-%d", (long)t0, i);
        snprintf(ext, sizeof ext, "B-%d", i % accounts);
        snprintf(hash, sizeof hash, "ext:%zu:%s:%s|1|USD", strlen(source), source, ext);
        sqlite3_bind_text(key, 1, k, -1, SQLITE_STATIC); run(key);
        sqlite3_bind_text(acct, 1, source, -1, SQLITE_STATIC); sqlite3_bind_text(acct, 2, ext, -1, SQLITE_STATIC);
        if (sqlite3_step(acct) != SQLITE_ROW) { fprintf(stderr, "no account %s\n", ext); return 1; }
        sqlite3_int64 account = sqlite3_column_int64(acct, 0); sqlite3_reset(acct);
        sqlite3_bind_int64(obl, 1, account);
        sqlite3_int64 obligation = 0;
        while (sqlite3_step(obl) == SQLITE_ROW) obligation = sqlite3_column_int64(obl, 0);
        sqlite3_reset(obl);
        sqlite3_bind_text(ins, 1, k, -1, SQLITE_STATIC); sqlite3_bind_text(ins, 2, hash, -1, SQLITE_STATIC); sqlite3_bind_int64(ins, 3, account); run(ins);
        sqlite3_int64 payment = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(upd, 1, 1); sqlite3_bind_int64(upd, 2, obligation); run(upd);
        sqlite3_bind_int64(alloc, 1, payment); sqlite3_bind_int64(alloc, 2, obligation); sqlite3_bind_int64(alloc, 3, 1); run(alloc);
        sqlite3_bind_int64(due, 1, account); run(due);
        sqlite3_bind_int64(cancel, 1, account); run(cancel);
        sqlite3_bind_int64(credit, 1, account); run(credit);
        run(rel);
        if (i % batch == batch - 1 || i == total - 1) run(commit);
    }
    double wall = now() - t0, used = cpu() - c0;
    printf("%d payments in transactions of %d: %.2f s wall = %.0f payments/s; CPU %.1f µs per payment\n", total, batch, wall, total / wall, used * 1e6 / total);
    return 0;
}
