import { post, session } from '../api.js';
import { h, mount, field, title, busy } from '../ui.js';
import { resetContext } from '../app.js';

const ACCOUNT_LOCKED = 2002;

export async function render(main, { query }) {
  session.clear();
  resetContext();
  document.getElementById('top').hidden = true;
  document.getElementById('nav').hidden = true;
  const errors = h('div', { 'aria-live': 'assertive' });
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, maxLength: 64 });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, maxLength: 128 });
  const submit = h('button', { type: 'submit', class: 'primary' }, '登录');

  // the owner's way in when someone else's wrong passwords locked the account: a code sent to their own WeChat
  const loginCode = h('input', { name: 'loginCode', inputMode: 'numeric', autocomplete: 'one-time-code', pattern: '\\d{6}', maxLength: 6 });
  const sent = h('p', { class: 'muted', 'aria-live': 'polite' });
  const send = h('button', { type: 'button' }, '发送验证码到我的微信');
  send.addEventListener('click', () => busy(send, async () => {
    if (!username.value.trim()) {
      username.focus();
      throw new Error('请先填写用户名');
    }
    const r = await post('/auth/login-code', { username: username.value.trim() });
    sent.textContent = `若该账号已绑定本人微信，验证码已发到小程序“消息”中，${Math.round(r.expiresIn / 60)} 分钟内有效，只能用一次。`;
    loginCode.focus();
  }, errors));
  const codeSection = h('fieldset', { class: 'login-code', hidden: true },
    h('legend', {}, '用微信验证码登录'),
    h('p', { class: 'muted' }, '账号因密码输错次数过多被锁定时，本人可凭绑定微信收到的验证码和密码登录；也可请上级管理员解锁。'),
    h('div', { class: 'inline' }, field('微信验证码', loginCode), send), sent);
  const showCode = () => {
    codeSection.hidden = false;
    reveal.hidden = true;
  };
  const reveal = h('button', { type: 'button', class: 'link', onclick: () => { showCode(); loginCode.focus(); } }, '账号被锁定？用微信验证码登录');

  const form = h('form', {
    class: 'card narrow',
    onsubmit: (e) => {
      e.preventDefault();
      busy(submit, async () => {
        const body = { username: username.value.trim(), password: password.value };
        if (!codeSection.hidden && loginCode.value.trim()) body.loginCode = loginCode.value.trim();
        try {
          const r = await post('/auth/login', body);
          session.set(r.token);
          location.hash = r.mustChangePassword ? '#/password' : '#' + (query.next || '/home');
        } catch (err) {
          if (err.code === ACCOUNT_LOCKED) showCode();
          throw err;
        }
      }, errors);
    },
  }, field('用户名', username), field('密码', password), codeSection, errors, h('div', { class: 'actions' }, submit, reveal));
  mount(main, h('div', { class: 'login' },
    title('工会工作人员登录'),
    h('p', { class: 'muted' }, '安全生产月活动：审核隐患、查看参与情况、填报统计表。'),
    form));
}
