// The running service (started by run.sh on ports of its own) and seeding through its public API, as a phone would.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const BASE = process.env.CONSOLE_BASE_URL || 'http://127.0.0.1:18480';

// where the hazards of each level are, read from the content pack as the mini-program's journey reads it
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { loadLevels, rightKeys } = createRequire(import.meta.url)(path.join(REPO, 'miniprogram-api', 'test', 'support', 'levels.js'));
const LEVELS = loadLevels(path.join(REPO, 'config', 'quiz'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function call(method, path, token, body) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const env = await res.json();
  if (env.code !== 0) throw new Error(`${method} ${path} → ${res.status} ${env.code} ${env.msg}`);
  return env.data;
}

/** One request whose refusal is the point (a wrong password): the status and the envelope, never thrown. */
export async function attempt(method, path, token, body) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  const res = await fetch(BASE + path, { method, headers, body: JSON.stringify(body || {}) });
  const env = await res.json();
  return { status: res.status, code: env.code, msg: env.msg };
}

export async function upload(path, token, field, filename, type, bytes, extra = {}) {
  const form = new FormData();
  Object.entries(extra).forEach(([k, v]) => form.append(k, v));
  form.append(field, new Blob([bytes], { type }), filename);
  const res = await fetch(BASE + path, { method: 'POST', headers: { Authorization: 'Bearer ' + token }, body: form });
  const env = await res.json();
  if (env.code !== 0) throw new Error(`POST ${path} → ${res.status} ${env.code} ${env.msg}`);
  return env.data;
}

let seq = 0;

/**
 * A worker logged in through the WeChat stub (any fresh code logs in; the part before '-' names the person), who has
 * accepted the privacy notice in force, as the mini-program asks before any photo, place or name is sent.
 */
export async function worker(name) {
  seq += 1;
  const r = await call('POST', '/api/app/auth/login', null, { code: `${name}${Date.now() % 100000}-${seq}` });
  if (!r.privacy.accepted) {
    await call('POST', '/api/app/privacy/consents', r.token, { version: r.privacy.currentVersion });
  }
  return r.token;
}

export async function unionByCode(adminToken, parentId, code) {
  const children = await call('GET', `/api/admin/unions/${parentId}/children`, adminToken);
  const hit = children.find((c) => c.union.code === code);
  if (!hit) throw new Error('no union ' + code + ' under ' + parentId);
  return hit;
}

/**
 * A worker of this grassroots union who plays today's quiz level: finds the first hazard, answers its question, and
 * ends the level (a level counts once a question is answered).
 */
export async function workerWhoPlayed(name, joinCode) {
  const token = await worker(name);
  await call('POST', '/api/app/me/union', token, { joinCode });
  const attempt = await call('POST', '/api/app/quiz/attempts', token, { scene: 'FAMILY' });
  await findAndAnswer(token, attempt, LEVELS.get(attempt.levelCode).slice(0, 1), 0);
  await call('POST', `/api/app/quiz/attempts/${attempt.attemptId}/finish`, token, {});
  return token;
}

/** A script's play: all five hazards found and answered right within seconds. The service flags it. Returns its id. */
export async function workerWhoRushed(name, joinCode) {
  const token = await worker(name);
  await call('POST', '/api/app/me/union', token, { joinCode });
  const attempt = await call('POST', '/api/app/quiz/attempts', token, { scene: 'FAMILY' });
  await findAndAnswer(token, attempt, LEVELS.get(attempt.levelCode), 200);
  return attempt.attemptId;
}

async function findAndAnswer(token, attempt, hazards, pauseMs) {
  for (const h of hazards) {
    const tap = await call('POST', `/api/app/quiz/attempts/${attempt.attemptId}/taps`, token, h.tap);
    await sleep(pauseMs);
    await call('POST', `/api/app/quiz/attempts/${attempt.attemptId}/answers`, token,
      { hazardId: tap.hazard.hazardId, answer: rightKeys(tap.hazard.question, h.rightTexts) });
    await sleep(pauseMs);
  }
}

/** A worker's 随手拍 of an e-bike charging in a corridor: one photo, a place, a category. Returns the report id. */
export async function hazardReport(token, jpeg, { lat, lng, category = 'EBIKE_CHARGING', description }) {
  const photo = await upload('/api/app/hazard/photos', token, 'file', 'tmp_wx.jpg', 'image/jpeg', jpeg);
  const r = await call('POST', '/api/app/hazard/reports', token, {
    photoTokens: [photo.token],
    location: { latitude: lat, longitude: lng, coordSystem: 'WGS84', accuracy: 12, address: '白河县人民路 18 号', placeName: '人民医院住院楼' },
    scene: 'ENTERPRISE', category, description, unitName: '白河县人民医院', idempotencyKey: 'e2e' + Date.now() + Math.floor(Math.random() * 1e6),
  });
  return r.report.id;
}
