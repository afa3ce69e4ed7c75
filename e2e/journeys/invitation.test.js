// Journey: the Secretariat invites a person; the invitee makes a mistake
// (the form keeps what they typed), accepts, edits their organisation's
// profile, switches to Arabic and sees the page right to left, signs out.
// Every page is checked with axe (WCAG 2.2 AA) and weighed against 50 KB.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMinga, launchBrowser, newContext, waitForMail } from '../lib/harness.js';
import { pageChecker, signIn as signInAt } from '../lib/pages.js';

let app;
let browser;
let pages;

before(async () => {
  app = await startMinga({ demo: true });
  browser = await launchBrowser();
  pages = pageChecker(browser, 'invitation');
});

after(async () => {
  // Page weights are a measured figure: kept for bench/RESULTS.md.
  pages?.saveWeights();
  await browser?.close();
  await app?.stop();
});

const checkPage = (page, label) => pages.check(page, label);
const signIn = (page, email, password) => signInAt(page, app.baseUrl, email, password);

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
  // Bad input: a translated message beside the field, the name kept; the
  // POST's own answer is checked and weighed.
  const refused = await pages.checkSubmit(guest, 'accept invitation (errors)', () => guest.click('button[type=submit].primary'));
  assert.equal(refused.status(), 422);
  await guest.waitForSelector('#e-password');
  assert.equal(await guest.inputValue('input[name=name]'), 'Nia Njeri');
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
  const refused = await pages.checkSubmit(page, 'sign in (error)', () => page.click('button[type=submit].primary'));
  assert.equal(refused.status(), 401);
  await page.waitForSelector('.alert');
  assert.match(await page.textContent('.alert'), /email or password is not right/);
  assert.equal(await page.inputValue('input[name=email]'), 'member@demo.minga.test');
  assert.equal(await page.inputValue('input[name=password]'), '');
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
  pages.validateHtml();
});
