#!/usr/bin/env python3
"""Checks that every statement the SQL floor programs prepare is one acsd runs.

The floor programs (postfloor.c, cyclefloor.c) measure what SQLite alone costs for acsd's
own statements; a floor measured on statements acsd no longer runs would be a false floor.
Every `prep("...")` in them must match a SQL string literal in Sources/ACSStore once both
are normalised: blanks collapsed, and every literal value ('text', numbers, NULL) and
parameter (?, ?1) written `?`, since the floor binds fixed values where acsd binds variables;
a Swift interpolation (an optional condition) matches any text, none included.
Transaction control (BEGIN, COMMIT, SAVEPOINT, RELEASE) and PRAGMAs are exempt: GRDB
issues those. Exit status 1 names each statement without a match.

Usage: scripts/bench/sql-floor/check.py
"""
import pathlib
import re
import sys

TOP = pathlib.Path(__file__).resolve().parents[3]
FLOORS = ["postfloor.c", "cyclefloor.c"]
EXEMPT = re.compile(r"^(BEGIN|COMMIT|SAVEPOINT|RELEASE|PRAGMA)\b")


HOLE = "\x00"


def normalise(sql):
    sql = re.sub(r"\\\((?:[^()]|\([^()]*\))*\)", HOLE, sql)  # Swift interpolation
    sql = re.sub(r"\bNULL\b", "?", sql)
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)      # text literals
    sql = re.sub(r"\?\d*", "?", sql)               # parameters
    sql = re.sub(r"(?<![\w.])-?\d+(?![\w.])", "?", sql)  # numbers
    return " ".join(sql.replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split())


def pattern(sql):
    """A regex for a normalised Swift literal: its interpolations match any text."""
    parts = [re.escape(part.strip()) for part in sql.split(HOLE)]
    return re.compile(r"\s*(?:.*?)\s*".join(parts) + r"\Z")


def swift_statements():
    found = []
    for path in sorted((TOP / "Sources/ACSStore").glob("*.swift")):
        text = path.read_text()
        lines = dict(re.findall(r'let (\w+) = "((?:[^"\\\n]|\\.)*)"\n', text))
        for first, block in re.findall(r'(?:(\w+) \+ )?"""\n(.*?)\n\s*"""', text, re.S):
            found.append(lines.get(first, "") + " " + block)
        found += re.findall(r'"((?:[^"\\\n]|\\.)*)"', text)
    return [pattern(normalise(sql)) for sql in found]


def main():
    known = swift_statements()
    missing = []
    for name in FLOORS:
        source = (TOP / "scripts/bench/sql-floor" / name).read_text()
        for sql in re.findall(r'prep\("((?:[^"\\]|\\.)*)"\)', source):
            if EXEMPT.match(sql) or any(known_sql.match(normalise(sql)) for known_sql in known):
                continue
            missing.append(f"{name}: {sql}")
    for line in missing:
        print(f"not a statement of acsd (Sources/ACSStore): {line}", file=sys.stderr)
    if missing:
        print("update the floor program to acsd's statement, or acsd's change made the floor stale", file=sys.stderr)
        return 1
    print(f"sql-floor: every statement of {', '.join(FLOORS)} is one of acsd's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
