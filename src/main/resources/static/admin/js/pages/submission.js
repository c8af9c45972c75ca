import { get, download } from '../api.js';
import { h, mount, title, dt, busy, link } from '../ui.js';
import { hashWith } from '../common.js';
import { paper, printCopy } from '../paper.js';

/**
 * One version as it was handed in: the frozen form, its Excel file (the one made when it was handed in, the same
 * bytes every time) and 打印, which prints that form alone on A4.
 */
export async function render(main, { args }) {
  const d = await get('/statistics/submissions/' + args[0]);
  const s = d.submission;
  const stamp = `已报送（第 ${s.version} 版，${dt(s.submittedAt)}）`;
  mount(main,
    title(`${s.unionName} · 第 ${s.version} 版`),
    h('p', { class: 'crumbs' }, `${dt(s.submittedAt)} 由 ${s.submittedBy} 报送${s.late ? '（逾期）' : ''} · `,
      link(hashWith('#/submissions', { form: s.formCode, period: s.periodKey, union: s.unionId }), '报送情况')),
    h('div', { class: 'actions no-print' },
      h('button', { type: 'button', onclick: (e) => busy(e.target, () => download(`/statistics/submissions/${s.id}/export`, d.table.title + '.xlsx')) },
        '导出报送的 Excel'),
      h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, '打印')),
    paper(d.table, stamp), printCopy(d.table, stamp));
}
