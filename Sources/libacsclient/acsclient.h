/*
 * acsclient.h: libacsclient, the C client of acsd's wire protocol (acs.v1).
 *
 * acsd speaks length-prefixed protobuf frames on a Unix stream socket
 * (docs/PROTOCOL.md). This library connects, numbers calls, frames and writes
 * requests, reads and matches answers, keeps a client-side deadline per call and
 * turns every failure into an acs_status carrying a gRPC status code.
 *
 * Messages are the protoc-c types of proto/acs/v1 (Acs__V1__PingRequest, ...),
 * whose headers are installed next to this one as <acs/v1/NAME.pb-c.h>; the
 * library carries their descriptors and code. Link with
 * `pkg-config --cflags --libs libacsclient`.
 *
 * THREAD SAFETY. One acs_client may be shared by any number of threads: every
 * function taking an acs_client may be called concurrently with the others on the
 * same client, except acs_close(), which must be the last call on a client, made
 * when no other thread uses it any more. A mutex serialises writes (a call waits for
 * it no longer than its deadline: DEADLINE_EXCEEDED, not sent); one waiting
 * thread at a time reads the socket and hands the answers of the other threads'
 * calls over through a condition variable, so calls made by several threads are
 * pipelined on the one connection. Different clients share nothing (the library
 * has no global state). Callbacks of acs_call_stream() run in the calling thread.
 *
 * MEMORY. Everything the library returns is allocated with malloc():
 * acs_status fields are freed by acs_status_clear(), raw answers by acs_free(),
 * typed answers by protobuf_c_message_free_unpacked(msg, NULL).
 *
 * SIGNALS. The library never raises SIGPIPE (it writes with MSG_NOSIGNAL) and
 * retries system calls interrupted by signals (EINTR).
 */
#ifndef ACSCLIENT_H
#define ACSCLIENT_H

#include <stddef.h>
#include <stdint.h>

#include <protobuf-c/protobuf-c.h>

#include "acs/v1/accounts.pb-c.h"
#include "acs/v1/collections.pb-c.h"
#include "acs/v1/common.pb-c.h"
#include "acs/v1/frame.pb-c.h"
#include "acs/v1/payments.pb-c.h"
#include "acs/v1/policies.pb-c.h"
#include "acs/v1/reminders.pb-c.h"
#include "acs/v1/reports.pb-c.h"
#include "acs/v1/system.pb-c.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && defined(ACSCLIENT_BUILDING)
#define ACS_API __attribute__((visibility("default")))
#else
#define ACS_API
#endif

/* The library's version: this header's, and acs_client_version() the loaded one's. */
#define ACS_CLIENT_VERSION_MAJOR 0
#define ACS_CLIENT_VERSION_MINOR 1
#define ACS_CLIENT_VERSION_PATCH 0
#define ACS_CLIENT_VERSION "0.1.0"

/* The socket used when acs_connect() is given NULL and $ACS_SOCKET is unset or empty. */
#define ACS_DEFAULT_SOCKET "/run/acs/acsd.sock"

/* The largest answer frame accepted (64 MiB; acsd sends at most 32 MiB). A larger
 * length prefix fails every pending call with ACS_RESOURCE_EXHAUSTED and breaks the
 * client. The same bound applies to request frames (acsd's own limit is lower,
 * 4 MiB by default: a request above it is answered on call id 0 and the
 * connection closes). */
#define ACS_MAX_FRAME_BYTES (64u * 1024u * 1024u)

/* Status codes: gRPC's, with the same numbers (acs.v1.Code). */
typedef enum acs_code {
    ACS_OK = 0,
    ACS_CANCELLED = 1,
    ACS_UNKNOWN = 2,
    ACS_INVALID_ARGUMENT = 3,
    ACS_DEADLINE_EXCEEDED = 4,
    ACS_NOT_FOUND = 5,
    ACS_ALREADY_EXISTS = 6,
    ACS_PERMISSION_DENIED = 7,
    ACS_RESOURCE_EXHAUSTED = 8,
    ACS_FAILED_PRECONDITION = 9,
    ACS_ABORTED = 10,
    ACS_OUT_OF_RANGE = 11,
    ACS_UNIMPLEMENTED = 12,
    ACS_INTERNAL = 13,
    ACS_UNAVAILABLE = 14,
    ACS_DATA_LOSS = 15,
    ACS_UNAUTHENTICATED = 16
} acs_code;

