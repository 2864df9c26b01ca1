import { afterAll } from 'vitest';
import { removeTempPaths } from './helpers/temp';

// Every test file removes the temporary folders it made (helpers/temp.ts).
afterAll(removeTempPaths);
