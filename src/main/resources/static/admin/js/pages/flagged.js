import { get, post, query } from '../api.js';
import { h, mount, title, table, dt, num, pager, badge, confirmAct, busy, toast, rerender, dialog } from '../ui.js';

const RESULT = { HIT: '找到', AGAIN: '再次点中', MISS: '未点中' };

/**
 * Levels the service flagged as scripted play in the subtree: the reason, the taps drawn on the picture, how long
 * each answer took against the time its question needs. A flagged level earns nothing and counts nowhere; an admin
 * who finds a person behind it clears the flag, and it counts from then on.
 */
export async function render(main, { ctx, query: q }) {
  const page = Number(q.page || 1);
  const result = await get(`/quiz/flagged-attempts${query({ unionId: ctx.me.unionId || undefined, page, size: 20 })}`);
  mount(main, title('异常闯关'),
    h('p', { class: 'muted' }, '用时过短、点击落在规则网格上、作答快于读题、操作间隔过于规则或微信安全风险等级高的闯关会被标记：不计积分、不计入统计。'
      + '复核后确认是本人正常作答的，可解除标记，解除后计入统计。'),
    table([
      { label: '日期', value: (a) => a.playDate },
      { label: '关卡', value: (a) => h('span', {}, a.levelTitle, h('br'), h('span', { class: 'muted' }, a.levelCode)) },
      { label: '职工', value: (a) => '#' + a.workerId },
      { label: '得分', num: true, value: (a) => num(a.score) },
      { label: '原因', value: (a) => a.flagReason },
      { label: '操作', value: (a) => h('div', { class: 'actions' },
        h('button', { type: 'button', onclick: () => showTaps(a) }, '查看点击'),
        h('button', { type: 'button', onclick: (e) => clear(e.currentTarget, a) }, '解除标记')) },
    ], result.items, { caption: '本级及下级被标记为异常的闯关', empty: '没有被标记为异常的闯关' }),
    pager(result, (p) => { location.hash = '#/flagged?page=' + p; }));
}

async function clear(button, a) {
  if (!await confirmAct('解除异常标记', `确认这次闯关（${a.playDate} · ${a.levelTitle}，${a.score} 分）是职工本人正常作答？解除后计入统计和积分，并记录解除人。`,
    { check: '我已查看点击记录', ok: '解除标记' })) return;
  await busy(button, async () => {
    await post(`/quiz/flagged-attempts/${a.attemptId}/clear`);
    toast('已解除标记，这次闯关计入统计');
    rerender();
  });
}

/** The picture with every tap drawn where it landed, numbered in order; the answers with their reading times. */
function showTaps(a) {
  return dialog(`${a.levelTitle} · 点击记录`, () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 1000 1000');
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('class', 'taps');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `${a.taps.length} 次点击的位置`);
    a.taps.forEach((t, i) => {
      const c = document.createElementNS(svg.namespaceURI, 'circle');
      c.setAttribute('cx', Math.round(t.x * 1000));
      c.setAttribute('cy', Math.round(t.y * 1000));
      c.setAttribute('r', 14);
      c.setAttribute('class', 'tap ' + t.result.toLowerCase());
      const label = document.createElementNS(svg.namespaceURI, 'text');
      label.setAttribute('x', Math.round(t.x * 1000) + 18);
      label.setAttribute('y', Math.round(t.y * 1000) + 6);
      label.textContent = String(i + 1);
      svg.append(c, label);
    });
    return h('div', {},
      h('p', {}, a.flagReason, a.riskRank !== null && a.riskRank !== undefined ? [' ', badge('微信风险等级 ' + a.riskRank)] : null),
      h('div', { class: 'tap-picture' }, h('img', { src: a.pictureUrl, alt: a.levelTitle + ' 场景图' }), svg),
      table([
        { label: '#', num: true, value: (t) => String(a.taps.indexOf(t) + 1) },
        { label: '时间（秒）', num: true, value: (t) => (t.atMs / 1000).toFixed(1) },
        { label: '位置', value: (t) => `${t.x.toFixed(3)}, ${t.y.toFixed(3)}` },
        { label: '结果', value: (t) => RESULT[t.result] + (t.hazardSeq ? ` 隐患 ${t.hazardSeq}` : '') },
      ], a.taps, { caption: '点击' }),
      table([
        { label: '隐患', num: true, value: (x) => String(x.hazardSeq) },
        { label: '作答时间（秒）', num: true, value: (x) => (x.atMs / 1000).toFixed(1) },
        { label: '读题用时（秒）', num: true, value: (x) => (x.readMs / 1000).toFixed(1) },
        { label: '所需最短（秒）', num: true, value: (x) => (x.minReadMs / 1000).toFixed(1) },
        { label: '', value: (x) => (x.readMs < x.minReadMs ? badge('过快', 'bad') : '') },
      ], a.answers, { caption: '作答', empty: '没有作答' }),
      h('p', { class: 'muted' }, `开始 ${dt(a.startedAt)}，结束 ${dt(a.closedAt)}`));
  }, { wide: true });
}
