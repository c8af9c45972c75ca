import { get, query } from '../api.js';
import { h, mount, title, table, num, pct, link, errorBox, dt } from '../ui.js';
import { forms, pickForm, NOT_SUBMITTED } from '../common.js';
import { hazardCounts } from './hazard-api.js';

export async function render(main, { ctx, query: q }) {
  const list = await forms();
  const form = pickForm(list, q.form);
  const unionParam = query({ unionId: ctx.me.unionId || undefined });
  const [trend, subs, hz, inbox] = await Promise.all([
    get(`/statistics/forms/${form.code}/trend${unionParam}`),
    get(`/statistics/forms/${form.code}/submissions${unionParam}`).catch((e) => ({ error: e })),
    hazardCounts(),
    get('/notices?page=1&size=5&unreadOnly=true').catch(() => null),
  ]);
  const days = trend.days;
  const todayRow = days.length ? days[days.length - 1] : { acts: {} };
  const totals = {};
  days.forEach((d) => Object.entries(d.acts).forEach(([k, v]) => { totals[k] = (totals[k] || 0) + v; }));
  const notSubmitted = subs.error ? null : subs.children.filter((c) => NOT_SUBMITTED.includes(c.status)).length;

  const of = (kind, acts) => sum(acts, (code) => trend.kinds[code] === kind);
  const cards = h('div', { class: 'cards' },
    stat('参与人数（人）', num(trend.participants), `会员 ${num(trend.members)} 人中 ${num(trend.memberParticipants)} 人参与，参与率 ${pct(trend.rate)}`
      + (trend.otherParticipants ? `；另有非本单位会员 ${num(trend.otherParticipants)} 人` : ''), '#/participation'),
    stat('今日参与（人次）', num(of('PERSON', todayRow.acts)), `职工参与的人次，统计至 ${todayRow.day || '—'}`, null),
    stat('活动以来参与（人次）', num(of('PERSON', totals)), `${trend.from} 起`, null),
    stat('线下活动（场）', num(of('SESSION', totals)), `审核、整改隐患 ${num(of('REVIEW', totals))} 处（另计，不是参与人次）`, '#/events'),
    hz ? stat('待审核隐患', num(hz.pending), '点击进入审核队列', '#/hazards?state=PENDING', hz.pending > 0) : null,
    hz ? stat('整改逾期', num(hz.overdue), '已过整改期限仍未完成', '#/hazards?overdue=true', hz.overdue > 0) : null,
    notSubmitted === null ? null : stat('下级未报送', num(notSubmitted), `共 ${subs.children.length} 个下级单位`,
      `#/submissions?form=${form.code}&only=missing`, notSubmitted > 0));

  const UNIT = { PERSON: '人次', SESSION: '场', REVIEW: '处' };
  const rows = Object.entries(trend.activities).map(([code, label]) => ({ code, label, unit: UNIT[trend.kinds[code]] || '',
    today: todayRow.acts[code] || 0, total: totals[code] || 0 }));
  const chart = h('div', { class: 'chart', role: 'img', 'aria-label': '每日参与人次趋势图' });
  mount(main,
    title('首页', h('span', { class: 'muted' }, `${trend.union.name} · ${form.title}`)),
    cards,
    h('div', { class: 'cols' },
      h('section', {}, h('h2', {}, '各项活动参与'),
        table([
          { label: '活动', value: (r) => r.label },
          { label: '单位', value: (r) => r.unit },
          { label: '今日', num: true, value: (r) => num(r.today) },
          { label: '活动以来', num: true, value: (r) => num(r.total) },
        ], rows, { caption: `人数按人去重：活动以来共 ${num(trend.participants)} 人参与（不同活动同一人只计一次）` })),
      h('section', {}, h('h2', {}, '每日参与趋势'), chart,
        inbox ? h('div', {}, h('h2', {}, '未读消息 ', link('#/notices', '全部消息')),
          inbox.items.length ? h('ul', {}, inbox.items.map((m) => h('li', {}, `${dt(m.createdAt)} ${m.title}`))) : h('p', { class: 'muted' }, '没有未读消息')) : null)));
  drawTrend(chart, trend).catch((e) => chart.replaceChildren(errorBox(e)));
}

function sum(acts, which = () => true) {
  return Object.entries(acts || {}).filter(([code]) => which(code)).reduce((a, [, v]) => a + v, 0);
}

/** One colour per activity: there are more than ECharts' nine, and a colour used twice would mix two lines up. */
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf',
  '#393b79', '#ad494a', '#637939', '#843c39'];

function stat(label, value, hint, href, attention) {
  const body = [h('span', {}, label), h('span', { class: 'n' }, value), h('span', { class: 'muted' }, hint)];
  return href ? h('a', { class: 'stat' + (attention ? ' attention' : ''), href }, body) : h('div', { class: 'stat' }, body);
}

/** Lines per day of the workers' acts (人次) that happened at all; the chart library is served by this service. */
export async function drawTrend(el, trend) {
  const echarts = await import('/webjars/echarts/dist/echarts.esm.min.js');
  const codes = Object.keys(trend.activities);
  const active = Object.entries(trend.activities).filter(([code]) => trend.kinds[code] === 'PERSON' && trend.days.some((d) => d.acts[code]));
  const chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 40, right: 16, top: 30, bottom: 50 },
    xAxis: { type: 'category', data: trend.days.map((d) => d.day.slice(5)) },
    yAxis: { type: 'value', minInterval: 1, name: '人次' },
    series: (active.length ? active : [['none', '参与']]).map(([code, label]) => ({
      name: label, type: 'line', smooth: false, data: trend.days.map((d) => d.acts[code] || 0),
      color: PALETTE[Math.max(0, codes.indexOf(code)) % PALETTE.length], // the activity's own colour, on every page
    })),
  });
  window.addEventListener('resize', () => chart.resize());
}
