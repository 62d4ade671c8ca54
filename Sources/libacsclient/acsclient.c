/*
 * libacsclient: the C client of acsd's wire protocol (docs/PROTOCOL.md, docs/CLIENT-C.md).
 *
 * One connection, many calls. Each call gets an entry in the client's table of calls
 * in flight, keyed by call id; answers are queued on their entry. Writing a frame
 * holds write_mu (frames go out whole and never interleave). Reading is done by one
 * thread at a time, the one that holds the reader role (client->reading): a thread
 * waiting for an answer takes the role when nobody has it, reads with poll() until
 * its own deadline, hands every frame it read to its call's entry and wakes the
 * other waiters (cond); then it gives the role back so that another waiter can take
 * it. A writer whose socket is full reads too (when it can take the role), so that
 * acsd, which stops reading while its answers are not read, never deadlocks a
 * pipelining client.
 *
 * Lock order: write_mu, then mu. No global state.
 */
#define _GNU_SOURCE
#include "acsclient.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

typedef struct frame {
    struct frame *next;
    Acs__V1__ResponseFrame *msg;
} frame;

typedef struct call {
    struct call *next;
    uint64_t id;
    char *method;
    uint32_t timeout_ms;
    int64_t deadline_ns; /* monotonic; 0: none */
    int claimed;         /* a thread is receiving it */
    frame *head, *tail;  /* answers read, not yet taken */
} call;

struct acs_client {
    int fd;
    pthread_mutex_t mu; /* everything below but the read buffer */
    pthread_mutex_t write_mu;
    pthread_cond_t cv;
    int reading; /* a thread holds the reader role */
    int broken;
    int broken_code;
    char *broken_message;
    uint64_t next_id;
    call *calls;
    /* Owned by the thread holding the reader role. */
    uint8_t *rbuf;
    size_t rlen, rcap;
};

/* ---- status ---------------------------------------------------------------------- */

static const char *const code_names[] = {
    "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
    "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED",
    "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED",
};

ACS_API const char *acs_client_version(void) { return ACS_CLIENT_VERSION; }

ACS_API const char *acs_code_name(int code) {
    if (code < 0 || code > ACS_UNAUTHENTICATED) return "UNKNOWN";
    return code_names[code];
}

ACS_API void acs_status_clear(acs_status *status) {
    if (!status) return;
    free(status->message);
    for (size_t i = 0; i < status->n_violations; i++) {
        free(status->violations[i].field);
        free(status->violations[i].description);
    }
    free(status->violations);
    free(status->request_id);
    memset(status, 0, sizeof *status);
}

ACS_API void acs_free(void *ptr) { free(ptr); }

static char *dup_string(const char *s) { return strdup(s ? s : ""); }

__attribute__((format(printf, 3, 4))) static int set_status(acs_status *st, int code, const char *fmt, ...) {
    if (!st) return code;
    acs_status_clear(st);
    st->code = code;
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n >= 0) {
        st->message = malloc((size_t)n + 1);
        if (st->message) vsnprintf(st->message, (size_t)n + 1, fmt, ap2);
    }
    va_end(ap2);
    return code;
}

/* The status of a frame that ends a call: acsd's code, message, violations and request id. */
static int status_from_frame(acs_status *st, const Acs__V1__ResponseFrame *f) {
    int code = f->status ? (int)f->status->code : ACS_OK;
    if (!st) return code;
    acs_status_clear(st);
    st->code = code;
    st->message = dup_string(f->status ? f->status->message : "");
    if (f->request_id && f->request_id[0]) st->request_id = strdup(f->request_id);
    if (f->status && f->status->n_violations > 0) {
        st->violations = calloc(f->status->n_violations, sizeof *st->violations);
        if (st->violations) {
            st->n_violations = f->status->n_violations;
            for (size_t i = 0; i < st->n_violations; i++) {
                st->violations[i].field = dup_string(f->status->violations[i]->field);
                st->violations[i].description = dup_string(f->status->violations[i]->description);
            }
        }
    }
    return code;
}

static const char *errtext(int err, char *buf, size_t size) {
    return strerror_r(err, buf, size); /* the GNU variant: returns the text */
}

