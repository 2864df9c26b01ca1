import { tuneNativeAllocator } from '../tokenize/binding';

// Peak memory of a long run with a worker thread. Measured over 10,000
// articles (--jobs 1), peak RSS crept from ~330 MB to ~430 MB while both V8
// heaps stayed flat: the growth was the C library's. glibc gives each thread
// an arena of its own (the worker, V8's compiler and collector threads), and
// raises its mmap threshold each time a large block is freed, so the record
// and message buffers that pass between the threads end up carved from
// arenas that fragment instead of being mapped and unmapped whole. A fixed
// threshold (which also stops the raising) and two arenas took the peak of
// that run to ~354 MB, at no measurable cost in time.
const MMAP_THRESHOLD_BYTES = 128 * 1024;
const ARENA_MAX = 2;

/**
 * Call before the worker threads start (an arena is bound to a thread at its
 * first allocation). A no-op where the addon or glibc is absent.
 */
export function tuneAllocatorForWorkers(): boolean {
  return tuneNativeAllocator(MMAP_THRESHOLD_BYTES, ARENA_MAX);
}
