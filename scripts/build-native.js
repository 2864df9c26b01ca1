#!/usr/bin/env node
'use strict';
// npm install / npm ci: builds zhextract's jieba binding (native/jieba.cc,
// binding.gyp) with the node-gyp npm ships. When it cannot be built (no C++
// compiler), zhextract still works through nodejieba's own binding: the same
// output, with a slower start-up. So a failed build warns and does not fail
// the install.
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
// npm names its node-gyp in the environment of the scripts it runs.
const npmNodeGyp = process.env.npm_config_node_gyp;
const [command, args] = npmNodeGyp ? [process.execPath, [npmNodeGyp, 'rebuild']] : ['node-gyp', ['rebuild']];
const build = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: !npmNodeGyp && process.platform === 'win32' });
if (build.status !== 0) {
  const cause = build.error ? build.error.message : `node-gyp exited ${build.status}`;
  console.warn(`zhextract: the jieba binding was not built (${cause}); nodejieba's binding will be used: same output, start-up about 0.3 s slower.`);
}