/* ---- time ------------------------------------------------------------------------ */

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t deadline_after(uint32_t timeout_ms) {
    return timeout_ms ? now_ns() + (int64_t)timeout_ms * 1000000 : 0;
}

static int64_t earlier(int64_t a, int64_t b) {
    if (!a) return b;
    if (!b) return a;
    return a < b ? a : b;
}

/* poll()'s timeout until deadline (rounded up), -1 when none, 0 when passed. */
static int poll_timeout(int64_t deadline) {
    if (!deadline) return -1;
    int64_t left = deadline - now_ns();
    if (left <= 0) return 0;
    int64_t ms = (left + 999999) / 1000000;
    return ms > 1000000000 ? 1000000000 : (int)ms;
}

/* ---- calls in flight (mu held) ---------------------------------------------------- */

static void free_frames(frame *f) {
    while (f) {
        frame *next = f->next;
        acs__v1__response_frame__free_unpacked(f->msg, NULL);
        free(f);
        f = next;
    }
}

static call *find_call(acs_client *c, uint64_t id) {
    for (call *k = c->calls; k; k = k->next)
        if (k->id == id) return k;
    return NULL;
}

static void drop_call(acs_client *c, call *k) {
    for (call **p = &c->calls; *p; p = &(*p)->next) {
        if (*p == k) {
            *p = k->next;
            break;
        }
    }
    free_frames(k->head);
    free(k->method);
    free(k);
}

/* Marks the client broken (the first reason wins) and wakes every waiter. */
static void break_locked(acs_client *c, int code, const char *message) {
    if (!c->broken) {
        c->broken = 1;
        c->broken_code = code;
        c->broken_message = dup_string(message);
        shutdown(c->fd, SHUT_RDWR); /* wakes a reader blocked in poll(); closed in acs_close() */
    }
    pthread_cond_broadcast(&c->cv);
}

static int broken_status(acs_client *c, acs_status *st) {
    return set_status(st, c->broken_code, "%s", c->broken_message ? c->broken_message : "the connection is broken");
}

/* ---- reading ----------------------------------------------------------------------- */

typedef struct read_result {
    frame *head, *tail;
    int err_code; /* 0: none */
    char err_message[256];
} read_result;

/* Moves every whole frame of the read buffer into r; sets r->err_code on a bad one. */
static void parse_frames(acs_client *c, read_result *r) {
    size_t off = 0;
    while (!r->err_code && c->rlen - off >= 4) {
        const uint8_t *p = c->rbuf + off;
        uint32_t n = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
        if (n > ACS_MAX_FRAME_BYTES) {
            r->err_code = ACS_RESOURCE_EXHAUSTED;
            snprintf(r->err_message, sizeof r->err_message,
                     "acsd sent a frame of %u bytes, above the client's limit of %u bytes; connection closed", n,
                     ACS_MAX_FRAME_BYTES);
            break;
        }
        if (c->rlen - off - 4 < n) break;
        Acs__V1__ResponseFrame *msg = acs__v1__response_frame__unpack(NULL, n, p + 4);
        frame *f = msg ? malloc(sizeof *f) : NULL;
        if (!f) {
            if (msg) acs__v1__response_frame__free_unpacked(msg, NULL);
            r->err_code = msg ? ACS_RESOURCE_EXHAUSTED : ACS_INTERNAL;
            snprintf(r->err_message, sizeof r->err_message, "%s",
                     msg ? "out of memory reading an answer" : "acsd sent an undecodable frame; connection closed");
            break;
        }
        f->msg = msg;
        f->next = NULL;
        if (r->tail) r->tail->next = f;
        else r->head = f;
        r->tail = f;
        off += 4 + (size_t)n;
    }
    if (off) {
        memmove(c->rbuf, c->rbuf + off, c->rlen - off);
        c->rlen -= off;
    }
}

/* With the reader role, mu not held: reads until at least one whole frame is in, the
 * deadline passes (nothing read), or an error. once: no waiting, one recv() at most. */
