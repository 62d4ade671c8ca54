#!/usr/bin/python3
"""HTTP to acs-gateway over its Unix socket, for the systemd end-to-end test. Prints the status.

  webhook.py SOCKET stripe SECRET_FILE TOKEN INTENT AMOUNT   a signed checkout.session.completed
  webhook.py SOCKET get PATH                                 a GET
"""
import hashlib, hmac, http.client, json, socket, sys, time


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("localhost", timeout=10)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self.path)


def main():
    path, mode = sys.argv[1], sys.argv[2]
    connection = UnixConnection(path)
    if mode == "get":
        connection.request("GET", sys.argv[3])
    else:
        secret_file, token, intent, amount = sys.argv[3:7]
        secret = open(secret_file).read().split()[0]
        event = {"id": "evt_e2e_" + intent, "object": "event", "api_version": "2024-06-20", "created": int(time.time()),
                 "type": "checkout.session.completed",
                 "data": {"object": {"id": "cs_e2e_" + intent, "object": "checkout.session", "amount_total": int(amount),
                                     "currency": "eur", "client_reference_id": token, "mode": "payment",
                                     "payment_intent": intent, "payment_status": "paid", "status": "complete"}}}
        body = json.dumps(event).encode()
        stamp = str(int(time.time()))
        signature = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        connection.request("POST", "/webhooks/stripe", body, {"Content-Type": "application/json", "Stripe-Signature": f"t={stamp},v1={signature}"})
    print(connection.getresponse().status)


main()
