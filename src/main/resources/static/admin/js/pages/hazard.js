import { get, post, call } from '../api.js';
import { h, mount, title, table, dt, field, select, badge, link, dialog, toast, today, actForm, rerender } from '../ui.js';
import { stateBadge, LEVELS } from '../hazard-common.js';

/** One report: photos large, the evidence, likely duplicates nearby, the timeline, and the actions its state allows. */
export async function render(main, { ctx, args }) {
  const id = Number(args[0]);
  const r = await get('/hazard/reports/' + id);
  const reload = rerender;
  const errors = h('div', { 'aria-live': 'assertive' });

  mount(main,
    title(`隐患 #${r.id}`, stateBadge(r.state, r.stateLabel), r.level ? badge(LEVELS[r.level] || r.level) : null,
      r.flagged ? badge('内容安全未通过：' + (r.flagReason || ''), 'bad') : null, link('#/hazards', '返回列表')),
    h('section', { class: 'card', 'aria-label': '可以执行的操作' }, h('h2', {}, '处理'), actions(r, ctx, reload, errors), errors),
    h('div', { class: 'cols' },
      h('section', {}, h('h2', {}, '上报内容'), h('dl', { class: 'kv' },
        kv('类别', r.categoryLabel), kv('描述', r.description), kv('所在单位', r.unitName || '—'),
        kv('地点', [r.location.placeName, r.location.address].filter(Boolean).join(' · ') || '—'),
        kv('坐标', `${r.location.latitude.toFixed(5)}, ${r.location.longitude.toFixed(5)}（${r.location.coordSystem}${r.location.accuracy ? `，精度 ${Math.round(r.location.accuracy)} 米` : ''}）`),
        kv('上报时间', r.submittedAt ? dt(r.submittedAt) : r.submittedOn),
        kv('举报人', r.reporter
          ? h('span', {}, `${r.reporter.maskedName || '（未填写姓名）'} ${r.reporter.maskedPhone || ''} · ${r.reporter.unionName || ''}`,
            h('span', { class: 'muted' }, '（本次查看已记入审计日志）'))
          : h('span', { class: 'muted' }, VIEWER_NOTES[r.viewerRole] || '（保密）')),
        kv('“我也看到了”', `${r.seenTooCount} 人`),
        r.duplicateOf ? kv('已合并到', link('#/hazard/' + r.duplicateOf, '#' + r.duplicateOf)) : null,
        r.rejectReason ? kv('不予采纳理由', r.rejectReason) : null)),
      h('section', {}, h('h2', {}, '照片与拍摄证据'), photos(r.photos),
        r.rectification ? [h('h2', {}, '整改'), rectification(r.rectification)] : null)),
    h('div', { class: 'cols' },
      h('section', {}, h('h2', {}, '可能重复的上报'), likelyDuplicates(r)),
      h('section', {}, h('h2', {}, '处理记录'), h('ol', { class: 'timeline' }, r.timeline.map((t) => h('li', {},
        h('strong', {}, t.actionLabel), ` → ${t.toStateLabel || ''}　${t.at ? dt(t.at) : t.date}　${t.actor || ''}`, t.note ? h('div', { class: 'muted' }, t.note) : null))))));
}

// why this page shows no reporter: the service decides who may know them (issue 14)
const VIEWER_NOTES = {
  UNIT: '（对责任单位保密）',
  WORKPLACE: '（对举报人所在单位保密；本单位的上报由上级工会审核）',
  REVIEWER: '（本单位是该隐患的责任单位或在其之下，举报人保密）',
};

function kv(k, v) {
  return [h('dt', {}, k), h('dd', {}, v)];
}

