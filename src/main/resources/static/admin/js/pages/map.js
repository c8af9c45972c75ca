import { get, query } from '../api.js';
import { h, mount, title, link, dt, badge } from '../ui.js';
import { hashWith } from '../common.js';
import { STATES, stateBadge } from '../hazard-common.js';

const COLORS = { PENDING: '#d98a00', VERIFIED: '#1a5fd0', RECTIFYING: '#b3261e', RECTIFIED: '#1e7a3c', CLOSED: '#5b6675', REJECTED: '#9aa3ad' };
const CHINA = { minLng: 73, minLat: 3, maxLng: 136, maxLat: 54 };

/**
 * The subtree's reports as points (GCJ-02, as stored). Tiles only when the service names a tile server; otherwise the
 * points stand on a plain background with a scale and the outline of where they are, and nothing is fetched from outside.
 */
export async function render(main, { ctx, query: q }) {
  const L = await import('/webjars/leaflet/dist/leaflet-src.esm.js');
  ensureCss();
  const filter = { state: q.state || '', category: q.category || '', from: q.from || '', to: q.to || '', unionId: q.unionId || '', overdue: q.overdue || '' };
  const el = h('div', { class: 'map', role: 'region', 'aria-label': '隐患地图' });
  const status = h('p', { class: 'muted', 'aria-live': 'polite' });
  const legend = h('p', {}, STATES.map(([s, label]) => h('span', { class: 'legend' }, h('span', { class: 'dot', style: `background:${COLORS[s]}` }), label)));
  mount(main, title('隐患地图', link(hashWith('#/hazards', filter), '列表视图')),
    ctx.settings.mapTiles ? null : h('p', { class: 'notice' }, '未配置地图底图服务：仅显示点位、比例尺与范围。'),
    legend, el, status);

  const map = L.map(el, { preferCanvas: true, attributionControl: !!ctx.settings.mapAttribution, keyboard: true });
  if (ctx.settings.mapTiles) {
    L.tileLayer(ctx.settings.mapTiles, { attribution: ctx.settings.mapAttribution || '', maxZoom: 18 }).addTo(map);
  }
  L.control.scale({ imperial: false }).addTo(map);
  map.setView([35, 105], 4);
  const layer = L.layerGroup().addTo(map);
  const load = async (box, fit) => {
    const fc = await get(`/hazard/map${query({ ...box, ...filter })}`);
    layer.clearLayers();
    const points = fc.features.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0], f.properties]);
    points.forEach(([lat, lng, p]) => L.circleMarker([lat, lng], {
      radius: p.level === 'MAJOR' ? 9 : 6, color: '#fff', weight: 1, fillColor: COLORS[p.state] || '#333', fillOpacity: 0.9,
    }).bindPopup(() => popup(p)).addTo(layer));
    status.textContent = `显示 ${points.length} 处隐患${fc.truncated ? '（数量超过上限，只显示一部分，请放大地图）' : ''}`;
    if (fit && points.length) {
      const bounds = L.latLngBounds(points.map(([lat, lng]) => [lat, lng]));
      if (!ctx.settings.mapTiles) L.rectangle(bounds.pad(0.05), { color: '#5b6675', weight: 1, dashArray: '4 4', fill: false, interactive: false }).addTo(map);
      map.fitBounds(bounds.pad(0.1), { maxZoom: 16 });
    }
  };
  await load(CHINA, true);
  let timer;
  map.on('moveend', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const b = map.getBounds();
      load({ minLng: clamp(b.getWest(), -180, 180), minLat: clamp(b.getSouth(), -90, 90), maxLng: clamp(b.getEast(), -180, 180), maxLat: clamp(b.getNorth(), -90, 90) }, false)
        .catch((e) => { status.textContent = e.message; });
    }, 300);
  });
}

function clamp(v, lo, hi) {
  return Math.max(lo, Math.min(hi, v));
}

function popup(p) {
  return h('div', {}, h('strong', {}, `#${p.id} ${p.categoryLabel}`), h('br'), stateBadge(p.state, p.stateLabel),
    p.overdue ? [' ', badge('逾期', 'bad')] : null, h('br'), `上报 ${p.submittedAt ? dt(p.submittedAt) : p.submittedOn}`, p.deadline ? `，期限 ${p.deadline}` : '',
    h('br'), link('#/hazard/' + p.id, '打开详情'));
}

function ensureCss() {
  if (!document.querySelector('link[data-leaflet]')) {
    document.head.append(h('link', { rel: 'stylesheet', href: '/webjars/leaflet/dist/leaflet.css', 'data-leaflet': '1' }));
  }
}
