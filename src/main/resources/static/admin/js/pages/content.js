import { call } from '../api.js';
import { h, mount, title, field, busy, errorBox } from '../ui.js';

/** Platform admins load content from files; a file with any error writes nothing, and every error is listed by row. */
export async function render(main) {
  mount(main, title('内容导入'),
    h('p', { class: 'muted' }, '上传的文件整批校验：有任何错误时不写入任何内容，并逐行列出错误，改正后重新上传即可。'),
    importCard('题库（答题关卡与题目）', '/quiz/content/import', [
      { name: 'file', label: '题库 Excel（.xlsx）', accept: '.xlsx', required: true },
      { name: 'pictures', label: '关卡图片（PNG，以关卡编号命名，可多选）', accept: 'image/png', multiple: true },
    ]),
    importCard('工会组织树', '/unions/import', [
      { name: 'file', label: '组织树（.csv 或 .xlsx；表头：编码,名称,上级编码,类型,渠道）', accept: '.csv,.xlsx', required: true },
    ]),
    importCard('活动统计表模板（检查）', '/statistics/templates/check', [
      { name: 'file', label: '统计表模板（.yml，格式见 config/statistics/README.md）', accept: '.yml,.yaml', required: true },
    ], (r) => `模板“${r.title}”（${r.code}）检查通过：${r.items} 个活动项目，平台自动统计 ${r.platformBlanks} 个空格，工会填写 ${r.manualBlanks} 个空格。`
      + (r.codeInUse ? '已有同一编号的模板，放入模板目录后将替换它。' : '') + '放入模板目录（SAFETY_STATISTICS_FORMS_DIR）并重启服务后生效。', '检查模板'));
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
          mount(result, errorBox(err), err.data && err.data.errors ? h('ol', { class: 'errors' }, err.data.errors.map((x) => h('li', {}, x))) : null);
        }
      });
    },
  }, controls.map((c) => field(c.label, c.el)), h('div', { class: 'actions' }, submit)), result);
}
