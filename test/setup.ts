import * as fc from 'fast-check';
import { afterAll } from 'vitest';
import { removeTempPaths } from './helpers/temp';

// Every test file removes the temporary folders it made (helpers/temp.ts).
afterAll(removeTempPaths);

// Property tests draw from a fixed seed, so `npm test` (and CI) gives the same
// answer on every run; `npm run fuzz` explores fresh seeds with many more runs
// and prints the seed of any counterexample (FUZZ_SEED=<n> replays it).
const seedSetting = process.env.FUZZ_SEED ?? '20261205';
if (seedSetting !== 'random') fc.configureGlobal({ seed: Number(seedSetting) });