function photos(list) {
  if (!list.length) return h('p', { class: 'muted' }, '没有照片');
  return h('div', {}, h('div', { class: 'photos' }, list.map((p, i) => (p.hidden
    ? h('span', { class: 'badge bad' }, `照片 ${i + 1} 未通过内容审核，已隐藏`)
    : h('button', { type: 'button', class: 'link', 'aria-label': `放大查看照片 ${i + 1}`, onclick: () => bigPhoto(p, i) },
      h('img', { src: p.thumbnailUrl || p.url, alt: `照片 ${i + 1}` }))))),
  table([
    { label: '照片', value: (p) => String(list.indexOf(p) + 1) },
    { label: '拍摄时间', value: (p) => (p.evidence && p.evidence.capturedAt ? dt(p.evidence.capturedAt) : '无（照片不含拍摄时间）') },
    { label: '拍摄位置', value: (p) => (p.evidence && p.evidence.latitude != null ? `${p.evidence.latitude.toFixed(5)}, ${p.evidence.longitude.toFixed(5)}` : '无') },
    { label: '与上报位置相距', value: (p) => distance(p) },
    { label: '内容审核', value: (p) => (p.evidence && p.evidence.contentCheck) || '—' },
  ], list, { caption: '拍摄证据（照片自带信息，仅可知举报人的审核员可见）' }));
}

function distance(p) {
  const m = p.evidence && p.evidence.distanceMetres;
  if (m === null || m === undefined) return '—';
  return m > 500 ? h('span', {}, `${m} 米 `, badge('相距较远', 'warn')) : `${m} 米`;
}

function bigPhoto(p, i) {
  return dialog(`照片 ${i + 1}`, () => h('img', { class: 'big-photo', src: p.url || p.thumbnailUrl, alt: `照片 ${i + 1}（大图）` }), { wide: true });
}

function rectification(x) {
  return h('dl', { class: 'kv' },
    kv('责任单位', x.assigneeUnitName || '—'), kv('责任人', x.assigneePerson || '—'),
    kv('整改期限', h('span', {}, x.deadline || '—', x.overdue ? [' ', badge('逾期', 'bad')] : null)),
    kv('整改说明', x.note || '—'), kv('完成时间', dt(x.rectifiedAt)),
    x.afterPhotos && x.afterPhotos.length ? kv('整改后照片', h('div', { class: 'photos' }, x.afterPhotos.map((p, i) =>
      h('button', { type: 'button', class: 'link', onclick: () => bigPhoto(p, i) }, h('img', { src: p.thumbnailUrl || p.url, alt: `整改后照片 ${i + 1}` }))))) : null);
}

function likelyDuplicates(r) {
  return table([
    { label: '编号', value: (o) => link('#/hazard/' + o.reportId, '#' + o.reportId) },
    { label: '状态', value: (o) => stateBadge(o.state, o.stateLabel) },
    { label: '相距', value: (o) => `约 ${o.distanceMetres} 米` },
    { label: '上报日期', value: (o) => o.submittedOn },
    { label: '“我也看到了”', num: true, value: (o) => String(o.seenTooCount) },
  ], r.likelyDuplicates || [], { empty: '附近没有同类的近期上报', caption: '同类、附近、近期的其他上报；若是同一处，可“合并为重复”' });
}

const ACTIONS = {
  VERIFY: ['核实确认', verifyForm],
  REJECT: ['不予采纳', rejectForm],
  LINK_DUPLICATE: ['合并为重复', linkForm],
  ASSIGN: ['交办整改', assignForm],
  COMPLETE: ['完成整改', completeForm],
  CLOSE: ['办结', closeForm],
  REOPEN: ['重新整改', reopenForm],
  RECONSIDER: ['重新审核', reconsiderForm],
};

function actions(r, ctx, reload, errors) {
  const allowed = (r.actions || []).filter((a) => ACTIONS[a]);
  if (!allowed.length) return h('p', { class: 'muted' }, '当前状态下没有需要您处理的操作。');
  const slot = h('div');
  return h('div', {}, h('div', { class: 'actions' }, allowed.map((a) => h('button', {
    type: 'button', class: a === allowed[0] ? 'primary' : '',
    onclick: () => { errors.replaceChildren(); mount(slot, ACTIONS[a][1](r, ctx, reload, errors)); slot.querySelector('input,select,textarea')?.focus(); },
  }, ACTIONS[a][0]))), slot);
}

function form(label, controls, act, errors) {
  return actForm(label, controls, act, { errors });
}

const done = (reload, msg) => () => { toast(msg); reload(); };

