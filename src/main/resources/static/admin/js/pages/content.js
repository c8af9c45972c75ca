import { call } from '../api.js';
import { h, mount, title, field, busy, errorBox, table, confirmAct } from '../ui.js';

/** Platform admins load content from files; a file with any error writes nothing, and every error is listed by row. */
export async function render(main) {
  mount(main, title('内容导入'),
    h('p', { class: 'muted' }, '上传的文件整批校验：有任何错误时不写入任何内容，并逐行列出错误，改正后重新上传即可。'),
    importCard('题库（答题关卡与题目）', '/quiz/content/import', [
      { name: 'file', label: '题库 Excel（.xlsx）', accept: '.xlsx', required: true },
      { name: 'pictures', label: '关卡图片（PNG，以关卡编号命名，可多选）', accept: 'image/png', multiple: true },
    ]),
    importCard('测测你的“安全力”题库', '/quiz/quick-questions/import', [
      { name: 'file', label: '测一测题库 Excel（.xlsx；表头：题目编号,主题,主题名称,题型,题目,选项A–E,正确答案,解析；不得与闯关题目相同）',
        accept: '.xlsx', required: true },
    ]),
    importCard('工会组织树', '/unions/import', [
      { name: 'file', label: '组织树（.csv 或 .xlsx；表头：编码,名称,上级编码,类型,渠道）', accept: '.csv,.xlsx', required: true },
    ]),
    await templatesCard());
}

/** The refusal of a whole file: the message, then every error by row as the service listed them. */
function showErrors(slot, err) {
  mount(slot, errorBox(err), err.data && err.data.errors ? h('ol', { class: 'errors' }, err.data.errors.map((x) => h('li', {}, x))) : null);
}

const BLANKS = (r) => `模板“${r.title}”（${r.code}）：${r.items} 个活动项目，平台自动统计 ${r.platformBlanks} 个空格，工会填写 ${r.manualBlanks} 个空格。`;

/**
 * A new campaign's statistics form: checked (nothing written) or installed (at once, for every union below), and the
 * installed ones listed, each withdrawable while no union has handed it in.
 */
async function templatesCard() {
  const result = h('div', { 'aria-live': 'polite' });
  const list = h('div');
  const input = h('input', { type: 'file', name: 'file', accept: '.yml,.yaml', required: true });
  const check = h('button', { type: 'submit', value: 'check' }, '检查模板');
  const install = h('button', { type: 'submit', value: 'install', class: 'primary' }, '检查并安装');
  const refresh = async () => {
    const forms = (await call('GET', '/statistics/forms')).filter((f) => f.installed);
    mount(list, table([
      { label: '编号', value: (f) => f.code },
      { label: '统计表', value: (f) => f.title },
      { label: '统计期间', value: (f) => `${f.startDate} 至 ${f.endDate}` },
      { label: '操作', value: (f) => h('button', { type: 'button', onclick: (e) => withdraw(e.currentTarget, f) }, '撤下') },
    ], forms, { caption: '已安装的统计表模板', empty: '尚未安装统计表模板（随服务发布的模板不在此列）' }));
  };
  const withdraw = async (button, f) => {
    if (!await confirmAct('撤下统计表模板', `撤下“${f.title}”后，各级工会将看不到这张表；已有单位报送的表不能撤下。`, { ok: '撤下' })) return;
    await busy(button, async () => {
      await call('DELETE', '/statistics/templates/' + encodeURIComponent(f.code));
      mount(result, h('p', { class: 'notice' }, `已撤下“${f.title}”。`));
      await refresh();
    }, result);
  };
  const form = h('form', {
    onsubmit: (e) => {
      e.preventDefault();
      const installing = e.submitter === install;
      const body = new FormData();
      [...input.files].forEach((f) => body.append('file', f));
      busy(installing ? install : check, async () => {
        try {
          const r = await call('POST', installing ? '/statistics/templates' : '/statistics/templates/check', body);
          mount(result, h('p', { class: 'notice' }, installing
            ? '已安装。' + BLANKS(r) + '各级工会的“统计表”页面即可填报，平台数字按统计期间内已发生的记录填入。'
            : '检查通过。' + BLANKS(r) + (r.codeInUse ? '已有统计表使用这个编号，安装前请换一个编号。' : '可以安装。')));
          if (installing) await refresh();
        } catch (err) {
          showErrors(result, err);
        }
      });
    },
  }, field('统计表模板（.yml，格式见 config/statistics/README.md）', input), h('div', { class: 'actions' }, check, install));
  await refresh();
  return h('section', { class: 'card' }, h('h2', {}, '活动统计表模板'),
    h('p', { class: 'muted' }, '新一年的活动下发新的统计表时，在这里上传：检查只列出错误；安装后立即生效，不需要重启服务。'), form, result, list);
}

function importCard(heading, path, inputs, success, label = '上传并导入') {
  const result = h('div', { 'aria-live': 'polite' });
  const controls = inputs.map((i) => ({ ...i, el: h('input', { type: 'file', name: i.name, accept: i.accept, multiple: !!i.multiple, required: !!i.required }) }));
  const submit = h('button', { type: 'submit', class: 'primary' }, label);
  return h('section', { class: 'card' }, h('h2', {}, heading), h('form', {
    onsubmit: (e) => {
      e.preventDefault();
      const body = new FormData();
      controls.forEach((c) => [...c.el.files].forEach((f) => body.append(c.name, f)));
      busy(submit, async () => {
        try {
          const r = await call('POST', path, body);
          mount(result, h('p', { class: 'notice' }, success ? success(r) : `导入成功：新建 ${r.created}，更新 ${r.updated}，未变化 ${r.unchanged}。`));
        } catch (err) {
          showErrors(result, err);
        }
      });
    },
  }, controls.map((c) => field(c.label, c.el)), h('div', { class: 'actions' }, submit)), result);
}
