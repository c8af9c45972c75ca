import { post, session } from '../api.js';
import { h, mount, field, title, busy } from '../ui.js';
import { resetContext } from '../app.js';

export async function render(main, { query }) {
  session.clear();
  resetContext();
  document.getElementById('top').hidden = true;
  document.getElementById('nav').hidden = true;
  const errors = h('div', { 'aria-live': 'assertive' });
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, maxLength: 64 });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, maxLength: 128 });
  const submit = h('button', { type: 'submit', class: 'primary' }, '登录');
  const form = h('form', {
    class: 'card narrow',
    onsubmit: (e) => {
      e.preventDefault();
      busy(submit, async () => {
        const r = await post('/auth/login', { username: username.value.trim(), password: password.value });
        session.set(r.token);
        location.hash = r.mustChangePassword ? '#/password' : '#' + (query.next || '/home');
      }, errors);
    },
  }, field('用户名', username), field('密码', password), errors, h('div', { class: 'actions' }, submit));
  mount(main, h('div', { class: 'login' },
    title('工会工作人员登录'),
    h('p', { class: 'muted' }, '安全生产月活动：审核隐患、查看参与情况、填报统计表。'),
    form));
}