/* One refused field of a request (acs.v1.FieldViolation). */
typedef struct acs_violation {
    char *field;       /* path in the request, e.g. "payment.amount.currency" */
    char *description; /* why, for a person */
} acs_violation;

/* The outcome of a call. Zero-initialise it before its first use (ACS_STATUS_INIT
 * or memset); every function taking an acs_status * first frees what it held, then
 * fills it, so one status may be reused across calls. Free it at the end with
 * acs_status_clear(). Passing NULL where an acs_status * is expected is allowed:
 * the outcome is then only returned as the code. */
typedef struct acs_status {
    int code;                  /* an acs_code; a number acsd sends outside 0..16 is kept as sent */
    char *message;             /* for a person; "" on success; never NULL after a call unless out of memory */
    size_t n_violations;       /* number of entries in violations */
    acs_violation *violations; /* for ACS_INVALID_ARGUMENT on fields; NULL when none */
    char *request_id;          /* acsd's id of the call (journal field ACS_REQUEST_ID); NULL when
                                  acsd did not answer (client-side errors, connection-level errors) */
} acs_status;

#define ACS_STATUS_INIT {0, NULL, 0, NULL, NULL}

/* An opaque connection to acsd. */
typedef struct acs_client acs_client;

/* Takes one message of a server-streaming answer. msg is owned by the library and
 * freed when the callback returns (copy what you keep). Return 0 to continue;
 * anything else stops the call (acs_call_stream then answers ACS_CANCELLED and the
 * rest of the stream is discarded as it arrives). */
typedef int (*acs_stream_callback)(void *ctx, const ProtobufCMessage *msg);

/* The version of the loaded library, e.g. "0.1.0". Static storage; do not free. */
ACS_API const char *acs_client_version(void);

/* The name of a status code, e.g. "NOT_FOUND" for 5; "UNKNOWN" for a number
 * outside 0..16. Static storage; do not free. */
ACS_API const char *acs_code_name(int code);

/* Frees what status holds (message, violations, request_id) and sets it back to
 * ACS_STATUS_INIT (code ACS_OK). NULL is allowed. */
ACS_API void acs_status_clear(acs_status *status);

/* Frees memory the library returned (the answer of acs_call_raw()). NULL is allowed. */
ACS_API void acs_free(void *ptr);

/* Connects to acsd's socket: socket_path, or when it is NULL $ACS_SOCKET, or when
 * that is unset or empty ACS_DEFAULT_SOCKET. Returns a new client (free it with
 * acs_close()) and fills status with ACS_OK; or NULL with status ACS_UNAVAILABLE
 * naming the path and the system's error text (ACS_INVALID_ARGUMENT for a path
 * too long for a Unix socket, ACS_RESOURCE_EXHAUSTED when memory runs out). */
ACS_API acs_client *acs_connect(const char *socket_path, acs_status *status);

/* Closes the connection and frees the client and every answer not yet received.
 * Must be the last call on the client, with no other thread inside a call on it.
 * NULL is allowed. */
ACS_API void acs_close(acs_client *client);

/* Calls a unary method and waits for its answer.
 *   method         the path, e.g. "/acs.v1.System/Ping"; NULL, empty, or not
 *                  starting with '/' is refused with ACS_INVALID_ARGUMENT unsent.
 *   request        the request message; NULL sends an empty request.
 *   response_type  the descriptor of the answer, e.g. &acs__v1__ping_response__descriptor;
 *                  NULL: the answer is not decoded (response must then be NULL too).
 *   response       on ACS_OK, *response is the decoded answer, owned by the caller
 *                  (protobuf_c_message_free_unpacked(*response, NULL)); otherwise NULL.
 *                  May be NULL to drop the answer.
 *   timeout_ms     the call's deadline in milliseconds, 0 for none. It is sent to acsd
 *                  (timeout_ms of the frame) and kept on the client side with poll():
 *                  when it passes first the call answers ACS_DEADLINE_EXCEEDED (a write
 *                  may have been applied: retry with the same idempotency key or read
 *                  back), and its answer, should it come later, is discarded.
 * Returns the status code (ACS_OK = 0), also stored in status->code. */
