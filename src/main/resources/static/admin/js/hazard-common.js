// Hazard vocabulary shared by the queue, the report page and the map.
import { get } from './api.js';
import { badge } from './ui.js';

export const STATES = [
  ['PENDING', '待审核'], ['VERIFIED', '已核实'], ['RECTIFYING', '整改中'], ['RECTIFIED', '已整改'], ['CLOSED', '已办结'], ['REJECTED', '不予采纳'],
];
const STATE_KIND = { PENDING: 'warn', VERIFIED: '', RECTIFYING: 'warn', RECTIFIED: 'ok', CLOSED: 'ok', REJECTED: 'bad' };
export const LEVELS = { GENERAL: '一般隐患', MAJOR: '重大隐患' };

export function stateBadge(state, label) {
  return badge(label || Object.fromEntries(STATES)[state] || state, STATE_KIND[state] || '');
}

let categoriesCache;
export async function categories() {
  if (!categoriesCache) categoriesCache = await get('/hazard/categories');
  return categoriesCache;
}
