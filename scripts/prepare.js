#!/usr/bin/env node
'use strict';
// npm's prepare step: compiles the TypeScript sources to dist/. npm runs it
// after `npm ci`/`npm install` in a clone (dependencies present), but also on
// `npm install -g .` and `npm link` from a fresh clone, where npm links the
// folder without installing its dependencies: then there is no tsc (and the
// linked command would find none of its modules), so the dependencies are
// installed into the folder first. A tarball from `npm pack` ships dist/ and
// never runs this.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
if (!fs.existsSync(tsc)) {
  if (process.env.ZHEXTRACT_PREPARE_INSTALLING) {
    console.error('zhextract: typescript was not installed; run `npm ci` in the zhextract folder');
    process.exit(1);
  }
  console.error('zhextract: installing dependencies into the folder first (a fresh clone linked by npm install -g . or npm link)');
  const npm = process.env.npm_execpath;
  // A local install into this folder, not another global one (npm passes its own settings down as npm_config_*).
  const env = { ...process.env, ZHEXTRACT_PREPARE_INSTALLING: '1' };
  for (const key of Object.keys(env)) if (/^npm_config_(global|prefix|location|allow_scripts)$/i.test(key)) delete env[key];
  const args = ['install', '--no-audit', '--no-fund'];
  if (npm && npm.endsWith('.js')) run(process.execPath, [npm, ...args], env);
  else run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, env);
}
run(process.execPath, [tsc, '-p', 'tsconfig.json']);
