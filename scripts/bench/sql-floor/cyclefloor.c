// The SQL floor of one cycle evaluation: the reads and writes acsd's cycle runs per account,
// prepared once, 500 accounts per transaction in one savepoint, synchronous=FULL, WAL.
// As in acs-bench cycle's day run, each account gets two reminders: an email put in the
// outbox and an SMS the gate suppressed (no number on file), each with its gate decision.
// No planning, no rendering, no audit: what SQLite alone costs per account on this machine.
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>

static sqlite3 *db;
static sqlite3_stmt *prep(const char *sql) { sqlite3_stmt *s; if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL)) { fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db)); exit(1);} return s; }
static int rows(sqlite3_stmt *s) { int n = 0, rc; while ((rc = sqlite3_step(s)) == SQLITE_ROW) { n++; for (int i = 0; i < sqlite3_column_count(s); i++) (void)sqlite3_column_text(s, i); } if (rc != SQLITE_DONE) { fprintf(stderr, "step: %s\n", sqlite3_errmsg(db)); exit(1);} sqlite3_reset(s); return n; }
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static double cpu(void) { struct rusage r; getrusage(RUSAGE_SELF, &r); return r.ru_utime.tv_sec + r.ru_utime.tv_usec / 1e6 + r.ru_stime.tv_sec + r.ru_stime.tv_usec / 1e6; }

/* acsd's account_sum (Sources/ACSStore/AccountSum.swift): a sum held within +-10^15, the most an account keeps. */
static const int64_t account_cap = 1000000000000000LL;
static int64_t clamp(int64_t v) { return v > account_cap ? account_cap : v < -account_cap ? -account_cap : v; }
static void sum_step(sqlite3_context *c, int n, sqlite3_value **v) { (void)n; int64_t *t = sqlite3_aggregate_context(c, sizeof *t); if (t && sqlite3_value_type(v[0]) == SQLITE_INTEGER) *t = clamp(*t + clamp(sqlite3_value_int64(v[0]))); }
static void sum_final(sqlite3_context *c) { int64_t *t = sqlite3_aggregate_context(c, 0); sqlite3_result_int64(c, t ? *t : 0); }

