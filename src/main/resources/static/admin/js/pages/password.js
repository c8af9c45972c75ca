import { post, session } from '../api.js';
import { h, mount, field, title, busy, toast } from '../ui.js';
import { ctx, resetContext } from '../app.js';

export async function render(main) {
  const first = ctx.me && ctx.me.mustChangePassword;
  const errors = h('div', { 'aria-live': 'assertive' });
  const oldPassword = h('input', { name: 'oldPassword', type: 'password', autocomplete: 'current-password', required: true });
  const newPassword = h('input', { name: 'newPassword', type: 'password', autocomplete: 'new-password', required: true, minLength: 8, maxLength: 64 });
  const again = h('input', { name: 'confirmPassword', type: 'password', autocomplete: 'new-password', required: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, '修改密码');
  const form = h('form', {
    class: 'card narrow',
    onsubmit: (e) => {
      e.preventDefault();
      if (newPassword.value !== again.value) {
        errors.replaceChildren(h('p', { class: 'error', role: 'alert' }, '两次输入的新密码不一致'));
        return;
      }
      busy(submit, async () => {
        const r = await post('/auth/password', { oldPassword: oldPassword.value, newPassword: newPassword.value });
        session.set(r.token);
        resetContext();
        toast('密码已修改');
        location.hash = '#/home';
      }, errors);
    },
  }, field(first ? '初始密码' : '原密码', oldPassword), field('新密码', newPassword, '8–64 位，须同时包含字母和数字'),
  field('再次输入新密码', again), errors, h('div', { class: 'actions' }, submit));
  mount(main, title(first ? '首次登录：请设置新密码' : '修改密码'),
    first ? h('p', { class: 'notice' }, '为了账号安全，首次登录或密码被重置后，须先设置只有您知道的新密码。') : null,
    form);
}
