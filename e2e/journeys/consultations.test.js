// Journey (issue 13): a Southern coalition answers a consultation, which
// the Secretariat then reads aggregated by region and exports. The demo
// coalition's admin (Kenya) opens the consultation on the discussion
// paper, saves a draft, is refused when submitting with a question
// unanswered (named beside it, nothing lost), answers it and submits. The
// Secretariat sees the response counted under Africa and its words among
// Africa's open answers, groups by North and South, and downloads the CSV
// with the coalition's row. The consultation reads in Arabic too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startMinga, launchBrowser, newContext } from '../lib/harness.js';
import { pageChecker, signIn } from '../lib/pages.js';

const TITLE = 'Consultation on the Learning Hub discussion paper';
const COALITION = 'Kenya Coalition for Education (demo)';
const CHANGE = 'Captions in Kiswahili for every recording, please.';
let app;
let browser;
let pages;

before(async () => {
  app = await startMinga({ demo: true });
  browser = await launchBrowser();
  pages = pageChecker(browser, 'consultations');
});

after(async () => {
  pages?.saveWeights();
  await browser?.close();
  await app?.stop();
});

test('consultations: a coalition answers, the Secretariat reads by region and exports', { timeout: 300_000 }, async () => {
  const base = app.baseUrl;
  const sec = await (await newContext(browser, { acceptDownloads: true })).newPage();
  await signIn(sec, base, 'secretariat@demo.minga.test');
  await sec.goto(`${base}/kel`);
  await Promise.all([sec.waitForURL(/\/kel\/consultations\//), sec.click(`a:text("${TITLE}")`)]);
  const path = new URL(sec.url()).pathname;
  await sec.goto(`${base}${path}/results`);
  const africaBefore = Number(await sec.locator('table').first().locator('tbody td').first().textContent());

  const admin = await (await newContext(browser)).newPage();
  await signIn(admin, base, 'orgadmin@demo.minga.test');
  await admin.goto(`${base}/kel`);
  await pages.check(admin, 'strategy with consultations (en)');
  const card = admin.locator('#consultations li', { hasText: TITLE });
  assert.match(await card.textContent(), /Your organisation has not answered/);
  await Promise.all([admin.waitForURL((u) => u.pathname === path), card.locator('a').click()]);
  await pages.check(admin, 'consultation (en)');

  // A draft first: two answers.
  await admin.check('input[name=a1][value="1"]');
  await admin.fill('#f-a4', CHANGE);
  await Promise.all([admin.waitForURL(/notice=notice-response-saved/), admin.click('button[name=action][value=save]')]);
  assert.match(await admin.textContent('#response .notice'), /is a draft/);

  // Submitted with the scales unanswered: refused beside them, kept.
  const refused = await pages.checkSubmit(admin, 'response refused (en)', () => admin.click('button[name=action][value=submit]'));
  assert.equal(refused.status(), 422);
  assert.match(await admin.textContent('#e-a2'), /Answer this question/);
  assert.equal(await admin.inputValue('#f-a4'), CHANGE);
  assert.equal(await admin.isChecked('input[name=a1][value="1"]'), true);
  await admin.check('input[name=a2][value="2"]');
  await admin.check('input[name=a3][value="5"]');
  await admin.check('input[name=a5][value="0"]');
  await Promise.all([admin.waitForURL(/notice=notice-response-submitted/), admin.click('button[name=action][value=submit]')]);
  await pages.check(admin, 'response submitted (en)');
  assert.match(await admin.textContent('#response .notice'), /was submitted/);

  // The Secretariat: counted under Africa, its words among Africa's.
  await sec.goto(`${base}${path}/results?by=region`);
  await pages.check(sec, 'answers by region (en)');
  const africaAfter = Number(await sec.locator('table').first().locator('tbody td').first().textContent());
  assert.equal(africaAfter, africaBefore + 1);
  const africa = sec.locator('.side > div', { has: sec.locator('h3', { hasText: 'Africa' }) }).first();
  assert.match(await africa.textContent(), /Captions in Kiswahili/);
  await sec.selectOption('#f-by', 'group');
  await Promise.all([sec.waitForURL(/by=group/), sec.click('form.inline button')]);
  await pages.check(sec, 'answers by North and South (en)');
  const [download] = await Promise.all([sec.waitForEvent('download'), sec.click('a[href$="/results.csv"]')]);
  const csv = readFileSync(await download.path(), 'utf8');
  const row = csv.split('\r\n').find((l) => l.startsWith(COALITION));
  assert.ok(row, 'the coalition has a row');
  assert.match(row, /Captions in Kiswahili/);
  assert.match(row, /A peer exchange with one organisation/);

  // One question as a document, and the consultation in Arabic.
  await sec.goto(`${base}${path}/questions/4`);
  await pages.check(sec, 'one question (en)');
  await admin.goto(`${base}${path}`);
  await admin.click('form.langs button[value=ar]');
  await admin.waitForFunction(() => document.documentElement.dir === 'rtl');
  await pages.check(admin, 'consultation (ar)');

  for (const p of [sec, admin]) await p.context().close();
});

test('consultation pages validate', { timeout: 120_000 }, () => {
  pages.validateHtml();
});
