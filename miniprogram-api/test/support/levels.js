'use strict';
// How the test plays a level like a person who knows the pictures: the content pack (config/quiz/levels, public data
// in the repository) says where each hazard is and which option texts are right. The service itself never tells a
// player where a hazard is before it is found, and shuffles the options per attempt, so answers go by option text.

const fs = require('node:fs');
const path = require('node:path');
const yaml = require('js-yaml');

function insideEllipse(r, x, y) {
  const dx = (x - r.cx) / r.rx;
  const dy = (y - r.cy) / r.ry;
  return dx * dx + dy * dy <= 1;
}

function insidePolygon(points, x, y) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function contains(region, x, y) {
  return region.type === 'ellipse' ? insideEllipse(region, x, y) : insidePolygon(region.points, x, y);
}

function bounds(region) {
  if (region.type === 'ellipse') return [region.cx - region.rx, region.cy - region.ry, region.cx + region.rx, region.cy + region.ry];
  const xs = region.points.map((p) => p[0]);
  const ys = region.points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A point inside this hazard's region and no other's, as near the middle of that area as a finger would go. */
function tapPoint(hazard, others) {
  const [x0, y0, x1, y1] = bounds(hazard.region);
  const candidates = [];
  for (let i = 1; i < 40; i++) {
    for (let j = 1; j < 40; j++) {
      const x = x0 + ((x1 - x0) * i) / 40;
      const y = y0 + ((y1 - y0) * j) / 40;
      if (contains(hazard.region, x, y) && !others.some((o) => contains(o.region, x, y))) candidates.push([x, y]);
    }
  }
  if (!candidates.length) throw new Error('no free point to tap on hazard ' + hazard.id);
  const cx = candidates.reduce((s, p) => s + p[0], 0) / candidates.length;
  const cy = candidates.reduce((s, p) => s + p[1], 0) / candidates.length;
  candidates.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
  return { x: Number(candidates[0][0].toFixed(4)), y: Number(candidates[0][1].toFixed(4)) };
}

/** Every level of the pack by its id: for each hazard, where to tap and the texts of the right options. */
function loadLevels(contentDir) {
  const levels = new Map();
  const root = path.join(contentDir, 'levels');
  for (const scene of fs.readdirSync(root)) {
    for (const file of fs.readdirSync(path.join(root, scene)).filter((f) => f.endsWith('.yml'))) {
      const level = yaml.load(fs.readFileSync(path.join(root, scene, file), 'utf8'));
      levels.set(level.id, level.hazards.map((h) => ({
        id: h.id,
        tap: tapPoint(h, level.hazards.filter((o) => o !== h)),
        rightTexts: h.question.options.filter((o) => h.question.answer.includes(o.key)).map((o) => o.text),
      })));
    }
  }
  return levels;
}

/** The keys, in this attempt's shuffled order, of the options whose texts are right. */
function rightKeys(question, rightTexts) {
  return question.options.filter((o) => rightTexts.includes(o.text)).map((o) => o.key);
}

module.exports = { loadLevels, rightKeys };
