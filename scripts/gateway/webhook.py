#!/usr/bin/python3
"""HTTP to acs-gateway over its Unix socket, for make demo and the systemd end-to-end test. Prints the status.

  webhook.py SOCKET stripe SECRET_FILE TOKEN INTENT AMOUNT [CURRENCY]
                                 a checkout.session.completed as Stripe sends it, signed with the secret;
                                 its `created` (when the money came) is now, or $WEBHOOK_CREATED (epoch
                                 seconds: make demo's simulated clock)
  webhook.py SOCKET get PATH     a GET
  webhook.py SOCKET page PATH    a GET, then the page's text without its tags
"""
import hashlib, hmac, html, http.client, json, os, re, socket, sys, time


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("localhost", timeout=10)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(10)
        self.sock.connect(self.path)


def main():
    path, mode = sys.argv[1], sys.argv[2]
    connection = UnixConnection(path)
    if mode in ("get", "page"):
        connection.request("GET", sys.argv[3])
    else:
        secret_file, token, intent, amount = sys.argv[3:7]
        currency = sys.argv[7] if len(sys.argv) > 7 else "eur"
        secret = open(secret_file).read().split()[0]
        event = {"id": "evt_e2e_" + intent, "object": "event", "api_version": "2024-06-20", "created": int(os.environ.get("WEBHOOK_CREATED") or time.time()),
                 "type": "checkout.session.completed",
                 "data": {"object": {"id": "cs_e2e_" + intent, "object": "checkout.session", "amount_total": int(amount),
                                     "currency": currency, "client_reference_id": token, "mode": "payment",
                                     "payment_intent": intent, "payment_status": "paid", "status": "complete"}}}
        body = json.dumps(event).encode()
        stamp = str(int(time.time()))
        signature = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        connection.request("POST", "/webhooks/stripe", body, {"Content-Type": "application/json", "Stripe-Signature": f"t={stamp},v1={signature}"})
    response = connection.getresponse()
    print(response.status)
    if mode == "page":
        text = re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<head>.*</head>", "", response.read().decode()))
        print("\n".join("  " + html.unescape(" ".join(line.split())) for line in text.splitlines() if line.strip()))


main()