static void read_round(acs_client *c, int64_t deadline, int once, read_result *r) {
    char eb[128];
    for (;;) {
        parse_frames(c, r);
        if (r->head || r->err_code) return;
        if (!once) {
            int t = poll_timeout(deadline);
            if (t == 0) return;
            struct pollfd pfd = {.fd = c->fd, .events = POLLIN};
            int pr = poll(&pfd, 1, t);
            if (pr < 0 && errno == EINTR) continue;
            if (pr < 0) {
                r->err_code = ACS_UNAVAILABLE;
                snprintf(r->err_message, sizeof r->err_message, "waiting for acsd failed: %s",
                         errtext(errno, eb, sizeof eb));
                return;
            }
            if (pr == 0) continue; /* poll_timeout() says whether the deadline passed */
        }
        /* Room for the frame being read, and at least 64 KiB. */
        size_t want = 65536;
        if (c->rlen >= 4) {
            const uint8_t *p = c->rbuf;
            size_t n = (size_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]) + 4;
            if (n > c->rlen && n - c->rlen > want) want = n - c->rlen;
        }
        if (c->rcap - c->rlen < want) {
            size_t cap = c->rlen + want;
            uint8_t *nb = realloc(c->rbuf, cap);
            if (!nb) {
                r->err_code = ACS_RESOURCE_EXHAUSTED;
                snprintf(r->err_message, sizeof r->err_message, "out of memory reading an answer of acsd");
                return;
            }
            c->rbuf = nb;
            c->rcap = cap;
        }
        ssize_t got = recv(c->fd, c->rbuf + c->rlen, c->rcap - c->rlen, 0);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (once) return;
            continue;
        }
        if (got < 0 && errno != ECONNRESET) {
            r->err_code = ACS_UNAVAILABLE;
            snprintf(r->err_message, sizeof r->err_message, "reading from acsd failed: %s",
                     errtext(errno, eb, sizeof eb));
            return;
        }
        if (got <= 0) { /* end of stream, or reset by a peer that closed with data unread */
            r->err_code = ACS_UNAVAILABLE;
            snprintf(r->err_message, sizeof r->err_message, "connection closed by acsd");
            return;
        }
        c->rlen += (size_t)got;
        if (once) {
            parse_frames(c, r);
            return;
        }
    }
}

/* mu held: hands the frames read to their calls; a frame on call id 0 (a
 * connection-level error) or a read error breaks the client. Wakes every waiter. */
static void dispatch_locked(acs_client *c, read_result *r) {
    frame *f = r->head;
    while (f) {
        frame *next = f->next;
        f->next = NULL;
        call *k = f->msg->call_id ? find_call(c, f->msg->call_id) : NULL;
        if (f->msg->call_id == 0) {
            const Acs__V1__Status *s = f->msg->status;
            if (s && s->code != 0) {
                char msg[512];
                snprintf(msg, sizeof msg, "%s", s->message ? s->message : "");
                break_locked(c, (int)s->code, msg);
            } else {
                break_locked(c, ACS_INTERNAL, "acsd sent an answer on call id 0 without an error");
            }
            free_frames(f);
        } else if (k) {
            if (k->tail) k->tail->next = f;
            else k->head = f;
            k->tail = f;
        } else {
            free_frames(f); /* a call given up (deadline, stopped stream): discarded */
        }
        f = next;
    }
    r->head = r->tail = NULL;
    if (r->err_code) break_locked(c, r->err_code, r->err_message);
    pthread_cond_broadcast(&c->cv);
}

/* mu held: waits for the next frame of call k until deadline. Returns the frame (the
 * caller frees it), or NULL with *code ACS_DEADLINE_EXCEEDED or the broken status's. */
static frame *next_frame_locked(acs_client *c, call *k, int64_t deadline, int *code) {
    for (;;) {
        if (k->head) {
            frame *f = k->head;
            k->head = f->next;
            if (!k->head) k->tail = NULL;
            f->next = NULL;
            return f;
        }
        if (c->broken) {
            *code = c->broken_code;
            return NULL;
        }
        if (deadline && now_ns() >= deadline) {
            *code = ACS_DEADLINE_EXCEEDED;
            return NULL;
        }
        if (!c->reading) {
            c->reading = 1;
            pthread_mutex_unlock(&c->mu);
            read_result r = {0};
            read_round(c, deadline, 0, &r);
            pthread_mutex_lock(&c->mu);
            c->reading = 0;
            dispatch_locked(c, &r); /* broadcasts: another waiter may take the role */
            continue;
        }
        if (deadline) {
            struct timespec ts = {.tv_sec = (time_t)(deadline / 1000000000), .tv_nsec = (long)(deadline % 1000000000)};
            pthread_cond_timedwait(&c->cv, &c->mu, &ts);
        } else {
            pthread_cond_wait(&c->cv, &c->mu);
        }
    }
}

