// The audit floor of one cycle evaluation: the journald entries acs-bench cycle writes per
// account, with acsd's fields and sizes, sent with sd_journal_sendv from one thread. By day
// two (reminder.scheduled for the email, reminder.suppressed for the SMS); with `evening`,
// in the debtors' quiet hours, three (the email's reminder.deferred as well). Reports
// this program's CPU per account (building and sending) and journald's (from /proc), after
// journald has written everything. No database, no Swift: what the audit trail alone costs.
// journald's CPU is counted from the first entry until it stops growing: on a host where
// other processes log meanwhile, that counts their entries too. Under systemd, journald's
// rate limit for the scope this runs in may drop entries (acsd.service turns it off).
// Usage: auditfloor ACCOUNTS JOURNALD_PID [evening]
#include <systemd/sd-journal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/uio.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static double cpu(void) { struct rusage r; getrusage(RUSAGE_SELF, &r); return r.ru_utime.tv_sec + r.ru_utime.tv_usec / 1e6 + r.ru_stime.tv_sec + r.ru_stime.tv_usec / 1e6; }
// utime + stime of process `pid`, in seconds.
static double pidcpu(const char *pid) {
    char path[64], buf[1024]; snprintf(path, sizeof path, "/proc/%s/stat", pid);
    FILE *f = fopen(path, "r"); if (!f || !fgets(buf, sizeof buf, f)) { perror(path); exit(1); } fclose(f);
    char *p = strrchr(buf, ')'); unsigned long ut = 0, st = 0; int field = 2, found = 0;
    if (!p || !p[1]) { fprintf(stderr, "%s: not a process's stat line\n", path); exit(1); }
    for (char *tok = strtok(p + 2, " "); tok; tok = strtok(NULL, " ")) { field++; if (field == 14) ut = strtoul(tok, 0, 10); if (field == 15) { st = strtoul(tok, 0, 10); found = 1; break; } }
    if (!found) { fprintf(stderr, "%s: no CPU times\n", path); exit(1); }
    return (double)(ut + st) / sysconf(_SC_CLK_TCK);
}

// Sends one reminder entry with acsd's fields, in acsd's order: the standard ones, the
// event's by name (DETAIL, RULE and UNTIL when given), then the caller's. Exits if refused.
static void send_reminder(const char *event, const char *message_id, int priority, const char *message, int account,
                          const char *channel, int reminder, const char *detail, const char *rule, const char *until) {
    char f[16][200]; // the most fields an entry has: reminder.deferred's 16
    int k = 0;
    snprintf(f[k++], 200, "MESSAGE=%s", message);
    snprintf(f[k++], 200, "MESSAGE_ID=%s", message_id);
    snprintf(f[k++], 200, "PRIORITY=%d", priority);
    snprintf(f[k++], 200, "SYSLOG_IDENTIFIER=acsd");
    snprintf(f[k++], 200, "ACS_EVENT=%s", event);
    snprintf(f[k++], 200, "ACS_ACCOUNT=%d", account);
    snprintf(f[k++], 200, "ACS_CHANNEL=%s", channel);
    if (detail) snprintf(f[k++], 200, "ACS_DETAIL=%s", detail);
    snprintf(f[k++], 200, "ACS_REMINDER=%d", reminder);
    if (rule) snprintf(f[k++], 200, "ACS_RULE=%s", rule);
    snprintf(f[k++], 200, "ACS_STAGE=overdue");
    if (until) snprintf(f[k++], 200, "ACS_UNTIL=%s", until);
    snprintf(f[k++], 200, "ACS_CALLER_GID=0");
    snprintf(f[k++], 200, "ACS_CALLER_PID=%d", getpid());
    snprintf(f[k++], 200, "ACS_CALLER_UID=0");
    snprintf(f[k++], 200, "ACS_REQUEST_ID=floor-%d", getpid());
    struct iovec v[16];
    for (int i = 0; i < k; i++) { v[i].iov_base = f[i]; v[i].iov_len = strlen(f[i]); }
    if (sd_journal_sendv(v, k) < 0) { perror("sd_journal_sendv"); exit(1); }
}

int main(int argc, char **argv) {
    int evening = argc == 4 && strcmp(argv[3], "evening") == 0;
    if ((argc != 3 && !evening) || atoi(argv[1]) <= 0 || atoi(argv[2]) <= 0) { fprintf(stderr, "usage: auditfloor ACCOUNTS JOURNALD_PID [evening]\n"); return 2; }
    int n = atoi(argv[1]), entries = 0; const char *journald = argv[2];
    double j0 = pidcpu(journald), t0 = now(), c0 = cpu();
    char message[200];
    for (int i = 0; i < n; i++) {
        int account = 10000 + i, email = 2 * i + 1, sms = email + 1;
        snprintf(message, sizeof message, "email reminder %d (stage overdue) scheduled", email);
        send_reminder("reminder.scheduled", "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a0e", 6, message, account, "email", email, NULL, NULL, NULL);
        entries++;
        if (evening) {
            snprintf(message, sizeof message, "email reminder %d (stage overdue) deferred to 2026-06-02T12:00:00Z by TIME-WINDOW: "
                     "22:00 in America/New_York is outside 08:00-21:00", email);
            send_reminder("reminder.deferred", "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a13", 5, message, account, "email", email,
                          "22:00 in America/New_York is outside 08:00-21:00", "TIME-WINDOW", "2026-06-02T12:00:00Z");
            entries++;
        }
        snprintf(message, sizeof message, "sms reminder %d (stage overdue) suppressed by NO-RECIPIENT: no sms address or number on file", sms);
        send_reminder("reminder.suppressed", "6f3b1c2a9e4d4c0b8a7e5d1f2c3b4a14", 5, message, account, "sms", sms,
                      "no sms address or number on file", "NO-RECIPIENT", NULL);
        entries++;
    }
    double wall = now() - t0, used = cpu() - c0;
    // journald is done when its CPU time stops growing.
    double j = pidcpu(journald), previous = -1;
    while (j != previous) { previous = j; usleep(300000); j = pidcpu(journald); }
    double jused = j - j0;
    printf("%d accounts (%d entries) sent in %.3f s; sender CPU %.1f µs per account, journald CPU %.1f µs per account: %.1f µs in all\n",
           n, entries, wall, used * 1e6 / n, jused * 1e6 / n, (used + jused) * 1e6 / n);
    return 0;
}
