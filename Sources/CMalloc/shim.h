#ifndef ACS_CMALLOC_SHIM_H
#define ACS_CMALLOC_SHIM_H
/* glibc's mallopt and malloc_trim, which Swift's Glibc module leaves out: acsd bounds its heap with them. */
#include <malloc.h>
#endif