/* ---- writing ----------------------------------------------------------------------- */

/* Takes write_mu, waiting at most until deadline (CLOCK_MONOTONIC ns; 0: as long as it takes):
 * a call must not wait past its deadline behind another thread's long write. 0 or ETIMEDOUT.
 * pthread_mutex_timedlock counts on CLOCK_REALTIME, which may be stepped, so it waits in slices
 * of at most 50 ms and the monotonic deadline decides (pthread_mutex_clocklock would take the
 * monotonic clock, but ThreadSanitizer, which the tests run under, does not know it). */
static int lock_writer(acs_client *c, int64_t deadline) {
    if (!deadline) return pthread_mutex_lock(&c->write_mu);
    for (;;) {
        int64_t left = deadline - now_ns();
        if (left <= 0) return pthread_mutex_trylock(&c->write_mu) == 0 ? 0 : ETIMEDOUT;
        if (left > 50000000) left = 50000000;
        struct timespec at;
        clock_gettime(CLOCK_REALTIME, &at);
        int64_t ns = (int64_t)at.tv_nsec + left;
        at.tv_sec += (time_t)(ns / 1000000000);
        at.tv_nsec = (long)(ns % 1000000000);
        int rc = pthread_mutex_timedlock(&c->write_mu, &at);
        if (rc != ETIMEDOUT) return rc;
    }
}

/* write_mu held: writes all of buf. Returns 0, or an error code with *sent the bytes
 * written. While the socket is full it reads answers when it can take the reader role. */
static int write_all(acs_client *c, const uint8_t *buf, size_t len, int64_t deadline, size_t *sent, char *msg,
                     size_t msg_size) {
    char eb[128];
    *sent = 0;
    while (*sent < len) {
        ssize_t n = send(c->fd, buf + *sent, len - *sent, MSG_NOSIGNAL);
        if (n > 0) {
            *sent += (size_t)n;
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            int e = errno;
            if (e == EPIPE || e == ECONNRESET) snprintf(msg, msg_size, "connection closed by acsd");
            else snprintf(msg, msg_size, "writing to acsd failed: %s", errtext(e, eb, sizeof eb));
            return ACS_UNAVAILABLE;
        }
        /* Full: wait until writable; meanwhile read answers when nobody else does. */
        int t = poll_timeout(deadline);
        if (t == 0) {
            snprintf(msg, msg_size, "deadline passed while the request was being written");
            return ACS_DEADLINE_EXCEEDED;
        }
        pthread_mutex_lock(&c->mu);
        int broken = c->broken;
        int role = !broken && !c->reading;
        if (role) c->reading = 1;
        pthread_mutex_unlock(&c->mu);
        if (broken) {
            snprintf(msg, msg_size, "connection closed");
            return ACS_UNAVAILABLE;
        }
        struct pollfd pfd = {.fd = c->fd, .events = (short)(POLLOUT | (role ? POLLIN : 0))};
        int pr = poll(&pfd, 1, role ? t : (t < 0 || t > 50 ? 50 : t)); /* without the role, look again soon */
        int readable = pr > 0 && (pfd.revents & (POLLIN | POLLHUP | POLLERR));
        if (role) {
            read_result r = {0};
            if (readable) read_round(c, 0, 1, &r);
            pthread_mutex_lock(&c->mu);
            c->reading = 0;
            dispatch_locked(c, &r);
            broken = c->broken;
            pthread_mutex_unlock(&c->mu);
            if (broken) {
                snprintf(msg, msg_size, "connection closed by acsd");
                return ACS_UNAVAILABLE;
            }
        }
    }
    return 0;
}

static int check_method(const char *method, acs_status *st) {
    if (!method || !method[0]) return set_status(st, ACS_INVALID_ARGUMENT, "the method is empty");
    if (method[0] != '/')
        return set_status(st, ACS_INVALID_ARGUMENT, "method \"%s\" does not start with '/' (e.g. /acs.v1.System/Ping)",
                          method);
    return ACS_OK;
}

