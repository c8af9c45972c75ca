import { get, query } from '../api.js';
import { h, mount, title, table, dt, badge, link, select } from '../ui.js';
import { forms, pickForm, formSelect, hashWith, CHILD_STATUS, NOT_SUBMITTED } from '../common.js';

/** Own submissions (each a frozen version) and the children's status in tree order: who has not handed in yet. */
export async function render(main, { ctx, query: q }) {
  const list = await forms();
  const form = pickForm(list, q.form);
  const period = q.period || form.currentPeriod;
  const unionId = q.union ? Number(q.union) : ctx.me.unionId;
  const s = await get(`/statistics/forms/${form.code}/submissions${query({ unionId: unionId || undefined, period })}`);
  const onlyMissing = q.only === 'missing';
  const children = onlyMissing ? s.children.filter((c) => NOT_SUBMITTED.includes(c.status)) : s.children;
  const missing = s.children.filter((c) => NOT_SUBMITTED.includes(c.status)).length;
  const go = (p) => hashWith('#/submissions', { form: form.code, period, union: q.union, ...p });

  mount(main,
    title('报送情况', formSelect(list, form, (code) => { location.hash = hashWith('#/submissions', { form: code }); }),
      form.periods.length > 1 ? select('period', form.periods.map((p) => [p.key, p.label]), period, {
        'aria-label': '填报期', onchange: (e) => { location.hash = go({ period: e.target.value }); },
      }) : null),
    h('p', { class: 'crumbs' }, `${s.period.label} · 截止 ${dt(s.period.due)} · `, link(hashWith('#/table', { form: form.code, period, union: q.union }), '打开统计表')),
    h('h2', {}, '本单位的报送历史'),
    table([
      { label: '版本', value: (x) => `第 ${x.version} 版` },
      { label: '报送时间', value: (x) => dt(x.submittedAt) },
      { label: '报送人', value: (x) => x.submittedBy },
      { label: '是否按时', value: (x) => (x.late ? badge('逾期', 'warn') : badge('按时', 'ok')) },
      { label: '内容', value: (x) => h('button', { type: 'button', onclick: () => showFrozen(x.id) }, '查看报送的表') },
    ], s.own, { empty: '本期尚未报送' }),
    h('h2', {}, '下级单位报送情况'),
    h('p', {}, `直属下级 ${s.children.length} 个，未报送 ${missing} 个。`,
      onlyMissing ? link(go({ only: null }), '显示全部') : link(go({ only: 'missing' }), '只看未报送')),
    table([
      { label: '单位', value: (c) => c.unionName },
      { label: '状态', value: (c) => badge(...(CHILD_STATUS[c.status] || [c.status, ''])) },
      { label: '最近报送', value: (c) => (c.latest ? `第 ${c.latest.version} 版 · ${dt(c.latest.submittedAt)}` : '—') },
      { label: '操作', value: (c) => h('span', {}, link(hashWith('#/table', { form: form.code, period, union: c.unionId }), '查看其统计表'),
        c.latest ? [' ', h('button', { type: 'button', class: 'link', onclick: () => showFrozen(c.latest.id) }, '报送的表')] : null) },
    ], children, {
      caption: '按组织顺序（不排名）', empty: onlyMissing ? '所有下级都已报送' : '没有下级单位',
      rowClass: (c) => (NOT_SUBMITTED.includes(c.status) ? 'attention' : ''),
    }));
}

function showFrozen(submissionId) {
  location.hash = '#/submission/' + submissionId;
}
