'use strict';
// The mini-program's client of the safety-month service. In app.js:
//   const api = require('./miniprogram-api/client/index.js');
//   api.configure({ baseUrl: 'https://safety.example.cn' });
// then on any page: const today = await api.getQuizToday();
// Every generated function is named after its operationId in openapi.json (see operations.js).

const { createCore, ApiError, NetworkError, newIdempotencyKey } = require('./core.js');
const { OPERATIONS, ERROR_CODES, ErrorCode, bindOperations } = require('./operations.js');

/** A client of its own (one person); most mini-programs use the default one through configure(). */
function createClient(options) {
  const core = createCore(options);
  return Object.assign(core, bindOperations(core));
}

let current = null;

/** Sets up the default client, used by the functions exported below. Call once, in App.onLaunch. */
function configure(options) {
  current = createClient(options);
  return current;
}

function client() {
  if (!current) throw new Error('safety-month client: call configure({ baseUrl }) first (in App.onLaunch)');
  return current;
}

const defaults = {};
for (const name of ['login', 'logout', 'isLoggedIn', 'request', 'upload'].concat(Object.keys(OPERATIONS))) {
  defaults[name] = (...args) => client()[name](...args);
}

module.exports = Object.assign(defaults, {
  configure, createClient, ApiError, NetworkError, newIdempotencyKey, ErrorCode, ERROR_CODES, OPERATIONS,
});