/* Registers a call and writes its frame. Returns the call id, or 0 with st filled. */
static uint64_t send_call(acs_client *c, const char *method, const uint8_t *payload, size_t payload_len,
                          uint32_t timeout_ms, acs_status *st) {
    if (!c) {
        set_status(st, ACS_INVALID_ARGUMENT, "no client");
        return 0;
    }
    if (check_method(method, st) != ACS_OK) return 0;
    if (payload_len && !payload) {
        set_status(st, ACS_INVALID_ARGUMENT, "request of %zu bytes without data", payload_len);
        return 0;
    }
    int64_t deadline = deadline_after(timeout_ms);

    call *k = calloc(1, sizeof *k);
    char *m = strdup(method);
    if (!k || !m) {
        free(k);
        free(m);
        set_status(st, ACS_RESOURCE_EXHAUSTED, "out of memory");
        return 0;
    }
    k->method = m;
    k->timeout_ms = timeout_ms;
    k->deadline_ns = deadline;

    Acs__V1__RequestFrame rf = ACS__V1__REQUEST_FRAME__INIT;
    rf.method = (char *)method;
    rf.payload.data = (uint8_t *)payload;
    rf.payload.len = payload_len;
    rf.timeout_ms = timeout_ms;

    pthread_mutex_lock(&c->mu);
    if (c->broken) {
        broken_status(c, st);
        pthread_mutex_unlock(&c->mu);
        free(m);
        free(k);
        return 0;
    }
    k->id = c->next_id++;
    k->next = c->calls;
    c->calls = k;
    pthread_mutex_unlock(&c->mu);
    uint64_t id = k->id; /* nobody else knows this id yet: k stays until this thread or its receiver drops it */
    rf.call_id = id;

    size_t n = acs__v1__request_frame__get_packed_size(&rf);
    uint8_t *buf = n <= ACS_MAX_FRAME_BYTES ? malloc(n + 4) : NULL;
    int code = ACS_OK;
    char msg[256] = "";
    size_t sent = 0;
    if (n > ACS_MAX_FRAME_BYTES) {
        code = set_status(st, ACS_RESOURCE_EXHAUSTED, "request frame of %zu bytes exceeds the limit of %u bytes", n,
                          ACS_MAX_FRAME_BYTES);
    } else if (!buf) {
        code = set_status(st, ACS_RESOURCE_EXHAUSTED, "out of memory");
    } else {
        buf[0] = (uint8_t)(n >> 24);
        buf[1] = (uint8_t)(n >> 16);
        buf[2] = (uint8_t)(n >> 8);
        buf[3] = (uint8_t)n;
        acs__v1__request_frame__pack(&rf, buf + 4);
        if (lock_writer(c, deadline) != 0) {
            code = ACS_DEADLINE_EXCEEDED; /* another thread's request was being written until then */
        } else {
            code = write_all(c, buf, n + 4, deadline, &sent, msg, sizeof msg);
            pthread_mutex_unlock(&c->write_mu);
        }
        if (code == ACS_DEADLINE_EXCEEDED) {
            if (sent == 0)
                set_status(st, code, "%s: deadline of %u ms exceeded before the request was sent; it was not sent",
                           method, timeout_ms);
            else
                set_status(st, code, "%s: deadline of %u ms exceeded while the request was being written; "
                           "the connection is unusable", method, timeout_ms);
        } else if (code != ACS_OK) {
            set_status(st, code, "%s", msg);
        }
    }
    free(buf);
    if (code != ACS_OK) {
        pthread_mutex_lock(&c->mu);
        call *still = find_call(c, id);
        if (still) drop_call(c, still);
        if (sent > 0 && sent < n + 4)
            break_locked(c, ACS_UNAVAILABLE, "a request frame was cut short; the connection is unusable");
        else if (code == ACS_UNAVAILABLE)
            break_locked(c, code, msg);
        pthread_mutex_unlock(&c->mu);
        return 0;
    }
    set_status(st, ACS_OK, "%s", "");
    return id;
}

