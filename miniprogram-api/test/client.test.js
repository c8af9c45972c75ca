'use strict';
// The client's rules against a scripted wx: what a page sees when the service or the network misbehaves.
const test = require('node:test');
const assert = require('node:assert/strict');
const { createClient, ApiError, NetworkError, ErrorCode, newIdempotencyKey } = require('../client/index.js');

/** A wx whose request/uploadFile answers come from `answer(call)`; every call is recorded. */
function scriptedWx(answer) {
  const storage = new Map();
  const calls = [];
  let codes = 0;
  const respond = (kind, o) => {
    const call = { kind, url: o.url, method: o.method || 'POST', header: o.header || {}, data: o.data, formData: o.formData, name: o.name };
    calls.push(call);
    const a = answer(call);
    setImmediate(() => {
      if (a.fail) o.fail({ errMsg: a.fail });
      else o.success({ statusCode: a.status || 200, data: kind === 'upload' ? JSON.stringify(a.body) : a.body, header: a.header || {} });
    });
  };
  return {
    calls,
    storage,
    login: (o) => setImmediate(() => o.success({ code: 'user-' + ++codes })),
    request: (o) => respond('request', o),
    uploadFile: (o) => {
      const listeners = [];
      respond('upload', o);
      setImmediate(() => listeners.forEach((l) => l({ progress: 100, totalBytesSent: 10, totalBytesExpectedToSend: 10 })));
      return { onProgressUpdate: (l) => listeners.push(l) };
    },
    getStorageSync: (k) => storage.get(k) || '',
    setStorageSync: (k, v) => storage.set(k, v),
    removeStorageSync: (k) => storage.delete(k),
  };
}

const ok = (data) => ({ body: { code: 0, msg: '成功', data } });
const err = (status, code, msg) => ({ status, body: { code, msg, data: null } });
const loginOk = (n) => ok({ token: 'token-' + n, expiresIn: 3600 });

function client(wx) {
  return createClient({ baseUrl: 'https://svc.test/', wx, retryDelay: 1 });
}

test('logs in with wx.login on first use, then sends the token', async () => {
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? loginOk(1) : ok({ playedToday: false })));
  const today = await client(wx).getQuizToday();
  assert.deepEqual(today, { playedToday: false });
  assert.equal(wx.calls[0].data.code, 'user-1');
  assert.equal(wx.calls[1].header.Authorization, 'Bearer token-1');
  assert.equal(wx.calls[1].url, 'https://svc.test/api/app/quiz/today');
  assert.equal(wx.storage.get('safety-month.token'), 'token-1');
});

test('an expired token (401, code 1007) logs in again once and resends', async () => {
  let logins = 0;
  let first = true;
  const wx = scriptedWx((c) => {
    if (c.url.endsWith('/auth/login')) return loginOk(++logins);
    if (first) {
      first = false;
      return err(401, 1007, '未登录或登录已过期，请重新登录');
    }
    return ok({ id: 7 });
  });
  wx.storage.set('safety-month.token', 'stale');
  assert.deepEqual(await client(wx).getMyProfile(), { id: 7 });
  assert.equal(logins, 1);
  assert.equal(wx.calls.at(-1).header.Authorization, 'Bearer token-1');
});

test('a second 401 right after logging in again is an error, not a loop', async () => {
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? loginOk(1) : err(401, 1007, '未登录或登录已过期，请重新登录')));
  wx.storage.set('safety-month.token', 'stale');
  await assert.rejects(client(wx).getMyProfile(), (e) => e instanceof ApiError && e.code === 1007);
  assert.equal(wx.calls.filter((c) => c.url.endsWith('/auth/login')).length, 1);
});

test('pages sharing one expired session log in once', async () => {
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? loginOk(1) : ok([])));
  const api = client(wx);
  await Promise.all([api.listQuizScenes(), api.listPledges(), api.listMyWorks()]);
  assert.equal(wx.calls.filter((c) => c.url.endsWith('/auth/login')).length, 1);
});

test('a business error is thrown as ApiError with the code, the Chinese message and the status', async () => {
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? loginOk(1) : err(409, 8003, '你已签署过这份承诺书')));
  const e = await client(wx).signPledge('COMMITMENT', { filePath: '/tmp/sign.png' }).catch((x) => x);
  assert.ok(e instanceof ApiError);
  assert.equal(e.code, ErrorCode.PLEDGE_ALREADY_SIGNED);
  assert.equal(e.msg, '你已签署过这份承诺书');
  assert.equal(e.status, 409);
  assert.equal(e.operationId, 'signPledge');
  assert.equal(wx.calls.filter((c) => c.kind === 'upload').length, 1, 'a refusal is not retried');
});

test('a submission retried after a lost answer carries the same idempotency key every time', async () => {
  let tries = 0;
  const wx = scriptedWx((c) => {
    if (c.url.endsWith('/auth/login')) return loginOk(1);
    return ++tries < 3 ? { fail: 'request:fail timeout' } : ok({ checkInId: 1 });
  });
  assert.deepEqual(await client(wx).checkIn({ themeCode: 'ESCAPE_ROUTE' }), { checkInId: 1 });
  const keys = wx.calls.filter((c) => c.url.endsWith('/check-ins')).map((c) => c.header['Idempotency-Key']);
  assert.equal(keys.length, 3);
  assert.match(keys[0], /^[A-Za-z0-9_-]{8,64}$/);
  assert.equal(new Set(keys).size, 1);
});

