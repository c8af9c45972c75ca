// The statistics form as it is on paper, built for the screen (with inputs where the union types, platform numbers
// that open their records) and for print (text only, in a .print-copy: printing a page that has one prints it alone,
// see console.css): the attachment mark, the title, the period, the header, the items in the form's own columns
// (grouped rows, 内容要求 in a column of its own), the stamp (未报送 or the version handed in).
import { h, num } from './ui.js';

/**
 * @param t      a TableResp (live or frozen)
 * @param stamp  "未报送", or "已报送（第 2 版，…）"
 * @param cellOf (cell) → Node for the screen; omitted, every blank is written as text (print, frozen versions)
 */
export function paper(t, stamp, cellOf) {
  const three = t.columns.length === 3;
  const groups = t.items.some((i) => i.group);
  const rows = [];
  t.items.forEach((item, n) => {
    const first = n === 0 || t.items[n - 1].group !== item.group;
    const span = t.items.slice(n).findIndex((x) => x.group !== item.group);
    rows.push(h('tr', {},
      groups && first ? h('td', { class: 'group', rowSpan: span < 0 ? t.items.length - n : span }, item.group || '') : null,
      h('td', { class: 'item' }, item.label),
      three ? h('td', { class: 'requirement' }, item.requirement || '') : null,
      h('td', { class: 'progress' }, item.lines.map((line) => h('p', { class: 'line' },
        line.segments.map((s) => (s.cell ? (cellOf ? cellOf(s.cell) : written(s.cell)) : s.text)))))));
  });
  const heads = groups ? [h('th', { scope: 'col', colSpan: 2 }, t.columns[0]), ...t.columns.slice(1).map((c) => h('th', { scope: 'col' }, c))]
    : t.columns.map((c) => h('th', { scope: 'col' }, c));
  return h('div', { class: 'paper' + (three ? ' three' : '') },
    h('div', { class: 'paper-mark' }, h('span', {}, t.attachment || ''), h('span', { class: 'stamp' }, stamp)),
    h('h2', {}, t.title),
    h('p', { class: 'paper-period' }, '统计期：' + t.period.title),
    h('div', { class: 'header-fields' }, t.header.map((f) => h('span', {}, `${f.name}：${f.value || '　　　　'}`))),
    h('table', {}, h('thead', {}, h('tr', {}, heads)), h('tbody', {}, rows)),
    h('p', { class: 'muted' }, `统计截至 ${t.countedThrough}`));
}

/** A blank as the paper shows it: its number or words, or a gap. */
export function written(cell) {
  const v = cell.textValue != null ? cell.textValue : cell.value != null ? num(cell.value) : '　　';
  return h('span', { class: 'blank written' }, ' ', v, ' ');
}

/** The text-only copy of the paper that a page prints instead of itself. */
export function printCopy(t, stamp) {
  return h('div', { class: 'print-copy', 'aria-hidden': 'true' }, paper(t, stamp));
}
