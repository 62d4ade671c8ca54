# acs: build, test and demo on Debian (run as root on a fresh machine: make demo, make test).
SHELL := /bin/bash
SWIFT ?= swift
DEB_PACKAGES := libprotobuf-c-dev protobuf-c-compiler libprotobuf-dev libsystemd-dev libsqlite3-dev pkg-config systemd util-linux libcap2-bin bsdutils python3 gcc libc6-dev binutils
BIN_DEBUG = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)
BIN_RELEASE = $(shell $(SWIFT) build -c release --show-bin-path 2>/dev/null)

PREFIX ?= /usr/local
DESTDIR ?=
SYSCONFDIR ?= /etc
UNITDIR ?= $(PREFIX)/lib/systemd/system
MANUALS = .build/plugins/GenerateManual/outputs
# What scripts/proto writes from proto/: the protoc-c code, the Swift wire types and their tests.
GENERATED_C = Sources/CACSProto
GENERATED_SWIFT = Sources/ACSWire/Generated
GENERATED_TESTS = Tests/ACSWireTests/Generated
# libacsclient, the C client: built by the C compiler alone (no SwiftPM) into C_BUILD.
C_BUILD = .build/c
LIBACS_VERSION = 0.1.0
LIBACS_SONAME = libacsclient.so.0
LIBACS_CFLAGS = -std=c11 -O2 -g -Wall -Wextra -Werror -fPIC $(shell pkg-config --cflags libprotobuf-c 2>/dev/null) -I$(GENERATED_C)/include -ISources/libacsclient
LIBACS_LIBS = $(shell pkg-config --libs libprotobuf-c 2>/dev/null || echo -lprotobuf-c) -lpthread
LIBACS_OBJECTS = $(C_BUILD)/obj/acsclient.o $(patsubst $(GENERATED_C)/acs/v1/%.c,$(C_BUILD)/obj/%.o,$(wildcard $(GENERATED_C)/acs/v1/*.pb-c.c))

.PHONY: all deps build release test libacsclient test-c install-c check-proto check-sql-floor check-units systemd-e2e proto docs man install journald demo bench bench-webhook sql-floor torture fuzz test-sanitize clean help

all: build

help:
	@echo "make demo        install what is missing, build, run acsd and show it working"
	@echo "make test        install what is missing, build, run every test"
	@echo "make build       debug build"
	@echo "make release     release build"
	@echo "make libacsclient  the C client library: $(C_BUILD)/libacsclient.so.0 and $(C_BUILD)/libacsclient.a (docs/CLIENT-C.md)"
	@echo "make test-c      debug build, then the C client's tests under ASan+UBSan and TSan against a real acsd"
	@echo "make bench       release build, then acs-bench ping against a fresh acsd"
	@echo "make sql-floor   the SQL alone of posting and of a cycle, and a cycle's audit entries alone, in C: the floors under acs-bench post and cycle"
	@echo "make proto       regenerate from proto/: the protoc-c code, the Swift wire types, methods and roles, their tests (commit them)"
	@echo "make check-proto fail when any of that generated code is stale"
	@echo "make docs        regenerate systemd/acsd.catalog and docs/AUDIT.md from the code (commit them)"
	@echo "make torture     kill -9 acsd under load, 50 rounds (ACS_TORTURE_ROUNDS, ACS_TORTURE_SEED)"
	@echo "make fuzz        the decoders against millions of hostile inputs (ACS_FUZZ_INPUTS, ACS_FUZZ_SEED)"
	@echo "make test-sanitize  every Swift test under AddressSanitizer and ThreadSanitizer"
	@echo "make install     release build, then binaries, units, sysusers, catalog, configuration, policies, templates, man pages,"
	@echo "                 completions and docs under DESTDIR/PREFIX (default /usr/local)"
	@echo "make install-c   only the C client: library, headers, libacsclient.pc, man page under DESTDIR/PREFIX"

## deps: install the Debian packages that are missing (apt-get update runs once, only if needed).
deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## proto: regenerate everything proto/ defines (commit the result): the protoc-c code, then the Swift
## wire types, methods, roles and round-trip tests from the compiled descriptors.
proto: deps
	scripts/proto/gen-c.sh
	scripts/proto/gen-swift.py

## check-proto: regenerate into a scratch folder and compare with the committed output, tests included.
check-proto: deps
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	scripts/proto/gen-c.sh "$$tmp/c" && scripts/proto/gen-swift.py "$$tmp/swift" && \
	stale=0 && \
	for pair in "c:$(GENERATED_C)" "swift/Sources:$(GENERATED_SWIFT)" "swift/Tests:$(GENERATED_TESTS)"; do \
		if ! diff -r "$$tmp/$${pair%%:*}" "$${pair#*:}" >/dev/null; then diff -r "$$tmp/$${pair%%:*}" "$${pair#*:}" | head -20; stale=1; fi; \
	done; \
	if [ $$stale = 0 ]; then echo "check-proto: $(GENERATED_C), $(GENERATED_SWIFT) and $(GENERATED_TESTS) are up to date"; \
	else echo "check-proto: generated code is stale; run 'make proto' and commit" >&2; exit 1; fi

## docs: the audit catalog and its documentation, rendered from AuditEventKind.all (a test compares).
docs: build
	"$(BIN_DEBUG)/acsd" --print-audit-catalog > systemd/acsd.catalog
	"$(BIN_DEBUG)/acsd" --print-audit-doc > docs/AUDIT.md

## journald: the tests read the audit trail back, so a journald must listen.
journald:
	@if [ ! -S /run/systemd/journal/socket ] || ! pgrep -x systemd-journal >/dev/null; then \
		echo "starting systemd-journald"; \
		mkdir -p /run/systemd/journal; \
		setsid /lib/systemd/systemd-journald </dev/null >/dev/null 2>&1 & \
		for i in $$(seq 50); do [ -S /run/systemd/journal/socket ] && break; sleep 0.1; done; \
	fi

## check-sql-floor: every statement the SQL floor programs time is one acsd runs (scripts/bench/sql-floor/check.py).
check-sql-floor:
	scripts/bench/sql-floor/check.py

## check-units: systemd-analyze verify prints nothing and the service scores 1.0 or lower.
check-units: build
	scripts/test/check-units.sh "$(BIN_DEBUG)"

## systemd-e2e: systemd as PID 1 in private namespaces with the project's units (RECIPES.md).
systemd-e2e: build
	scripts/test/systemd-e2e/run.sh "$(BIN_DEBUG)" < /dev/null

## torture: the crash-consistency test over many rounds (ACS_TORTURE_ROUNDS, default 50; ACS_TORTURE_SEED replays a run).
torture: deps journald
	$(SWIFT) build --build-tests
	ACS_TORTURE_ROUNDS=$${ACS_TORTURE_ROUNDS:-50} $(SWIFT) test --skip-build --filter TortureTests

## fuzz: the long edge-value sweep (ACS_EDGE_LONG=1), and the hostile-bytes tests at 50,000 inputs per method: 2 million built from every request's fields and 1.25 million
## random ones through the frame and three message decoders (ACS_FUZZ_INPUTS; ACS_FUZZ_SEED replays a run).
fuzz: deps journald
	$(SWIFT) build --build-tests
	ACS_FUZZ_INPUTS=$${ACS_FUZZ_INPUTS:-50000} $(SWIFT) test --skip-build --filter HostileBytesTests
	ACS_EDGE_LONG=1 $(SWIFT) test --skip-build --filter EdgeValueSweepTests

## test-sanitize: every Swift test under AddressSanitizer, then under ThreadSanitizer, each in a build folder of its own.
## Leak detection is off: at exit it reports Foundation's Process and the tests' embedded channels, never acsd.
## scripts/test/tsan.supp names the one known false positive of the Swift concurrency runtime, with its reason.
test-sanitize: deps journald
	$(SWIFT) build --build-tests --sanitize=address --build-path .build/asan
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --skip-build --sanitize=address --build-path .build/asan
	$(SWIFT) build --build-tests --sanitize=thread --build-path .build/tsan
	TSAN_OPTIONS="suppressions=$(CURDIR)/scripts/test/tsan.supp print_suppressions=1" $(SWIFT) test --skip-build --sanitize=thread --build-path .build/tsan

test: deps check-proto check-sql-floor journald
	$(SWIFT) build --build-tests
	Tests/libacsclient/run.sh "$(BIN_DEBUG)"
	scripts/test/check-units.sh "$(BIN_DEBUG)"
	scripts/test/systemd-e2e/run.sh "$(BIN_DEBUG)" < /dev/null
	scripts/test/systemd-e2e/from-home.sh "$(BIN_DEBUG)"
	@# A hung test fails the run in 20 minutes (a whole run takes about one) instead of using up CI's 90.
	timeout --kill-after=30 1200 $(SWIFT) test --skip-build || { status=$$?; \
		[ $$status -ne 124 ] || echo "make test: swift test did not finish within 1200 s: a test hangs (the last tests started are above)"; \
		exit $$status; }

## libacsclient: the C client library, shared (soname libacsclient.so.0) and static, from its source and the
## protoc-c code of proto/ (so it carries the message descriptors). acsclient.c is built with -fvisibility=hidden:
## of it only the acs_* API is exported; the protoc-c code (acs__v1__*: init, pack, descriptors) is API too.
libacsclient: $(C_BUILD)/libacsclient.so.$(LIBACS_VERSION) $(C_BUILD)/libacsclient.a

$(C_BUILD)/obj/acsclient.o: Sources/libacsclient/acsclient.c Sources/libacsclient/acsclient.h $(wildcard $(GENERATED_C)/include/acs/v1/*.pb-c.h)
	@mkdir -p $(@D)
	$(CC) $(LIBACS_CFLAGS) -fvisibility=hidden -DACSCLIENT_BUILDING -c $< -o $@

$(C_BUILD)/obj/%.pb-c.o: $(GENERATED_C)/acs/v1/%.pb-c.c $(GENERATED_C)/include/acs/v1/%.pb-c.h
	@mkdir -p $(@D)
	$(CC) $(LIBACS_CFLAGS) -c $< -o $@

$(C_BUILD)/libacsclient.so.$(LIBACS_VERSION): $(LIBACS_OBJECTS)
	$(CC) -shared -Wl,-soname,$(LIBACS_SONAME) -Wl,--no-undefined -o $@ $^ $(LIBACS_LIBS)
	ln -sf libacsclient.so.$(LIBACS_VERSION) $(C_BUILD)/$(LIBACS_SONAME)
	ln -sf $(LIBACS_SONAME) $(C_BUILD)/libacsclient.so

$(C_BUILD)/libacsclient.a: $(LIBACS_OBJECTS)
	rm -f $@
	$(AR) rcs $@ $^

## test-c: the C client's tests (Tests/libacsclient/run.sh) against the debug acsd: ASan+UBSan, TSan, the example,
## the Python ctypes example, and a build of the example against an install-c copy through pkg-config.
test-c: build journald
	Tests/libacsclient/run.sh "$(BIN_DEBUG)"

## install-c: the C client alone: the library and its links, acsclient.h and the protoc-c headers, libacsclient.pc
## (prefix substituted), the man page and docs/CLIENT-C.md. Needs no Swift build.
install-c: libacsclient
	install -Dm755 $(C_BUILD)/libacsclient.so.$(LIBACS_VERSION) "$(DESTDIR)$(PREFIX)/lib/libacsclient.so.$(LIBACS_VERSION)"
	ln -sf libacsclient.so.$(LIBACS_VERSION) "$(DESTDIR)$(PREFIX)/lib/$(LIBACS_SONAME)"
	ln -sf $(LIBACS_SONAME) "$(DESTDIR)$(PREFIX)/lib/libacsclient.so"
	install -Dm644 $(C_BUILD)/libacsclient.a "$(DESTDIR)$(PREFIX)/lib/libacsclient.a"
	install -Dm644 Sources/libacsclient/acsclient.h "$(DESTDIR)$(PREFIX)/include/acsclient.h"
	install -d "$(DESTDIR)$(PREFIX)/include/acs/v1"
	install -m644 $(GENERATED_C)/include/acs/v1/*.pb-c.h "$(DESTDIR)$(PREFIX)/include/acs/v1/"
	install -d "$(DESTDIR)$(PREFIX)/lib/pkgconfig"
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(LIBACS_VERSION)|' Sources/libacsclient/libacsclient.pc.in > "$(DESTDIR)$(PREFIX)/lib/pkgconfig/libacsclient.pc"
	install -Dm644 Sources/libacsclient/libacsclient.3 "$(DESTDIR)$(PREFIX)/share/man/man3/libacsclient.3"
	install -Dm644 docs/CLIENT-C.md "$(DESTDIR)$(PREFIX)/share/doc/acs/CLIENT-C.md"

## man: man pages generated from the argument parsers (acsd in section 8).
man: release
	$(SWIFT) package plugin generate-manual >/dev/null
	sed -i 's/^\.Dt ACSD 1$$/.Dt ACSD 8/' $(MANUALS)/acsd/acsd.1

install: release man install-c
	install -Dm755 "$(BIN_RELEASE)/acsd" "$(DESTDIR)$(PREFIX)/bin/acsd"
	install -Dm755 "$(BIN_RELEASE)/acsctl" "$(DESTDIR)$(PREFIX)/bin/acsctl"
	install -Dm755 "$(BIN_RELEASE)/acs-bench" "$(DESTDIR)$(PREFIX)/bin/acs-bench"
	install -Dm755 "$(BIN_RELEASE)/acs-gateway" "$(DESTDIR)$(PREFIX)/bin/acs-gateway"
	install -d "$(DESTDIR)$(UNITDIR)"
	sed 's|^ExecStart=/usr/local/bin/acsd|ExecStart=$(PREFIX)/bin/acsd|' systemd/acsd.service > "$(DESTDIR)$(UNITDIR)/acsd.service"
	install -m644 systemd/acsd.socket "$(DESTDIR)$(UNITDIR)/acsd.socket"
	sed 's|/usr/local/bin/acsctl|$(PREFIX)/bin/acsctl|' systemd/acs-backup.service > "$(DESTDIR)$(UNITDIR)/acs-backup.service"
	install -m644 systemd/acs-backup.timer "$(DESTDIR)$(UNITDIR)/acs-backup.timer"
	sed 's|/usr/local/bin/acs-gateway|$(PREFIX)/bin/acs-gateway|g' systemd/acs-gateway.service > "$(DESTDIR)$(UNITDIR)/acs-gateway.service"
	test -e "$(DESTDIR)$(SYSCONFDIR)/acs/gateway.yaml" || install -Dm644 systemd/gateway.yaml "$(DESTDIR)$(SYSCONFDIR)/acs/gateway.yaml"
	install -d -m755 "$(DESTDIR)$(SYSCONFDIR)/acs/credentials"
	install -Dm644 systemd/acs.sysusers "$(DESTDIR)$(PREFIX)/lib/sysusers.d/acs.conf"
	install -Dm644 systemd/acsd.catalog "$(DESTDIR)$(PREFIX)/lib/systemd/catalog/acsd.catalog"
	test -e "$(DESTDIR)$(SYSCONFDIR)/acs/acsd.yaml" || install -Dm644 systemd/acsd.yaml "$(DESTDIR)$(SYSCONFDIR)/acs/acsd.yaml"
	for f in systemd/policies/*.yaml systemd/templates/*.mustache; do \
		target="$(DESTDIR)$(SYSCONFDIR)/acs/$${f#systemd/}"; test -e "$$target" || install -Dm644 "$$f" "$$target"; \
	done
	install -Dm644 $(MANUALS)/acsd/acsd.1 "$(DESTDIR)$(PREFIX)/share/man/man8/acsd.8"
	install -Dm644 $(MANUALS)/acsctl/acsctl.1 "$(DESTDIR)$(PREFIX)/share/man/man1/acsctl.1"
	install -Dm644 $(MANUALS)/acs-bench/acs-bench.1 "$(DESTDIR)$(PREFIX)/share/man/man1/acs-bench.1"
	install -Dm644 $(MANUALS)/acs-gateway/acs-gateway.1 "$(DESTDIR)$(PREFIX)/share/man/man1/acs-gateway.1"
	install -d "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	"$(BIN_RELEASE)/acsctl" --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/acsctl"
	"$(BIN_RELEASE)/acsctl" --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_acsctl"
	"$(BIN_RELEASE)/acsctl" --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/acsctl.fish"
	install -Dm644 docs/PROTOCOL.md "$(DESTDIR)$(PREFIX)/share/doc/acs/PROTOCOL.md"
	install -Dm644 docs/AUDIT.md "$(DESTDIR)$(PREFIX)/share/doc/acs/AUDIT.md"
	install -Dm644 docs/GATEWAY.md "$(DESTDIR)$(PREFIX)/share/doc/acs/GATEWAY.md"
	@echo "installed under $(DESTDIR)$(PREFIX); then: systemd-sysusers, journalctl --update-catalog, systemctl daemon-reload, systemctl enable --now acsd.socket"

demo: build journald
	scripts/demo/run.sh "$(BIN_DEBUG)"

bench: release
	scripts/bench/run.sh "$(BIN_RELEASE)"

## bench-webhook: one payment at a time side by side: the SQL floor, PostPayment, and a signed webhook through acs-gateway.
bench-webhook: deps release journald
	scripts/bench/webhook.sh

## sql-floor: what SQLite alone costs per payment and per cycle account, in C, on acsd's schema; and what a cycle
## account's two journald entries alone cost, to the sender and to journald.
sql-floor: deps release journald
	scripts/bench/sql-floor/run.sh

clean:
	rm -rf .build .acs