/* Packs a message for sending; *out NULL and *len 0 for a NULL or empty message. */
static int pack_message(const ProtobufCMessage *request, uint8_t **out, size_t *len, acs_status *st) {
    *out = NULL;
    *len = 0;
    if (!request) return ACS_OK;
    size_t n = protobuf_c_message_get_packed_size(request);
    if (n == 0) return ACS_OK;
    if (n > ACS_MAX_FRAME_BYTES)
        return set_status(st, ACS_RESOURCE_EXHAUSTED, "request of %zu bytes exceeds the limit of %u bytes", n,
                          ACS_MAX_FRAME_BYTES);
    *out = malloc(n);
    if (!*out) return set_status(st, ACS_RESOURCE_EXHAUSTED, "out of memory");
    protobuf_c_message_pack(request, *out);
    *len = n;
    return ACS_OK;
}

/* ---- receiving --------------------------------------------------------------------- */

/* What to do with the answer of a call. */
typedef struct sink {
    const ProtobufCMessageDescriptor *type; /* typed: decode with it */
    ProtobufCMessage **response;            /* typed unary */
    uint8_t **raw;                          /* raw unary */
    size_t *raw_len;
    acs_stream_callback callback; /* stream: every message */
    void *ctx;
} sink;

static int decode(const sink *s, const char *method, const ProtobufCBinaryData *payload, ProtobufCMessage **out,
                  acs_status *st) {
    *out = protobuf_c_message_unpack(s->type, NULL, payload->len, payload->data);
    if (!*out)
        return set_status(st, ACS_INTERNAL, "%s: the answer is not a valid %s", method, s->type->name);
    return ACS_OK;
}

static int receive_call(acs_client *c, uint64_t id, uint32_t timeout_ms, const sink *s, acs_status *st) {
    if (s->response) *s->response = NULL;
    if (s->raw) *s->raw = NULL;
    if (s->raw_len) *s->raw_len = 0;
    if (!c) return set_status(st, ACS_INVALID_ARGUMENT, "no client");
    int64_t wait_deadline = deadline_after(timeout_ms);
    pthread_mutex_lock(&c->mu);
    call *k = id ? find_call(c, id) : NULL;
    if (!k || k->claimed) {
        pthread_mutex_unlock(&c->mu);
        return set_status(st, ACS_INVALID_ARGUMENT, "call %llu is not in flight on this client",
                          (unsigned long long)id);
    }
    k->claimed = 1;
    int64_t deadline = earlier(k->deadline_ns, wait_deadline);
    for (;;) {
        int code = ACS_OK;
        frame *f = next_frame_locked(c, k, deadline, &code);
        if (!f) {
            int rc;
            if (code == ACS_DEADLINE_EXCEEDED) {
                uint32_t ms = k->deadline_ns && k->deadline_ns == deadline ? k->timeout_ms : timeout_ms;
                rc = set_status(st, code, "%s: no answer within %u ms; a write may have been applied: retry with the "
                           "same idempotency key, or read back, to learn its outcome", k->method, ms);
            } else {
                rc = broken_status(c, st);
            }
            drop_call(c, k); /* a late answer finds no call and is discarded */
            pthread_mutex_unlock(&c->mu);
            return rc;
        }
        Acs__V1__ResponseFrame *m = f->msg;
        int end = m->end_of_stream;
        if (end) { /* the call is over: out of the table before the lock is let go */
            char *method = k->method;
            k->method = NULL;
            drop_call(c, k);
            k = NULL;
            pthread_mutex_unlock(&c->mu);
            int rc = status_from_frame(st, m);
            if (rc == ACS_OK) {
                if (s->callback) {
                    ProtobufCMessage *msg = NULL;
                    rc = decode(s, method, &m->payload, &msg, st);
                    if (rc == ACS_OK) {
                        if (s->callback(s->ctx, msg) != 0)
                            rc = set_status(st, ACS_CANCELLED, "%s: stopped by the callback", method);
                        protobuf_c_message_free_unpacked(msg, NULL);
                    }
                } else if (s->response && s->type) {
                    rc = decode(s, method, &m->payload, s->response, st);
                } else if (s->raw) {
                    *s->raw = malloc(m->payload.len ? m->payload.len : 1);
                    if (!*s->raw) {
                        rc = set_status(st, ACS_RESOURCE_EXHAUSTED, "out of memory");
                    } else {
                        if (m->payload.len) memcpy(*s->raw, m->payload.data, m->payload.len);
                        if (s->raw_len) *s->raw_len = m->payload.len;
                    }
                }
            }
            free(method);
            free_frames(f);
            return rc;
        }
        /* A chunk of a streaming answer: to the callback, or dropped for a unary receive. */
        if (s->callback && !(m->status && m->status->code != 0)) {
            pthread_mutex_unlock(&c->mu);
            ProtobufCMessage *msg = NULL;
            int rc = decode(s, k->method, &m->payload, &msg, st);
            int stop = rc != ACS_OK;
            if (rc == ACS_OK) {
                stop = s->callback(s->ctx, msg) != 0;
                protobuf_c_message_free_unpacked(msg, NULL);
                if (stop) rc = set_status(st, ACS_CANCELLED, "%s: stopped by the callback", k->method);
            }
            free_frames(f);
            pthread_mutex_lock(&c->mu);
            if (stop) {
                drop_call(c, k);
                pthread_mutex_unlock(&c->mu);
                return rc;
            }
        } else {
            free_frames(f);
        }
    }
}

