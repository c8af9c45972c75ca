'use strict';
// The WeChat-side chores every page needs, done the same way everywhere: log in and log in again, unwrap the
// {code, msg, data} envelope into data or a typed error, upload with progress, an idempotency key on every submission,
// and retries only where a retry cannot do a thing twice. Plain CommonJS: WeChat devtools load it without a build step.

const TOKEN_KEY = 'safety-month.token';
const RETRYABLE_STATUS = [429, 502, 503, 504];
// a 429 asking to wait longer than this is a used-up allowance (wrong join codes, say), not a busy moment: show its msg
const LONGEST_RETRY_AFTER_SECONDS = 5;
const IN_PROGRESS = 1012; // the first request with this idempotency key is still running
const LOGIN_AGAIN = 1007;

/** The service answered with an error envelope: `code` to switch on, `msg` to show the user as it is. */
class ApiError extends Error {
  constructor(status, code, msg, data, operationId, requestId, retryAfter) {
    super(msg || '请求失败');
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.msg = msg;
    this.data = data === undefined ? null : data;
    this.operationId = operationId;
    this.requestId = requestId || null;
    this.retryAfter = retryAfter === undefined || retryAfter === null || retryAfter === '' || isNaN(Number(retryAfter)) ? null : Number(retryAfter);
  }
}

/** The request never got an answer (no network, timeout, DNS): show "网络不给力" and let the user try again. */
class NetworkError extends Error {
  constructor(errMsg, operationId) {
    super(errMsg || 'request:fail');
    this.name = 'NetworkError';
    this.errMsg = errMsg;
    this.operationId = operationId;
  }
}

/** A fresh key for one user action (8–64 of [A-Za-z0-9_-]); pass it again when the user retries the same action. */
function newIdempotencyKey() {
  let key = Date.now().toString(36);
  while (key.length < 32) {
    key += Math.floor(Math.random() * 36 ** 6).toString(36);
  }
  return key.slice(0, 32);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function header(headers, name) {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const k of Object.keys(headers)) {
    if (k.toLowerCase() === wanted) return headers[k];
  }
  return undefined;
}

function queryString(query) {
  const parts = [];
  for (const [k, v] of Object.entries(query || {})) {
    if (v === undefined || v === null) continue;
    for (const item of Array.isArray(v) ? v : [v]) {
      parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(String(item)));
    }
  }
  return parts.length ? '?' + parts.join('&') : '';
}

/**
 * One client per person (the mini-program has one; a test may have many).
 * @param {object} options
 * @param {string} options.baseUrl        e.g. 'https://safety.example.cn' (a domain listed in the mini-program's request 合法域名)
 * @param {object} [options.wx]           the wx object (defaults to the global one)
 * @param {number} [options.timeout]      ms per request (default 15000; uploads 60000)
 * @param {number} [options.retries]      extra tries for safe requests (default 3)
 * @param {number} [options.retryDelay]   first backoff in ms, doubled each time, with jitter (default 400)
 * @param {string} [options.tokenKey]     storage key of the token
 */
