// A union clerk who has never seen the product, from the login page: first password, home, the children that have not
// taken part, the statistics table filled, checked and handed in, accounts and printing codes; the platform admin's
// first login and content import with its per-row errors. Every step asserts what the page shows.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { openBrowser, shot } from '../lib/browser.js';
import { BASE, call, attempt, worker, unionByCode, workerWhoPlayed, workerWhoRushed, hazardReport } from '../lib/service.js';

const COUNTY = 'QH-07';
const PLAYING = 'QH-07-001';
// passwords the run chooses for the throwaway service's accounts: new each run, never written down
const PLATFORM_PASSWORD = randomBytes(9).toString('base64url') + 'p7';
const CLERK_PASSWORD = randomBytes(9).toString('base64url') + 'c7';

let browser;
let page;
let admin;
let county;
let clerk;
let reportId;
let nearbyId;

/** A photo as a phone would send it: drawn in the browser, encoded as JPEG. */
async function photoJpeg(label) {
  const data = await page.evaluate((text) => {
    const c = document.createElement('canvas');
    c.width = 800;
    c.height = 600;
    const g = c.getContext('2d');
    g.fillStyle = '#cfd8dc'; g.fillRect(0, 0, 800, 600);
    g.fillStyle = '#37474f'; g.fillRect(0, 420, 800, 180);
    g.fillStyle = '#1565c0'; g.fillRect(260, 250, 260, 150);
    g.fillStyle = '#212121'; g.beginPath(); g.arc(300, 420, 45, 0, 7); g.arc(480, 420, 45, 0, 7); g.fill();
    g.fillStyle = '#ff6f00'; g.fillRect(560, 120, 12, 300);
    g.fillStyle = '#000'; g.font = '32px sans-serif'; g.fillText(text, 40, 60);
    return c.toDataURL('image/jpeg', 0.9).split(',')[1];
  }, label);
  return Buffer.from(data, 'base64');
}

async function login(username, password) {
  await page.goto(BASE + '/admin/');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByLabel('密码').press('Enter');
}

