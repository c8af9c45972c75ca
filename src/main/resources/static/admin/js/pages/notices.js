import { get, post } from '../api.js';
import { h, mount, title, table, dt, pager, badge } from '../ui.js';

export async function render(main, { query: q }) {
  const page = Number(q.page || 1);
  const r = await get(`/notices?page=${page}&size=20`);
  mount(main, title('消息'),
    table([
      { label: '时间', value: (m) => dt(m.createdAt) },
      { label: '标题', value: (m) => h('span', {}, m.read ? null : [badge('未读', 'warn'), ' '], m.title) },
      { label: '内容', value: (m) => m.body },
      { label: '', value: (m) => (m.read ? '' : h('button', {
        type: 'button', onclick: async (e) => { await post(`/notices/${m.id}/read`); e.target.replaceWith('已读'); },
      }, '标为已读')) },
    ], r.items, { empty: '没有消息' }),
    pager(r, (p) => { location.hash = '#/notices?page=' + p; }));
}
