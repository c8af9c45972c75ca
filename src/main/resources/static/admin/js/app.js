// The console's shell: hash routes, who is logged in, the menu for their role. Pages are modules loaded on demand.
import { get, post, session } from './api.js';
import { h, mount, errorBox } from './ui.js';

const ROUTES = {
  login: { page: 'login', open: true },
  password: { page: 'password', open: true },
  home: { page: 'home', menu: '首页' },
  hazards: { page: 'hazards', menu: '隐患审核' },
  hazard: { page: 'hazard' },
  map: { page: 'map', menu: '隐患地图' },
  participation: { page: 'participation', menu: '参与情况' },
  flagged: { page: 'flagged', menu: '异常闯关' },
  events: { page: 'events', menu: '线下活动' },
  table: { page: 'table', menu: '统计表' },
  submissions: { page: 'submissions', menu: '报送情况' },
  submission: { page: 'submission' },
  accounts: { page: 'accounts', menu: '账号管理', roles: ['PLATFORM_ADMIN', 'UNION_ADMIN'] },
  content: { page: 'content', menu: '内容导入', roles: ['PLATFORM_ADMIN'] },
  audit: { page: 'audit', menu: '审计日志', roles: ['PLATFORM_ADMIN'] },
  notices: { page: 'notices', menu: '消息' },
};

const ROLE_LABELS = { PLATFORM_ADMIN: '平台管理员', UNION_ADMIN: '工会管理员', REVIEWER: '审核员' };

/** What every page may need about the caller; reloaded after login or a password change. */
export const ctx = { me: null, settings: null };

export function resetContext() {
  ctx.me = null;
  ctx.settings = null;
}

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '') || 'home';
  const [path, qs] = raw.split('?');
  const [name, ...rest] = path.split('/');
  return { name, args: rest.map(decodeURIComponent), query: Object.fromEntries(new URLSearchParams(qs || '')) };
}

async function loadContext() {
  if (!ctx.me) ctx.me = await get('/auth/me');
  if (!ctx.settings) ctx.settings = await get('/console/settings');
}

function allowed(route) {
  return !route.roles || (ctx.me && route.roles.includes(ctx.me.role));
}

function renderChrome(current) {
  const top = document.getElementById('top');
  const nav = document.getElementById('nav');
  const signedIn = !!ctx.me;
  top.hidden = !signedIn;
  nav.hidden = !signedIn || ctx.me.mustChangePassword;
  if (!signedIn) return;
  mount(document.getElementById('who'),
    `${ctx.me.unionName || '全平台'} · ${ctx.me.displayName}（${ROLE_LABELS[ctx.me.role] || ctx.me.role}）`);
  mount(nav, h('ul', {}, Object.entries(ROUTES).filter(([, r]) => r.menu && allowed(r)).map(([name, r]) =>
    h('li', {}, h('a', { href: '#/' + name, 'aria-current': name === current ? 'page' : null }, r.menu)))));
}

async function route() {
  const { name, args, query } = parseHash();
  const main = document.getElementById('main');
  let r = ROUTES[name];
  if (!r) {
    location.hash = '#/home';
    return;
  }
  if (!r.open && !session.token) {
    location.hash = '#/login?next=' + encodeURIComponent(location.hash.slice(1));
    return;
  }
  try {
    if (session.token && name !== 'login') {
      if (!ctx.me) ctx.me = await get('/auth/me');
      if (ctx.me.mustChangePassword && name !== 'password') {
        location.hash = '#/password';
        return;
      }
      if (!ctx.me.mustChangePassword) await loadContext();
    }
    if (!allowed(r)) {
      location.hash = '#/home';
      return;
    }
    renderChrome(r.menu ? name : (name === 'hazard' ? 'hazards' : name));
    const page = await import(`./pages/${r.page}.js`);
    mount(main, h('p', { class: 'muted' }, '正在加载…'));
    await page.render(main, { args, query, ctx });
    const heading = main.querySelector('h1');
    (heading || main).focus({ preventScroll: false });
  } catch (e) {
    if (e && (e.status === 401 || e.code === 2004)) return; // api.js already moved to the login or password page
    mount(main, errorBox(e));
  }
}

document.getElementById('logout').addEventListener('click', async () => {
  try { await post('/auth/logout'); } catch { /* the token is dropped either way */ }
  session.clear();
  resetContext();
  location.hash = '#/login';
});

// one page at a time, in the order they were asked for: a page still loading (the home page's figures) must not land on
// top of the one clicked after it, which a quick second click otherwise saw replaced by the first. A page that hangs
// holds the next one back for 5 s at most.
let routing = Promise.resolve();
const next = () => {
  const previous = Promise.race([routing, new Promise((resolve) => setTimeout(resolve, 5000))]);
  routing = previous.then(route, route);
};
window.addEventListener('hashchange', next);
next();
