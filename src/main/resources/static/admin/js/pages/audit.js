import { get, query, download } from '../api.js';
import { h, mount, title, table, dt, pager, field, select, busy, link } from '../ui.js';
import { hashWith } from '../common.js';

// the service's AuditKind, in the order a reader looks for them
const KINDS = {
  REPORTER_VIEWED: '查看举报人身份',
  LOGIN_FAILED: '登录失败（密码错误）',
  ACCOUNT_LOCKED: '账号因密码错误被临时锁定',
  LOGIN_SUCCEEDED: '登录成功',
  LOGIN_CODE_SENT: '登录验证码已发送到本人微信',
  ACCOUNT_UNLOCKED: '解除账号锁定',
  ACCOUNT_CREATED: '创建账号',
  PASSWORD_RESET: '重置密码',
  PASSWORD_CHANGED: '修改本人密码',
  ACCOUNT_ENABLED: '启用账号',
  ACCOUNT_DISABLED: '停用账号',
  WECHAT_BOUND: '绑定本人微信',
  WECHAT_UNBOUND: '解除微信绑定',
  WORKERS_VIEWED: '查看职工名单（脱敏）',
  RECORDS_VIEWED: '查看统计数字背后的记录（脱敏）',
  STATISTICS_EXPORTED: '导出统计表',
  RECTIFICATIONS_EXPORTED: '导出整改清单',
  STATISTICS_SUBMITTED: '报送统计表',
  TEMPLATE_INSTALLED: '安装统计表模板',
  TEMPLATE_WITHDRAWN: '撤下统计表模板',
  UNIONS_IMPORTED: '导入工会组织',
  QUIZ_CONTENT_IMPORTED: '导入闯关关卡',
  QUICK_QUESTIONS_IMPORTED: '导入快测题目',
  AUDIT_EXPORTED: '导出审计日志',
};
const FILTERS = ['from', 'to', 'unionId', 'kind'];

/** The staff audit log, for platform admins: who did what, when, from where; by date, union and kind. Read only. */
export async function render(main, { query: q }) {
  const page = Number(q.page || 1);
  const filter = Object.fromEntries(FILTERS.map((k) => [k, q[k] || '']));
  const [result, roots] = await Promise.all([get(`/audit${query({ ...filter, page, size: 20 })}`), get('/unions')]);
  const children = (await Promise.all(roots.map((r) => get(`/unions/${r.union.id}/children`)))).flat();
  const names = new Map([...roots, ...children].map((u) => [u.union.id, u.union.name]));
  const inputs = {
    from: h('input', { type: 'date', name: 'from', value: filter.from }),
    to: h('input', { type: 'date', name: 'to', value: filter.to }),
    unionId: select('unionId', [['', '全部（含平台）'], ...roots.map((r) => [r.union.id, r.union.name]),
      ...children.map((c) => [c.union.id, '　' + c.union.name])], filter.unionId),
    kind: select('kind', [['', '全部类别'], ...Object.entries(KINDS)], filter.kind),
  };
  const apply = (e) => {
    e.preventDefault();
    location.hash = hashWith('#/audit', Object.fromEntries(Object.entries(inputs).map(([k, el]) => [k, el.value])));
  };

  mount(main,
    title('审计日志'),
    h('p', { class: 'muted' }, '工作人员的登录、账号变更、解锁，每一次查看举报人身份或职工名单，导出、报送、导入与模板安装，只增不改，任何人都不能修改或删除。'),
    h('form', { class: 'card inline no-print', onsubmit: apply, 'aria-label': '筛选' },
      field('日期起', inputs.from), field('日期止', inputs.to), field('工会（含下级）', inputs.unionId), field('类别', inputs.kind),
      h('button', { type: 'submit', class: 'primary' }, '筛选'),
      h('button', { type: 'button', onclick: (e) => busy(e.target, () => download(`/audit/export${query(filter)}`, '审计日志.csv')) },
        '导出 CSV')),
    table([
      { label: '时间', value: (e) => dt(e.at) },
      { label: '类别', value: (e) => e.kindLabel },
      { label: '操作人', value: (e) => e.actorUsername || '（用户名不存在）' },
      { label: '所在工会', value: (e) => (e.actorUnionId ? names.get(e.actorUnionId) || '#' + e.actorUnionId : (e.actorAccountId ? '平台' : '—')) },
      { label: '对象', value: (e) => subject(e) },
      { label: '说明', value: (e) => e.detail || '—' },
      { label: '客户端地址', value: (e) => e.clientAddress || '—' },
    ], result.items, { caption: `共 ${result.total} 条`, empty: '没有符合条件的记录' }),
    pager(result, (p) => { location.hash = hashWith('#/audit', { ...filter, page: p }); }));
}

function subject(e) {
  if (!e.subjectType) return '—';
  if (e.subjectType === 'hazard-report') return link('#/hazard/' + e.subjectId, '隐患 #' + e.subjectId);
  if (e.subjectType === 'admin-account') return '账号 #' + e.subjectId;
  return `${e.subjectType} #${e.subjectId}`;
}
