import { post, call, session } from '../api.js';
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
    form, first ? null : wechat());
}

/**
 * The holder's own WeChat: where statistics reminders and, when someone else's wrong passwords locked the account,
 * the login code arrive. Binding is done by typing a one-time code in the mini-program.
 */
function wechat() {
  const bound = ctx.me && ctx.me.wechatBound;
  const slot = h('div', { 'aria-live': 'polite' });
  const errors = h('div', { 'aria-live': 'assertive' });
  const get = h('button', { type: 'button', class: bound ? '' : 'primary' }, bound ? '换绑到另一个微信' : '获取绑定码');
  get.addEventListener('click', () => busy(get, async () => {
    const r = await post('/auth/wechat-binding');
    mount(slot, h('p', {}, '绑定码：', h('strong', { class: 'initial-password' }, r.code),
      `　请在 ${Math.round(r.expiresIn / 60)} 分钟内，用本人微信打开小程序“我的 → 绑定工会工作账号”输入。`));
  }, errors));
  const unbind = bound ? h('button', { type: 'button' }, '解除绑定') : null;
  unbind?.addEventListener('click', () => busy(unbind, async () => {
    await call('DELETE', '/auth/wechat-binding');
    resetContext();
    toast('已解除绑定');
    location.reload();
  }, errors));
  return h('section', { class: 'card narrow', 'aria-label': '本人微信' }, h('h2', {}, '本人微信'),
    h('p', {}, bound ? '已绑定本人微信：填报提醒与登录验证码会发到这个微信。' : '尚未绑定本人微信。绑定后，填报提醒会发到微信；账号被他人输错密码锁定时，可凭发到微信的验证码登录。'),
    h('div', { class: 'actions' }, get, unbind), slot, errors);
}
