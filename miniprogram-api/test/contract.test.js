'use strict';
// The client matches the contract: its generated files are what the generator makes of openapi.json, every
// mini-program operation has a function and no function lacks an operation, and its declarations compile.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { generate, load, ROOT } = require('../scripts/generate-client.js');
const { createClient } = require('../client/index.js');

test('the generated client is current (run `npm run generate` after the contract changes)', () => {
  const out = generate(load());
  for (const file of ['client/operations.js', 'client/operations.d.ts']) {
    assert.equal(fs.readFileSync(path.join(ROOT, file), 'utf8'), out[file], file + ' is stale');
  }
});

test('every mini-program operation has a function named after its operationId, and nothing else does', () => {
  const doc = load();
  const appIds = [];
  for (const [p, item] of Object.entries(doc.paths)) {
    for (const op of Object.values(item)) if (p.startsWith('/api/app/')) appIds.push(op.operationId);
  }
  const core = ['login', 'logout', 'isLoggedIn', 'call', 'request', 'upload'];
  const client = createClient({ baseUrl: 'https://svc.test', wx: {} });
  const functions = Object.keys(client).filter((k) => typeof client[k] === 'function' && !core.includes(k));
  assert.deepEqual(functions.sort(), appIds.sort());
  assert.ok(appIds.includes('getQuizToday') && !functions.includes('adminLogin'));
});

test('the TypeScript declarations compile against a page that uses them', () => {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2020', '--module', 'commonjs',
    '--moduleResolution', 'node', path.join(__dirname, 'fixtures', 'page.ts')], { stdio: 'pipe' });
});
