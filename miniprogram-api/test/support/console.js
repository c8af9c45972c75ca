'use strict';
// The union console's side of the journey, as a browser would call /api/admin/**: plain fetch, the same envelope.

const contract = require('./contract');

async function call(base, method, path, token, body) {
  const headers = {};
  if (token) headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = r.headers.get('content-type') || '';
  if (!type.includes('json')) {
    contract.verify(method, base + path, r.status, type, undefined);
    if (!r.ok) throw new Error(method + ' ' + path + ' → HTTP ' + r.status);
    return { bytes: Buffer.from(await r.arrayBuffer()), type };
  }
  const envelope = await r.json();
  contract.verify(method, base + path, r.status, type, envelope);
  if (envelope.code !== 0) throw new Error(method + ' ' + path + ' → ' + r.status + ' ' + envelope.code + ' ' + envelope.msg);
  return envelope.data;
}

/** The platform admin, first password changed as the console requires; then any staff it creates. */
async function platformAdmin(base, { username = 'admin', initial = 'ChangeMe2025', password = 'Journey-2025-ok' } = {}) {
  const first = await call(base, 'POST', '/api/admin/auth/login', null, { username, password: initial });
  const changed = await call(base, 'POST', '/api/admin/auth/password', first.token, { oldPassword: initial, newPassword: password });
  return session(base, changed.token);
}

function session(base, token) {
  return {
    token,
    get: (path) => call(base, 'GET', path, token),
    post: (path, body) => call(base, 'POST', path, token, body === undefined ? {} : body),
    put: (path, body) => call(base, 'PUT', path, token, body),
    /** One file as multipart/form-data, as the console's file input sends it. */
    async upload(path, field, filename, bytes, type) {
      const form = new FormData();
      form.append(field, new Blob([bytes], { type }), filename);
      const r = await fetch(base + path, { method: 'POST', headers: { Authorization: 'Bearer ' + token }, body: form });
      const envelope = await r.json();
      contract.verify('POST', base + path, r.status, r.headers.get('content-type'), envelope);
      if (envelope.code !== 0) throw new Error('POST ' + path + ' → ' + r.status + ' ' + envelope.code + ' ' + envelope.msg);
      return envelope.data;
    },
    /** A staff account of `role` bound to a union, logged in, its first password changed. */
    async staff(role, unionId, displayName) {
      const username = role.toLowerCase().slice(0, 6) + Date.now().toString(36);
      const created = await call(base, 'POST', '/api/admin/accounts', token, { username, displayName, role, unionId });
      const login = await call(base, 'POST', '/api/admin/auth/login', null, { username, password: created.initialPassword });
      const changed = await call(base, 'POST', '/api/admin/auth/password', login.token,
        { oldPassword: created.initialPassword, newPassword: 'Staff-' + created.initialPassword });
      return session(base, changed.token);
    },
  };
}

/** Every cell of a statistics table by its blank id. */
function cells(table) {
  const out = {};
  for (const item of table.items) {
    for (const line of item.lines) {
      for (const seg of line.segments) if (seg.cell) out[seg.cell.blankId] = seg.cell.value;
    }
  }
  return out;
}

module.exports = { platformAdmin, cells };
