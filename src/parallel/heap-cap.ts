import * as v8 from 'node:v8';
import * as vm from 'node:vm';

// Keeps peak memory flat over long runs. A document's garbage outlives the
// young generation (tokens of a 10 kB article), so V8 lets the old
// generation grow to several times the live heap before a major GC, and how
// far depends on how long the run has been going: peak RSS kept creeping
// from 1,000 to 10,000 articles. Collecting whenever the heap has grown past
// what the last collection left by a headroom bounds it the same way at any
// corpus size. The headroom is half the live heap, 32 MB at least: a forced
// collection costs time in proportion to the live heap (~25 ms for the
// ~65 MB of the seed corpus, ~120 ms once villages of many provinces are
// loaded), so a headroom in proportion keeps its share of the run the same.
// With a fixed 96 MB, a 1,000-article run ended before the heap first grew
// that far, and a 10,000-article run's peak RSS was 5-12 % above it; now
// -2 to +6 % (--jobs 1). Memory outside the heap that the heap's objects hold (ArrayBuffers:
// the record bytes the workers hand to the main thread) counts too: V8 lets
// ~64 MB of it pile up before collecting.

const MIN_HEADROOM_BYTES = 32 * 1024 * 1024;
const HEADROOM_SHARE = 0.5;

/** Returns a check to call after each document; a no-op where gc cannot be reached. */
export function heapCap(minHeadroomBytes = MIN_HEADROOM_BYTES): () => void {
  const collect = exposedGc();
  if (!collect) return () => {};
  const ceilingAbove = (live: number) => live + Math.max(minHeadroomBytes, live * HEADROOM_SHARE);
  let ceiling = ceilingAbove(usedHeap());
  return () => {
    if (usedHeap() < ceiling) return;
    collect();
    ceiling = ceilingAbove(usedHeap());
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
