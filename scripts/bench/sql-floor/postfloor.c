// The SQL floor of PostPayment: the statements acsd's posting path runs, prepared once,
// in transactions of BATCH payments with a savepoint each, synchronous=FULL, WAL.
// No protocol, no Swift, no audit: what SQLite alone costs per payment on this machine.
// With BATCH 1 it also prints the p50 and p99 of one transaction (issue 19's floor).
// With a fifth argument (BATCH must be 1), a client process sends frames of PostPayment's
// size over a Unix stream socket, one at a time, and waits for answers of its size:
//   ping   this process answers at once: the socket round trip alone, no SQL, no journal;
//   bare   it posts the payment and commits before answering: the round trip and the SQL;
//   rpc    it also sends an entry of acsd's payment.posted size to journald (sd_journal_send;
//          its own identifier and MESSAGE_ID, so that no audit query finds it) before
//          answering: the floor of one acknowledged, journaled payment, the least any acsd,
//          in any language, could answer in here.
// The client prints its p50 and p99.
// Usage: postfloor DB SOURCE TOTAL BATCH [ping|bare|rpc]
#include <sqlite3.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <systemd/sd-journal.h>

#define CHECK(x) do { int rc_ = (x); if (rc_ != SQLITE_OK && rc_ != SQLITE_DONE && rc_ != SQLITE_ROW) { fprintf(stderr, "%s:%d %s: %s\n", __FILE__, __LINE__, #x, sqlite3_errmsg(db)); exit(1);} } while (0)
static sqlite3 *db;
static sqlite3_stmt *prep(const char *sql) { sqlite3_stmt *s; CHECK(sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL)); return s; }
static void run(sqlite3_stmt *s) { int rc; while ((rc = sqlite3_step(s)) == SQLITE_ROW) {} if (rc != SQLITE_DONE) { fprintf(stderr, "step: %s\n", sqlite3_errmsg(db)); exit(1);} sqlite3_reset(s); }
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return x < y ? -1 : x > y; }
// Reads (rd) or writes all n bytes; exits when the peer is gone.
static void full(int fd, char *buf, size_t n, int rd) { size_t d = 0; while (d < n) { ssize_t r = rd ? read(fd, buf + d, n - d) : send(fd, buf + d, n - d, MSG_NOSIGNAL); if (r < 0 && errno == EINTR) continue; if (r == 0 && rd) exit(0); if (r <= 0) { perror("postfloor rpc"); exit(1); } d += r; } }
enum { REQUEST = 94, ANSWER = 217 };  // PostPayment's frames as acs-bench post sends and acsd answers them
// The client: TOTAL calls one at a time after 200 unmeasured, then their p50 and p99.
static void client(int fd, int total, const char *what) {
    char req[REQUEST], ans[ANSWER]; memset(req, 1, sizeof req);
    double *lat = malloc(total * sizeof *lat);
    for (int i = -200; i < total; i++) { double t = now(); full(fd, req, sizeof req, 0); full(fd, ans, sizeof ans, 1); if (i >= 0) lat[i] = (now() - t) * 1e6; }
    qsort(lat, total, sizeof *lat, cmp);
    printf("%d calls one at a time, %s: p50 %.1f µs, p99 %.1f µs\n", total, what, lat[total / 2], lat[total * 99 / 100]);
}
static double cpu(void) { struct rusage r; getrusage(RUSAGE_SELF, &r); return r.ru_utime.tv_sec + r.ru_utime.tv_usec / 1e6 + r.ru_stime.tv_sec + r.ru_stime.tv_usec / 1e6; }