function verifyForm(r, ctx, reload, errors) {
  const level = select('level', [['GENERAL', '一般隐患'], ['MAJOR', '重大隐患']], 'GENERAL');
  return form('确认核实', [field('隐患等级', level)], () =>
    post(`/hazard/reports/${r.id}/review`, { decision: 'VERIFY', level: level.value }).then(done(reload, '已核实')), errors);
}

function rejectForm(r, ctx, reload, errors) {
  const reason = h('textarea', { name: 'reason', required: true, maxLength: 200 });
  return form('确认不予采纳', [field('理由（举报人可见）', reason)], () =>
    post(`/hazard/reports/${r.id}/review`, { decision: 'REJECT', reason: reason.value.trim() }).then(done(reload, '已不予采纳')), errors);
}

function linkForm(r, ctx, reload, errors) {
  const target = h('input', { name: 'duplicateOf', type: 'number', min: 1, required: true });
  return form('确认合并', [field('并入的隐患编号（更早的同一隐患）', target)], () =>
    post(`/hazard/reports/${r.id}/link-duplicate`, { duplicateOf: Number(target.value) }).then(done(reload, '已合并')), errors);
}

function assignForm(r, ctx, reload, errors) {
  const unit = select('assigneeUnionId', [['', '加载中…']], '');
  (ctx.me.unionId ? get(`/unions/${ctx.me.unionId}/children`) : Promise.resolve([])).then((children) => {
    mount(unit, [['', '（不指定单位）'], ...(ctx.me.unionId ? [[ctx.me.unionId, ctx.me.unionName + '（本级）']] : []),
      ...children.map((c) => [c.union.id, c.union.name])].map(([v, t]) => h('option', { value: v }, t)));
  });
  const person = h('input', { name: 'assigneePerson', maxLength: 50 });
  const deadline = h('input', { name: 'deadline', type: 'date', required: true, min: today() });
  const note = h('input', { name: 'note', maxLength: 200 });
  return form('确认交办', [h('div', { class: 'inline' }, field('责任单位', unit), field('责任人', person), field('整改期限', deadline), field('交办说明', note))], () =>
    post(`/hazard/reports/${r.id}/assign`, {
      assigneeUnionId: unit.value ? Number(unit.value) : null, assigneePerson: person.value.trim() || null, deadline: deadline.value, note: note.value.trim() || null,
    }).then(done(reload, '已交办整改')), errors);
}

function completeForm(r, ctx, reload, errors) {
  const files = h('input', { name: 'afterPhotos', type: 'file', accept: 'image/jpeg,image/png', multiple: true, required: true });
  const note = h('textarea', { name: 'note', required: true, maxLength: 500 });
  return form('确认完成整改', [field('整改后照片（1–9 张）', files), field('整改说明', note)], async () => {
    const tokens = [];
    for (const f of files.files) {
      const body = new FormData();
      body.append('file', f);
      tokens.push((await call('POST', '/hazard/photos', body)).token);
    }
    await post(`/hazard/reports/${r.id}/complete`, { photoTokens: tokens, note: note.value.trim() });
    done(reload, '已完成整改')();
  }, errors);
}

function closeForm(r, ctx, reload, errors) {
  const note = h('input', { name: 'note', maxLength: 200 });
  return form('确认办结', [field('说明（可不填）', note)], () =>
    post(`/hazard/reports/${r.id}/close`, { note: note.value.trim() || null }).then(done(reload, '已办结')), errors);
}

function reconsiderForm(r, ctx, reload, errors) {
  const note = h('textarea', { name: 'note', required: true, maxLength: 200 });
  return form('确认重新审核', [field('原因（为何重新审核）', note)], () =>
    post(`/hazard/reports/${r.id}/reconsider`, { note: note.value.trim() }).then(done(reload, '已退回待审核')), errors);
}

function reopenForm(r, ctx, reload, errors) {
  const note = h('textarea', { name: 'note', required: true, maxLength: 200 });
  return form('确认重新整改', [field('原因（整改不到位之处）', note)], () =>
    post(`/hazard/reports/${r.id}/reopen`, { note: note.value.trim() }).then(done(reload, '已退回重新整改')), errors);
}
