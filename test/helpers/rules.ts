import * as fs from 'node:fs';
import * as path from 'node:path';
import { RuleSet } from '../../src/rules/loader';
import { tempDir } from './temp';

/** The built-in rules with one user rule file (header line and rows) merged over them. */
export function rulesWithUserFile(file: string, content: string): RuleSet {
  const dir = tempDir('user-rules');
  fs.writeFileSync(path.join(dir, file), content);
  return RuleSet.withUserDir(dir);
}
