'use strict';
// Starts the real service the way README's first command does (`mvn spring-boot:test-run`: H2, embedded Redis,
// S3Proxy and the WeChat stub), on free ports and a fresh data folder of its own, and stops it and every process it
// started (Maven, the JVM, the embedded redis-server) as one process group.

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const REPO = path.join(__dirname, '..', '..', '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function healthy(base) {
  try {
    const r = await fetch(base + '/actuator/health', { signal: AbortSignal.timeout(2000) });
    return r.ok;
  } catch (e) {
    return false;
  }
}

function alive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return false;
  }
}

/** @returns {Promise<{base: string, dataDir: string, log: string, stop: () => Promise<void>}>} */
async function startService({ startTimeoutMs = 300000 } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'safety-journey-'));
  const ports = { SERVER_PORT: await freePort(), SAFETY_DEV_REDIS_PORT: await freePort(),
    SAFETY_DEV_S3_PORT: await freePort(), SAFETY_DEV_WECHAT_PORT: await freePort() };
  const log = path.join(dataDir, 'service.log');
  const out = fs.openSync(log, 'a');
  const env = Object.assign({}, process.env, { SAFETY_DEV_DATA: path.join(dataDir, 'data') },
    Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])));
  const child = spawn('mvn', ['-B', '-ntp', '-q', 'spring-boot:test-run'], { cwd: REPO, env, detached: true, stdio: ['ignore', out, out] });
  const base = 'http://127.0.0.1:' + ports.SERVER_PORT;
  let exited = false;
  child.on('exit', () => { exited = true; });

  async function stop() {
    if (alive(child.pid)) process.kill(-child.pid, 'SIGTERM');
    for (let i = 0; i < 60 && alive(child.pid); i++) await new Promise((r) => setTimeout(r, 500));
    if (alive(child.pid)) process.kill(-child.pid, 'SIGKILL');
    fs.closeSync(out);
    if (!process.env.KEEP_JOURNEY_DATA) fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const deadline = Date.now() + startTimeoutMs;
  while (!(await healthy(base))) {
    if (exited || Date.now() > deadline) {
      const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-60).join('\n');
      await stop();
      throw new Error('the service did not start (' + (exited ? 'it exited' : 'timeout') + '); its log ends:\n' + tail);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return { base, dataDir, log, stop };
}

module.exports = { startService, REPO };
