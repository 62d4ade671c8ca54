#ifndef ACS_CPROTOBUFC_SHIM_H
#define ACS_CPROTOBUFC_SHIM_H
#include <protobuf-c/protobuf-c.h>
#endif
