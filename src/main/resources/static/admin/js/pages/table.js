import { get, put, post, query, download } from '../api.js';
import { h, mount, title, table, num, dt, pager, busy, toast, confirmAct, dialog, select, link, errorBox, rerender } from '../ui.js';
import { forms, pickForm, formSelect, hashWith, NOT_SUBMITTED } from '../common.js';
import { paper, printCopy, written } from '../paper.js';

/**
 * The form as it looks on paper with the numbers in place. Platform numbers open the records behind them; blanks the
 * platform cannot measure are inputs for this union's own figure (children's figures are added by the service). Only
 * a union's own staff fill and hand in its table: a child's table is read-only here. 打印 prints the form alone on A4,
 * marked 未报送.
 */
export async function render(main, { ctx, query: q }) {
  const list = await forms();
  const form = pickForm(list, q.form);
  const period = q.period || form.currentPeriod;
  const unionId = q.union ? Number(q.union) : ctx.me.unionId;
  const params = query({ unionId: unionId || undefined, period });
  const t = await get(`/statistics/forms/${form.code}/table${params}`);
  const go = (p) => hashWith('#/table', { form: form.code, union: q.union, period, ...p });
  const errors = h('div', { 'aria-live': 'assertive' });
  const edits = new Map();
  const headerEdits = new Map();
  // a union's own staff type and hand in its table (the platform admin may, for support); a parent reads a child's
  const own = ctx.me.role === 'PLATFORM_ADMIN' || (ctx.me.role === 'UNION_ADMIN' && ctx.me.unionId === t.union.id);

  const saveBtn = h('button', { type: 'button', disabled: true }, '保存填写');
  const markDirty = () => { saveBtn.disabled = edits.size === 0 && headerEdits.size === 0; };
  saveBtn.addEventListener('click', () => busy(saveBtn, async () => {
    await put(`/statistics/forms/${form.code}/manual${query({ unionId: unionId || undefined })}`,
      { values: Object.fromEntries(edits), header: Object.fromEntries(headerEdits) });
    edits.clear();
    headerEdits.clear();
    toast('已保存');
    rerender();
  }, errors).then(markDirty));

  const env = { form, period, unionId, edits, markDirty, own };
  const sheet = paper(t, '未报送', (cell) => blank(cell, env));
  sheet.querySelector('.header-fields').replaceChildren(...t.header.map((f) => headerField(f, headerEdits, markDirty, own)));
  sheet.append(h('p', { class: 'muted' }, `生成于 ${dt(t.generatedAt)}；蓝色数字由平台统计，可点击查看明细`
    + (own ? '；黄色空格由本单位填写。' : '；这是下级单位的表，由其自行填写和报送。')));

  const submitBtn = h('button', { type: 'button', class: 'primary' }, '报送统计表');
  submitBtn.addEventListener('click', async () => {
    if (edits.size || headerEdits.size) {
      toast('请先保存填写的内容', 'bad');
      return;
    }
    const empty = t.header.filter((f) => f.editable && !f.value).map((f) => f.name);
    if (empty.length) {
      mount(errors, errorBox(new Error(`请先在表头填写${empty.join('、')}，保存后再报送`)));
      return;
    }
    const status = await get(`/statistics/forms/${form.code}/submissions${params}`);
    const missing = status.children.filter((c) => NOT_SUBMITTED.includes(c.status)).map((c) => c.unionName);
    const warning = missing.length ? `注意：还有 ${missing.length} 个下级单位没有报送（${missing.slice(0, 5).join('、')}${missing.length > 5 ? ' 等' : ''}），它们的数字仍会变化。` : '';
    const ok = await confirmAct('报送统计表', `${warning}报送后，${t.union.name}《${t.title}》（${t.period.title}）的数字将按此刻冻结为一个版本；之后的活动不再改变它，需要时可重新报送生成新版本。`,
      { check: missing.length ? '我知道还有下级未报送，仍要报送' : '我已核对表中数字无误', ok: '确认报送' });
    if (!ok) return;
    busy(submitBtn, async () => {
      const s = await post(`/statistics/forms/${form.code}/submissions${params}`, { confirm: true });
      toast(`已报送：第 ${s.version} 版${s.late ? '（逾期）' : ''}`);
      location.hash = hashWith('#/submissions', { form: form.code, period, union: q.union });
    }, errors);
  });

  mount(main,
    title('统计表', formSelect(list, form, (code) => { location.hash = hashWith('#/table', { form: code, union: q.union }); }),
      form.periods.length > 1 ? select('period', form.periods.map((p) => [p.key, `${p.label}（截止 ${dt(p.due)}）`]), period, {
        'aria-label': '填报期', onchange: (e) => { location.hash = go({ period: e.target.value }); },
      }) : null),
    h('p', { class: 'crumbs' }, t.union.lineage.join(' › '), ` · 报送截止 ${dt(t.period.due)}`,
      unionId && unionId !== ctx.me.unionId ? [' · ', link(hashWith('#/table', { form: form.code, period }), '回到本单位')] : null),
    h('div', { class: 'actions no-print' }, own ? saveBtn : null,
      h('button', { type: 'button', onclick: (e) => busy(e.target, () => download(`/statistics/forms/${form.code}/export${params}`, t.title + '.xlsx')) }, '导出 Excel'),
      h('button', { type: 'button', onclick: () => window.print() }, '打印'),
      own ? submitBtn : null,
      link(hashWith('#/submissions', { form: form.code, period, union: q.union }), '报送历史与下级报送情况')),
    errors, sheet, printCopy(t, '未报送'));
}

