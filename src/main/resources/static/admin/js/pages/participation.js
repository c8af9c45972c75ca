import { get, query, imageUrl } from '../api.js';
import { h, mount, title, table, num, link, meter, pager, errorBox } from '../ui.js';
import { forms, pickForm, formSelect, hashWith } from '../common.js';
import { drawTrend } from './home.js';

/** The union tree with members and participation per child, in tree order, and a drill-down into any child. */
export async function render(main, { ctx, query: q }) {
  const list = await forms();
  const form = pickForm(list, q.form);
  const here = q.union ? Number(q.union) : ctx.me.unionId;
  const node = here ? await get('/unions/' + here) : (await get('/unions'))[0];
  const id = node.union.id;
  const [trend, children] = await Promise.all([
    get(`/statistics/forms/${form.code}/trend${query({ unionId: id })}`),
    get(`/unions/${id}/children`),
  ]);
  const byId = new Map(children.map((c) => [c.union.id, c]));
  const atOwnTop = !ctx.me.unionId ? node.union.parentId == null : id === ctx.me.unionId;
  const go = (params) => hashWith('#/participation', { form: form.code, ...params });

  const rows = trend.children;
  const members = h('div');
  const chart = h('div', { class: 'chart', role: 'img', 'aria-label': '本单位每日参与人次趋势图' });
  mount(main,
    title('参与情况', formSelect(list, form, (code) => { location.hash = go({ form: code, union: id }); })),
    h('p', { class: 'crumbs' }, node.lineage.join(' › '),
      !atOwnTop && node.union.parentId ? [' · ', link(go({ union: node.union.parentId }), '返回上级')] : null),
    h('div', { class: 'cards' },
      h('div', { class: 'stat' }, '会员', h('span', { class: 'n' }, num(trend.members)), h('span', { class: 'muted' }, '本单位及全部下级')),
      h('div', { class: 'stat' }, '参与的会员（人）', h('span', { class: 'n' }, num(trend.memberParticipants)), meter(trend.rate)),
      h('div', { class: 'stat' }, '非本单位会员参与（人）', h('span', { class: 'n' }, num(trend.otherParticipants)),
        h('span', { class: 'muted' }, '外单位来参加活动的职工、已调离的原会员；不计入参与率')),
      node.joinCode ? h('div', { class: 'stat' }, '加入码', h('span', { class: 'n' }, node.joinCode), h('span', { class: 'muted' }, '职工在小程序中输入即可加入')) : null),
    rows.length ? table([
      { label: '下级单位', value: (r) => (byId.get(r.unionId)?.childCount ? link(go({ union: r.unionId }), r.unionName) : r.unionName) },
      { label: '类型', value: (r) => byId.get(r.unionId)?.union.typeLabel || '' },
      { label: '会员（人）', num: true, value: (r) => num(r.members) },
      { label: '参与的会员（人）', num: true, value: (r) => num(r.memberParticipants) },
      { label: '非本单位会员参与（人）', num: true, value: (r) => num(r.otherParticipants) },
      { label: '参与率', value: (r) => meter(r.rate) },
      { label: '操作', value: (r) => h('span', {}, link(go({ union: r.unionId }), '查看'), ' ',
        link(hashWith('#/table', { form: form.code, union: r.unionId }), '统计表')) },
    ], rows, {
      caption: `直属下级 ${rows.length} 个（按组织顺序，不排名）；尚无人参与的单位已标出`,
      rowClass: (r) => (r.participants === 0 ? 'attention' : ''),
    }) : h('p', { class: 'muted' }, '本单位没有下级工会。'),
    h('h2', {}, '每日参与趋势'), chart,
    h('h2', {}, '职工名单'),
    h('div', { class: 'actions no-print' },
      h('button', { type: 'button', onclick: () => showMembers(members, id, 1) }, '查看本单位及下级的职工（脱敏）'),
      node.union.joinable ? h('button', { type: 'button', onclick: (e) => showJoinCode(e.target, id, node) }, '显示加入小程序码') : null),
    members);
  drawTrend(chart, trend).catch((e) => chart.replaceChildren(errorBox(e)));
}

async function showMembers(slot, unionId, page) {
  const r = await get(`/unions/${unionId}/workers?subtree=true&page=${page}&size=20`);
  mount(slot, table([
    { label: '姓名', value: (m) => m.realNameMasked || '（未填写）' },
    { label: '手机', value: (m) => m.phoneMasked || '—' },
    { label: '所在工会', value: (m) => m.unionName },
    { label: '加入日期', value: (m) => m.joinedOn || '—' },
  ], r.items, { empty: '还没有职工加入' }), pager(r, (p) => showMembers(slot, unionId, p)));
}

async function showJoinCode(button, unionId, node) {
  const url = await imageUrl(`/unions/${unionId}/join-qrcode`);
  button.replaceWith(h('figure', { class: 'print-sheet' }, h('img', { src: url, alt: node.union.name + ' 加入小程序码' }),
    h('figcaption', {}, `${node.union.name} · 加入码 ${node.joinCode}`)));
}
