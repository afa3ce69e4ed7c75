// Journey: the Secretariat invites a person; the invitee makes a mistake
// (the form keeps what they typed), accepts, edits their organisation's
// profile, switches to Arabic and sees the page right to left, signs out.
// Every page is checked with axe (WCAG 2.2 AA) and weighed against 50 KB.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import {
  startMinga, launchBrowser, newContext, waitForMail, assertNoA11yViolations, pageWeight,
} from '../lib/harness.js';

const BUDGET = 50 * 1024;
let app;
let browser;
const weights = [];
const htmlDir = path.join(process.cwd(), '..', 'target', 'test-logs', 'html');
let htmlCount = 0;

before(async () => {
  fs.rmSync(htmlDir, { recursive: true, force: true });
  app = await startMinga({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  // Page weights are a measured figure: keep them for bench/RESULTS.md.
  const out = path.join(process.cwd(), '..', 'target', 'test-logs', 'page-weights.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(weights, null, 2));
  await browser?.close();
  await app?.stop();
});

async function checkPage(page, label) {
  await assertNoA11yViolations(page);
  await assertFitsNarrowScreen(page, label);
  // Keep the page's source, as served, for the HTML validator at the end.
  const source = await page.evaluate(() => fetch(location.href, { credentials: 'same-origin' }).then((r) => r.text()));
  fs.mkdirSync(htmlDir, { recursive: true });
  htmlCount += 1;
  fs.writeFileSync(path.join(htmlDir, `${String(htmlCount).padStart(2, '0')}-${label.replace(/[^a-z0-9]+/gi, '-')}.html`), source);
  const weigher = await browser.newContext();
  const p = await weigher.newPage();
  // Weigh as the same person would see it: copy the cookies across.
  await weigher.addCookies(await page.context().cookies());
  const bytes = await pageWeight(p, page.url());
  await weigher.close();
  weights.push({ page: label, url: new URL(page.url()).pathname, bytes });
  assert.ok(bytes <= BUDGET, `${label} weighs ${bytes} bytes, over the ${BUDGET} budget`);
}

// Usable at 320 px: nothing may force sideways scrolling on a small phone.
async function assertFitsNarrowScreen(page, label) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.setViewportSize(size);
  assert.ok(overflow <= 0, `${label} is ${overflow}px wider than a 320px screen`);
}

async function signIn(page, email, password) {
  await page.goto(`${app.baseUrl}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('button[type=submit].primary')]);
}

test('invitation, acceptance, profile edit, Arabic, sign out', { timeout: 180_000 }, async () => {
  const sec = await (await newContext(browser)).newPage();
  await signIn(sec, 'secretariat@demo.minga.test', 'minga-demo');
  await checkPage(sec, 'home (signed in)');

  // Find the demo org admin's coalition through the directory.
  await sec.goto(`${app.baseUrl}/orgs?country=KE`);
  await checkPage(sec, 'directory (filtered)');
  const orgLink = sec.locator('ul.cards a').first();
  const orgName = (await orgLink.textContent()).trim();
  await orgLink.click();
  await checkPage(sec, 'organisation profile');
  await sec.click('a[href$="/invite"]');
  await checkPage(sec, 'invite form');
  await sec.fill('input[name=email]', 'new.person@example.org');
  await sec.selectOption('select[name=role]', 'org_admin');
  await sec.click('button[type=submit].primary');
  await sec.waitForSelector('.notice');

  const mail = await waitForMail(app.dataDir, (m) => m.to.includes('new.person@example.org'));
  assert.match(mail.subject, new RegExp(orgName.replace(/[()]/g, '.').slice(0, 20)));
  const link = mail.text.match(/https?:\/\/\S+\/invite\/\S+/)[0];

  const guestCtx = await newContext(browser);
  const guest = await guestCtx.newPage();
  await guest.goto(link);
  await checkPage(guest, 'accept invitation');
  await guest.fill('input[name=name]', 'Nia Njeri');
  await guest.fill('input[name=password]', 'short');
  await guest.fill('input[name=password_confirm]', 'short');
  await guest.click('button[type=submit].primary');
  // Bad input: a translated message beside the field, the name kept.
  await guest.waitForSelector('#e-password');
  assert.equal(await guest.inputValue('input[name=name]'), 'Nia Njeri');
  await checkPage(guest, 'accept invitation (errors)');
  await guest.fill('input[name=password]', 'a long enough password');
  await guest.fill('input[name=password_confirm]', 'a long enough password');
  await Promise.all([guest.waitForURL((u) => u.pathname === '/'), guest.click('button[type=submit].primary')]);
  assert.match(await guest.textContent('h1'), /Nia Njeri/);

  // Sign out and in again with the new password.
  await guest.click('header form[action="/logout"] button');
  await guest.waitForURL((u) => u.pathname === '/login');
  await signIn(guest, 'new.person@example.org', 'a long enough password');

  // Edit the organisation's profile.
  await guest.click('a[href$="/edit"]');
  await checkPage(guest, 'edit organisation');
  await guest.fill('textarea[name=description]', 'We **lead** budget tracking in East Africa.');
  await guest.click('button[type=submit].primary');
  await guest.waitForSelector('.notice');
  assert.equal(await guest.textContent('.prose strong'), 'lead');

  // Switch to Arabic: the page turns right to left.
  await guest.click('form.langs button[value=ar]');
  await guest.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await guest.getAttribute('html', 'lang'), 'ar');
  await checkPage(guest, 'organisation profile (Arabic)');
  await guest.goto(`${app.baseUrl}/account`);
  assert.equal(await guest.getAttribute('html', 'dir'), 'rtl');
  await checkPage(guest, 'account (Arabic)');

  await guest.click('header form[action="/logout"] button');
  await guest.waitForURL((u) => u.pathname === '/login');
  await checkPage(guest, 'sign in (Arabic visitor)');
  await guestCtx.close();
});

test('a wrong password is refused and the email is kept', { timeout: 60_000 }, async () => {
  const page = await (await newContext(browser)).newPage();
  await page.goto(`${app.baseUrl}/login`);
  await checkPage(page, 'sign in');
  await page.fill('input[name=email]', 'member@demo.minga.test');
  await page.fill('input[name=password]', 'not-the-password');
  await page.click('button[type=submit].primary');
  await page.waitForSelector('.alert');
  assert.match(await page.textContent('.alert'), /email or password is not right/);
  assert.equal(await page.inputValue('input[name=email]'), 'member@demo.minga.test');
  assert.equal(await page.inputValue('input[name=password]'), '');
  await checkPage(page, 'sign in (error)');
});

test('public pages for anonymous visitors, in every language', { timeout: 90_000 }, async () => {
  const page = await (await newContext(browser)).newPage();
  for (const lang of ['en', 'es', 'fr', 'pt', 'ar']) {
    await page.goto(`${app.baseUrl}/orgs?lang=${lang}`);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await checkPage(page, `directory (${lang})`);
  }
  await page.goto(`${app.baseUrl}/`);
  await checkPage(page, 'home (visitor)');
  await page.goto(`${app.baseUrl}/password/forgot`);
  await checkPage(page, 'forgot password');
  const res = await page.goto(`${app.baseUrl}/no-such-page`);
  assert.equal(res.status(), 404);
  await checkPage(page, 'not found');
});

test('every page visited is valid HTML (Nu Html Checker)', { timeout: 120_000 }, () => {
  const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
  const files = fs.readdirSync(htmlDir).map((f) => path.join(htmlDir, f));
  assert.ok(files.length >= 10, `only ${files.length} pages were saved`);
  let report;
  try {
    execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { stdio: 'pipe' });
    report = { messages: [] };
  } catch (e) {
    // vnu exits 1 when it finds errors and writes its JSON report to stderr.
    report = JSON.parse(e.stderr.toString());
  }
  const errors = report.messages.filter((m) => m.type === 'error');
  assert.deepEqual(errors.map((m) => `${path.basename(m.url)}:${m.lastLine}: ${m.message}`), []);
});