int main(int argc, char **argv) {
    const char *path = argv[1], *source = argv[2];
    int total = atoi(argv[3]), batch = atoi(argv[4]), accounts = 10000;
    CHECK(sqlite3_open(path, &db));
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY", 0, 0, 0);
    sqlite3_stmt *begin = prep("BEGIN IMMEDIATE"), *commit = prep("COMMIT"), *sp = prep("SAVEPOINT p"), *rel = prep("RELEASE SAVEPOINT p");
    sqlite3_stmt *key = prep("SELECT id FROM payment WHERE idempotency_key = ?");
    sqlite3_stmt *acct = prep("SELECT id, time_zone, policy_id FROM account WHERE source = ? AND external_id = ?");
    sqlite3_stmt *obl = prep("SELECT id, due_on, kind, open_minor, external_id, currency FROM obligation WHERE account_id = ? AND open_minor > 0");
    sqlite3_stmt *paid = prep("SELECT DISTINCT currency FROM obligation WHERE account_id = ? AND open_minor = 0");
    sqlite3_stmt *ins = prep("INSERT INTO payment (idempotency_key, request_hash, account_id, currency, amount_minor, credit_minor, received_at, method, reference, note, posted_at, posted_by_uid, posted_by_gid, posted_by_pid, agency, commission_bp) VALUES (?, ?, ?, 'USD', 1, 0, '2026-11-30T01:00:00Z', '', '', '', '2026-11-30T01:00:00Z', 0, 0, 1, '', 0)");
    sqlite3_stmt *upd = prep("UPDATE obligation SET open_minor = open_minor - ? WHERE id = ?");
    sqlite3_stmt *alloc = prep("INSERT INTO allocation (payment_id, obligation_id, amount_minor) VALUES (?, ?, ?)");
    sqlite3_stmt *due = prep("UPDATE account SET next_action_at = 0 WHERE id = ?");
    sqlite3_stmt *cancel = prep("UPDATE reminder SET status = 'cancelled', cancel_reason = 'payment', finished_at = 1 WHERE account_id = ? AND status IN ('scheduled', 'deferred') RETURNING id, channel, stage");
    sqlite3_stmt *credit = prep("SELECT currency, amount_minor FROM credit WHERE account_id = ?");
    char k[64], ext[32], hash[128], req[REQUEST], ans[ANSWER];
    const char *mode = argc > 5 ? argv[5] : "";
    int ping = strcmp(mode, "ping") == 0, journal = strcmp(mode, "rpc") == 0, rpc = ping || journal || strcmp(mode, "bare") == 0, sv[2] = {-1, -1};
    if (*mode && !rpc) { fprintf(stderr, "the fifth argument is ping, bare or rpc\n"); return 1; }
    if (total < 1 || batch < 1) { fprintf(stderr, "TOTAL and BATCH must be at least 1\n"); return 1; }
    if (rpc) {
        if (batch != 1) { fprintf(stderr, "%s: BATCH must be 1\n", mode); return 1; }
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) { perror("socketpair"); return 1; }
        pid_t child = fork();
        if (child < 0) { perror("fork"); return 1; }
        if (child == 0) {
            close(sv[1]);
            client(sv[0], total, ping ? "each answered at once (the socket round trip alone)"
                                 : journal ? "each a payment committed (synchronous=FULL) and journaled before its answer"
                                           : "each a payment committed (synchronous=FULL) before its answer, not journaled");
            return 0;
        }
        close(sv[0]);
        total += 200;
        memset(ans, 2, sizeof ans);
    }
    if (ping) {
        for (int i = 0; i < total; i++) { full(sv[1], req, sizeof req, 1); full(sv[1], ans, sizeof ans, 0); }
        int status = 1; close(sv[1]); wait(&status); return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
    }
    double *txn = batch == 1 && !rpc ? malloc(total * sizeof *txn) : NULL;
    double t0 = now(), c0 = cpu();
    for (int i = 0; i < total; i++) {
        if (rpc) full(sv[1], req, sizeof req, 1);
        double started = now();
        if (i % batch == 0) run(begin);
        run(sp);
        snprintf(k, sizeof k, "floor-%ld-%d-%d", (long)t0, (int)getpid(), i);
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
        if (!obligation) { fprintf(stderr, "account %s has no open obligation\n", ext); return 1; }
        sqlite3_bind_int64(paid, 1, account); run(paid);
        sqlite3_bind_text(ins, 1, k, -1, SQLITE_STATIC); sqlite3_bind_text(ins, 2, hash, -1, SQLITE_STATIC); sqlite3_bind_int64(ins, 3, account); run(ins);
        sqlite3_int64 payment = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(upd, 1, 1); sqlite3_bind_int64(upd, 2, obligation); run(upd);
        sqlite3_bind_int64(alloc, 1, payment); sqlite3_bind_int64(alloc, 2, obligation); sqlite3_bind_int64(alloc, 3, 1); run(alloc);
        sqlite3_bind_int64(due, 1, account); run(due);
        sqlite3_bind_int64(cancel, 1, account); run(cancel);
        sqlite3_bind_int64(credit, 1, account); run(credit);
        run(rel);
        if (i % batch == batch - 1 || i == total - 1) run(commit);
        if (txn) txn[i] = (now() - started) * 1e6;
        if (journal) {
            char account_field[40], key_field[96], payment_field[40];
            snprintf(account_field, sizeof account_field, "ACS_ACCOUNT=%lld", (long long)account);
            snprintf(key_field, sizeof key_field, "ACS_IDEMPOTENCY_KEY=%s", k);
            snprintf(payment_field, sizeof payment_field, "ACS_PAYMENT=%lld", (long long)payment);
            sd_journal_send("MESSAGE=payment of 0.01 USD posted: O-1 0.01 USD", "MESSAGE_ID=00000000000000000000000000f1002f", "PRIORITY=5",
                            "SYSLOG_IDENTIFIER=acs-postfloor", "ACS_EVENT=postfloor.rpc", account_field, "ACS_AMOUNT_MINOR=1", "ACS_CREDIT_MINOR=0",
                            "ACS_CURRENCY=USD", key_field, payment_field, "ACS_CALLER_GID=0", "ACS_CALLER_PID=1", "ACS_CALLER_UID=0",
                            "ACS_REQUEST_ID=14b55a12-183d-4c2e-9a7b-1234567890ab", NULL);
        }
        if (rpc) full(sv[1], ans, sizeof ans, 0);
    }
    if (rpc) { int status = 1; close(sv[1]); wait(&status); return WIFEXITED(status) ? WEXITSTATUS(status) : 1; }
    double wall = now() - t0, used = cpu() - c0;
    printf("%d payments in transactions of %d: %.2f s wall = %.0f payments/s; CPU %.1f µs per payment", total, batch, wall, total / wall, used * 1e6 / total);
    if (txn) { qsort(txn, total, sizeof *txn, cmp); printf("; one transaction p50 %.1f µs, p99 %.1f µs", txn[total / 2], txn[total * 99 / 100]); }
    printf("\n");
    return 0;
}