describe('union console', () => {
  before(async () => {
    browser = await openBrowser();
    page = browser.context.pages()[0] || await browser.context.newPage();
    page.setDefaultTimeout(30_000); // CI shares two cores with the service and its database: slow is not wrong
  });

  after(async () => {
    await browser?.close();
  });

  it('the platform admin logs in, must set a new password, and lands on the home page', async () => {
    await login('admin', 'ChangeMe2025');
    await page.getByRole('heading', { name: '首次登录：请设置新密码', exact: true }).waitFor();
    await shot(page, '01-first-password');
    await page.getByLabel('初始密码').fill('ChangeMe2025');
    await page.getByLabel('新密码', { exact: true }).fill(PLATFORM_PASSWORD);
    await page.getByLabel('再次输入新密码').fill(PLATFORM_PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByRole('heading', { name: '首页', exact: true }).waitFor();
    admin = await call('POST', '/api/admin/auth/login', null, { username: 'admin', password: PLATFORM_PASSWORD }).then((r) => r.token);
    assert.ok(await page.getByRole('link', { name: '内容导入' }).isVisible(), 'platform admins see the content menu');
  });

  it('the platform admin uploads a union tree with mistakes and sees each row named, nothing written', async () => {
    await page.getByRole('link', { name: '内容导入' }).click();
    await page.getByRole('heading', { name: '内容导入', exact: true }).waitFor();
    const csv = '编码,名称,上级编码,类型,渠道\nE2E-1,测试工会,NOPE,基层工会,地方\nE2E-2,,QH,宫殿,地方\n';
    const card = page.locator('section', { hasText: '工会组织树' });
    await card.locator('input[type=file]').setInputFiles({ name: 'tree.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await card.getByRole('button', { name: '上传并导入' }).click();
    const errors = card.locator('ol.errors li');
    await errors.first().waitFor();
    assert.ok(await errors.count() >= 2, 'one line per wrong row');
    assert.match(await errors.first().textContent(), /第 2 行/);
    await shot(page, '02-content-import-errors');
    const roots = await call('GET', '/api/admin/unions', admin);
    county = await unionByCode(admin, roots[0].union.id, COUNTY);
  });

  it('the platform admin installs next campaign\'s table template, which every union can fill at once, and withdraws it', async () => {
    const shipped = readFileSync(new URL('../../config/statistics/forms/jiaozuo-2025.yml', import.meta.url), 'utf8');
    const next = shipped.replace(/^code: .*$/m, 'code: qinghe-2027').replace(/^title: .*$/m, 'title: 清河市工会2027年“安全生产月”活动开展情况统计表');
    const card = page.locator('section', { hasText: '活动统计表模板' });
    const file = card.locator('input[type=file]');
    await file.setInputFiles({ name: 'qinghe-2027.yml', mimeType: 'application/yaml', buffer: Buffer.from(next.replace(/=quiz\.attempts/, '=quiz.nowhere')) });
    await card.getByRole('button', { name: '检查并安装' }).click();
    await card.locator('ol.errors li').first().waitFor();
    assert.match(await card.locator('ol.errors').textContent(), /quiz\.nowhere/);
    assert.ok(!(await call('GET', '/api/admin/statistics/forms', admin)).some((f) => f.code === 'qinghe-2027'), 'a template with mistakes is not installed');

    await file.setInputFiles({ name: 'qinghe-2027.yml', mimeType: 'application/yaml', buffer: Buffer.from(next) });
    await card.getByRole('button', { name: '检查并安装' }).click();
    await card.getByText('已安装。').waitFor();
    await card.getByRole('cell', { name: 'qinghe-2027' }).waitFor();
    await shot(page, '02b-template-installed');
    const forms = await call('GET', '/api/admin/statistics/forms', admin);
    assert.ok(forms.some((f) => f.code === 'qinghe-2027' && f.installed), 'offered at once, without a restart');

    await card.getByRole('row', { name: /qinghe-2027/ }).getByRole('button', { name: '撤下' }).click();
    await page.locator('dialog').getByRole('button', { name: '撤下' }).click();
    await card.getByText('已撤下').waitFor();
    assert.ok(!(await call('GET', '/api/admin/statistics/forms', admin)).some((f) => f.code === 'qinghe-2027'), 'withdrawn');
  });

  it('a county clerk is created, logs in with the one-time password and changes it', async () => {
    const created = await call('POST', '/api/admin/accounts', admin,
      { username: 'baihe_clerk', displayName: '白河县工会干事', role: 'UNION_ADMIN', unionId: county.union.id });
    const playing = await unionByCode(admin, county.union.id, PLAYING);
    const zhang = await workerWhoPlayed('zhang', playing.joinCode);
    const li = await workerWhoPlayed('li', playing.joinCode);
    reportId = await hazardReport(zhang, await photoJpeg('住院楼走廊'), { lat: 30.6512, lng: 114.3021, description: '住院楼一楼走廊有电动车在充电，堵住了安全出口' });
    nearbyId = await hazardReport(li, await photoJpeg('走廊充电'), { lat: 30.6515, lng: 114.3021, description: '走廊里有电瓶车充电' });
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '工会工作人员登录', exact: true }).waitFor();
    await login('baihe_clerk', created.initialPassword);
    await page.getByLabel('初始密码').fill(created.initialPassword);
    await page.getByLabel('新密码', { exact: true }).fill(CLERK_PASSWORD);
    await page.getByLabel('再次输入新密码').fill(CLERK_PASSWORD);
    await page.getByLabel('再次输入新密码').press('Enter');
    await page.getByRole('heading', { name: '首页', exact: true }).waitFor();
    clerk = await call('POST', '/api/admin/auth/login', null, { username: 'baihe_clerk', password: CLERK_PASSWORD }).then((r) => r.token);
    assert.equal(await page.getByRole('link', { name: '内容导入' }).count(), 0, 'content import is for platform admins only');
  });

  it('home shows the county\'s participation and the children that have not handed in, linked to the list', async () => {
    await page.locator('.chart svg').first().waitFor();
    const people = page.locator('.stat', { hasText: '参与人数（人）' });
    assert.match(await people.textContent(), /参与人数（人）2/);
    const missing = page.locator('a.stat', { hasText: '下级未报送' });
    assert.match(await missing.textContent(), /下级未报送\d+/);
    assert.match(await page.locator('table.grid').first().textContent(), /“安全隐患我查找”闯关/);
    assert.match(await page.locator('a.stat', { hasText: '待审核隐患' }).textContent(), /待审核隐患2/);
    assert.match(await page.locator('table.grid tr', { hasText: '安全隐患随手拍' }).textContent(), /安全隐患随手拍人次22/, 'two photos today and since the start');
    assert.match(await page.locator('a.stat', { hasText: '整改逾期' }).textContent(), /整改逾期0/);
    await shot(page, '03-home');
  });

  it('the clerk reviews a reported hazard: photo large, evidence, a likely duplicate, verified as 重大 and assigned with a deadline', async () => {
    await page.locator('a.stat', { hasText: '待审核隐患' }).click();
    await page.getByRole('heading', { name: '隐患审核', exact: true }).waitFor();
    const row = page.locator('table.grid tbody tr', { hasText: '#' + reportId });
    assert.match(await row.textContent(), /电动自行车|充电/);
    assert.match(await row.textContent(), /待审核/);
    await shot(page, '05-hazard-queue');

    await row.getByRole('link', { name: '审核' }).click();
    await page.getByRole('heading', { name: '隐患 #' + reportId, exact: true }).waitFor();
    assert.match(await page.locator('section', { hasText: '可能重复的上报' }).last().textContent(), new RegExp('#' + nearbyId));
    assert.match(await page.locator('table', { hasText: '拍摄证据' }).textContent(), /与上报位置相距/);
    await page.getByRole('button', { name: '放大查看照片 1' }).click();
    await page.waitForFunction(() => document.querySelector('dialog img.big-photo')?.naturalWidth === 800);
    await shot(page, '06-hazard-photo-large');
    await page.keyboard.press('Escape');

    assert.equal(await page.getByRole('button', { name: '交办整改' }).count(), 0, 'a pending report cannot be assigned yet');
    await page.getByRole('button', { name: '核实确认' }).click();
    await page.getByLabel('隐患等级').selectOption('MAJOR');
    await page.getByRole('button', { name: '确认核实' }).click();
    await page.getByRole('button', { name: '交办整改' }).waitFor();
    assert.match(await page.locator('.page-head').textContent(), /已核实.*重大隐患/);

    await page.getByRole('button', { name: '交办整改' }).click();
    const unit = page.getByLabel('责任单位');
    await unit.locator('option', { hasText: '白河县人民医院工会' }).waitFor({ state: 'attached' });
    await unit.selectOption({ label: '白河县人民医院工会' });
    await page.getByLabel('责任人').fill('后勤科王科长');
    const due = new Date(Date.now() + 7 * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10);
    await page.getByLabel('整改期限').fill(due);
    await page.getByRole('button', { name: '确认交办' }).click();
    await page.locator('.page-head', { hasText: '整改中' }).waitFor();
    const rect = await page.locator('dl', { hasText: '责任单位' }).last().textContent();
    assert.match(rect, /白河县人民医院工会/);
    assert.match(rect, new RegExp(due));
    assert.match(await page.locator('ol.timeline').textContent(), /核实确认.*交办整改/s);
    await shot(page, '07-hazard-report');
    const seen = await call('GET', `/api/admin/hazard/reports/${reportId}`, clerk);
    assert.equal(seen.state, 'RECTIFYING', 'the service has it assigned');
  });

  it('the map shows the subtree\'s reports without any tile server, and the 整改清单 exports', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '隐患地图' }).click();
    await page.getByText(/显示 2 处隐患/).waitFor();
    assert.ok(await page.getByText('未配置地图底图服务').isVisible());
    await page.waitForTimeout(300);
    await shot(page, '08-hazard-map');
    await page.getByRole('navigation').getByRole('link', { name: '隐患审核' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出整改清单（Excel）' }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /整改清单.*\.xlsx$/);
  });

  it('participation lists every child in tree order with its rate, and marks the ones nobody took part in', async () => {
    await page.getByRole('link', { name: '参与情况' }).click();
    await page.getByRole('heading', { name: '参与情况', exact: true }).waitFor();
    const rows = page.locator('table.grid tbody tr');
    const names = await rows.locator('td:first-child').allTextContents();
    const expected = (await call('GET', `/api/admin/unions/${county.union.id}/children`, clerk)).map((c) => c.union.name);
    assert.deepEqual(names, expected, 'children appear in the tree order, not sorted by rate');
    const playing = rows.filter({ hasText: '白河县人民医院工会' });
    assert.match(await playing.textContent(), /2/);
    assert.equal(await playing.getAttribute('class'), '');
    const idle = await page.locator('table.grid tbody tr.attention').count();
    assert.equal(idle, expected.length - 1, 'every child without a participant is marked');
    await page.getByRole('button', { name: /查看本单位及下级的职工/ }).click();
    await page.getByRole('cell', { name: '白河县人民医院工会' }).first().waitFor();
    await shot(page, '09-participation');
  });

  it('the clerk fills the table by hand where the platform cannot count, sees the records behind a number, exports and hands it in', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '统计表' }).click();
    await page.getByRole('heading', { name: '统计表', exact: true }).waitFor();
    await page.getByLabel('统计表', { exact: true }).selectOption('jiaozuo-2025');
    await page.locator('input[name="leaflets"]').waitFor();
    assert.equal(await page.locator('button[name="snapshots"]').textContent(), '2', 'the two 随手拍 fill their blank by themselves');
    const quizAttempts = page.locator('button[name="quiz_attempts"]');
    assert.equal(await quizAttempts.textContent(), '2', 'the two finished quiz levels are counted');
    await quizAttempts.click();
    const drill = page.locator('dialog');
    await drill.getByRole('cell', { name: '白河县人民医院工会' }).first().waitFor();
    assert.equal(await drill.locator('tbody tr').count(), 2, 'the two attempts behind the number');
    await shot(page, '10-table-drilldown');
    await drill.getByRole('button', { name: /关闭/ }).click();

    await page.getByRole('button', { name: '报送统计表' }).click();
    await page.getByText('请先在表头填写联系人').waitFor(); // a table without its contact is not handed in
    assert.equal(await page.locator('dialog').count(), 0);

    await page.locator('input[name="leaflets"]').fill('120');
    await page.locator('input[name="header-联系人"]').fill('王干事');
    await page.getByRole('button', { name: '保存填写' }).click();
    await page.getByText('已保存').waitFor();
    await page.locator('input[name="leaflets"]').waitFor();
    assert.equal(await page.locator('input[name="leaflets"]').inputValue(), '120', 'the saved figure is there after reload');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /\.xlsx$/);
    const bytes = readFileSync(await file.path());
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an Excel workbook');
    await shot(page, '11-table');

    await page.getByRole('button', { name: '报送统计表' }).click();
    const confirm = page.locator('dialog');
    const ok = confirm.getByRole('button', { name: '确认报送' });
    assert.ok(await ok.isDisabled(), 'nothing is handed in before the clerk confirms the numbers');
    assert.match(await confirm.textContent(), /还有 \d+ 个下级单位没有报送/, 'the clerk is warned that children have not handed in');
    await confirm.getByLabel('我知道还有下级未报送，仍要报送').check();
    await shot(page, '12-submit-confirm');
    await ok.click();
    await page.getByRole('heading', { name: '报送情况', exact: true }).waitFor();
    assert.match(await page.locator('table.grid').first().textContent(), /第 1 版/);
    const subs = await call('GET', '/api/admin/statistics/forms/jiaozuo-2025/submissions', clerk);
    assert.ok(subs.own.length >= 1, 'the service has the submission');
  });

  it('submissions show which children have not handed in, and the frozen table of our own', async () => {
    await page.getByRole('link', { name: '只看未报送' }).click();
    await page.getByRole('link', { name: '显示全部' }).waitFor();
    const rows = page.locator('table.grid').nth(1).locator('tbody tr');
    assert.ok(await rows.count() > 0);
    assert.match(await rows.first().textContent(), /未开始|已过截止仍未报送|填写中/);
    await shot(page, '13-submissions');
    await page.getByRole('button', { name: '查看报送的表' }).first().click();
    await page.getByRole('heading', { name: /第 1 版/ }).waitFor();
    await page.locator('.paper').first().getByText('120').first().waitFor();
    assert.match(await page.locator('.paper .stamp').first().textContent(), /已报送（第 1 版/);

    const first = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出报送的 Excel' }).click();
    const a = readFileSync(await (await first).path());
    const second = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出报送的 Excel' }).click();
    const b = readFileSync(await (await second).path());
    assert.ok(a.equals(b), 'the submitted version exports as the same file each time');

    // printed, the page is the form alone: no menu, no buttons, no inputs, on A4
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('.print-copy .paper').isVisible(), 'the paper copy prints');
    assert.ok(!(await page.locator('#nav').isVisible()) && !(await page.getByRole('button', { name: '打印' }).isVisible()));
    assert.equal(await page.locator('.print-copy input, .print-copy button').count(), 0, 'no controls on paper');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, 'the official form fits one A4 page');
    await shot(page, '13b-submission-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('a three-column form is laid out as on paper, and a child\'s table is read-only', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '统计表' }).click();
    await page.getByLabel('统计表', { exact: true }).selectOption('anqing-2020');
    await page.locator('.paper td.requirement').first().waitFor();
    // the paper that has the requirement column: the previous form's paper may still be on its way out of the page
    const three = page.locator('.paper', { has: page.locator('td.requirement') }).first();
    const heads = await three.locator('thead th').allTextContents();
    assert.deepEqual(heads, ['活动项目', '内容要求', '进展情况']);
    assert.match(await page.locator('.paper td.requirement').first().textContent(), /启动仪式形式多样/);
    assert.ok(await page.locator('.paper td.group').first().isVisible(), 'grouped rows share their heading cell');
    await shot(page, '11b-table-three-columns');

    const playing = await unionByCode(admin, county.union.id, PLAYING);
    await page.goto(`${BASE}/admin/#/table?form=jiaozuo-2025&union=${playing.union.id}`);
    await page.getByText('这是下级单位的表').waitFor();
    assert.equal(await page.locator('.paper input').count(), 0, 'nothing to type in a child\'s table');
    assert.equal(await page.getByRole('button', { name: '保存填写' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: '报送统计表' }).count(), 0);
    assert.ok(await page.locator('button[name="quiz_attempts"]').isVisible(), 'its numbers still open their records');
  });

  it('offline events list their codes, which print large', async () => {
    const start = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 19);
    const end = new Date(Date.now() + 10 * 3600_000).toISOString().slice(0, 19);
    await call('POST', '/api/admin/events', clerk, { unionId: county.union.id, eventType: 'EVACUATION_DRILL', startsAt: start, endsAt: end, place: '县工会三楼会议室' });
    await page.getByRole('link', { name: '线下活动' }).click();
    await page.getByRole('cell', { name: /县工会三楼会议室/ }).waitFor();
    await page.getByRole('button', { name: '打印小程序码' }).first().click();
    const img = page.locator('dialog img');
    await img.waitFor();
    await page.waitForFunction(() => document.querySelector('dialog img')?.naturalWidth > 0);
    await shot(page, '14-event-code');
    await page.keyboard.press('Escape');
  });

  it('where people could not scan, the clerk records the head count with photos of the event', async () => {
    const row = page.getByRole('row', { name: /县工会三楼会议室/ });
    await row.getByRole('button', { name: '补录人数' }).click();
    const form = page.locator('dialog');
    await form.getByLabel('参加人数（无法扫码签到的）').fill('30');
    await form.getByLabel('现场照片（1–9 张，JPEG 或 PNG）').setInputFiles({ name: 'site.jpg', mimeType: 'image/jpeg', buffer: await photoJpeg('演练现场') });
    await form.getByRole('button', { name: '保存补录' }).click();
    await page.getByText('已补录 30 人次').waitFor();
    await page.getByRole('row', { name: /县工会三楼会议室/ }).getByRole('button', { name: '修改补录' }).waitFor();
    assert.match(await page.getByRole('row', { name: /县工会三楼会议室/ }).textContent(), /30/);
  });

  it('an event shown on a screen gets a code that changes, readable from the back of the room', async () => {
    const start = new Date(Date.now() + 8 * 3600_000 - 600_000).toISOString().slice(0, 19);
    const end = new Date(Date.now() + 10 * 3600_000).toISOString().slice(0, 19);
    await call('POST', '/api/admin/events', clerk, { unionId: county.union.id, eventType: 'LECTURE', startsAt: start, endsAt: end,
      place: '县工会报告厅', signInMode: 'ROTATING' });
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: '线下活动' }).click();
    const row = page.getByRole('row', { name: /县工会报告厅/ });
    await row.getByText('大屏动态码').waitFor();
    await row.getByRole('button', { name: '大屏签到码' }).click();
    await page.waitForFunction(() => /^\d{6}$/.test(document.querySelector('dialog .digits')?.textContent || ''));
    await page.waitForFunction(() => document.querySelector('dialog .live-code img')?.naturalWidth > 0);
    await shot(page, '14b-event-live-code');
    await page.keyboard.press('Escape');
  });

  it('a level played by a script is listed with its reason and taps, and the clerk clears it after looking', async () => {
    const playing = await unionByCode(admin, county.union.id, PLAYING);
    await workerWhoRushed('rush', playing.joinCode);
    await page.getByRole('link', { name: '异常闯关' }).click();
    const row = page.getByRole('row', { name: /厨房/ }).first();
    await row.waitFor();
    assert.match(await row.textContent(), /用时过短|作答快于读题/);
    await row.getByRole('button', { name: '查看点击' }).click();
    await page.locator('dialog svg.taps circle').nth(4).waitFor();
    assert.equal(await page.locator('dialog svg.taps circle').count(), 5, 'every tap drawn on the picture');
    await shot(page, '14c-flagged-taps');
    await page.keyboard.press('Escape');
    await row.getByRole('button', { name: '解除标记' }).click();
    const confirm = page.locator('dialog');
    await confirm.getByLabel('我已查看点击记录').check();
    await confirm.getByRole('button', { name: '解除标记' }).click();
    await page.getByText('已解除标记').waitFor();
    await page.getByText('没有被标记为异常的闯关').waitFor();
  });

  it('the clerk creates a reviewer, reads the one-time password, and can disable the account', async () => {
    await page.getByRole('link', { name: '账号管理' }).click();
    await page.getByRole('button', { name: /新建账号/ }).click();
    await page.getByLabel('用户名').fill('baihe_reviewer');
    await page.getByLabel('姓名').fill('白河县审核员');
    await page.getByRole('button', { name: '创建' }).click();
    const initial = await page.locator('dialog .initial-password').textContent();
    assert.ok(initial.length >= 8, 'a one-time password is shown');
    await shot(page, '15-accounts-initial-password');
    await page.getByRole('button', { name: '我已记下' }).click();
    const row = page.locator('tr', { hasText: 'baihe_reviewer' });
    await row.waitFor();
    await row.getByRole('button', { name: '停用' }).click();
    await page.locator('dialog').getByRole('button', { name: '停用' }).click();
    await page.locator('tr', { hasText: 'baihe_reviewer' }).getByText('已停用').waitFor();
  });

  it('the menu works from the keyboard with a visible focus, and the queue shows what was handed to a unit', async () => {
    await page.locator('#nav a[href="#/home"]').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#/hazards', 'Tab walks the menu in order');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(ring, 'none', 'the focused link is outlined');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '隐患审核', exact: true }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus moves to the new page\'s heading');
    await page.getByRole('link', { name: '交办给本单位整改的' }).click();
    await page.locator('table.grid tbody tr', { hasText: '#' + reportId }).waitFor();
    assert.match(await page.locator('table.grid tbody tr', { hasText: '#' + reportId }).textContent(), /整改中/);
  });

  it('an account locked by wrong passwords says so on the accounts page, and the clerk unlocks it', async () => {
    const created = await call('POST', '/api/admin/accounts', clerk,
      { username: 'Baihe_Locked', displayName: '白河县被锁定的审核员', role: 'REVIEWER', unionId: county.union.id });
    assert.equal(created.account.username, 'baihe_locked', 'one spelling, lower case');
    for (let i = 0; i < 5; i++) {
      await attempt('POST', '/api/admin/auth/login', null, { username: i % 2 ? 'BAIHE_LOCKED' : 'baihe_locked ', password: 'Wrong' + i + 'guess' });
    }
    await page.getByRole('link', { name: '账号管理' }).click();
    const row = page.locator('tr', { hasText: 'baihe_locked' });
    await row.getByText('密码错误过多，已锁定').waitFor();
    await shot(page, '16-accounts-locked');
    await row.getByRole('button', { name: '解锁' }).click();
    await page.locator('dialog').getByRole('button', { name: '解锁' }).click();
    await page.getByText('已解锁').waitFor();
    await page.locator('tr', { hasText: 'baihe_locked' }).getByText('密码错误过多，已锁定').waitFor({ state: 'detached' });
    assert.equal(await page.locator('tr', { hasText: 'baihe_locked' }).getByRole('button', { name: '解锁' }).count(), 0, 'no longer locked');
    const again = await attempt('POST', '/api/admin/auth/login', null, { username: 'baihe_locked', password: created.initialPassword });
    assert.equal(again.code, 0, 'the holder logs in again');
  });

  it('a clerk locked out by a stranger gets in with the code sent to their own WeChat', async () => {
    const phone = await worker('clerkphone');
    await page.getByRole('link', { name: '账号安全' }).click();
    await page.getByRole('button', { name: '获取绑定码' }).click();
    const bindingCode = await page.locator('section', { hasText: '本人微信' }).locator('.initial-password').textContent();
    await call('POST', '/api/app/me/staff-binding', phone, { code: bindingCode.trim() });
    for (let i = 0; i < 5; i++) {
      await attempt('POST', '/api/admin/auth/login', null, { username: 'BAIHE_CLERK', password: 'Stranger' + i + 'x' });
    }
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '工会工作人员登录', exact: true }).waitFor();
    await login('baihe_clerk', CLERK_PASSWORD);
    await page.getByText(/账号已临时锁定/).waitFor();
    await page.getByRole('button', { name: '发送验证码到我的微信' }).click();
    await page.getByText(/验证码已发到小程序/).waitFor();
    const inbox = await call('GET', '/api/app/notices?size=10', phone);
    const message = inbox.items.find((m) => m.kind === 'staff.login-code');
    assert.ok(message, 'the code is in the holder\'s own mini-program inbox');
    await page.getByLabel('微信验证码').fill(message.body.match(/验证码 (\d{6})/)[1]);
    await shot(page, '17-login-with-wechat-code');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: '首页', exact: true }).waitFor();
  });

  it('the platform admin reads in the audit log who saw a reporter, and who tried the clerk\'s password', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await login('admin', PLATFORM_PASSWORD);
    await page.getByRole('heading', { name: '首页', exact: true }).waitFor();
    await page.getByRole('link', { name: '审计日志' }).click();
    await page.getByRole('heading', { name: '审计日志', exact: true }).waitFor();
    await page.getByLabel('类别').selectOption('REPORTER_VIEWED');
    await page.getByRole('button', { name: '筛选' }).click();
    const viewed = page.locator('table.grid tbody tr', { hasText: '隐患 #' + reportId }).first();
    await viewed.waitFor();
    assert.match(await viewed.textContent(), /baihe_clerk.*白河县总工会/);
    await shot(page, '18-audit-log');
    await page.getByLabel('类别').selectOption('ACCOUNT_LOCKED');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.locator('table.grid tbody tr', { hasText: 'baihe_clerk' }).first().waitFor();
  });

  it('logging out drops the token: the pages send you back to the login', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '工会工作人员登录', exact: true }).waitFor();
    await page.goto(BASE + '/admin/#/table');
    await page.getByRole('heading', { name: '工会工作人员登录', exact: true }).waitFor();
    const stale = await fetch(BASE + '/api/admin/auth/me', { headers: { Authorization: 'Bearer ' + clerk } });
    assert.equal(stale.status, 200, 'another session of the same clerk is not affected');
    assert.deepEqual(browser.errors, [], 'no script error and no refused content on any page');
  });
});
