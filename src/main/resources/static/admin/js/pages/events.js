import { get, post, query, imageUrl } from '../api.js';
import { h, mount, title, table, num, dt, pager, field, select, toast, dialog, actForm, rerender } from '../ui.js';

/** Offline events of the subtree, with their mini-program codes to print or project for sign-in. */
export async function render(main, { ctx, query: q }) {
  const page = Number(q.page || 1);
  const [result, types] = await Promise.all([
    get(`/events${query({ unionId: ctx.me.unionId || undefined, page, size: 20 })}`),
    get('/events/types'),
  ]);
  const createSlot = h('div');
  mount(main,
    // events are organised by a union: the platform's own account has none, and sees its unions' events here
    ctx.me.unionId
      ? title('线下活动', h('button', { type: 'button', class: 'no-print', onclick: () => createForm(createSlot, types, ctx) }, '新建活动'))
      : title('线下活动'),
    createSlot,
    table([
      { label: '活动', value: (e) => h('span', {}, e.name, h('br'), h('span', { class: 'muted' }, e.eventTypeLabel)) },
      { label: '主办单位', value: (e) => e.unionName },
      { label: '时间', value: (e) => `${dt(e.startsAt)} 至 ${dt(e.endsAt).slice(11)}` },
      { label: '地点', value: (e) => e.place + (e.radiusMeters ? `（${e.radiusMeters} 米内签到）` : '') },
      { label: '扫码签到（人次）', num: true, value: (e) => num(e.signedInCount) },
      { label: '补录人数', num: true, value: (e) => (e.recorded ? num(e.recordedHeadCount) : '—') },
      { label: '计入统计（人次）', num: true, value: (e) => num(e.totalCount) },
      { label: '签到码', value: (e) => h('button', { type: 'button', onclick: () => printCode(e) }, '打印小程序码') },
    ], result.items, { caption: '本级及下级的线下活动', empty: '还没有线下活动' }),
    pager(result, (p) => { location.hash = '#/events?page=' + p; }));
}

async function printCode(event) {
  const url = await imageUrl(`/events/${event.eventId}/code`);
  await dialog('签到小程序码', () => h('div', { class: 'print-sheet' },
    h('h2', {}, event.name),
    h('p', {}, `${event.unionName} · ${event.place}`),
    h('p', {}, `${dt(event.startsAt)} 至 ${dt(event.endsAt)}`),
    h('img', { src: url, alt: event.name + ' 签到小程序码' }),
    h('p', {}, '请用微信扫一扫签到'),
    h('div', { class: 'actions' }, h('button', {
      type: 'button', class: 'primary',
      onclick: () => { document.body.classList.add('printing'); window.print(); document.body.classList.remove('printing'); },
    }, '打印'))));
  URL.revokeObjectURL(url);
}

function createForm(slot, types, ctx) {
  const now = new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  const inputs = {
    eventType: select('eventType', types.map((t) => [t.code, t.label]), types[0]?.code),
    name: h('input', { name: 'name', maxLength: 60, placeholder: '默认为活动类型名称' }),
    startsAt: h('input', { name: 'startsAt', type: 'datetime-local', required: true, value: now }),
    endsAt: h('input', { name: 'endsAt', type: 'datetime-local', required: true }),
    place: h('input', { name: 'place', required: true, maxLength: 100 }),
  };
  mount(slot, actForm('创建', h('div', { class: 'inline' }, field('类型', inputs.eventType), field('名称', inputs.name),
    field('开始', inputs.startsAt), field('结束（签到截止）', inputs.endsAt), field('地点', inputs.place)), async () => {
    await post('/events', {
      unionId: ctx.me.unionId, eventType: inputs.eventType.value, name: inputs.name.value.trim() || null,
      startsAt: inputs.startsAt.value + ':00', endsAt: inputs.endsAt.value + ':00', place: inputs.place.value.trim(),
    });
    toast('活动已创建，可打印签到码');
    slot.replaceChildren();
    rerender();
  }, { onCancel: () => slot.replaceChildren() }));
  inputs.eventType.focus();
}
