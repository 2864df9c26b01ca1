import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The tests' temporary files, removed when each test file ends (test/setup.ts).

const toRemove: string[] = [];

/** A new empty folder in the system's temporary folder, zhextract-NAME-XXXXXX. */
export function tempDir(name: string): string {
  return removeAfterTests(fs.mkdtempSync(path.join(os.tmpdir(), `zhextract-${name}-`)));
}

/** A path a test made outside tempDir() (a folder beside one, say), to remove as well. */
export function removeAfterTests(target: string): string {
  toRemove.push(target);
  return target;
}

export function removeTempPaths(): void {
  for (const target of toRemove.splice(0)) fs.rmSync(target, { recursive: true, force: true });
}