function headerField(f, headerEdits, markDirty, own) {
  if (!f.editable || !own) return h('span', {}, `${f.name}：${f.value || '—'}`);
  const input = h('input', {
    name: 'header-' + f.name, value: f.value || '', maxLength: 50,
    oninput: (e) => { headerEdits.set(f.name, e.target.value.trim() || null); markDirty(); },
  });
  return h('label', {}, `${f.name}：`, input);
}

function blank(cell, env) {
  const isText = cell.unit === '文字';
  if (!env.own && !(cell.source === 'PLATFORM' && !isText)) return withHint(written(cell), cell);
  if (cell.source === 'PLATFORM' && !isText) {
    return h('button', {
      type: 'button', class: 'blank', name: cell.blankId, title: '查看这个数字背后的记录',
      'aria-label': `${num(cell.value)} ${cell.unit}，查看明细`,
      onclick: () => drill(cell, env),
    }, num(cell.value));
  }
  const own = isText ? cell.textValue : cell.ownValue;
  const input = h('input', {
    class: 'blank' + (isText ? ' text' : ''), name: cell.blankId, value: own ?? '',
    placeholder: isText && cell.source === 'PLATFORM' ? '（按活动名称自动填写，可改写）' : null,
    inputMode: isText ? 'text' : 'numeric', 'aria-label': `本单位填写（${cell.unit}）`, maxLength: isText ? 200 : 12,
    oninput: (e) => {
      const raw = e.target.value.trim();
      env.edits.set(cell.blankId, raw === '' ? null : (isText ? raw : (/^\d+$/.test(raw) ? Number(raw) : raw)));
      env.markDirty();
    },
  });
  return withHint(input, cell);
}

/** Beside a typed blank: what the children typed; added in (下级 …), or for 人 only shown (people can't be added). */
function withHint(node, cell) {
  if (cell.unit === '人' && cell.childrenSum) {
    return h('span', {}, node, h('span', { class: 'part-of no-print' }, `下级填报合计（可能重复）${num(cell.childrenSum)}`));
  }
  const children = cell.source === 'MANUAL' && cell.unit !== '文字' && cell.unit !== '人' && cell.value != null
    && cell.value !== (cell.ownValue || 0) ? cell.value - (cell.ownValue || 0) : 0;
  return h('span', {}, node, children ? h('span', { class: 'part-of no-print' }, `含下级 ${num(children)}`) : null);
}

async function drill(cell, { form, period, unionId }) {
  await dialog(`明细：${num(cell.value)} ${cell.unit}`, () => {
    const slot = h('div', {}, h('p', { class: 'muted' }, '正在加载…'));
    const load = async (page) => {
      try {
        const r = await get(`/statistics/forms/${form.code}/cells/${cell.blankId}/records${query({ unionId: unionId || undefined, period, page, size: 20 })}`);
        mount(slot,
          cell.parts && cell.parts.length > 1 ? h('p', {}, cell.parts.map((p) => `${p.label} ${num(p.value)}`).join('；')) : null,
          table([
            { label: '活动', value: (x) => x.activity },
            { label: '职工', value: (x) => x.worker || '（工会登记）' },
            { label: '单位', value: (x) => x.unionName },
            { label: '时间', value: (x) => (x.occurredAt ? dt(x.occurredAt) : x.occurredOn) },
            { label: '数量', num: true, value: (x) => num(x.quantity) },
          ], r.items, { empty: '没有记录' }), pager(r, load));
      } catch (e) {
        mount(slot, errorBox(e));
      }
    };
    load(1);
    return slot;
  }, { wide: true });
}
