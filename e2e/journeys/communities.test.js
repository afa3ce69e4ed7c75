// Journey (issue 12): the Secretariat creates a Learning Community (a wrong
// form keeps what was typed); a member finds it, joins it, and sees its
// members; an invite-only community is asked to join with a note, and its
// moderator lets the person in from the members page; a person's page
// lists the communities the reader may see. In English and Arabic, with
// every page checked (axe, the width at 320 px, the Nu checker, the weight).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMinga, launchBrowser, newContext } from '../lib/harness.js';
import { pageChecker, signIn } from '../lib/pages.js';

let app;
let browser;
let pages;

before(async () => {
  app = await startMinga({ demo: true });
  browser = await launchBrowser();
  pages = pageChecker(browser, 'communities');
});

after(async () => {
  pages?.saveWeights();
  await browser?.close();
  await app?.stop();
});

test('communities: create, find, join, ask, let in', { timeout: 240_000 }, async () => {
  const base = app.baseUrl;
  const sec = await (await newContext(browser)).newPage();
  await signIn(sec, base, 'secretariat@demo.minga.test');
  await sec.goto(`${base}/communities`);
  await pages.check(sec, 'communities');
  await Promise.all([sec.waitForURL(/\/communities\/new$/), sec.click('a[href="/communities/new"]')]);
  await pages.check(sec, 'new community');
  // A title of spaces only (the browser asks for one; the server trims it):
  // refused beside the field, the purpose typed is kept.
  await sec.fill('input[name=title]', '   ');
  await sec.fill('textarea[name=purpose]', 'Learning **together** about school meals.');
  await sec.click('form.stack button.primary');
  assert.equal(await sec.inputValue('textarea[name=purpose]'), 'Learning **together** about school meals.');
  assert.ok(await sec.locator('#e-title').isVisible(), 'the missing title is named beside its field');
  await pages.check(sec, 'new community with errors');
  await sec.fill('input[name=title]', 'School meals that work');
  await sec.check('#f-vis-public');
  await sec.check('input[name=languages][value=ar]');
  await Promise.all([sec.waitForURL(/\/communities\/school-meals-that-work\?notice=/), sec.click('form.stack button.primary')]);
  await pages.check(sec, 'community');
  assert.match(await sec.innerHTML('.prose'), /<strong>together<\/strong>/);

  // A member finds it in Arabic, joins it, and sees themself among its members.
  const member = await (await newContext(browser)).newPage();
  await signIn(member, base, 'member@demo.minga.test');
  await member.click('form.langs button[value=ar]');
  await member.waitForFunction(() => document.documentElement.lang === 'ar');
  await member.goto(`${base}/communities`);
  await pages.check(member, 'communities (ar)');
  await Promise.all([member.waitForURL(/school-meals-that-work$/), member.click('a[href="/communities/school-meals-that-work"]')]);
  await Promise.all([member.waitForURL(/notice=notice-community-joined/), member.click('form[action$="/join"] button')]);
  await pages.check(member, 'community joined (ar)');
  assert.match(await member.textContent('#members-h'), /1/, 'the member is its first member');
  assert.ok(await member.locator('.chips a[href^="/people/"]').count() >= 1);

  // The invite-only circle: the member asks with a note; its moderator lets them in.
  await member.goto(`${base}/communities/coalition-leaders-circle`);
  await pages.check(member, 'invite-only, outside (ar)');
  await member.fill('textarea[name=note]', 'نعمل على حملة للتغذية المدرسية.');
  await Promise.all([member.waitForURL(/notice=notice-community-requested/), member.click('form[action$="/request"] button')]);
  const admin = await (await newContext(browser)).newPage();
  await signIn(admin, base, 'orgadmin@demo.minga.test');
  await admin.goto(`${base}/communities/coalition-leaders-circle`);
  await Promise.all([admin.waitForURL(/\/members#requests$/), admin.click('a[href$="/members#requests"]')]);
  await pages.check(admin, 'members and requests');
  const request = admin.locator('#requests ~ ul.people > li', { hasText: 'Mateo Member' });
  assert.match(await request.textContent(), /نعمل على حملة للتغذية المدرسية/);
  await Promise.all([admin.waitForURL(/notice=notice-community-answered/), request.locator('button.primary').click()]);
  await member.goto(`${base}/communities/coalition-leaders-circle`);
  assert.ok(await member.locator('#members-h').isVisible(), 'now inside, the member sees who is there');

  // A person's page lists the communities the reader may see.
  await Promise.all([member.waitForURL(/\/people\//), member.click('.chips a[href^="/people/"] >> nth=0')]);
  await pages.check(member, 'person (ar)');
  assert.ok(await member.locator('a[href="/communities/coalition-leaders-circle"]').count() === 1);
});
