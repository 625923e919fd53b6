#ifndef CHEAP_H
#define CHEAP_H
#include <stddef.h>

/// Bytes the C heap holds for live allocations, malloc's own overhead included
/// (glibc's mallinfo2: in-use arena bytes plus mmapped blocks). 0 where unsupported.
size_t cheap_heap_in_use(void);

/// Gives free memory at the top of the heap back to the system, so RSS readings settle.
void cheap_trim(void);

#endif
