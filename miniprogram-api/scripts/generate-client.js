#!/usr/bin/env node
'use strict';
// Writes client/operations.js and client/operations.d.ts from openapi.json: one function per mini-program operation
// (every /api/app/** operation), named after its operationId, with its types and the error codes it can answer with.
// `npm run generate` rewrites them; the tests fail while they differ from what this script makes of openapi.json.

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const HEADER = '// GENERATED from openapi.json by scripts/generate-client.js (`npm run generate`). Do not edit by hand:\n'
  + '// change the Java code, regenerate the contract (OpenApiContractIT -Dcontract.update=true), then run the script.\n';

function ref(schema) {
  return schema && schema.$ref ? schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1) : null;
}

function typeOf(schema) {
  if (!schema) return null;
  if (schema.type) return Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  return schema.properties ? 'object' : null;
}

/** The operations of the mini-program, in a stable order, with what the client needs to call each one. */
function appOperations(doc) {
  const ops = [];
  for (const [p, item] of Object.entries(doc.paths)) {
    if (!p.startsWith('/api/app/')) continue;
    for (const [method, op] of Object.entries(item)) {
      const params = op.parameters || [];
      const content = (op.requestBody && op.requestBody.content) || {};
      const okContent = (op.responses['200'] && op.responses['200'].content) || {};
      const multipart = content['multipart/form-data'];
      const jsonBody = content['application/json'];
      const bodySchema = jsonBody ? doc.components.schemas[ref(jsonBody.schema)] || jsonBody.schema : null;
      const spec = {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path: p,
        auth: !(Array.isArray(op.security) && op.security.length === 0),
        body: jsonBody ? 'json' : multipart ? 'multipart' : null,
        response: okContent['application/json'] || !Object.keys(okContent).length ? 'json' : 'binary',
        idempotent: params.some((x) => x.in === 'header' && x.name === 'Idempotency-Key'),
      };
      if (multipart) {
        const props = multipart.schema.properties || {};
        spec.fileField = Object.keys(props).find((k) => props[k].format === 'binary' || (props[k].items && props[k].items.format === 'binary'));
      }
      const pathParams = params.filter((x) => x.in === 'path');
      const queryParams = params.filter((x) => x.in === 'query');
      if (queryParams.length && spec.body) throw new Error(op.operationId + ': both query parameters and a body; the client takes one input');
      ops.push({ spec, op, pathParams, queryParams, bodySchema: jsonBody ? jsonBody.schema : null, ok: okContent });
    }
  }
  return ops.sort((a, b) => a.spec.operationId.localeCompare(b.spec.operationId));
}

function identifier(name) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