int main(int argc, char **argv) {
    int batch = 500;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK
        || sqlite3_create_function(db, "account_sum", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, NULL, sum_step, sum_final) != SQLITE_OK) {
        fprintf(stderr, "%s: %s\n", argv[1], sqlite3_errmsg(db)); return 1;
    }
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY", 0, 0, 0);
    sqlite3_stmt *begin = prep("BEGIN IMMEDIATE"), *commit = prep("COMMIT"), *sp = prep("SAVEPOINT b"), *rel = prep("RELEASE SAVEPOINT b");
    sqlite3_stmt *ids = prep("SELECT id FROM account WHERE next_action_at IS NOT NULL AND next_action_at <= ?1 ORDER BY next_action_at, id LIMIT ?2");
    sqlite3_stmt *q[12] = {
        prep("SELECT external_id, name, segment, locale, policy_id, pay_token, time_zone, contacts, inconvenient_times FROM account WHERE id = ?1"),
        prep("SELECT phone_number, channel, granted FROM consent_override WHERE account_id = ?1"),
        prep("SELECT kind, obligation_external_id FROM hold WHERE account_id = ?1 AND cleared_at IS NULL"),
        prep("SELECT channel FROM channel_preference WHERE account_id = ?1 AND opted_out"),
        prep("SELECT channel, at, outcome FROM contact_attempt WHERE account_id = ?1 AND at >= 0"),
        prep("SELECT external_id, currency, open_minor, due_on, kind FROM obligation WHERE account_id = ?1 AND open_minor > 0 ORDER BY due_on, id"),
        prep("SELECT action_key FROM reminder WHERE account_id = ?1 AND status != 'cancelled' AND action_key != '' UNION ALL SELECT action_key FROM task WHERE account_id = ?1 UNION ALL SELECT action_key FROM placement WHERE account_id = ?1 AND action_key != '' UNION ALL SELECT action_key FROM charge WHERE account_id = ?1 UNION ALL SELECT action_key FROM bureau_report WHERE account_id = ?1 AND closed_run = ''"),
        prep("SELECT 1 FROM promise WHERE account_id = ?1 AND status = 'pending'"),
        prep("SELECT id, co_collect FROM placement WHERE account_id = ?1 AND status = 'active'"),
        prep("SELECT id FROM payment_plan WHERE account_id = ?1 AND status = 'active'"),
        // VALIDATION: has the account a notice; if not, what it would itemize.
        prep("SELECT validation FROM reminder WHERE account_id = ?1 AND validation IS NOT NULL AND status NOT IN ('cancelled', 'suppressed', 'failed') ORDER BY id LIMIT 1"),
        prep("SELECT o.external_id, o.kind, o.currency, o.amount_minor, o.open_minor, o.due_on, (SELECT account_sum(a.amount_minor) FROM allocation a JOIN payment p ON p.id = a.payment_id WHERE a.obligation_id = o.id AND p.reversal_reason IS NULL) FROM obligation o WHERE account_id = ?1"),
    };
    sqlite3_stmt *ins = prep("INSERT OR IGNORE INTO reminder (account_id, channel, status, action_key, policy_id, stage, template_name, locale, urgency, recipient_name, recipient, postal_address, time_zone, subject, body_text, threatens_suit, window_start, window_end, created_at, finished_at, rule_id, cease_notice, validation) VALUES (?1, 'email', 'scheduled', ?2, 'standard-us', 'overdue', 'overdue', 'en_US', 'normal', 'Bench Debtor', 'debtor@example.com', NULL, 'America/New_York', 'Your account is past due', ?3, 0, 1800000000, 1800086400, 1764460000, NULL, '', 0, NULL)");
    sqlite3_stmt *dec = prep("INSERT INTO gate_decision (reminder_id, at, checkpoint, verdict, rule_id, deferred_until, detail, zones) VALUES (?1, 1764460000, 'schedule', 'allow', '', NULL, '', 'America/New_York')");
    sqlite3_stmt *sms = prep("INSERT OR IGNORE INTO reminder (account_id, channel, status, action_key, policy_id, stage, template_name, locale, urgency, recipient_name, recipient, postal_address, time_zone, subject, body_text, threatens_suit, window_start, window_end, created_at, finished_at, rule_id, cease_notice, validation) VALUES (?1, 'sms', 'suppressed', ?2, 'standard-us', 'overdue', 'overdue', 'en_US', 'normal', 'Bench Debtor', '', NULL, 'America/New_York', '', '', 0, 1764460000, 1764546400, 1764460000, 1764460000, 'NO-RECIPIENT', 0, NULL)");
    sqlite3_stmt *smsdec = prep("INSERT INTO gate_decision (reminder_id, at, checkpoint, verdict, rule_id, deferred_until, detail, zones) VALUES (?1, 1764460000, 'schedule', 'suppress', 'NO-RECIPIENT', NULL, 'no sms address or number on file', 'America/New_York')");
    // The validation letter of each account's first contact, with its itemization (an average 330-byte JSON).
    sqlite3_stmt *letter = prep("INSERT OR IGNORE INTO reminder (account_id, channel, status, action_key, policy_id, stage, template_name, locale, urgency, recipient_name, recipient, postal_address, time_zone, subject, body_text, threatens_suit, window_start, window_end, created_at, finished_at, rule_id, cease_notice, validation) VALUES (?1, 'letter', 'scheduled', ?2, 'standard-us', 'validation', 'validation-notice', 'en_US', 'normal', 'Bench Debtor', '', ?3, 'America/New_York', 'Validation notice', ?4, 0, 1764460000, 1764546400, 1764460000, NULL, '', 0, ?5)");
    sqlite3_stmt *upd = prep("UPDATE account SET next_action_at = ?2, policy_id = 'standard-us' WHERE id = ?1");
    int n = 0; sqlite3_int64 *list = malloc(sizeof(sqlite3_int64) * 2000000);
    sqlite3_bind_int64(ids, 1, INT64_MAX); sqlite3_bind_int64(ids, 2, 2000000);
    while (sqlite3_step(ids) == SQLITE_ROW) list[n++] = sqlite3_column_int64(ids, 0);
    sqlite3_reset(ids);
    char key[64], body[600];
    memset(body, 'x', 318); body[318] = 0; // the average body acsd renders in acs-bench cycle
    char letterBody[1700], itemization[400], address[200];
    memset(letterBody, 'x', 1600); letterBody[1600] = 0; // the shipped validation letter, rendered
    memset(itemization, 'x', 330); itemization[330] = 0;
    memset(address, 'x', 120); address[120] = 0;
    long tag = (long)time(NULL) * 10000000 + getpid(); // new keys on every run (pids stay below 2^22)
    double t0 = now(), c0 = cpu();
    for (int i = 0; i < n; i++) {
        if (i % batch == 0) { rows(begin); rows(sp); }
        for (int k = 0; k < 12; k++) { sqlite3_bind_int64(q[k], 1, list[i]); rows(q[k]); }
        snprintf(key, sizeof key, "floor-%ld-%d", tag, i);
        sqlite3_bind_int64(ins, 1, list[i]); sqlite3_bind_text(ins, 2, key, -1, SQLITE_STATIC); sqlite3_bind_text(ins, 3, body, -1, SQLITE_STATIC); rows(ins);
        sqlite3_bind_int64(dec, 1, sqlite3_last_insert_rowid(db)); rows(dec);
        snprintf(key, sizeof key, "floor-%ld-%d-sms", tag, i);
        sqlite3_bind_int64(sms, 1, list[i]); sqlite3_bind_text(sms, 2, key, -1, SQLITE_STATIC); rows(sms);
        sqlite3_bind_int64(smsdec, 1, sqlite3_last_insert_rowid(db)); rows(smsdec);
        snprintf(key, sizeof key, "floor-%ld-%d-letter", tag, i);
        sqlite3_bind_int64(letter, 1, list[i]); sqlite3_bind_text(letter, 2, key, -1, SQLITE_STATIC); sqlite3_bind_text(letter, 3, address, -1, SQLITE_STATIC);
        sqlite3_bind_text(letter, 4, letterBody, -1, SQLITE_STATIC); sqlite3_bind_text(letter, 5, itemization, -1, SQLITE_STATIC); rows(letter);
        sqlite3_bind_int64(dec, 1, sqlite3_last_insert_rowid(db)); rows(dec);
        sqlite3_bind_int64(upd, 1, list[i]); sqlite3_bind_int64(upd, 2, 1800000000); rows(upd);
        if (i % batch == batch - 1 || i == n - 1) { rows(rel); rows(commit); }
    }
    double wall = now() - t0, used = cpu() - c0;
    printf("%d accounts, %d per transaction: %.3f s wall = %.0f accounts/s; CPU %.1f µs per account\n", n, batch, wall, n / wall, used * 1e6 / n);
    return 0;
}
