import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/process';
import { tempDir } from '../helpers/temp';

// rules/headline-labels.tsv is extended by a user's --rules folder like every other rule file: a label
// added there makes its line a title, so the cleaner joins no broken sentence across it.

const text = '快讯导语：援建项目落地，群众受益\n某县今年投入资金300万元。';

describe("a user's headline labels", () => {
  afterEach(() => Pipeline.create()); // back to the built-in labels for the files that run next in this worker

  it('keep a line closed by a label only the user file names', () => {
    const builtIn = Pipeline.create().clean(text).text;
    expect(builtIn).not.toContain('受益\n'); // no built-in label: the line is a broken sentence, joined
    const rulesDir = tempDir('rules');
    fs.writeFileSync(path.join(rulesDir, 'headline-labels.tsv'), 'word\trole\n快讯导语\tlabel\n');
    const withUser = Pipeline.create({ rulesDir }).clean(text).text;
    expect(withUser).toContain('受益\n');
  });
});
