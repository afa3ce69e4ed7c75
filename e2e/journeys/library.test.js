// Journey (issue 13): share a resource in two languages and read it in the
// other. The demo member shares a PDF in English through the library's
// form; a first try without a title is refused beside the field with the
// file kept (ticked) and everything typed still there. Then they add the
// Spanish version as a link. The org admin, reading Minga in Spanish, finds
// it in the list filtered by language (with counts), sees it in Spanish
// first with English offered, opens the English and downloads the file;
// the list and the pages pass every check, in Arabic too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startMinga, launchBrowser, newContext } from '../lib/harness.js';
import { pageChecker, signIn } from '../lib/pages.js';

const TITLE_EN = 'Community radio for school budgets';
const TITLE_ES = 'Radio comunitaria para los presupuestos escolares';

let app;
let browser;
let pages;
let tmp;

/** A one-page PDF (the standard Helvetica font, nothing embedded). */
function pdf(text) {
  const content = `BT /F1 18 Tf 40 760 Td (${text}) Tj ET\n`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-library-'));
  fs.writeFileSync(path.join(tmp, 'radio-guide.pdf'), pdf('Community radio for school budgets'));
  app = await startMinga({ demo: true });
  browser = await launchBrowser();
  pages = pageChecker(browser, 'library');
});

after(async () => {
  pages?.saveWeights();
  await browser?.close();
  await app?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('library: share in two languages, read in the other', { timeout: 300_000 }, async () => {
  const base = app.baseUrl;
  const member = await (await newContext(browser)).newPage();
  await signIn(member, base, 'member@demo.minga.test');
  await member.goto(`${base}/library`);
  await pages.check(member, 'library (en)');
  await Promise.all([member.waitForURL(/\/library\/new$/), member.click('a.btn[href="/library/new"]')]);
  await pages.check(member, 'share a resource (en)');

  // Everything but the title: refused beside the field, nothing lost.
  await member.selectOption('select[name=lang]', 'en');
  await member.fill('textarea[name=summary]', 'How coalitions use local radio to explain school budgets.');
  await member.setInputFiles('input[name=upload]', path.join(tmp, 'radio-guide.pdf'));
  await member.selectOption('select[name=kind]', 'toolkit');
  await member.fill('input[name=year]', '2025');
  await member.selectOption('select[name=reach]', 'members');
  await member.check('input[name=items][value=budget-tracking]');
  await member.check('input[name=items][value=media-communication]');
  await member.selectOption('select[name=countries]', ['KE', 'UG']);
  // The browser would stop an empty required field itself; this checks the server's answer.
  await member.evaluate(() => document.querySelector('input[name=title]').removeAttribute('required'));
  const refused = await pages.checkSubmit(member, 'share refused (en)', () => member.click('form[enctype="multipart/form-data"] button.primary'));
  assert.equal(refused.status(), 422);
  assert.equal((await member.textContent('#e-title')).trim(), 'This field is required.');
  assert.equal(await member.inputValue('textarea[name=summary]'), 'How coalitions use local radio to explain school budgets.');
  assert.equal(await member.isChecked('input[name=file]'), true, 'the uploaded file is kept');
  assert.match(await member.textContent('ul.files'), /radio-guide\.pdf/);
  assert.equal(await member.isChecked('input[name=items][value=budget-tracking]'), true);
  assert.deepEqual(await member.$$eval('select[name=countries] option:checked', (os) => os.map((o) => o.value)).then((v) => v.sort()), ['KE', 'UG']);

  await member.fill('input[name=title]', TITLE_EN);
  await Promise.all([member.waitForURL(/\/library\/[0-9a-f-]{36}\?notice=/), member.click('form[enctype="multipart/form-data"] button.primary')]);
  const resourcePath = new URL(member.url()).pathname;
  await pages.check(member, 'resource shared (en)');
  assert.equal(await member.textContent('h1'), TITLE_EN);
  assert.match(await member.textContent('a[download]'), /PDF, /);

  // The Spanish version, as a link.
  await Promise.all([member.waitForURL(/\/translate$/), member.click(`a[href="${resourcePath}/translate"]`)]);
  await pages.check(member, 'add a language (en)');
  assert.equal(await member.locator('select[name=lang] option[value=en]').count(), 0, 'English is there already');
  await member.selectOption('select[name=lang]', 'es');
  await member.fill('input[name=title]', TITLE_ES);
  await member.fill('textarea[name=summary]', 'Cómo las coaliciones usan la radio local para explicar los presupuestos escolares.');
  await member.fill('input[name=url]', 'https://example.org/radio-comunitaria');
  await Promise.all([member.waitForURL(/\?in=es&notice=/), member.click('form[enctype="multipart/form-data"] button.primary')]);
  assert.equal(await member.textContent('h1'), TITLE_ES);
  await pages.check(member, 'resource in Spanish (en)');

  // A colleague reading Minga in Spanish finds it by language and reads it in Spanish.
  const admin = await (await newContext(browser)).newPage();
  await signIn(admin, base, 'orgadmin@demo.minga.test');
  await admin.click('form.langs button[value=es]');
  await admin.waitForFunction(() => document.documentElement.lang === 'es');
  await admin.goto(`${base}/library`);
  const option = await admin.textContent('select[name=language] option[value=es]');
  assert.match(option, /Español \(\d+\)/, 'the language filter says how many');
  await admin.selectOption('select[name=language]', 'es');
  await Promise.all([admin.waitForURL(/language=es/), admin.click('form[role=search] button.primary')]);
  await pages.check(admin, 'library filtered by language (es)');
  const card = admin.locator('ul.cards li', { hasText: TITLE_ES });
  assert.equal(await card.count(), 1);
  assert.equal(await card.locator('h3 a').getAttribute('lang'), 'es');
  await Promise.all([admin.waitForURL(/\/library\/[0-9a-f-]{36}/), card.locator('h3 a').click()]);
  assert.equal(await admin.textContent('h1'), TITLE_ES);
  await pages.check(admin, 'resource (es)');
  // The other language is offered, and opens in English with the file.
  await Promise.all([admin.waitForURL(/\?in=en$/), admin.click(`a[hreflang=en]`)]);
  assert.equal(await admin.textContent('h1'), TITLE_EN);
  assert.equal(await admin.getAttribute('h1', 'lang'), 'en');
  const href = await admin.getAttribute('a[download]', 'href');
  const res = await admin.context().request.get(`${base}${href}`);
  assert.equal(res.status(), 200);
  assert.match((await res.body()).toString('latin1'), /^%PDF-1\.4/);

  // Arabic: the list and the page, right to left, the titles isolated.
  await admin.click('form.langs button[value=ar]');
  await admin.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await admin.getAttribute('h1', 'dir'), 'auto');
  await pages.check(admin, 'resource (ar)');
  await admin.goto(`${base}/library`);
  await pages.check(admin, 'library (ar)');

  // A visitor does not see a resource kept for members.
  const visitor = await (await newContext(browser)).newPage();
  const hidden = await visitor.goto(`${base}${resourcePath}`);
  assert.equal(hidden.status(), 404);
  await visitor.goto(`${base}/library`);
  assert.equal(await visitor.locator('ul.cards li', { hasText: TITLE_EN }).count(), 0);
  await pages.check(visitor, 'library, visitor (en)');

  for (const p of [member, admin, visitor]) await p.context().close();
});

test('library pages validate', { timeout: 120_000 }, () => {
  pages.validateHtml();
});
