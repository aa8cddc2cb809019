// The one function of the C interface written in C: the interface version the library was built with.
#include "gravitykit.h"

int32_t gk_abi_version(void) { return GK_ABI_VERSION; }