/* ---- public calls ------------------------------------------------------------------ */

ACS_API acs_client *acs_connect(const char *socket_path, acs_status *status) {
    char eb[128];
    const char *path = socket_path;
    if (!path) path = getenv("ACS_SOCKET");
    if (!path || !path[0]) path = ACS_DEFAULT_SOCKET;
    struct sockaddr_un addr;
    memset(&addr, 0, sizeof addr);
    addr.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof addr.sun_path) {
        set_status(status, ACS_INVALID_ARGUMENT, "socket path %s is longer than %zu bytes", path,
                   sizeof addr.sun_path - 1);
        return NULL;
    }
    memcpy(addr.sun_path, path, strlen(path) + 1);

    acs_client *c = calloc(1, sizeof *c);
    if (!c) {
        set_status(status, ACS_RESOURCE_EXHAUSTED, "out of memory");
        return NULL;
    }
    c->fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (c->fd < 0) {
        set_status(status, ACS_UNAVAILABLE, "cannot connect to acsd at %s: socket: %s", path,
                   errtext(errno, eb, sizeof eb));
        free(c);
        return NULL;
    }
    int rc = connect(c->fd, (struct sockaddr *)&addr, sizeof addr);
    if (rc < 0 && errno == EINTR) {
        /* The connection goes on in the background: wait for it, then read its outcome. */
        struct pollfd pfd = {.fd = c->fd, .events = POLLOUT};
        while (poll(&pfd, 1, -1) < 0 && errno == EINTR) {
        }
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len);
        rc = err ? -1 : 0;
        errno = err;
    }
    if (rc < 0) {
        set_status(status, ACS_UNAVAILABLE, "cannot connect to acsd at %s: %s", path, errtext(errno, eb, sizeof eb));
        close(c->fd);
        free(c);
        return NULL;
    }
    int flags = fcntl(c->fd, F_GETFL);
    if (flags >= 0) fcntl(c->fd, F_SETFL, flags | O_NONBLOCK);

    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&c->cv, &ca);
    pthread_condattr_destroy(&ca);
    pthread_mutex_init(&c->mu, NULL);
    pthread_mutex_init(&c->write_mu, NULL);
    c->next_id = 1;
    set_status(status, ACS_OK, "%s", "");
    return c;
}

ACS_API void acs_close(acs_client *c) {
    if (!c) return;
    shutdown(c->fd, SHUT_RDWR);
    close(c->fd);
    while (c->calls) drop_call(c, c->calls);
    free(c->rbuf);
    free(c->broken_message);
    pthread_cond_destroy(&c->cv);
    pthread_mutex_destroy(&c->mu);
    pthread_mutex_destroy(&c->write_mu);
    free(c);
}

ACS_API int acs_client_broken(acs_client *c) {
    if (!c) return 1;
    pthread_mutex_lock(&c->mu);
    int b = c->broken;
    pthread_mutex_unlock(&c->mu);
    return b;
}

