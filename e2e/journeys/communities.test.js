// Journey (issue 12): the Secretariat creates a Learning Community (a wrong
// form keeps what was typed); a member finds it, joins it, and sees its
// members; the Secretariat starts a topic, the member replies in Arabic
// with a mention, and the person mentioned finds it in their notifications
// (the count in the navigation, the page, the link to the reply); an
// invite-only community is asked to join with a note, and its
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

  // The Secretariat starts a topic; the member replies in Arabic and
  // mentions the org admin, who is told.
  await sec.goto(`${base}/communities/school-meals-that-work/topics/new`);
  await pages.check(sec, 'new topic');
  await sec.fill('input[name=title]', 'Menus that children eat');
  await sec.fill('textarea[name=body]', 'Which menus did children *really* eat in your schools?');
  await Promise.all([sec.waitForURL(/\/topics\/[0-9a-f-]{36}/), sec.click('form[action$="/topics/new"] button.primary')]);
  const topicUrl = sec.url().split('?')[0].split('#')[0];
  await member.goto(topicUrl);
  await pages.check(member, 'topic (ar)');
  // An empty reply is refused beside the field.
  await member.fill('textarea[name=body]', '   ');
  await member.click('#reply button[value=reply]');
  assert.ok(await member.locator('#e-body').isVisible(), 'an empty reply is named beside its field');
  await member.fill('textarea[name=body]', 'في مدارسنا نجحت وجبة العدس، @orgadmin ما رأيكم؟');
  await Promise.all([member.waitForURL(/#p2$/), member.click('#reply button[value=reply]')]);
  assert.match(await member.textContent('main'), /وجبة العدس/);
  assert.ok(await member.locator('a.mention, a[href^="/people/"]', { hasText: '@orgadmin' }).count() >= 1, 'the mention is a link');

  // The invite-only circle: the member asks with a note; its moderator lets them in.
  await member.goto(`${base}/communities/coalition-leaders-circle`);
  await pages.check(member, 'invite-only, outside (ar)');
  await member.fill('textarea[name=note]', 'نعمل على حملة للتغذية المدرسية.');
  await Promise.all([member.waitForURL(/notice=notice-community-requested/), member.click('form[action$="/request"] button')]);
  const admin = await (await newContext(browser)).newPage();
  await signIn(admin, base, 'orgadmin@demo.minga.test');
  // The mention waits in the admin's notifications and leads to the reply.
  await admin.goto(`${base}/notifications`);
  await pages.check(admin, 'notifications');
  const note = admin.locator('.notes li.unread a', { hasText: 'Menus that children eat' }).first();
  assert.match(await note.textContent(), /mentioned you/);
  await Promise.all([admin.waitForURL(/school-meals-that-work\/topics\//), note.click()]);
  assert.match(await admin.textContent('main'), /وجبة العدس/);
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
