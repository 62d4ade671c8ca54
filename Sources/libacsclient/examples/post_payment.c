/*
 * post_payment: posts one payment through libacsclient, then reads the account back
 * and prints its balances.
 *
 *   post_payment [-s SOCKET] ACCOUNT AMOUNT_MINOR CURRENCY IDEMPOTENCY_KEY
 *
 * ACCOUNT is acsd's id ("42") or SOURCE:EXTERNAL_ID ("billing:C-00005"); the socket is
 * -s, else $ACS_SOCKET, else /run/acs/acsd.sock. Exits 0 on success, 1 with the
 * status code's name and acsd's message on error, 2 on bad usage.
 *
 * Build: cc post_payment.c $(pkg-config --cflags --libs libacsclient) -o post_payment
 */
#include <acsclient.h>

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(const char *what, const acs_status *st) {
    fprintf(stderr, "post_payment: %s: %s: %s\n", what, acs_code_name(st->code), st->message ? st->message : "");
    for (size_t i = 0; i < st->n_violations; i++)
        fprintf(stderr, "  %s: %s\n", st->violations[i].field, st->violations[i].description);
    if (st->request_id) fprintf(stderr, "  (journalctl ACS_REQUEST_ID=%s)\n", st->request_id);
    return 1;
}

int main(int argc, char **argv) {
    const char *socket_path = NULL; /* NULL: $ACS_SOCKET, else /run/acs/acsd.sock */
    int a = 1;
    if (argc > 2 && strcmp(argv[1], "-s") == 0) {
        socket_path = argv[2];
        a = 3;
    }
    if (argc - a != 4) {
        fprintf(stderr, "usage: %s [-s SOCKET] ACCOUNT AMOUNT_MINOR CURRENCY IDEMPOTENCY_KEY\n", argv[0]);
        return 2;
    }
    const char *account = argv[a], *currency = argv[a + 2], *key = argv[a + 3];
    char *end;
    long long minor = strtoll(argv[a + 1], &end, 10);
    if (*end || end == argv[a + 1]) {
        fprintf(stderr, "post_payment: AMOUNT_MINOR must be an integer count of minor units, e.g. 1250\n");
        return 2;
    }

    /* The account: "SOURCE:EXTERNAL_ID" or acsd's id. */
    char buf[256];
    snprintf(buf, sizeof buf, "%s", account);
    Acs__V1__AccountRef ref = ACS__V1__ACCOUNT_REF__INIT;
    char *colon = strchr(buf, ':');
    if (colon) {
        *colon = 0;
        ref.source = buf;
        ref.external_id = colon + 1;
    } else {
        ref.id = buf;
    }

    acs_status st = ACS_STATUS_INIT;
    acs_client *client = acs_connect(socket_path, &st);
    if (!client) {
        int rc = fail("connect", &st);
        acs_status_clear(&st);
        return rc;
    }

    Acs__V1__Money amount = ACS__V1__MONEY__INIT;
    amount.amount_minor = minor;
    amount.currency = (char *)currency;
    Acs__V1__NewPayment payment = ACS__V1__NEW_PAYMENT__INIT;
    payment.idempotency_key = (char *)key;
    payment.account = &ref;
    payment.amount = &amount;
    payment.method = "card";
    Acs__V1__PostPaymentRequest post = ACS__V1__POST_PAYMENT_REQUEST__INIT;
    post.payment = &payment;

    int rc = 0;
    ProtobufCMessage *answer = NULL;
    if (acs_call(client, "/acs.v1.Payments/PostPayment", &post.base, &acs__v1__post_payment_response__descriptor,
                 &answer, 10000, &st) != ACS_OK) {
        rc = fail("PostPayment", &st);
        goto done;
    }
    Acs__V1__PostPaymentResponse *posted = (Acs__V1__PostPaymentResponse *)answer;
    printf("payment %s of %" PRId64 " %s posted%s (request %s)\n", posted->payment->id,
           (int64_t)posted->payment->amount->amount_minor, posted->payment->amount->currency,
           posted->replayed ? " earlier (replayed)" : "", st.request_id ? st.request_id : "-");
    protobuf_c_message_free_unpacked(answer, NULL);

    Acs__V1__GetAccountRequest get = ACS__V1__GET_ACCOUNT_REQUEST__INIT;
    get.account = &ref;
    if (acs_call(client, "/acs.v1.Accounts/GetAccount", &get.base, &acs__v1__get_account_response__descriptor, &answer,
                 10000, &st) != ACS_OK) {
        rc = fail("GetAccount", &st);
        goto done;
    }
    Acs__V1__Account *acct = ((Acs__V1__GetAccountResponse *)answer)->account;
    printf("account %s (%s:%s) %s\n", acct->id, acct->source, acct->external_id, acct->name);
    for (size_t i = 0; i < acct->n_balances; i++) {
        Acs__V1__Balance *b = acct->balances[i];
        printf("  %s outstanding %" PRId64 " overdue %" PRId64 " credit %" PRId64 " (minor units)\n", b->currency,
               b->outstanding ? (int64_t)b->outstanding->amount_minor : 0,
               b->overdue ? (int64_t)b->overdue->amount_minor : 0, b->credit ? (int64_t)b->credit->amount_minor : 0);
    }
    protobuf_c_message_free_unpacked(answer, NULL);

done:
    acs_status_clear(&st);
    acs_close(client);
    return rc;
}
