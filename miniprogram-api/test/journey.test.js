'use strict';
// The whole campaign as mini-programs would walk it, through the client alone (knowing only the contract), against
// the real service started here on its embedded default: 30 workers in three unions log in, join, play their daily
// level, snap a hazard, sign the pledge, check in with a photo and scan into their union's event; a reviewer verifies
// reports and takes one per union to closure; a third of the workers are on a network that
// loses answers; then each union's statistics table, read through the console API, shows exactly those numbers, and
// the county above them shows their sum.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { createClient, ApiError, ErrorCode } = require('../client/index.js');
const { createWx } = require('./support/wx-shim.js');
const { startService, REPO } = require('./support/service.js');
const { platformAdmin, cells } = require('./support/console.js');
const { loadLevels, rightKeys } = require('./support/levels.js');
const { photoJpeg, signaturePng, tempFile } = require('./support/images.js');
const contract = require('./support/contract.js');

const UNIONS = 3;
const PER_UNION = 10;
const SCENES = ['ENTERPRISE', 'RURAL', 'COMMUNITY', 'SCHOOL', 'FAMILY'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * A person's pace: a look around the picture before each tap, and time to read a question and its options before
 * answering (about 8 characters a second). The service flags play too quick, too even or too fast to read, and a
 * flagged level counts nowhere: every worker here must be counted, so every worker plays like a person.
 */
const lookAround = () => 1800 + Math.random() * 3200;
const readTime = (q) => 1500 + ([q.text].concat(q.options.map((o) => o.text)).join('').length / 8) * 1000 + Math.random() * 2500;
const isPng = (file) => fs.readFileSync(file).subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

test('a campaign walked through the client is exactly what each union\'s statistics table shows', { timeout: 900000 }, async (t) => {
  const service = await startService();
  t.after(() => service.stop());
  const files = fs.mkdtempSync(path.join(service.dataDir, 'wx-'));
  const levels = loadLevels(path.join(REPO, 'config', 'quiz'));
  const admin = await platformAdmin(service.base);
  const counters = {};

  // three grassroots unions of one county, as the console shows them with their join codes
  const root = (await admin.get('/api/admin/unions'))[0].union;
  const county = (await admin.get('/api/admin/unions/' + root.id + '/children')).find((c) => c.childCount >= UNIONS).union;
  const unions = (await admin.get('/api/admin/unions/' + county.id + '/children')).filter((c) => c.joinCode).slice(0, UNIONS);
  assert.equal(unions.length, UNIONS);

  const workers = Array.from({ length: UNIONS * PER_UNION }, (_, i) => {
    const user = 'journey' + i;
    // every third phone is on a bad network: the first answer to each of its submissions never arrives
    const wx = createWx(user, { tmpDir: files, counters, lossy: i % 3 === 0 });
    return { i, user, union: unions[Math.floor(i / PER_UNION)], api: createClient({ baseUrl: service.base, wx, retryDelay: 200 }) };
  });
  const each = (fn) => Promise.all(workers.map(fn));
  const expected = new Map(unions.map((u) => [u.union.id,
    { quiz: 0, commitments: 0, initiatives: 0, checkins: 0, signIns: 0, reports: 0, verified: 0 }]));
  const reports = new Map(); // worker index → their hazard report id
  const tally = (w, key) => { expected.get(w.union.union.id)[key]++; };

  await t.test('30 workers log in by wx.login, accept the privacy notice and join their union by its code', async () => {
    await each(async (w) => {
      // first launch: the guide is shown and accepted before anything personal is sent
      const notice = await w.api.getPrivacyNotice();
      assert.equal(notice.consent.accepted, false);
      const consent = await w.api.acceptPrivacyNotice({ version: notice.version });
      assert.equal(consent.accepted, true);
      const preview = await w.api.previewUnionByJoinCode(w.union.joinCode);
      assert.equal(preview.union.id, w.union.union.id);
      await w.api.joinUnion({ joinCode: w.union.joinCode });
      const me = await w.api.getMyProfile();
      assert.equal(me.union.id, w.union.union.id);
    });
    assert.equal(counters.login, workers.length, 'one wx.login per worker: the token is kept and reused');
  });

  await t.test('each plays today\'s level by tapping where the hazards are and answering, at a person\'s pace', async () => {
    await each(async (w) => {
      const today = await w.api.getQuizToday();
      assert.equal(today.playedToday, false);
      const attempt = await w.api.startQuizLevel({ scene: SCENES[w.i % SCENES.length] });
      const picture = await fetch(attempt.pictureUrl);
      assert.ok(picture.ok, 'the scene picture link works');
      const hazards = levels.get(attempt.levelCode);
      assert.ok(hazards, 'level ' + attempt.levelCode + ' is in the content pack');
      let last;
      for (const h of hazards) {
        await sleep(lookAround());
        const tap = await w.api.tapQuizHazard(attempt.attemptId, h.tap);
        assert.equal(tap.hit, true, 'tapping ' + h.id + ' finds it');
        assert.ok(tap.hazard.marker && !('region' in tap.hazard), 'a hit shows a marker, never the hazard\'s region');
        await sleep(readTime(tap.hazard.question));
        last = await w.api.answerQuizQuestion(attempt.attemptId,
          { hazardId: tap.hazard.hazardId, answer: rightKeys(tap.hazard.question, h.rightTexts) });
        assert.equal(last.correct, true);
      }
      assert.equal(last.finished, true, 'the level closes when every hazard is found and answered');
      assert.equal(last.score, 10);
      const after = await w.api.getQuizToday();
      assert.equal(after.attempt.flagged, false, 'a person at a person\'s pace is never flagged');
      assert.equal(after.totalPoints, 10);
      const again = await w.api.startQuizLevel({ scene: SCENES[(w.i + 1) % SCENES.length] }).catch((e) => e);
      assert.ok(again instanceof ApiError, 'one level a day');
      tally(w, 'quiz');
    });
  });

  await t.test('each signs the pledge with a handwritten PNG and gets the certificate; half sign the initiative too', async () => {
    await each(async (w) => {
      const pledges = await w.api.listPledges();
      const codes = pledges.templates.map((p) => p.code);
      for (const code of ['COMMITMENT'].concat(w.i % 2 === 0 ? ['INITIATIVE'] : [])) {
        assert.ok(codes.includes(code));
        const progress = [];
        const signed = await w.api.signPledge(code, { filePath: tempFile(files, w.user + '-' + code + '.png', signaturePng(w.i)) },
          { onProgress: (p) => progress.push(p.progress) });
        assert.equal(progress.at(-1), 100);
        const certificate = await w.api.getPledgeCertificate(signed.signatureId);
        assert.ok(isPng(certificate.tempFilePath), 'the certificate is a PNG');
        tally(w, code === 'COMMITMENT' ? 'commitments' : 'initiatives');
      }
      const twice = await w.api.signPledge('COMMITMENT', { filePath: tempFile(files, w.user + '-again.png', signaturePng(w.i + 1)) })
        .catch((e) => e);
      assert.equal(twice.code, ErrorCode.PLEDGE_ALREADY_SIGNED, 'a pledge is signed once');
    });
  });

  await t.test('each checks in on the escape-route theme with a JPEG photo and a gcj02 location', async () => {
    await each(async (w) => {
      const theme = (await w.api.listCheckInThemes()).find((x) => x.code === 'ESCAPE_ROUTE');
      assert.ok(theme.openToday);
      const photo = await w.api.uploadPledgeImage({ filePath: tempFile(files, w.user + '-exit.jpg', photoJpeg(w.i)) });
      const checkIn = await w.api.checkIn({ themeCode: theme.code, photoUploadId: photo.uploadId,
        location: { latitude: 35.2153 + w.i / 10000, longitude: 113.2418, coordSystem: 'gcj02', accuracy: 25 } });
      assert.ok(checkIn.photoUrl, 'the watermarked photo is kept');
      tally(w, 'checkins');
    });
  });

  await t.test('each union holds an evacuation drill; its workers scan the drill\'s code and sign in once', async () => {
    const now = new Date(Date.now() + 8 * 3600 * 1000);
    const local = (ms) => new Date(now.getTime() + ms).toISOString().slice(0, 19);
    const drills = new Map();
    for (const u of unions) {
      const event = await admin.post('/api/admin/events', { unionId: u.union.id, eventType: 'EVACUATION_DRILL',
        startsAt: local(-3600 * 1000), endsAt: local(3 * 3600 * 1000), place: u.union.name + '一号楼' });
      const code = await admin.get('/api/admin/events/' + event.eventId + '/code');
      assert.equal(code.type, 'image/png', 'the code to print is a PNG');
      drills.set(u.union.id, event);
    }
    await each(async (w) => {
      const scene = drills.get(w.union.union.id).scene; // what the printed code opens the page with (options.scene)
      const preview = await w.api.getEventByScene({ scene });
      assert.equal(preview.unionName, w.union.union.name);
      assert.ok(preview.open && !preview.signedIn && !preview.needsLocation);
      const signIn = await w.api.signInEvent({ scene });
      assert.equal(signIn.eventId, drills.get(w.union.union.id).eventId);
      const twice = await w.api.signInEvent({ scene }).catch((e) => e);
      assert.equal(twice.code, ErrorCode.PLEDGE_ALREADY_SIGNED_IN);
      tally(w, 'signIns');
    });
  });

  await t.test('each snaps a hazard: asks for progress notices, uploads two JPEGs one by one, then submits the report', async () => {
    const { categories, scenes } = await workers[0].api.listHazardCategories();
    await each(async (w) => {
      // in the tap handler: wx.requestSubscribeMessage for the progress template, then record what was accepted
      const template = (await w.api.listSubscribeTemplates()).find((x) => x.key === 'hazard-progress');
      await w.api.recordSubscribeGrants({ templateIds: [template.templateId] });
      const tokens = [];
      for (const n of [1, 2]) {
        const progress = [];
        const photo = await w.api.uploadHazardPhoto({ filePath: tempFile(files, w.user + '-hazard' + n + '.jpg', photoJpeg(100 + w.i * 2 + n)) },
          { onProgress: (p) => progress.push(p.progress) });
        assert.equal(progress.at(-1), 100);
        tokens.push(photo.token);
      }
      const submitted = await w.api.submitHazardReport({
        photoTokens: tokens,
        location: { latitude: 35.20 + w.i / 1000, longitude: 113.24 + w.i / 1000, coordSystem: 'GCJ02', accuracy: 20,
          address: '清河市东城区建设路' + (w.i + 1) + '号', placeName: w.union.union.name },
        scene: scenes[w.i % scenes.length].scene,
        category: categories[w.i % categories.length].code,
        description: '楼道里堆放了纸箱和电动自行车，挡住了安全出口（第 ' + (w.i + 1) + ' 处）。',
      });
      assert.equal(submitted.report.state, 'PENDING');
      reports.set(w.i, submitted.report.id);
      tally(w, 'reports');
    });
    const mine = await workers[0].api.listMyHazardReports({ page: 1, size: 10 });
    assert.equal(mine.total, 1);
  });

  await t.test('the county\'s reviewer verifies two reports per union, rejects one, and takes one to closure', async () => {
    const reviewer = await admin.staff('REVIEWER', county.id, '县总工会审核员');
    const today = new Date(Date.now() + 8 * 3600 * 1000);
    const deadline = new Date(today.getTime() + 7 * 86400 * 1000).toISOString().slice(0, 10);
    for (const [u, union] of unions.entries()) {
      const [first, second, third] = [0, 5, 1].map((k) => u * PER_UNION + k);
      for (const i of [first, second]) {
        const verified = await reviewer.post('/api/admin/hazard/reports/' + reports.get(i) + '/review', { decision: 'VERIFY', level: 'GENERAL' });
        assert.equal(verified.state, 'VERIFIED');
        tally(workers[i], 'verified');
      }
      await reviewer.post('/api/admin/hazard/reports/' + reports.get(third) + '/review', { decision: 'REJECT', reason: '照片中看不出隐患，请补拍' });
      expected.get(union.union.id).reports--; // a rejected report is no 作品: it leaves the table
      const id = reports.get(first);
      await reviewer.post('/api/admin/hazard/reports/' + id + '/assign', { assigneeUnionId: union.union.id, assigneePerson: '后勤科', deadline });
      const after = await reviewer.upload('/api/admin/hazard/photos', 'file', 'after.jpg', photoJpeg(900 + u), 'image/jpeg');
      await reviewer.post('/api/admin/hazard/reports/' + id + '/complete', { photoTokens: [after.token], note: '已清理楼道杂物，电动自行车移至集中充电点' });
      const closed = await reviewer.post('/api/admin/hazard/reports/' + id + '/close', { note: '复查合格' });
      assert.equal(closed.state, 'CLOSED');
    }
    await each(async (w) => {
      const k = w.i % PER_UNION;
      const report = await w.api.getHazardReport(reports.get(w.i));
      assert.equal(report.state, k === 0 ? 'CLOSED' : k === 5 ? 'VERIFIED' : k === 1 ? 'REJECTED' : 'PENDING');
      if (k === 0 || k === 1 || k === 5) {
        const notices = await w.api.listMyNotices({ page: 1, size: 20 });
        assert.ok(notices.total >= 1, 'the reporter is told in the inbox');
      }
    });
  });

  await t.test('my records show every act of the worker', async () => {
    await each(async (w) => {
      const history = await w.api.getMyPledgeHistory();
      const types = history.map((a) => a.type);
      assert.equal(types.filter((x) => x === 'PLEDGE').length, w.i % 2 === 0 ? 2 : 1);
      assert.equal(types.filter((x) => x === 'CHECK_IN').length, 1);
      assert.equal(types.filter((x) => x === 'EVENT').length, 1);
      assert.equal((await w.api.listQuizHistory()).length, 1);
    });
  });

  await t.test('each union\'s statistics table shows exactly those numbers, and the county their sum', async () => {
    const sum = { quiz: 0, commitments: 0, initiatives: 0, checkins: 0, signIns: 0, reports: 0, verified: 0 };
    for (const u of unions) {
      const e = expected.get(u.union.id);
      assert.deepEqual(e, { quiz: PER_UNION, commitments: PER_UNION, initiatives: PER_UNION / 2, checkins: PER_UNION, signIns: PER_UNION,
        reports: PER_UNION - 1, verified: 2 },
        'every worker of ' + u.union.name + ' did every step (one report rejected)');
      Object.keys(sum).forEach((k) => { sum[k] += e[k]; });
      const table = await admin.get('/api/admin/statistics/forms/jiaozuo-2025/table?unionId=' + u.union.id);
      assert.equal(table.union.id, u.union.id);
      assert.deepEqual(pick(cells(table)), figures(e, 1), u.union.name);
    }
    const countyTable = await admin.get('/api/admin/statistics/forms/jiaozuo-2025/table?unionId=' + county.id);
    assert.deepEqual(pick(cells(countyTable)), figures(sum, UNIONS), county.name);
    assert.ok(counters.lost >= 10 * 10, 'answers were lost and the retries did nothing twice (' + counters.lost + ' lost)');
    assert.deepEqual(contract.violations.slice(0, 20), [], 'every answer of the journey validates against openapi.json ('
      + contract.violations.length + ' violations)');
    t.diagnostic('calls through wx: ' + counters.request + ' wx.request, ' + counters.uploadFile + ' wx.uploadFile, '
      + counters.downloadFile + ' wx.downloadFile, ' + counters.login + ' wx.login; ' + counters.lost
      + ' answers lost on the way back, their retries replayed');
  });
});

const CELLS = ['quiz_people', 'quiz_attempts', 'snapshots', 'hazards', 'signature', 'initiative', 'checkin', 'evacuation', 'evacuation_att'];

function pick(all) {
  return Object.fromEntries(CELLS.map((k) => [k, all[k]]));
}

function figures(e, drills) {
  return { quiz_people: e.quiz, quiz_attempts: e.quiz, snapshots: e.reports, hazards: e.verified, signature: e.commitments, initiative: e.initiatives,
    checkin: e.checkins, evacuation: drills, evacuation_att: e.signIns };
}
