'use strict';
// Every answer the journey receives, checked against openapi.json by an independent validator (Ajv, JSON Schema
// 2020-12, the dialect of OpenAPI 3.1): the status must be documented for the operation, the body must validate.
// A violation throws, naming the operation, the status, the field and the value, and fails the journey.

const fs = require('node:fs');
const path = require('node:path');
const Ajv2020 = require('ajv/dist/2020');

const doc = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'openapi.json'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema(doc, 'openapi.json');

const routes = Object.keys(doc.paths)
  .map((template) => ({
    template,
    pattern: new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}/]+\}/g, '[^/]+') + '$'),
    variables: (template.match(/\{/g) || []).length,
  }))
  .sort((a, b) => a.variables - b.variables); // /unions/tree before /unions/{unionId}

const escape = (token) => token.replace(/~/g, '~0').replace(/\//g, '~1');
const validators = new Map();

function validate(where, pointer, body) {
  if (!validators.has(pointer)) validators.set(pointer, ajv.getSchema('openapi.json#' + pointer));
  const check = validators.get(pointer);
  if (check(body)) return [];
  return check.errors.map((e) => where + ': ' + (e.instancePath || '/') + ' = '
    + JSON.stringify(e.instancePath.split('/').slice(1).reduce((v, k) => (v == null ? v : v[k]), body)) + ': ' + e.message);
}

/** The problems of one answer, none for a path outside /api (pictures, downloads through their links). */
function problems(method, url, status, contentType, body) {
  const p = new URL(url).pathname;
  if (!p.startsWith('/api/') || p.startsWith('/api/wechat/')) return [];
  const route = routes.find((r) => r.pattern.test(p));
  const op = route && doc.paths[route.template][method.toLowerCase()];
  const name = method.toUpperCase() + ' ' + p;
  if (!op) {
    return status === 404 || status === 405 ? validate(name + ' → ' + status, '/components/schemas/ErrorResponse', body)
      : [name + ' → ' + status + ': not in the contract'];
  }
  const where = op.operationId + ' (' + name + ') → ' + status;
  const response = op.responses[String(status)];
  if (!response) return [where + ': status not in the contract' + (body && body.code !== undefined ? ' (code ' + body.code + ')' : '')];
  const content = response.content || {};
  const json = (contentType || '').includes('json');
  if (!json) return [];
  const media = content['application/json'] ? 'application/json' : content['*/*'] ? '*/*' : null;
  if (!media) return [where + ': JSON answered, the contract says ' + Object.keys(content).join(', ')];
  const pointer = '/paths/' + escape(route.template) + '/' + method.toLowerCase() + '/responses/' + status + '/content/' + escape(media) + '/schema';
  return validate(where, pointer, body);
}

/**
 * Records every way an answer breaks the contract; `body` is the parsed JSON (undefined when not JSON). It does not
 * throw: a throw inside wx.request would reach the client as a network failure and be retried away. The journey
 * asserts at its end that `violations` is empty.
 */
const violations = [];
function verify(method, url, status, contentType, body) {
  violations.push(...problems(method, url, status, contentType, body));
}

/** The parsed body of a JSON answer, undefined otherwise. */
function parsed(contentType, text) {
  if (!(contentType || '').includes('json') || !text) return undefined;
  try { return JSON.parse(text); } catch (e) { return text; }
}

module.exports = { verify, problems, parsed, violations };
