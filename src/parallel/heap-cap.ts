import * as v8 from 'node:v8';
import * as vm from 'node:vm';

// Keeps peak memory flat over long runs. A document's garbage outlives the
// young generation (tokens of a 10 kB article), so V8 lets the old
// generation grow to several times the live heap (~65 MB here) before a
// major GC, and how far depends on how long the run has been going: peak RSS
// kept creeping from 1,000 to 10,000 articles. Collecting whenever the heap
// has grown HEADROOM past what the last collection left bounds it the same
// way at any corpus size. 32 MB: with 96 MB a short run (1,000 articles)
// ended before the heap first grew that far, and a long run's peak RSS was
// 5-12 % above the short run's; with 32 MB, 1-2 %, for a collection of
// ~25 ms every ~300 articles.
// Memory outside the heap that the heap's objects hold (ArrayBuffers: the
// record bytes the workers hand to the main thread) counts too: V8 lets ~64 MB
// of it pile up before collecting, and the C heap keeps what it once held.

const HEADROOM_BYTES = 32 * 1024 * 1024;

/** Returns a check to call after each document; a no-op where gc cannot be reached. */
export function heapCap(headroomBytes = HEADROOM_BYTES): () => void {
  const collect = exposedGc();
  if (!collect) return () => {};
  let ceiling = usedHeap() + headroomBytes;
  return () => {
    if (usedHeap() < ceiling) return;
    collect();
    ceiling = usedHeap() + headroomBytes;
  };
}

function usedHeap(): number {
  const heap = v8.getHeapStatistics();
  return heap.used_heap_size + heap.external_memory;
}

/** V8's gc(), without starting node with --expose-gc: the flag applies to contexts created after it. */
function exposedGc(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
