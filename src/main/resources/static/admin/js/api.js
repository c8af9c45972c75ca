// The only door to the service: /api/admin/** with the Bearer token kept in sessionStorage (closing the tab logs out).
const KEY = 'safety-month.console.token';

export const session = {
  get token() { return sessionStorage.getItem(KEY); },
  set(token) { sessionStorage.setItem(KEY, token); },
  clear() { sessionStorage.removeItem(KEY); },
};

export class ApiError extends Error {
  constructor(status, code, msg, data) {
    super(msg || '请求失败，请稍后再试');
    this.status = status;
    this.code = code;
    this.data = data;
  }
}

const PASSWORD_CHANGE_REQUIRED = 2004;

function headers(extra) {
  const h = { Accept: 'application/json', ...extra };
  if (session.token) h.Authorization = 'Bearer ' + session.token;
  return h;
}

async function send(method, path, body) {
  const init = { method, headers: headers() };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  try {
    return await fetch('/api/admin' + path, init);
  } catch {
    throw new ApiError(0, -1, '网络不通，请检查网络后重试');
  }
}

/** Who sees a 401 or a forced password change goes where they can act on it; the page's own code never has to. */
function redirectIfNeeded(res, env, path) {
  if (res.status === 401 && !path.startsWith('/auth/login')) {
    session.clear();
    const here = location.hash && !location.hash.startsWith('#/login') ? location.hash.slice(1) : '';
    location.hash = '#/login' + (here ? '?next=' + encodeURIComponent(here) : '');
    return true;
  }
  if (env && env.code === PASSWORD_CHANGE_REQUIRED && !location.hash.startsWith('#/password')) {
    location.hash = '#/password';
    return true;
  }
  return false;
}

async function envelope(res, path) {
  let env = null;
  if ((res.headers.get('Content-Type') || '').includes('json')) {
    env = await res.json().catch(() => null);
  }
  if (redirectIfNeeded(res, env, path)) {
    throw new ApiError(res.status, env ? env.code : res.status, env ? env.msg : '请重新登录');
  }
  if (!env || env.code !== 0) {
    throw new ApiError(res.status, env ? env.code : res.status, env ? env.msg : '服务暂时不可用（' + res.status + '）', env && env.data);
  }
  return env.data;
}

export async function call(method, path, body) {
  return envelope(await send(method, path, body), path);
}

export const get = (path) => call('GET', path);
export const post = (path, body = {}) => call('POST', path, body);
export const put = (path, body = {}) => call('PUT', path, body);

/** A binary answer (PNG, .xlsx) as a Blob; errors still come as the JSON envelope. */
export async function blob(path) {
  const res = await send('GET', path);
  const type = res.headers.get('Content-Type') || '';
  if (res.ok && !type.includes('json')) {
    return { blob: await res.blob(), filename: filenameOf(res) };
  }
  await envelope(res, path);
  throw new ApiError(res.status, res.status, '下载失败');
}

function filenameOf(res) {
  const cd = res.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain ? plain[1] : null;
}

/** Saves a file the service generates, under the name it gives. */
export async function download(path, fallbackName) {
  const { blob: b, filename } = await blob(path);
  const url = URL.createObjectURL(b);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename || fallbackName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return a.download;
}

/** An image behind the token (mini-program codes) as an object URL for an <img>. */
export async function imageUrl(path) {
  const { blob: b } = await blob(path);
  return URL.createObjectURL(b);
}

export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') q.set(k, v); });
  const s = q.toString();
  return s ? '?' + s : '';
}
