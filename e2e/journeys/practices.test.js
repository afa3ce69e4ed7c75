// Journey (issue 13): submit a practice, have it sent back, fix and publish
// it, and record "we tried this" from another organisation. The demo member
// writes a practice in the template and saves a draft; sending it for
// review with a section left empty is refused beside that section, with
// everything typed kept. Sent, the Secretariat comments beside "Results and
// evidence" and asks for changes; the member sees the comment, fixes the
// section and sends it again; the Secretariat publishes it. The admin of
// another coalition, reading Minga in Spanish, records that they tried it:
// it shows on the practice and in the list's count. Every page passes the
// checks, the practice in Arabic too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMinga, launchBrowser, newContext } from '../lib/harness.js';
import { pageChecker, signIn } from '../lib/pages.js';

const TITLE = 'Parent report cards on school spending';
let app;
let browser;
let pages;

before(async () => {
  app = await startMinga({ demo: true });
  browser = await launchBrowser();
  pages = pageChecker(browser, 'practices');
});

after(async () => {
  pages?.saveWeights();
  await browser?.close();
  await app?.stop();
});

const submitButton = 'form button[name=action][value=submit]';

test('practices: sent back, fixed, published, tried elsewhere', { timeout: 300_000 }, async () => {
  const base = app.baseUrl;
  const member = await (await newContext(browser)).newPage();
  await signIn(member, base, 'member@demo.minga.test');
  await member.goto(`${base}/practices`);
  await pages.check(member, 'practices (en)');
  await Promise.all([member.waitForURL(/\/practices\/new$/), member.click('a.btn[href="/practices/new"]')]);
  await pages.check(member, 'write a practice (en)');

  // A first draft, saved.
  await member.fill('input[name=title]', TITLE);
  await member.fill('textarea[name=context]', 'Twelve primary schools in Kisumu, 2024.');
  await member.fill('textarea[name=challenge]', 'Parents never saw how school grants were spent.');
  await member.check('input[name=items][value=budget-tracking]');
  await Promise.all([member.waitForURL(/\/edit\?notice=notice-practice-saved$/), member.click('form button[name=action][value=save]')]);
  await pages.check(member, 'draft saved (en)');
  const practicePath = new URL(member.url()).pathname.replace(/\/edit$/, '');

  // Sent for review with "Results and evidence" empty: refused there, nothing lost.
  await member.fill('textarea[name=approach]', 'A one-page report card per school, read aloud at a parents meeting.');
  await member.fill('textarea[name=lessons]', 'Print in the local language.');
  await member.fill('textarea[name=replicate]', 'A volunteer per school and a printer.');
  const refused = await pages.checkSubmit(member, 'sent with a section missing (en)', () => member.click(submitButton));
  assert.equal(refused.status(), 422);
  assert.equal((await member.textContent('#e-results')).trim(), 'Write this section before sending the practice for review.');
  assert.equal(await member.getAttribute('#f-results', 'aria-invalid'), 'true');
  assert.equal(await member.inputValue('textarea[name=approach]'), 'A one-page report card per school, read aloud at a parents meeting.');
  assert.equal(await member.isChecked('input[name=items][value=budget-tracking]'), true);
  await member.fill('textarea[name=results]', 'Parents asked questions in 9 of 12 schools.');
  await Promise.all([member.waitForURL(/\?notice=notice-practice-submitted$/), member.click(submitButton)]);
  await pages.check(member, 'practice sent for review (en)');
  assert.match(await member.textContent('p.meta .tag'), /Waiting for review/);

  // The Secretariat asks for changes, with a comment beside the results.
  const sec = await (await newContext(browser)).newPage();
  await signIn(sec, base, 'secretariat@demo.minga.test');
  await sec.goto(`${base}/practices/review`);
  await pages.check(sec, 'practices to review (en)');
  await Promise.all([sec.waitForURL((u) => u.pathname === practicePath), sec.click(`a[href="${practicePath}"]`)]);
  await pages.check(sec, 'practice under review (en)');
  await sec.fill('#f-comment_results', 'How many parents came? Add the figure.');
  await Promise.all([sec.waitForURL(/notice=notice-practice-changes-requested/), sec.click('button[name=step][value=request-changes]')]);

  // The member is told, reads the comment beside the section, fixes it.
  await member.goto(`${base}/notifications`);
  assert.equal(await member.locator('li', { hasText: TITLE }).filter({ hasText: 'asks for changes' }).count(), 1);
  await member.goto(`${base}${practicePath}`);
  await pages.check(member, 'practice sent back (en)');
  assert.match(await member.textContent('#h-results ~ ul.notes'), /How many parents came\? Add the figure\./);
  await Promise.all([member.waitForURL(/\/edit$/), member.click(`a[href="${practicePath}/edit"]`)]);
  await member.fill('textarea[name=results]', 'Parents asked questions in 9 of 12 schools; 640 parents came in all.');
  await Promise.all([member.waitForURL(/\?notice=notice-practice-submitted$/), member.click(submitButton)]);

  // Published.
  await sec.goto(`${base}${practicePath}`);
  await Promise.all([sec.waitForURL(/notice=notice-practice-published/), sec.click('button[name=step][value=publish]')]);
  assert.match(await sec.textContent('p.meta .tag'), /Published/);
  await pages.check(sec, 'practice published (en)');

  // Another coalition's admin, in Spanish, records that they tried it.
  const other = await (await newContext(browser)).newPage();
  await signIn(other, base, 'person1@demo.minga.test');
  await other.goto(`${base}${practicePath}`);
  await other.waitForFunction(() => document.documentElement.lang === 'es');
  await pages.check(other, 'published practice (es)');
  await other.fill('textarea[name=tried_context]', 'Seis escuelas de Anguila, 2025.');
  await other.fill('textarea[name=tried_results]', 'Las familias pidieron el presupuesto en cuatro escuelas.');
  await Promise.all([other.waitForURL(/notice=notice-practice-tried/), other.click('form[action$="/tried"] button.primary')]);
  await pages.check(other, 'practice tried (es)');
  assert.match(await other.textContent('#h-tried + ul.notes'), /Anguilla Coalition for Education/);
  assert.equal(await other.locator('form[action$="/tried"]').count(), 0, 'one record per organisation');
  await other.goto(`${base}/practices?item=budget-tracking`);
  const card = other.locator('ul.cards li', { hasText: TITLE });
  assert.match(await card.textContent(), /Probada por 1 organización más/);

  // The member reads it in Arabic.
  await member.goto(`${base}${practicePath}`);
  await member.click('form.langs button[value=ar]');
  await member.waitForFunction(() => document.documentElement.dir === 'rtl');
  await pages.check(member, 'published practice (ar)');

  for (const p of [member, sec, other]) await p.context().close();
});

test('practice pages validate', { timeout: 120_000 }, () => {
  pages.validateHtml();
});
