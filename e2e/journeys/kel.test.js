// Journey (issue 13): an organisation contributes to a learning initiative
// and its output appears. The demo member's coalition reads the strategy,
// opens the clinic another coalition leads and offers a contribution: a
// date in the past is refused beside its field with everything typed kept.
// The Secretariat (who answers for any lead) tries to decline without a
// reason, is asked for one, and accepts instead. The member is told, opens
// a resource of the library, pastes its address as an output, and it
// appears on the initiative and its timeline — read in Arabic too. Every
// page passes the checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMinga, launchBrowser, newContext } from '../lib/harness.js';
import { pageChecker, signIn } from '../lib/pages.js';

const INITIATIVE = 'Digital campaigning clinic';
const RESOURCE = 'Financing education: a toolkit for coalitions';
let app;
let browser;
let pages;

before(async () => {
  app = await startMinga({ demo: true });
  browser = await launchBrowser();
  pages = pageChecker(browser, 'kel');
});

after(async () => {
  pages?.saveWeights();
  await browser?.close();
  await app?.stop();
});

function inDays(n) {
  const d = new Date(Date.now() + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

test('kel: a contribution offered, answered, and its output linked', { timeout: 300_000 }, async () => {
  const base = app.baseUrl;
  const member = await (await newContext(browser)).newPage();
  await signIn(member, base, 'member@demo.minga.test');
  await member.goto(`${base}/kel`);
  await pages.check(member, 'strategy (en)');
  await Promise.all([member.waitForURL(/\/kel\/initiatives\//), member.click(`a:text("${INITIATIVE}")`)]);
  await pages.check(member, 'initiative (en)');
  const path = new URL(member.url()).pathname;

  // An offer dated in the past: refused beside the date, nothing lost.
  const what = 'Two advisers for the first clinic, with our 2025 campaign as a case.';
  await member.fill('#f-what', what);
  await member.fill('#f-by_when', '2020-01-31');
  await member.fill('#f-who', 'Mateo and our digital officer');
  const refused = await pages.checkSubmit(member, 'offer refused (en)', () => member.click('form[action$="/contributions"] button.primary'));
  assert.equal(refused.status(), 422);
  assert.equal((await member.textContent('#e-by_when')).trim(), 'Choose today or a later date.');
  assert.equal(await member.inputValue('#f-what'), what);
  assert.equal(await member.inputValue('#f-who'), 'Mateo and our digital officer');
  await member.fill('#f-by_when', inDays(20));
  await Promise.all([member.waitForURL(/notice=notice-contribution-offered/), member.click('form[action$="/contributions"] button.primary')]);
  await pages.check(member, 'offer made (en)');
  assert.match(await member.textContent('#contributions'), /Waiting for an answer/);

  // The Secretariat answers: declining needs a reason; it accepts.
  const sec = await (await newContext(browser)).newPage();
  await signIn(sec, base, 'secretariat@demo.minga.test');
  await sec.goto(`${base}${path}`);
  await pages.check(sec, 'initiative with an offer (en)');
  const offer = sec.locator('#contributions li', { hasText: what });
  const declined = await pages.checkSubmit(sec, 'decline without a reason (en)', () => offer.locator('button[value=decline]').click());
  assert.equal(declined.status(), 422);
  assert.match(await sec.locator('#contributions li', { hasText: what }).locator('p.error').textContent(), /Say why you decline/);
  await Promise.all([sec.waitForURL(/notice=notice-contribution-answered/), sec.locator('#contributions li', { hasText: what }).locator('button[value=accept]').click()]);
  assert.match(await sec.locator('#contributions li', { hasText: what }).textContent(), /Accepted/);

  // The member is told, and links a library resource as an output.
  await member.goto(`${base}/notifications`);
  assert.equal(await member.locator('li', { hasText: INITIATIVE }).filter({ hasText: 'was accepted' }).count(), 1);
  await member.goto(`${base}/library`);
  await Promise.all([member.waitForURL(/\/library\/[0-9a-f-]{36}/), member.click(`a:text("${RESOURCE}")`)]);
  const address = member.url();
  await member.goto(`${base}${path}`);
  await member.fill('#f-address', address);
  await Promise.all([member.waitForURL(/notice=notice-output-added/), member.click('form[action$="/outputs"] button')]);
  await pages.check(member, 'output linked (en)');
  const outputs = member.locator('section[aria-labelledby=h-outputs] ul.notes');
  assert.match(await outputs.textContent(), new RegExp(RESOURCE));
  assert.match(await member.textContent('ol.timeline'), /linked an output/);
  assert.match(await member.textContent('#contributions'), /Contributing organisations/);

  // Anyone in the network follows it: the progress reads in Arabic too.
  const other = await (await newContext(browser)).newPage();
  await signIn(other, base, 'orgadmin@demo.minga.test');
  await other.goto(`${base}${path}`);
  await other.click('form.langs button[value=ar]');
  await other.waitForFunction(() => document.documentElement.dir === 'rtl');
  await pages.check(other, 'initiative (ar)');
  assert.equal(await other.locator(`section[aria-labelledby=h-outputs] a:text("${RESOURCE}")`).count(), 1);
  await other.goto(`${base}/kel`);
  await pages.check(other, 'strategy (ar)');

  for (const p of [member, sec, other]) await p.context().close();
});

test('kel pages validate', { timeout: 120_000 }, () => {
  pages.validateHtml();
});