test('each user action gets a new key unless the page passes the one it made', async () => {
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? loginOk(1) : ok([])));
  const api = client(wx);
  await api.recordSubscribeGrants({ templateIds: ['t'] });
  await api.recordSubscribeGrants({ templateIds: ['t'] });
  await api.recordSubscribeGrants({ templateIds: ['t'] }, { idempotencyKey: 'tap-0001-abcdef' });
  const keys = wx.calls.filter((c) => c.url.endsWith('/subscribe-grants')).map((c) => c.header['Idempotency-Key']);
  assert.notEqual(keys[0], keys[1]);
  assert.equal(keys[2], 'tap-0001-abcdef');
});

test('one key per request: the header carries it, the body fields old clients used stay out', async () => {
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? loginOk(1) : ok({ workId: 1 })));
  await client(wx).submitWork({ kind: 'LETTER', body: '爸妈：出门前关好燃气阀门。' });
  const call = wx.calls.find((c) => c.url.endsWith('/api/app/works'));
  assert.match(call.header['Idempotency-Key'], /^[A-Za-z0-9_-]{8,64}$/);
  assert.equal(call.data.clientRequestId, undefined);
});

test('a refused submission sent again by the person keeps its key; a 4xx is not retried by the client', async () => {
  const script = [err(400, 1001, '字段 body：家书最多 800 字'), ok({ workId: 1 })];
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? loginOk(1) : script.shift()));
  const api = client(wx);
  const key = newIdempotencyKey();
  await assert.rejects(api.submitWork({ kind: 'LETTER', body: '长'.repeat(801) }, { idempotencyKey: key }), (e) => e.code === 1001);
  await api.submitWork({ kind: 'LETTER', body: '短' }, { idempotencyKey: key });
  const keys = wx.calls.filter((c) => c.url.endsWith('/api/app/works')).map((c) => c.header['Idempotency-Key']);
  assert.deepEqual(keys, [key, key]);
});

test('reads are retried with backoff on 503 and 429 and when the first request is still running (1012)', async () => {
  const script = [err(503, 5001, '文件存储暂时不可用'), err(429, 6009, '太快了'), err(409, 1012, '同一操作正在处理'), ok({ n: 1 })];
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? loginOk(1) : script.shift()));
  assert.deepEqual(await client(wx).getQuizToday(), { n: 1 });
});

test('a 429 that asks to wait long is a used-up allowance: shown at once, not retried', async () => {
  const refused = { status: 429, header: { 'Retry-After': '3000' }, body: { code: 3010, msg: '加入码输错次数过多，请 50 分钟后再试', data: null } };
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? loginOk(1) : refused));
  await assert.rejects(client(wx).previewUnionByJoinCode('ABCDEF'),
    (e) => e instanceof ApiError && e.code === ErrorCode.ORG_JOIN_CODE_TRIES && e.retryAfter === 3000 && /50 分钟/.test(e.msg));
  assert.equal(wx.calls.filter((c) => c.url.includes('/by-join-code/')).length, 1);
});

test('gives up after the configured retries with the last error', async () => {
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? loginOk(1) : { fail: 'request:fail' }));
  const api = createClient({ baseUrl: 'https://svc.test', wx, retries: 2, retryDelay: 1 });
  await assert.rejects(api.listPledges(), (e) => e instanceof NetworkError && e.operationId === 'listPledges');
  assert.equal(wx.calls.filter((c) => c.url.endsWith('/pledges')).length, 3);
});

test('the login code is used once: a failed exchange asks wx.login for a new one', async () => {
  let n = 0;
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? (++n === 1 ? { fail: 'request:fail' } : loginOk(n)) : ok({})));
  await client(wx).login();
  const codes = wx.calls.filter((c) => c.url.endsWith('/auth/login')).map((c) => c.data.code);
  assert.deepEqual(codes, ['user-1', 'user-2']);
});

test('uploads go through wx.uploadFile with the operation\'s field name, the token, a key and progress', async () => {
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? loginOk(1) : ok({ uploadId: 5 })));
  const progress = [];
  const res = await client(wx).uploadPledgeImage({ filePath: '/tmp/a.jpg' }, { onProgress: (p) => progress.push(p.progress) });
  const up = wx.calls.find((c) => c.kind === 'upload');
  assert.deepEqual(res, { uploadId: 5 });
  assert.equal(up.name, 'file');
  assert.equal(up.header.Authorization, 'Bearer token-1');
  assert.match(up.header['Idempotency-Key'], /^[A-Za-z0-9_-]{8,64}$/);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(progress, [100]);
});

test('path values are encoded, queries built, and a missing path value is refused before any request', async () => {
  const wx = scriptedWx((c) => (c.url.endsWith('/auth/login') ? loginOk(1) : ok({})));
  const api = client(wx);
  await api.previewUnionByJoinCode('A B/C');
  await api.getEventByScene({ scene: 'e=12&x' });
  assert.equal(wx.calls[1].url, 'https://svc.test/api/app/unions/by-join-code/A%20B%2FC');
  assert.equal(wx.calls[2].url, 'https://svc.test/api/app/events/by-scene?scene=e%3D12%26x');
  await assert.rejects(api.tapQuizHazard(undefined, { x: 0.1, y: 0.1 }), TypeError);
});
