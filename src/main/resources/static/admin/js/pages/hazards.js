import { get, query, download } from '../api.js';
import { h, mount, title, table, dt, pager, field, select, busy, badge, link } from '../ui.js';
import { hashWith } from '../common.js';
import { STATES, LEVELS, stateBadge, categories } from '../hazard-common.js';

const FILTERS = ['state', 'category', 'from', 'to', 'unionId', 'overdue', 'flagged'];
// reports made below the caller's union (to review), or hazards handed to the subtree to fix and those of the
// caller's own workplace, which its parent reviews (no reporter shown)
const VIEWS = { reports: ['审核队列', '/hazard/reports'], rectifications: ['交办给本单位整改的', '/hazard/rectifications'] };

/** The review queue of the subtree, filtered by state, category, date and child union; the 整改清单 exported as filtered. */
export async function render(main, { ctx, query: q }) {
  const page = Number(q.page || 1);
  const view = VIEWS[q.view] ? q.view : 'reports';
  const filter = Object.fromEntries(FILTERS.map((k) => [k, q[k] || '']));
  const own = ctx.me.unionId;
  const [result, cats, children] = await Promise.all([
    get(`${VIEWS[view][1]}${query({ ...filter, page, size: 20 })}`),
    categories().catch(() => ({ categories: [] })),
    own ? get(`/unions/${own}/children`) : get('/unions'),
  ]);
  const inputs = {
    state: select('state', [['', '全部状态'], ...STATES], filter.state),
    category: select('category', [['', '全部类别'], ...cats.categories.map((c) => [c.code, c.label])], filter.category),
    from: h('input', { type: 'date', name: 'from', value: filter.from }),
    to: h('input', { type: 'date', name: 'to', value: filter.to }),
    unionId: select('unionId', [['', '本级及全部下级'], ...children.map((c) => [c.union.id, c.union.name])], filter.unionId),
    overdue: h('input', { type: 'checkbox', name: 'overdue', checked: filter.overdue === 'true' }),
  };
  const apply = (e) => {
    e.preventDefault();
    const next = Object.fromEntries(Object.entries(inputs).map(([k, el]) => [k, el.type === 'checkbox' ? (el.checked ? 'true' : '') : el.value]));
    location.hash = hashWith('#/hazards', { ...next, view });
  };
  const exportBtn = h('button', { type: 'button' }, '导出整改清单（Excel）');
  exportBtn.addEventListener('click', () => busy(exportBtn, () => download(`/hazard/rectification-list${query(filter)}`, '整改清单.xlsx')));

  mount(main,
    title('隐患审核', link(hashWith('#/map', filter), '在地图上查看')),
    h('p', { class: 'tabs' }, Object.entries(VIEWS).map(([k, [label]]) => (k === view
      ? h('strong', { 'aria-current': 'page' }, label) : link(hashWith('#/hazards', { view: k }), label)))),
    h('form', { class: 'card inline no-print', onsubmit: apply, 'aria-label': '筛选' },
      field('状态', inputs.state), field('类别', inputs.category), field('上报日期起', inputs.from), field('上报日期止', inputs.to),
      field('单位', inputs.unionId), h('label', { class: 'check' }, inputs.overdue, '只看整改逾期'),
      h('button', { type: 'submit', class: 'primary' }, '筛选'), exportBtn),
    table([
      { label: '编号', value: (r) => link('#/hazard/' + r.id, '#' + r.id) },
      { label: '照片', value: (r) => (r.thumbnailUrl ? h('img', { src: r.thumbnailUrl, alt: '', height: 48 }) : '—') },
      { label: '类别', value: (r) => r.categoryLabel },
      { label: '状态', value: (r) => h('span', {}, stateBadge(r.state, r.stateLabel), r.flagged ? [' ', badge('内容未通过', 'bad')] : null) },
      { label: '等级', value: (r) => LEVELS[r.level] || '—' },
      { label: '地点', value: (r) => r.placeName || r.address || '—' },
      { label: '上报时间', value: (r) => (r.submittedAt ? dt(r.submittedAt) : r.submittedOn) },
      { label: '整改期限', value: (r) => (r.deadline ? h('span', {}, r.deadline, r.overdue ? [' ', badge('逾期', 'bad')] : null) : '—') },
      { label: '', value: (r) => link('#/hazard/' + r.id, r.state === 'PENDING' ? '审核' : '查看') },
    ], result.items, { caption: `共 ${result.total} 条`, empty: '没有符合条件的隐患', rowClass: (r) => (r.overdue ? 'attention' : '') }),
    view === 'rectifications' ? h('p', { class: 'muted' }, '含本单位职工上报的本单位隐患：由上级工会审核，这里只能查看，看不到举报人。') : null,
    pager(result, (p) => { location.hash = hashWith('#/hazards', { ...filter, view, page: p }); }));
}
