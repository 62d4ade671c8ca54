#!/usr/bin/env python3
"""Calls acsd from Python through libacsclient's raw-bytes API (ctypes, standard library only).

    acsclient.py [LIBRARY [SOCKET [ACCOUNT]]]

LIBRARY: the path of libacsclient.so.0 (else $ACS_CLIENT_LIB, else "libacsclient.so.0" from the
loader's path); SOCKET: acsd's socket (else $ACS_SOCKET, else /run/acs/acsd.sock); ACCOUNT:
SOURCE:EXTERNAL_ID or acsd's id of an account to read (else none is read). Requests are
protobuf hand-encoded as in docs/PROTOCOL.md §10. Exits 1 when a call fails.
"""
import ctypes
import os
import sys


class Violation(ctypes.Structure):
    _fields_ = [("field", ctypes.c_char_p), ("description", ctypes.c_char_p)]


class Status(ctypes.Structure):  # acs_status
    _fields_ = [("code", ctypes.c_int), ("message", ctypes.c_char_p), ("n_violations", ctypes.c_size_t),
                ("violations", ctypes.POINTER(Violation)), ("request_id", ctypes.c_char_p)]


class AcsError(Exception):
    def __init__(self, code, name, message, violations, request_id):
        super().__init__(f"{name}: {message}")
        self.code, self.name, self.message = code, name, message
        self.violations, self.request_id = violations, request_id


class Client:
    def __init__(self, library, socket_path=None):
        lib = self.lib = ctypes.CDLL(library)
        lib.acs_connect.restype = ctypes.c_void_p
        lib.acs_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(Status)]
        lib.acs_close.argtypes = [ctypes.c_void_p]
        lib.acs_call_raw.restype = ctypes.c_int
        lib.acs_call_raw.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_size_t,
                                     ctypes.POINTER(ctypes.POINTER(ctypes.c_uint8)), ctypes.POINTER(ctypes.c_size_t),
                                     ctypes.c_uint32, ctypes.POINTER(Status)]
        lib.acs_free.argtypes = [ctypes.c_void_p]
        lib.acs_status_clear.argtypes = [ctypes.POINTER(Status)]
        lib.acs_code_name.restype = ctypes.c_char_p
        lib.acs_code_name.argtypes = [ctypes.c_int]
        lib.acs_client_version.restype = ctypes.c_char_p
        status = Status()
        self.handle = lib.acs_connect(socket_path.encode() if socket_path else None, ctypes.byref(status))
        if not self.handle:
            self._raise(status)
        lib.acs_status_clear(ctypes.byref(status))

    def _raise(self, status):
        violations = [(status.violations[i].field.decode(), status.violations[i].description.decode())
                      for i in range(status.n_violations)]
        error = AcsError(status.code, self.lib.acs_code_name(status.code).decode(),
                         (status.message or b"").decode(), violations,
                         status.request_id.decode() if status.request_id else None)
        self.lib.acs_status_clear(ctypes.byref(status))
        raise error

    def call(self, method, request=b"", timeout_ms=10000):
        """Calls method with the encoded request; answers the encoded response (bytes)."""
        status, out, out_len = Status(), ctypes.POINTER(ctypes.c_uint8)(), ctypes.c_size_t()
        code = self.lib.acs_call_raw(self.handle, method.encode(), request, len(request), ctypes.byref(out),
                                     ctypes.byref(out_len), timeout_ms, ctypes.byref(status))
        if code != 0:
            self._raise(status)
        self.lib.acs_status_clear(ctypes.byref(status))
        data = ctypes.string_at(out, out_len.value)
        self.lib.acs_free(out)
        return data

    def close(self):
        if self.handle:
            self.lib.acs_close(self.handle)
            self.handle = None


# Hand-encoded protobuf, as in docs/PROTOCOL.md §10.
def varint(n):
    out = bytearray()
    while n > 0x7F:
        out.append(n & 0x7F | 0x80); n >>= 7
    return bytes(out) + bytes([n])
def field(num, wire, value):  # wire 0: int value, wire 2: bytes value
    body = varint(value) if wire == 0 else varint(len(value)) + value
    return varint(num << 3 | wire) + body
def read_varint(buf, i):
    n = shift = 0
    while buf[i] & 0x80:
        n |= (buf[i] & 0x7F) << shift; shift += 7; i += 1
    return n | buf[i] << shift, i + 1
def parse(buf):  # {field number: [values]}
    fields, i = {}, 0
    while i < len(buf):
        key, i = read_varint(buf, i)
        wire, size = key & 7, {1: 8, 5: 4}.get(key & 7)
        if wire == 0: val, i = read_varint(buf, i)
        elif wire == 2: size, i = read_varint(buf, i)
        elif size is None: raise ValueError(f"unsupported wire type {wire}")
        if wire != 0: val, i = buf[i:i + size], i + size
        fields.setdefault(key >> 3, []).append(val)
    return fields
def one(fields, num, default):
    return fields.get(num, [default])[-1]


def main():
    library = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ACS_CLIENT_LIB", "libacsclient.so.0")
    socket_path = sys.argv[2] if len(sys.argv) > 2 else None  # None: $ACS_SOCKET, else /run/acs/acsd.sock
    account = sys.argv[3] if len(sys.argv) > 3 else None
    client = Client(library, socket_path)
    try:
        print("libacsclient", client.lib.acs_client_version().decode())
        health = parse(client.call("/acs.v1.System/Health"))  # HealthResponse{status = 1}
        print("health:", {0: "UNSPECIFIED", 1: "SERVING", 2: "DRAINING"}.get(one(health, 1, 0)))
        echo = parse(client.call("/acs.v1.System/Ping", field(1, 2, b"hello from ctypes")))
        print("ping:", one(echo, 1, b"").decode())
        if account:
            source, _, external_id = account.rpartition(":")
            ref = field(2, 2, source.encode()) + field(3, 2, external_id.encode()) if source else field(1, 2, account.encode())
            answer = parse(client.call("/acs.v1.Accounts/GetAccount", field(1, 2, ref)))  # GetAccountRequest{account}
            acct = parse(one(answer, 1, b""))  # Account: id 1, name 5, balances 12
            print(f"account {one(acct, 1, b'').decode()} {one(acct, 5, b'').decode()}")
            for balance in acct.get(12, []):  # Balance: currency 1, outstanding 2 (Money: amount_minor 1)
                b = parse(balance)
                print(f"  {one(b, 1, b'').decode()} outstanding {one(parse(one(b, 2, b'')), 1, 0)} (minor units)")
        try:  # an error: the status code's name, acsd's message and request id
            client.call("/acs.v1.Accounts/GetAccount", field(1, 2, field(1, 2, b"987654321")))
            print("unexpected: account 987654321 exists")
            return 1
        except AcsError as e:
            print(f"expected error: {e.name} ({e.code}): {e.message} [request {e.request_id}]")
            if e.name != "NOT_FOUND":
                return 1
    except AcsError as e:
        print(f"acsclient.py: {e.name}: {e.message}", file=sys.stderr)
        for f, d in e.violations:
            print(f"  {f}: {d}", file=sys.stderr)
        return 1
    finally:
        client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
