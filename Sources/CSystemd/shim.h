#ifndef ACS_CSYSTEMD_SHIM_H
#define ACS_CSYSTEMD_SHIM_H
#include <sys/types.h>
#include <stdint.h>
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>

/// Layout of Linux `struct ucred` (SO_PEERCRED), declared here because glibc only
/// exposes it under _GNU_SOURCE, which Swift's Glibc module does not define.
typedef struct acs_ucred {
    pid_t pid;
    uid_t uid;
    gid_t gid;
} acs_ucred;

#endif
