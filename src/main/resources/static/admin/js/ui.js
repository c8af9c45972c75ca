// Small DOM helpers: every page builds its elements with h() and never writes HTML strings, so no reported text can
// become markup.

export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k in el && k !== 'list' && k !== 'form') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function link(href, text, props = {}) {
  return h('a', { href, ...props }, text);
}

export function pad(n) { return String(n).padStart(2, '0'); }

/** "2025-06-12T09:30:00" → "2025-06-12 09:30" (the service speaks Asia/Shanghai local time). */
export function dt(s) {
  return s ? String(s).replace('T', ' ').slice(0, 16) : '—';
}

export function num(n) {
  return n === undefined || n === null ? '—' : Number(n).toLocaleString('zh-CN');
}

export function pct(rate) {
  return rate === undefined || rate === null ? '—' : (rate * 100).toFixed(1) + '%';
}

export function today() {
  const d = new Date();
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
}

export function title(text, ...extra) {
  document.title = text + ' · 安全月工会管理端';
  return h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, text), ...extra);
}

/**
 * A table with a caption. columns: [{label, value(row) → text|Node, num: true}]. Rows keep the order they come in:
 * the service answers in tree order and nothing here re-sorts them into a league.
 */
export function table(columns, rows, { caption, empty = '暂无数据', rowClass } = {}) {
  const head = h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.num ? 'num' : '' }, c.label)));
  const body = rows.length
    ? rows.map((r) => h('tr', { class: rowClass ? rowClass(r) : '' },
      columns.map((c) => h('td', { class: c.num ? 'num' : '' }, c.value(r)))))
    : [h('tr', {}, h('td', { colspan: columns.length, class: 'empty' }, empty))];
  return h('table', { class: 'grid' }, caption ? h('caption', {}, caption) : null, h('thead', {}, head), h('tbody', {}, body));
}

/** Previous / next for a PageResult ({items, page, size, total}); pages count from 1. */
export function pager(result, go) {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  return h('div', { class: 'pager' },
    h('button', { type: 'button', disabled: result.page <= 1, onclick: () => go(result.page - 1) }, '上一页'),
    h('span', {}, `第 ${result.page} / ${pages} 页，共 ${num(result.total)} 条`),
    h('button', { type: 'button', disabled: result.page >= pages, onclick: () => go(result.page + 1) }, '下一页'));
}

let toastTimer;
export function toast(message, kind = 'ok') {
  const el = document.getElementById('toast');
  el.className = 'show ' + kind;
  el.textContent = message;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.className = ''; }, 5000);
}

export function errorBox(err) {
  return h('p', { class: 'error', role: 'alert' }, err && err.message ? err.message : String(err));
}

/** A labelled form control; the label wraps the control so a click or a screen reader finds it, the hint describes it. */
let hintSeq = 0;
export function field(label, control, hint) {
  let hintEl = null;
  if (hint) {
    hintSeq += 1;
    hintEl = h('span', { class: 'hint', id: 'hint-' + hintSeq }, hint);
    control.setAttribute('aria-describedby', hintEl.id);
  }
  return h('div', { class: 'field' }, h('label', {}, h('span', { class: 'label' }, label), control), hintEl);
}

export function select(name, options, value, props = {}) {
  return h('select', { name, ...props },
    options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, text)));
}

/**
 * A modal dialog (native <dialog>: Esc closes, focus stays inside). build(close) returns its body; resolves with what
 * close() was given, or null when dismissed.
 */
export function dialog(heading, build, { wide } = {}) {
  return new Promise((resolve) => {
    let result = null;
    const d = h('dialog', { class: wide ? 'wide' : '', 'aria-label': heading });
    const close = (value) => { result = value ?? null; d.close(); };
    mount(d, h('div', { class: 'dialog-head' }, h('h2', {}, heading),
      h('button', { type: 'button', class: 'link', 'aria-label': '关闭', onclick: () => close(null) }, '关闭 ✕')),
    build(close));
    d.addEventListener('close', () => { d.remove(); resolve(result); });
    document.body.append(d);
    d.showModal();
  });
}

/** Asks before an act that cannot be taken back; the user must tick the box to enable the button. */
export function confirmAct(heading, message, { check, ok = '确定' } = {}) {
  return dialog(heading, (close) => {
    const box = check ? h('input', { type: 'checkbox', name: 'confirm' }) : null;
    const okBtn = h('button', { type: 'submit', class: 'primary', disabled: !!check }, ok);
    if (box) box.addEventListener('change', () => { okBtn.disabled = !box.checked; });
    return h('form', { method: 'dialog', onsubmit: (e) => { e.preventDefault(); close(true); } },
      h('p', {}, message),
      box ? h('label', { class: 'check' }, box, check) : null,
      h('div', { class: 'actions' }, okBtn, h('button', { type: 'button', onclick: () => close(false) }, '取消')));
  });
}

/** Runs an async act from a button: busy while it runs, errors shown beside the form, never swallowed. */
export async function busy(button, act, errorSlot) {
  button.disabled = true;
  if (errorSlot) errorSlot.replaceChildren();
  try {
    return await act();
  } catch (e) {
    if (errorSlot) errorSlot.replaceChildren(errorBox(e)); else toast(e.message, 'bad');
    return undefined;
  } finally {
    button.disabled = false;
  }
}

/**
 * A form that does one act: Enter or the button runs act() (busy meanwhile), its error appears inside the form.
 * With onCancel, a 取消 button beside it.
 */
export function actForm(label, controls, act, { onCancel, errors = h('div', { 'aria-live': 'assertive' }) } = {}) {
  const submit = h('button', { type: 'submit', class: 'primary' }, label);
  return h('form', {
    class: 'card', 'aria-label': label,
    onsubmit: (e) => { e.preventDefault(); busy(submit, act, errors); },
  }, controls, errors, h('div', { class: 'actions' }, submit,
    onCancel ? h('button', { type: 'button', onclick: onCancel }, '取消') : null));
}

export function rerender() {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function badge(text, kind = '') {
  return h('span', { class: 'badge ' + kind }, text);
}

export function meter(rate) {
  const value = Math.max(0, Math.min(1, rate || 0));
  return h('span', { class: 'meter' }, h('meter', { min: 0, max: 1, value, 'aria-label': '参与率' }), ' ', pct(rate));
}
