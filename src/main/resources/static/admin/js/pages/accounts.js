import { get, post, put, query } from '../api.js';
import { h, mount, title, table, dt, pager, field, select, busy, badge, dialog, confirmAct, link, toast, actForm, rerender } from '../ui.js';
import { hashWith } from '../common.js';

const ROLES = { UNION_ADMIN: '工会管理员', REVIEWER: '审核员', PLATFORM_ADMIN: '平台管理员' };

/** Accounts of one union node in scope: create reviewers and child-union admins, reset passwords, disable. */
export async function render(main, { ctx, query: q }) {
  const page = Number(q.page || 1);
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
      id !== ctx.me.unionId && node.union.parentId ? [' · ', link(hashWith('#/accounts', { union: node.union.parentId }), '返回上级')] : null),
    children.length ? h('div', { class: 'inline' }, field('查看下级工会的账号', select('child', [['', '请选择下级工会…'],
      ...children.map((c) => [c.union.id, c.union.name])], '', {
      onchange: (e) => { if (e.target.value) location.hash = hashWith('#/accounts', { union: e.target.value }); },
    }))) : null,
    formSlot,
    table([
      { label: '用户名', value: (a) => a.username },
      { label: '姓名', value: (a) => a.displayName },
      { label: '角色', value: (a) => ROLES[a.role] || a.role },
      { label: '状态', value: (a) => (a.enabled ? (a.mustChangePassword ? badge('待首次登录', 'warn') : badge('正常', 'ok')) : badge('已停用', 'bad')) },
      { label: '最近登录', value: (a) => dt(a.lastLoginAt) },
      { label: '操作', value: (a) => (a.id === ctx.me.id ? h('span', { class: 'muted' }, '本人') : h('span', {},
        h('button', { type: 'button', onclick: (e) => reset(e.target, a) }, '重置密码'), ' ',
        h('button', { type: 'button', onclick: (e) => toggle(e.target, a) }, a.enabled ? '停用' : '启用'))) },
    ], accounts.items, { caption: `${node.union.name} 的账号`, empty: '该工会还没有账号' }),
    pager(accounts, (p) => { location.hash = go({ page: p }); }));
}

function grantable(me) {
  return me.role === 'PLATFORM_ADMIN' ? ['REVIEWER', 'UNION_ADMIN', 'PLATFORM_ADMIN'] : ['REVIEWER', 'UNION_ADMIN'];
}

function createForm(slot, ctx, node) {
  const username = h('input', { name: 'username', required: true, maxLength: 32, pattern: '[A-Za-z][A-Za-z0-9_]{3,31}', autocomplete: 'off' });
  const displayName = h('input', { name: 'displayName', required: true, maxLength: 50 });
  const role = select('role', grantable(ctx.me).map((r) => [r, ROLES[r]]), 'REVIEWER');
  mount(slot, actForm('创建', [h('p', {}, `新账号属于：${node.union.name}`),
    h('div', { class: 'inline' }, field('用户名', username, '字母开头，4–32 位字母、数字或下划线'), field('姓名', displayName), field('角色', role))],
  async () => {
    const r = await post('/accounts', { username: username.value.trim(), displayName: displayName.value.trim(), role: role.value, unionId: node.union.id });
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

async function toggle(button, a) {
  const verb = a.enabled ? '停用' : '启用';
  if (!await confirmAct(verb + '账号', `${verb} ${a.displayName}（${a.username}）？`, { ok: verb })) return;
  const r = await busy(button, () => put(`/accounts/${a.id}/enabled`, { enabled: !a.enabled }));
  if (r) {
    toast(`已${verb}`);
    rerender();
  }
}