ACS_API int acs_call(acs_client *client, const char *method, const ProtobufCMessage *request,
                     const ProtobufCMessageDescriptor *response_type, ProtobufCMessage **response,
                     uint32_t timeout_ms, acs_status *status);

/* acs_call() on serialized messages, for language bindings: req/req_len is the
 * encoded request (req may be NULL when req_len is 0). On ACS_OK *resp is a
 * malloc'ed buffer of *resp_len bytes holding the encoded answer (never NULL, even
 * for 0 bytes), freed with acs_free(); otherwise *resp is NULL and *resp_len 0.
 * resp and resp_len may both be NULL to drop the answer. For a server-streaming
 * method the answer is the last message of the stream. */
ACS_API int acs_call_raw(acs_client *client, const char *method, const uint8_t *req, size_t req_len,
                         uint8_t **resp, size_t *resp_len, uint32_t timeout_ms, acs_status *status);

/* Pipelining, step one: sends a call without waiting for its answer and returns its
 * call id (> 0), or 0 on failure with status filled. timeout_ms (0: none) is sent to
 * acsd and starts the call's client-side deadline now; acs_receive() waits at most
 * until then. Every call sent must be received (or the client closed): its answer
 * is kept until then. Answers of calls that arrive while a thread waits for another
 * call are kept for their own acs_receive(). */
ACS_API uint64_t acs_send(acs_client *client, const char *method, const ProtobufCMessage *request,
                          uint32_t timeout_ms, acs_status *status);

/* acs_send() for an encoded request (for language bindings). */
ACS_API uint64_t acs_send_raw(acs_client *client, const char *method, const uint8_t *req, size_t req_len,
                              uint32_t timeout_ms, acs_status *status);

/* Pipelining, step two: waits for the answer of call_id (from acs_send()) and decodes
 * it as acs_call() does. Calls may be received in any order and from any thread.
 * timeout_ms (0: none) bounds this wait; the call's own deadline from acs_send()
 * bounds it too. When either passes the call is given up: ACS_DEADLINE_EXCEEDED, and
 * its answer is discarded when it comes. A call id not in flight (never sent, already
 * received, or being received by another thread) is ACS_INVALID_ARGUMENT. */
ACS_API int acs_receive(acs_client *client, uint64_t call_id, const ProtobufCMessageDescriptor *response_type,
                        ProtobufCMessage **response, uint32_t timeout_ms, acs_status *status);

/* acs_receive() handing back the encoded answer, as acs_call_raw() does. */
ACS_API int acs_receive_raw(acs_client *client, uint64_t call_id, uint8_t **resp, size_t *resp_len,
                            uint32_t timeout_ms, acs_status *status);

/* Calls a server-streaming method (/acs.v1.System/Backup,
 * /acs.v1.Collections/ExportPlacements, /acs.v1.Reports/RunBureau) and hands every
 * message of the answer, in order, to callback(ctx, msg), decoded as response_type;
 * the last is the one carried by the frame that ends the stream. Works for unary
 * methods too (one message). timeout_ms covers the whole stream. Returns the call's
 * status code; ACS_CANCELLED when the callback stopped it. */
ACS_API int acs_call_stream(acs_client *client, const char *method, const ProtobufCMessage *request,
                            const ProtobufCMessageDescriptor *response_type, acs_stream_callback callback,
                            void *ctx, uint32_t timeout_ms, acs_status *status);

/* Whether the connection is unusable (closed by acsd, a connection-level error, an
 * I/O error, an oversized or undecodable frame, or a write cut short by its
 * deadline). Every call on a broken client fails at once with the status that broke
 * it; connect again. Returns 1 when broken, 0 otherwise. */
ACS_API int acs_client_broken(acs_client *client);

#ifdef __cplusplus
}
#endif

#endif /* ACSCLIENT_H */
