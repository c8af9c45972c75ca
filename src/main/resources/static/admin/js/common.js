// What several pages share: the statistics forms (which campaign we are in) and where a union sits in the tree.
import { get } from './api.js';
import { h, link, select, today } from './ui.js';

let formsCache;

export async function forms() {
  if (!formsCache) formsCache = await get('/statistics/forms');
  return formsCache;
}

/** The form asked for, else the one whose campaign runs today, else the latest. */
export function pickForm(list, code) {
  const asked = list.find((f) => f.code === code);
  if (asked) return asked;
  const t = today();
  return list.find((f) => f.startDate <= t && t <= f.endDate)
    || [...list].sort((a, b) => (a.startDate < b.startDate ? 1 : -1))[0];
}

export function formSelect(list, current, onChange) {
  return select('form', list.map((f) => [f.code, f.title]), current.code, {
    'aria-label': '统计表', onchange: (e) => onChange(e.target.value),
  });
}

/** The union named by id (or the caller's own when empty), with its lineage from the top. */
export async function union(id, me) {
  const target = id || me.unionId;
  if (!target) {
    const roots = await get('/unions');
    return roots[0];
  }
  return get('/unions/' + target);
}

/** 清河市总工会 › 东城区总工会 › …, each step a link back up within the caller's scope. */
export function crumbs(lineageIds, lineage, hrefOf) {
  return h('p', { class: 'crumbs' }, lineage.map((name, i) =>
    (lineageIds && lineageIds[i] && i < lineage.length - 1 ? link(hrefOf(lineageIds[i]), name) : h('span', {}, name))));
}

export function hashWith(base, params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') q.set(k, v); });
  const s = q.toString();
  return base + (s ? '?' + s : '');
}

export const CHILD_STATUS = {
  SUBMITTED: ['已按时报送', 'ok'],
  LATE: ['逾期报送', 'warn'],
  IN_PROGRESS: ['填写中，未报送', 'warn'],
  NOT_STARTED: ['未开始', 'bad'],
  OVERDUE: ['已过截止仍未报送', 'bad'],
};

export const NOT_SUBMITTED = ['IN_PROGRESS', 'NOT_STARTED', 'OVERDUE'];
