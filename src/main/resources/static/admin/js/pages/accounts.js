import { get, post, put, query } from '../api.js';
import { h, mount, title, table, dt, pager, field, select, busy, badge, dialog, confirmAct, link, toast, actForm, rerender } from '../ui.js';
import { hashWith } from '../common.js';

const ROLES = { UNION_ADMIN: '工会管理员', REVIEWER: '审核员', PLATFORM_ADMIN: '平台管理员' };

/**
 * Accounts of one union node in scope: create reviewers and child-union admins, reset passwords, disable, unlock. A
 * platform admin also sees the platform's own accounts, which belong to no union.
 */
export async function render(main, { ctx, query: q }) {
  const page = Number(q.page || 1);
  if (q.platform && ctx.me.role === 'PLATFORM_ADMIN') return platformAccounts(main, ctx, page);
  const here = q.union ? Number(q.union) : ctx.me.unionId;
  const node = here ? await get('/unions/' + here) : (await get('/unions'))[0];
  const id = node.union.id;
  const [accounts, children] = await Promise.all([
    get(`/accounts${query({ unionId: id, page, size: 20 })}`),
    get(`/unions/${id}/children`),
  ]);
  const go = (p) => hashWith('#/accounts', { union: id, ...p });
  const formSlot = h('div');

  mount(main,
    title('账号管理', h('button', { type: 'button', onclick: () => createForm(formSlot, ctx, node) }, `为 ${node.union.name} 新建账号`)),
    h('p', { class: 'crumbs' }, node.lineage.join(' › '),
      id !== ctx.me.unionId && node.union.parentId ? [' · ', link(hashWith('#/accounts', { union: node.union.parentId }), '返回上级')] : null,
      ctx.me.role === 'PLATFORM_ADMIN' ? [' · ', link(hashWith('#/accounts', { platform: 1 }), '平台管理员账号')] : null),
    children.length ? h('div', { class: 'inline' }, field('查看下级工会的账号', select('child', [['', '请选择下级工会…'],
      ...children.map((c) => [c.union.id, c.union.name])], '', {
      onchange: (e) => { if (e.target.value) location.hash = hashWith('#/accounts', { union: e.target.value }); },
    }))) : null,
    formSlot,
    accountTable(ctx, accounts, `${node.union.name} 的账号`, '该工会还没有账号'),
    pager(accounts, (p) => { location.hash = go({ page: p }); }));
}

async function platformAccounts(main, ctx, page) {
  const accounts = await get(`/accounts${query({ page, size: 20 })}`);
  const formSlot = h('div');
  mount(main,
    title('平台管理员账号', h('button', { type: 'button', onclick: () => createForm(formSlot, ctx, null) }, '新建平台管理员')),
    h('p', { class: 'crumbs' }, link('#/accounts', '返回工会账号'), ' · 平台管理员不属于任何工会，只有平台管理员能创建、解锁平台管理员'),
    formSlot,
    accountTable(ctx, accounts, '平台管理员账号', '没有其他平台管理员'),
    pager(accounts, (p) => { location.hash = hashWith('#/accounts', { platform: 1, page: p }); }));
}

function accountTable(ctx, accounts, caption, empty) {
  return table([
    { label: '用户名', value: (a) => a.username },
    { label: '姓名', value: (a) => a.displayName },
    { label: '角色', value: (a) => ROLES[a.role] || a.role },
    { label: '状态', value: (a) => h('span', {}, a.enabled ? (a.mustChangePassword ? badge('待首次登录', 'warn') : badge('正常', 'ok')) : badge('已停用', 'bad'),
      a.locked ? [' ', badge('密码错误过多，已锁定', 'bad')] : null) },
    { label: '最近登录', value: (a) => dt(a.lastLoginAt) },
    { label: '操作', value: (a) => (a.id === ctx.me.id ? h('span', { class: 'muted' }, '本人') : h('span', {},
      h('button', { type: 'button', onclick: (e) => reset(e.target, a) }, '重置密码'), ' ',
      h('button', { type: 'button', onclick: (e) => toggle(e.target, a) }, a.enabled ? '停用' : '启用'),
      a.locked ? [' ', h('button', { type: 'button', onclick: (e) => unlock(e.target, a) }, '解锁')] : null)) },
  ], accounts.items, { caption, empty });
}

/**
 * node null: the platform's own accounts (only platform admins come here). The service's AccountGrants table has the
 * rest of the rule: a union admin appoints reviewers at its node and admins below it.
 */
function createForm(slot, ctx, node) {
  const username = h('input', { name: 'username', required: true, maxLength: 32, pattern: '[A-Za-z][A-Za-z0-9_]{3,31}', autocomplete: 'off' });
  const displayName = h('input', { name: 'displayName', required: true, maxLength: 50 });
  const role = node ? select('role', ['REVIEWER', 'UNION_ADMIN'].map((r) => [r, ROLES[r]]), 'REVIEWER')
    : select('role', [['PLATFORM_ADMIN', ROLES.PLATFORM_ADMIN]], 'PLATFORM_ADMIN');
  const where = h('p', {}, node ? `新账号属于：${node.union.name}` : '平台管理员不属于任何工会，可查看和管理全平台');
  mount(slot, actForm('创建', [where,
    h('div', { class: 'inline' }, field('用户名', username, '字母开头，4–32 位字母、数字或下划线；不区分大小写，一律存为小写'), field('姓名', displayName), field('角色', role))],
  async () => {
    const r = await post('/accounts', { username: username.value.trim(), displayName: displayName.value.trim(), role: role.value,
      unionId: node ? node.union.id : null });
    slot.replaceChildren();
    await showInitial(r, '账号已创建');
    rerender();
  }, { onCancel: () => slot.replaceChildren() }));
  username.focus();
}

function showInitial(r, heading) {
  return dialog(heading, (close) => h('div', {},
    h('p', {}, `用户名：${r.account.username}`),
    h('p', {}, '一次性初始密码：', h('strong', { class: 'initial-password' }, r.initialPassword)),
    h('p', { class: 'notice' }, '此密码只显示这一次，请当面或通过安全渠道交给本人；首次登录时须修改。'),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', onclick: () => close(true) }, '我已记下'))));
}

async function reset(button, a) {
  if (!await confirmAct('重置密码', `重置 ${a.displayName}（${a.username}）的密码？其现有登录将立即失效。`, { ok: '重置' })) return;
  const r = await busy(button, () => post(`/accounts/${a.id}/password/reset`));
  if (r) await showInitial(r, '密码已重置');
}

async function unlock(button, a) {
  if (!await confirmAct('解除锁定', `解除 ${a.displayName}（${a.username}）因密码错误次数过多而加的锁定？此操作记入审计日志。若不是本人输错，请提醒本人修改密码。`, { ok: '解锁' })) return;
  const r = await busy(button, () => post(`/accounts/${a.id}/unlock`));
  if (r) {
    toast('已解锁');
    rerender();
  }
}

async function toggle(button, a) {
  const verb = a.enabled ? '停用' : '启用';
  if (!await confirmAct(verb + '账号', `${verb} ${a.displayName}（${a.username}）？`, { ok: verb })) return;
  const r = await busy(button, () => put(`/accounts/${a.id}/enabled`, { enabled: !a.enabled }));
  if (r) {
    toast(`已${verb}`);
    rerender();
  }
}
