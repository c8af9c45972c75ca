import { get, post, put, call, query, imageUrl } from '../api.js';
import { h, mount, title, table, num, dt, pager, field, select, toast, dialog, actForm, rerender, busy } from '../ui.js';

const MODES = { FIXED: '固定二维码（打印）', ROTATING: '大屏动态码' };

/**
 * Offline events of the subtree, with their codes for sign-in: the printed mini-program code, or the screen's code
 * that changes every few seconds, so a photo of it sent elsewhere signs nobody in.
 */
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
      { label: '签到方式', value: (e) => MODES[e.signInMode] || e.signInMode },
      { label: '签到码', value: (e) => h('div', { class: 'actions' },
        e.signInMode === 'ROTATING'
          ? h('button', { type: 'button', class: 'primary', onclick: () => liveCode(e) }, '大屏签到码')
          : h('button', { type: 'button', onclick: () => printCode(e) }, '打印小程序码'),
        ctx.me.role !== 'REVIEWER' ? h('button', { type: 'button', onclick: (ev) => switchMode(ev.currentTarget, e) },
          e.signInMode === 'ROTATING' ? '改用固定码' : '改用大屏动态码') : null,
        ctx.me.role !== 'REVIEWER' ? h('button', { type: 'button', onclick: () => recordForm(e) }, e.recorded ? '修改补录' : '补录人数') : null) },
    ], result.items, { caption: '本级及下级的线下活动', empty: '还没有线下活动' }),
    pager(result, (p) => { location.hash = '#/events?page=' + p; }));
}

/**
 * Where people could not scan: the organiser records how many took part, with 1–9 photos of the event as evidence. A
 * new record replaces the previous one; the table counts the head count beside the scans.
 */
function recordForm(event) {
  return dialog(`补录：${event.name}`, (close) => {
    const count = h('input', { name: 'headCount', type: 'number', min: 1, max: 100000, required: true, value: event.recorded ? event.recordedHeadCount : '' });
    const photos = h('input', { name: 'photos', type: 'file', accept: 'image/jpeg,image/png', multiple: true, required: true });
    const errors = h('div', { 'aria-live': 'assertive' });
    return actForm('保存补录', [field('参加人数（无法扫码签到的）', count), field('现场照片（1–9 张，JPEG 或 PNG）', photos,
      '仅本级及上级工会可见'), errors], async () => {
      if (photos.files.length < 1 || photos.files.length > 9) throw new Error('请选择 1–9 张现场照片');
      const body = new FormData();
      body.append('headCount', count.value);
      [...photos.files].forEach((f) => body.append('photos', f));
      await call('POST', `/events/${event.eventId}/record`, body);
      toast(`已补录 ${count.value} 人次`);
      close(true);
      rerender();
    }, { errors, onCancel: () => close(false) });
  });
}

async function switchMode(button, event) {
  const next = event.signInMode === 'ROTATING' ? 'FIXED' : 'ROTATING';
  await busy(button, async () => {
    await put(`/events/${event.eventId}/sign-in-mode`, { signInMode: next });
    toast(next === 'ROTATING' ? '已改为大屏动态码：打印的二维码不再能签到' : '已改为固定二维码');
    rerender();
  });
}

/**
 * The code for the room's screen: the mini-program code of the current code, its digits, and when it changes; fetched
 * again at each change while the dialog is open.
 */
async function liveCode(event) {
  let timer;
  let url;
  const img = h('img', { alt: event.name + ' 动态签到码' });
  const digits = h('p', { class: 'digits', 'aria-live': 'polite' });
  const status = h('p', { class: 'muted' });
  const refresh = async () => {
    try {
      const code = await get(`/events/${event.eventId}/live-code`);
      const next = await imageUrl(`/events/${event.eventId}/live-code/image`);
      if (url) URL.revokeObjectURL(url);
      url = next;
      img.src = url;
      digits.textContent = code.code;
      mount(status, `已签到 ${num(code.signedInCount)} 人次 · 每 ${code.periodSeconds} 秒更换，下次更换 ${dt(code.changesAt).slice(11)}`);
      const wait = Math.max(1000, new Date(code.changesAt + '+08:00').getTime() - Date.now() + 300);
      timer = setTimeout(refresh, wait);
    } catch (e) {
      mount(status, e.message);
      timer = setTimeout(refresh, 5000);
    }
  };
  const shown = dialog('大屏签到码', () => h('div', { class: 'live-code' },
    h('h2', {}, event.name), h('p', {}, `${event.unionName} · ${event.place}`), img, digits,
    h('p', {}, '请用微信扫一扫签到：二维码每隔十几秒更换，拍照转发无效'), status), { wide: true });
  await refresh();
  await shown;
  clearTimeout(timer);
  if (url) URL.revokeObjectURL(url);
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
    signInMode: select('signInMode', Object.entries(MODES), 'ROTATING'),
  };
  mount(slot, actForm('创建', h('div', { class: 'inline' }, field('类型', inputs.eventType), field('名称', inputs.name),
    field('开始', inputs.startsAt), field('结束（签到截止）', inputs.endsAt), field('地点', inputs.place),
    field('签到方式', inputs.signInMode, '有屏幕的会场用大屏动态码；没有屏幕时打印固定二维码')), async () => {
    await post('/events', {
      unionId: ctx.me.unionId, eventType: inputs.eventType.value, name: inputs.name.value.trim() || null,
      startsAt: inputs.startsAt.value + ':00', endsAt: inputs.endsAt.value + ':00', place: inputs.place.value.trim(),
      signInMode: inputs.signInMode.value,
    });
    toast(inputs.signInMode.value === 'ROTATING' ? '活动已创建，可在会场大屏上打开签到码' : '活动已创建，可打印签到码');
    slot.replaceChildren();
    rerender();
  }, { onCancel: () => slot.replaceChildren() }));
  inputs.eventType.focus();
}
