#ifndef GRAVITY_MEMORY_TUNING_H
#define GRAVITY_MEMORY_TUNING_H

/// Makes the C allocator hand every block of at least `bytes` straight back to the system when it
/// is freed. glibc raises its mmap threshold each time such a block is freed (up to 32 MiB), after
/// which data-sized arrays come from the heap and leave holes that stay resident; a threshold set
/// once stays fixed. Returns 1 where applied, 0 where the allocator has no such setting.
int gravity_fix_mmap_threshold(int bytes);

#endif