function comment(text, indent) {
  if (!text) return '';
  return indent + '/** ' + String(text).replace(/\*\//g, '*\\/').replace(/\n+/g, ' ') + ' */\n';
}

/** TypeScript for one schema; names every referenced schema in `used`. */
function tsType(schema, used) {
  if (!schema) return 'unknown';
  const name = ref(schema);
  if (name) {
    used.add(name);
    return name;
  }
  if (Array.isArray(schema.type) && schema.type.includes('null') && schema.type.length > 1) {
    return tsType({ ...schema, type: schema.type.filter((t) => t !== 'null') }, used) + ' | null';
  }
  if (schema.type === 'null' || (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === 'null')) return 'null';
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  for (const k of ['oneOf', 'anyOf']) if (schema[k]) return schema[k].map((s) => tsType(s, used)).join(' | ');
  if (schema.allOf) return schema.allOf.map((s) => tsType(s, used)).join(' & ');
  const t = typeOf(schema);
  if (t === 'array') return 'Array<' + tsType(schema.items, used) + '>';
  if (t === 'integer' || t === 'number') return 'number';
  if (t === 'boolean') return 'boolean';
  if (t === 'string') return 'string';
  if (t === 'object' || schema.properties || schema.additionalProperties) {
    if (schema.properties) return inlineObject(schema, used, '  ');
    if (schema.additionalProperties && schema.additionalProperties !== true) return 'Record<string, ' + tsType(schema.additionalProperties, used) + '>';
    return 'Record<string, unknown>';
  }
  return 'unknown';
}

function members(schema, used, indent) {
  const required = new Set(schema.required || []);
  let out = '';
  for (const [prop, s] of Object.entries(schema.properties || {})) {
    out += comment(s.description, indent);
    out += indent + identifier(prop) + (required.has(prop) ? '' : '?') + ': ' + tsType(s, used) + ';\n';
  }
  return out;
}

function inlineObject(schema, used, indent) {
  return '{\n' + members(schema, used, indent + '  ') + indent + '}';
}

/** The `data` of the envelope a JSON operation answers with. */
function dataSchema(doc, ok) {
  const media = ok['application/json'];
  if (!media) return null;
  const envelope = doc.components.schemas[ref(media.schema)] || media.schema;
  const data = envelope && envelope.properties ? envelope.properties.data : null;
  return data && Object.keys(data).length ? data : null; // ApiResponse<Void> has an empty data schema
}

function errorCatalog(doc, ops) {
  const used = new Set();
  ops.forEach(({ op }) => (op['x-error-codes'] || []).forEach((c) => used.add(c)));
  const catalog = {};
  for (const code of [...used].sort((a, b) => a - b)) {
    const example = doc.components.examples['E' + code];
    const [cls, constant] = example['x-name'].split('.');
    const module = cls.replace(/ErrorCodes$/, '').toUpperCase();
    const name = constant.startsWith(module + '_') ? constant : module + '_' + constant;
    catalog[code] = { name, status: example['x-status'], msg: example.summary };
  }
  return catalog;
}

function signature(entry, used) {
  const args = entry.pathParams.map((p) => ({ name: p.name, ts: tsType(p.schema, used), doc: p.description }));
  let input = null;
  if (entry.spec.body === 'json') input = { name: 'body', ts: tsType(entry.bodySchema, used), required: !!(entry.op.requestBody && entry.op.requestBody.required) };
  if (entry.spec.body === 'multipart') input = { name: 'file', ts: 'UploadInput', required: true };
  if (entry.queryParams.length) {
    const schema = { type: 'object', properties: {}, required: [] };
    entry.queryParams.forEach((q) => {
      schema.properties[q.name] = Object.assign({ description: q.description }, q.schema);
      if (q.required) schema.required.push(q.name);
    });
    input = { name: 'query', ts: inlineObject(schema, used, '  '), required: schema.required.length > 0 };
  }
  return { args, input };
}

function generate(doc) {
  const ops = appOperations(doc);
  const catalog = errorCatalog(doc, ops);
  const used = new Set();
  let js = HEADER + "'use strict';\n\n";
  const specs = {};
  ops.forEach((e) => { specs[e.spec.operationId] = e.spec; });
  js += '/** How to call each mini-program operation. */\nconst OPERATIONS = ' + JSON.stringify(specs, null, 2) + ';\n\n';
  js += '/** Every error code a mini-program operation can answer with: ERROR_CODES[8003].name === \'PLEDGE_ALREADY_SIGNED\'. */\n';
  js += 'const ERROR_CODES = ' + JSON.stringify(catalog, null, 2) + ';\n\n';
  js += '/** The same codes by name, to switch on: ErrorCode.PLEDGE_ALREADY_SIGNED === 8003. */\n';
  js += 'const ErrorCode = Object.freeze(Object.fromEntries(Object.entries(ERROR_CODES).map(([code, e]) => [e.name, Number(code)])));\n\n';
  js += '/** One function per operation, named after its operationId, calling through the client\'s core. */\nfunction bindOperations(core) {\n  return {\n';
  let dts = HEADER + "import type { CallOptions, UploadInput, DownloadResult } from './index';\n\n";
  let fns = '';
  for (const e of ops) {
    const { args, input } = signature(e, used);
    const codes = (e.op['x-error-codes'] || []).join(' ');
    const params = args.map((a) => a.name).concat(input ? [input.name] : []).concat(['options']);
    js += '    /**\n     * ' + e.op.summary + '\n     * ' + e.spec.method + ' ' + e.spec.path + (codes ? '\n     * 错误码：' + codes : '') + '\n     */\n';
    js += '    ' + e.spec.operationId + '(' + params.join(', ') + ') {\n';
    js += '      return core.call(OPERATIONS.' + e.spec.operationId + ', [' + args.map((a) => a.name).join(', ') + '], '
      + (input ? input.name : 'undefined') + ', options);\n    },\n';
    const data = e.spec.response === 'binary' ? 'DownloadResult' : (dataSchema(doc, e.ok) ? tsType(dataSchema(doc, e.ok), used) : 'null');
    const tsArgs = args.map((a) => a.name + ': ' + (a.ts === 'number' ? 'number | string' : a.ts))
      .concat(input ? [input.name + (input.required ? '' : '?') + ': ' + input.ts] : []).concat(['options?: CallOptions']);
    fns += '  /** ' + e.op.summary + '（' + e.spec.method + ' ' + e.spec.path + (codes ? '；错误码 ' + codes : '') + '） */\n';
    fns += '  ' + e.spec.operationId + '(' + tsArgs.join(', ') + '): Promise<' + data + '>;\n';
  }
  js += '  };\n}\n\nmodule.exports = { OPERATIONS, ERROR_CODES, ErrorCode, bindOperations };\n';
  dts += '/** The mini-program operations, one per operationId. */\nexport interface Operations {\n' + fns + '}\n\n';
  dts += '// the default client\'s operations, as the module exports them\n';
  for (const e of ops) dts += 'export declare const ' + e.spec.operationId + ": Operations['" + e.spec.operationId + "'];\n";
  dts += '\n/** Error codes the mini-program operations can answer with, by name. */\nexport declare const ErrorCode: {\n';
  for (const [code, e] of Object.entries(catalog)) dts += '  /** ' + e.msg + ' */\n  readonly ' + e.name + ': ' + code + ';\n';
  dts += '};\n\nexport declare const ERROR_CODES: Record<number, { name: string; status: number; msg: string }>;\n';
  // every schema the operations use, and the schemas those use, in name order
  const written = new Set();
  const types = [];
  while ([...used].some((n) => !written.has(n))) {
    for (const name of [...used].sort()) {
      if (written.has(name)) continue;
      written.add(name);
      const s = doc.components.schemas[name];
      let t = comment(s.description, '');
      if (s.properties && !s.enum) t += 'export interface ' + name + ' {\n' + members(s, used, '  ') + '}\n';
      else t += 'export type ' + name + ' = ' + tsType(Object.assign({}, s, { description: undefined }), used) + ';\n';
      types.push([name, t]);
    }
  }
  dts += types.sort((a, b) => a[0].localeCompare(b[0])).map(([, t]) => '\n' + t).join('');
  return { 'client/operations.js': js, 'client/operations.d.ts': dts, operations: ops.map((o) => o.spec.operationId) };
}

function load() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'openapi.json'), 'utf8'));
}

if (require.main === module) {
  const out = generate(load());
  for (const file of ['client/operations.js', 'client/operations.d.ts']) {
    fs.writeFileSync(path.join(ROOT, file), out[file]);
    console.log('wrote ' + file);
  }
  console.log(out.operations.length + ' operations');
}

module.exports = { generate, load, ROOT };