function createCore(options) {
  const opts = Object.assign({ timeout: 15000, uploadTimeout: 60000, retries: 3, retryDelay: 400, tokenKey: TOKEN_KEY }, options);
  if (!opts.baseUrl) throw new Error('createClient: baseUrl is required');
  const wxApi = opts.wx || (typeof wx !== 'undefined' ? wx : null); // eslint-disable-line no-undef
  if (!wxApi) throw new Error('createClient: no wx object');
  const base = opts.baseUrl.replace(/\/+$/, '');
  let loggingIn = null;

  function token() {
    return wxApi.getStorageSync(opts.tokenKey) || null;
  }

  function setToken(value) {
    if (value) wxApi.setStorageSync(opts.tokenKey, value);
    else wxApi.removeStorageSync(opts.tokenKey);
  }

  function unwrap(op, status, body, headers) {
    const requestId = header(headers, 'X-Request-Id');
    if (body && typeof body === 'object' && typeof body.code === 'number') {
      if (body.code === 0 && status >= 200 && status < 300) return body.data;
      throw new ApiError(status, body.code, body.msg, body.data, op.operationId, requestId, header(headers, 'Retry-After'));
    }
    if (status >= 200 && status < 300) return body;
    throw new ApiError(status, -status, '服务暂时不可用（HTTP ' + status + '）', null, op.operationId, requestId);
  }

  function parse(data) {
    if (typeof data !== 'string') return data;
    try {
      return JSON.parse(data);
    } catch (e) {
      return data;
    }
  }

  function headersFor(op, idempotencyKey) {
    const h = {};
    if (op.auth) h.Authorization = 'Bearer ' + token();
    if (idempotencyKey) h['Idempotency-Key'] = idempotencyKey;
    return h;
  }

  /** wx's success/fail callbacks of a JSON answer: data, an ApiError, or a NetworkError when nothing came back. */
  function answered(op, resolve, reject) {
    return {
      success: (res) => {
        try {
          resolve(unwrap(op, res.statusCode, parse(res.data), res.header));
        } catch (e) {
          reject(e);
        }
      },
      fail: (err) => reject(new NetworkError(err && err.errMsg, op.operationId)),
    };
  }

  function sendJson(op, url, body, idempotencyKey) {
    return new Promise((resolve, reject) => {
      const h = headersFor(op, idempotencyKey);
      const req = { url, method: op.method, header: h, timeout: opts.timeout, dataType: 'json' };
      if (op.body === 'json') {
        h['Content-Type'] = 'application/json';
        req.data = body === undefined ? {} : body;
      }
      wxApi.request(Object.assign(req, answered(op, resolve, reject)));
    });
  }

  function sendUpload(op, url, input, idempotencyKey, onProgress) {
    return new Promise((resolve, reject) => {
      if (!input || !input.filePath) {
        reject(new TypeError(op.operationId + ': filePath is required (a temp path from wx.chooseMedia or wx.canvasToTempFilePath)'));
        return;
      }
      const task = wxApi.uploadFile(Object.assign({
        url,
        filePath: input.filePath,
        name: input.name || op.fileField,
        formData: input.formData || {},
        header: headersFor(op, idempotencyKey),
        timeout: opts.uploadTimeout,
      }, answered(op, resolve, reject)));
      if (onProgress && task && task.onProgressUpdate) task.onProgressUpdate(onProgress);
    });
  }

  /** Binary answers (certificates, codes) land in a temp file, ready for <image src> or wx.saveImageToPhotosAlbum. */
  function sendDownload(op, url) {
    return new Promise((resolve, reject) => {
      wxApi.downloadFile({
        url,
        header: headersFor(op, null),
        timeout: opts.timeout,
        success: (res) => {
          if (res.statusCode >= 200 && res.statusCode < 300) {
            resolve({ tempFilePath: res.tempFilePath });
            return;
          }
          let body = null;
          try {
            body = JSON.parse(wxApi.getFileSystemManager().readFileSync(res.tempFilePath, 'utf8'));
          } catch (e) {
            body = null;
          }
          try {
            unwrap(op, res.statusCode, body, res.header);
            reject(new ApiError(res.statusCode, -res.statusCode, '下载失败', null, op.operationId));
          } catch (e) {
            reject(e);
          }
        },
        fail: (err) => reject(new NetworkError(err && err.errMsg, op.operationId)),
      });
    });
  }

  function wxLogin() {
    return new Promise((resolve, reject) => {
      wxApi.login({
        success: (res) => (res && res.code ? resolve(res.code) : reject(new NetworkError('wx.login: no code', 'workerLogin'))),
        fail: (err) => reject(new NetworkError(err && err.errMsg, 'workerLogin')),
      });
    });
  }

  const LOGIN = { operationId: 'workerLogin', method: 'POST', path: '/api/app/auth/login', auth: false, body: 'json' };

  /**
   * wx.login, then exchange its code for a token, kept in storage. Concurrent callers share one login. A code works
   * once, so a failed exchange is retried with a fresh code, never the same one.
   */
  function login() {
    if (!loggingIn) {
      loggingIn = (async () => {
        for (let attempt = 0; ; attempt++) {
          try {
            const data = await sendJson(LOGIN, base + LOGIN.path, { code: await wxLogin() }, null);
            setToken(data.token);
            return data;
          } catch (e) {
            if (attempt >= opts.retries || !retryable(e)) throw e;
            await backoff(attempt);
          }
        }
      })().finally(() => {
        loggingIn = null;
      });
    }
    return loggingIn;
  }

  function retryable(e) {
    if (e instanceof NetworkError) return true;
    if (!(e instanceof ApiError)) return false;
    if (e.status === 429 && e.retryAfter !== null && e.retryAfter > LONGEST_RETRY_AFTER_SECONDS) return false;
    return RETRYABLE_STATUS.includes(e.status) || e.code === IN_PROGRESS;
  }

  function backoff(attempt) {
    const delay = opts.retryDelay * 2 ** attempt;
    return sleep(delay / 2 + Math.random() * (delay / 2));
  }

  /** Sends with the token; on 1007 (token expired or revoked) logs in again once and resends. */
  async function authorized(op, send) {
    if (!op.auth) return send();
    if (!token()) await login();
    try {
      return await send();
    } catch (e) {
      if (!(e instanceof ApiError) || (e.status !== 401 && e.code !== LOGIN_AGAIN)) throw e;
      setToken(null);
      await login();
      return send();
    }
  }

  /**
   * Calls one operation. Safe to retry, with backoff, after a lost or temporary failure: reads (GET), and
   * submissions, because each carries one idempotency key for all its tries (the service does it at most once).
   * @param {object} op       the operation's description (from operations.js)
   * @param {Array} pathArgs  values of the path's {placeholders}, in order
   * @param {*} input         the JSON body, the query object (GET), or {filePath, name?, formData?} (uploads)
   * @param {object} [callOptions]  {idempotencyKey, onProgress, retries, query}
   */
  async function call(op, pathArgs, input, callOptions) {
    const o = callOptions || {};
    let i = 0;
    const path = op.path.replace(/\{[^}]+}/g, () => {
      const v = pathArgs[i++];
      if (v === undefined || v === null || v === '') throw new TypeError(op.operationId + ': path parameter ' + (i) + ' is missing');
      return encodeURIComponent(String(v));
    });
    const query = op.method === 'GET' && op.body !== 'json' ? Object.assign({}, input, o.query) : o.query;
    const url = base + path + queryString(query);
    const key = op.idempotent ? o.idempotencyKey || newIdempotencyKey() : null;
    // one key per request, in the header only: the body fields that once carried it (a report's idempotencyKey, a
    // work's clientRequestId) are what old clients send, and the service refuses them when they disagree with it
    const body = input;
    const send = () => {
      if (op.body === 'multipart') return sendUpload(op, url, input, key, o.onProgress);
      if (op.response === 'binary') return sendDownload(op, url);
      return sendJson(op, url, body, key);
    };
    const safe = op.method === 'GET' || Boolean(key);
    const retries = safe ? (o.retries === undefined ? opts.retries : o.retries) : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        return await authorized(op, send);
      } catch (e) {
        if (attempt >= retries || !retryable(e)) throw e;
        await backoff(attempt);
      }
    }
  }

  return {
    login,
    logout() {
      setToken(null);
    },
    isLoggedIn() {
      return Boolean(token());
    },
    call,
    /** A plain request to any path, for what the generated functions do not cover. */
    request(method, path, input, callOptions) {
      const upper = method.toUpperCase();
      const op = { operationId: upper + ' ' + path, method: upper, path, auth: path.startsWith('/api/'),
        body: upper === 'GET' ? null : 'json', idempotent: upper !== 'GET' };
      return call(op, [], input, callOptions);
    },
    /** An upload to any path (wx.uploadFile): input {filePath, name, formData}. */
    upload(path, input, callOptions) {
      const op = { operationId: 'POST ' + path, method: 'POST', path, auth: true, body: 'multipart', fileField: 'file', idempotent: true };
      return call(op, [], input, callOptions);
    },
  };
}

module.exports = { createCore, ApiError, NetworkError, newIdempotencyKey };
