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

/** Metres between two points (haversine), for "how far was the photo taken from where the report says". */
export function metres(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return Math.round(6371000 * 2 * Math.asin(Math.sqrt(s)));
}
