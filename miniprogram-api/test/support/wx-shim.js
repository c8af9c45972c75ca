'use strict';
// The part of WeChat's `wx` the client uses, doing real HTTP from node: wx.request and wx.downloadFile over fetch,
// wx.uploadFile as multipart/form-data (FormData and Blob, the way WeChat sends it), wx.login handing out a fresh code
// for this person each time (the service's WeChat stub logs "<user>-<n>" in as user), storage in memory per person,
// and, on request, a bad network that loses answers after the service has acted on them.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const contract = require('./contract');

let downloads = 0;

function callback(o, promise) {
  promise.then((res) => o.success && o.success(res), (e) => o.fail && o.fail({ errMsg: 'request:fail ' + (e && e.message) }))
    .finally(() => o.complete && o.complete());
}

function headersOf(response) {
  const h = {};
  response.headers.forEach((v, k) => { h[k] = v; });
  return h;
}

function signal(timeout) {
  return AbortSignal.timeout(timeout || 60000);
}

/**
 * @param {string} user  who wx.login logs in as (letters and digits; the stub's openid is stub_<user>)
 * @param {object} [options] { tmpDir: where downloads go, counters: an object counting calls by wx function,
 *   lossy: the first answer to every submission is lost on the way back (the service did it; the phone saw a timeout) }
 */
function createWx(user, options) {
  const { tmpDir = os.tmpdir(), counters = null, lossy = false } = options || {};
  const answered = new Set();
  /** In lossy mode, whether to drop this answer: the first one for each idempotency key. */
  const lose = (header) => {
    const key = header && header['Idempotency-Key'];
    if (!lossy || !key || answered.has(key)) return false;
    answered.add(key);
    count('lost');
    return true;
  };
  const storage = new Map();
  const count = (k) => { if (counters) counters[k] = (counters[k] || 0) + 1; };
  let logins = 0;
  return {
    login(o) {
      count('login');
      setImmediate(() => o.success({ code: user + '-' + Date.now().toString(36) + (++logins), errMsg: 'login:ok' }));
    },
    request(o) {
      count('request');
      const header = Object.assign({}, o.header);
      let body;
      if (o.data !== undefined && o.method !== 'GET') {
        body = typeof o.data === 'string' ? o.data : JSON.stringify(o.data);
      }
      callback(o, (async () => {
        const r = await fetch(o.url, { method: o.method || 'GET', headers: header, body, signal: signal(o.timeout) });
        const text = await r.text();
        contract.verify(o.method || 'GET', o.url, r.status, r.headers.get('content-type'), contract.parsed(r.headers.get('content-type'), text));
        if (lose(header)) throw new Error('timeout');
        let data = text;
        if (o.dataType !== 'text') {
          try { data = JSON.parse(text); } catch (e) { data = text; }
        }
        return { statusCode: r.status, data, header: headersOf(r) };
      })());
    },
    uploadFile(o) {
      count('uploadFile');
      const listeners = [];
      callback(o, (async () => {
        const bytes = fs.readFileSync(o.filePath);
        const form = new FormData();
        for (const [k, v] of Object.entries(o.formData || {})) form.append(k, String(v));
        const type = o.filePath.endsWith('.png') ? 'image/png' : 'image/jpeg';
        form.append(o.name, new Blob([bytes], { type }), path.basename(o.filePath));
        const report = (sent) => listeners.forEach((l) => l({ progress: Math.round((sent / bytes.length) * 100),
          totalBytesSent: sent, totalBytesExpectedToSend: bytes.length }));
        report(0);
        const r = await fetch(o.url, { method: 'POST', headers: o.header, body: form, signal: signal(o.timeout) });
        report(bytes.length);
        const data = await r.text();
        contract.verify('POST', o.url, r.status, r.headers.get('content-type'), contract.parsed(r.headers.get('content-type'), data));
        if (lose(o.header)) throw new Error('timeout');
        return { statusCode: r.status, data, header: headersOf(r) };
      })());
      return { onProgressUpdate: (l) => listeners.push(l), abort() {} };
    },
    downloadFile(o) {
      count('downloadFile');
      callback(o, (async () => {
        const r = await fetch(o.url, { headers: o.header, signal: signal(o.timeout) });
        const file = path.join(tmpDir, 'wx-download-' + (++downloads));
        fs.writeFileSync(file, Buffer.from(await r.arrayBuffer()));
        return { statusCode: r.status, tempFilePath: file, header: headersOf(r) };
      })());
    },
    getFileSystemManager() {
      return { readFileSync: (file, encoding) => fs.readFileSync(file, encoding) };
    },
    getStorageSync: (k) => (storage.has(k) ? storage.get(k) : ''),
    setStorageSync: (k, v) => storage.set(k, v),
    removeStorageSync: (k) => storage.delete(k),
  };
}

module.exports = { createWx };