/* Public entry points work on a status of their own when given NULL, so that the
 * code is always known inside. */
#define USE_STATUS(status)                  \
    acs_status local_ = ACS_STATUS_INIT;    \
    acs_status *st = (status) ? (status) : &local_
#define RETURN(value)                   \
    do {                                \
        __typeof__(value) v_ = (value); \
        acs_status_clear(&local_);      \
        return v_;                      \
    } while (0)

ACS_API uint64_t acs_send_raw(acs_client *c, const char *method, const uint8_t *req, size_t req_len,
                              uint32_t timeout_ms, acs_status *status) {
    USE_STATUS(status);
    RETURN(send_call(c, method, req, req_len, timeout_ms, st));
}

static uint64_t send_message(acs_client *c, const char *method, const ProtobufCMessage *request, uint32_t timeout_ms,
                             acs_status *st) {
    if (check_method(method, st) != ACS_OK) return 0;
    uint8_t *buf;
    size_t len;
    if (pack_message(request, &buf, &len, st) != ACS_OK) return 0;
    uint64_t id = send_call(c, method, buf, len, timeout_ms, st);
    free(buf);
    return id;
}

ACS_API uint64_t acs_send(acs_client *c, const char *method, const ProtobufCMessage *request, uint32_t timeout_ms,
                          acs_status *status) {
    USE_STATUS(status);
    RETURN(send_message(c, method, request, timeout_ms, st));
}

ACS_API int acs_receive(acs_client *c, uint64_t call_id, const ProtobufCMessageDescriptor *response_type,
                        ProtobufCMessage **response, uint32_t timeout_ms, acs_status *status) {
    USE_STATUS(status);
    if (response) *response = NULL;
    if (response && !response_type)
        RETURN(set_status(st, ACS_INVALID_ARGUMENT, "a response without its response_type"));
    sink s = {.type = response_type, .response = response};
    RETURN(receive_call(c, call_id, timeout_ms, &s, st));
}

ACS_API int acs_receive_raw(acs_client *c, uint64_t call_id, uint8_t **resp, size_t *resp_len, uint32_t timeout_ms,
                            acs_status *status) {
    USE_STATUS(status);
    sink s = {.raw = resp, .raw_len = resp_len};
    RETURN(receive_call(c, call_id, timeout_ms, &s, st));
}

ACS_API int acs_call(acs_client *c, const char *method, const ProtobufCMessage *request,
                     const ProtobufCMessageDescriptor *response_type, ProtobufCMessage **response,
                     uint32_t timeout_ms, acs_status *status) {
    USE_STATUS(status);
    if (response) *response = NULL;
    if (response && !response_type)
        RETURN(set_status(st, ACS_INVALID_ARGUMENT, "a response without its response_type"));
    uint64_t id = send_message(c, method, request, timeout_ms, st);
    if (!id) RETURN(st->code);
    sink s = {.type = response_type, .response = response};
    RETURN(receive_call(c, id, 0, &s, st));
}

ACS_API int acs_call_raw(acs_client *c, const char *method, const uint8_t *req, size_t req_len, uint8_t **resp,
                         size_t *resp_len, uint32_t timeout_ms, acs_status *status) {
    USE_STATUS(status);
    if (resp) *resp = NULL;
    if (resp_len) *resp_len = 0;
    uint64_t id = send_call(c, method, req, req_len, timeout_ms, st);
    if (!id) RETURN(st->code);
    sink s = {.raw = resp, .raw_len = resp_len};
    RETURN(receive_call(c, id, 0, &s, st));
}

ACS_API int acs_call_stream(acs_client *c, const char *method, const ProtobufCMessage *request,
                            const ProtobufCMessageDescriptor *response_type, acs_stream_callback callback, void *ctx,
                            uint32_t timeout_ms, acs_status *status) {
    USE_STATUS(status);
    if (!response_type || !callback)
        RETURN(set_status(st, ACS_INVALID_ARGUMENT, "a stream needs its response_type and a callback"));
    uint64_t id = send_message(c, method, request, timeout_ms, st);
    if (!id) RETURN(st->code);
    sink s = {.type = response_type, .callback = callback, .ctx = ctx};
    RETURN(receive_call(c, id, 0, &s, st));
}
