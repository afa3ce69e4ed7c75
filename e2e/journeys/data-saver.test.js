// Journey (issue 12): data saver on and off. A member turns data saver on in
// their account; the demo recording's page then offers the sound first and
// the browser loads none of the recording's bytes (no video, sound, picture
// or captions) until the member asks, and choosing the sound still loads
// nothing before play is pressed. Turned off again, the page offers the
// video player with its picture. Every page checked (axe, 320 px, the Nu
// checker, weight).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMinga, launchBrowser, newContext } from '../lib/harness.js';
import { pageChecker, signIn } from '../lib/pages.js';

const SLUG = 'financing-education';

let app;
let browser;
let pages;

before(async () => {
  app = await startMinga({ demo: true });
  browser = await launchBrowser();
  pages = pageChecker(browser, 'data-saver');
});

after(async () => {
  pages?.saveWeights();
  await browser?.close();
  await app?.stop();
});

/** Wait (bounded) until fn() is true, polling; fails with what() after the timeout. */
async function until(fn, what, timeoutMs = 30_000, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await fn()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${await what()}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Sets the data saver box on the account page and saves it. */
async function setDataSaver(page, base, on) {
  await page.goto(`${base}/account`);
  await page.setChecked('#f-data_saver', on);
  await Promise.all([page.waitForURL(/\/account\?notice=/), page.click('form[action="/account/data-saver"] button[type=submit]')]);
  assert.equal(await page.isChecked('#f-data_saver'), on);
}

test('data saver: sound first and nothing loaded until asked; off again', { timeout: 240_000 }, async () => {
  const base = app.baseUrl;
  const member = await (await newContext(browser)).newPage();
  await signIn(member, base, 'member@demo.minga.test');

  // The demo's recording, in the public demo community; its lighter
  // versions are made in the background (waited for without a browser, so
  // no page load asks for anything).
  await member.goto(`${base}/communities/${SLUG}`);
  const href = await member.locator('a[href^="/media/"]').first().getAttribute('href');
  const mediaPath = new URL(href, base).pathname;
  assert.match(mediaPath, /^\/media\/[0-9a-f-]{36}$/);
  const request = member.context().request;
  await until(
    async () => (await (await request.get(`${base}${mediaPath}`)).text()).includes(`${mediaPath}/renditions/audio.ogg`),
    () => 'the demo recording\'s renditions',
    90_000,
    1000,
  );

  // Off at first (the demo member's own setting), so the page offers the video.
  await member.goto(`${base}/account`);
  assert.equal(await member.isChecked('#f-data_saver'), false);

  await setDataSaver(member, base, true);
  await pages.check(member, 'account, data saver on');

  // Every request for the recording's bytes, pictures and captions.
  const asked = [];
  member.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.startsWith(`${mediaPath}/`)) asked.push(p);
  });
  await member.goto(`${base}${mediaPath}`, { waitUntil: 'networkidle' });
  await pages.check(member, 'recording, data saver on');
  assert.equal(await member.locator('#player video, #player audio').count(), 0, 'no player until asked');
  assert.match(await member.textContent('#player'), /Data saver is on: nothing is downloaded until you choose what to play/);
  const choices = member.locator('#player ul.choices li a');
  assert.match(await choices.first().textContent(), /^Play the sound only \(.+\)$/);
  assert.equal(await choices.first().getAttribute('href'), `${mediaPath}?play=audio#player`);
  assert.deepEqual(asked, [], 'the browser asked for none of the recording');

  // Asking for the sound gives an <audio> that still loads nothing until played.
  await Promise.all([member.waitForURL(/\?play=audio#player$/), choices.first().click()]);
  await member.waitForLoadState('networkidle');
  await pages.check(member, 'recording, sound chosen, data saver on');
  assert.equal(await member.getAttribute('#player audio', 'preload'), 'none');
  assert.equal(await member.getAttribute('#player audio source', 'src'), `${mediaPath}/renditions/audio.ogg`);
  assert.equal(await member.locator('#player video').count(), 0);
  assert.deepEqual(asked, [], 'choosing is not playing: nothing loaded yet');
  const heard = await member.evaluate(async () => {
    const a = document.querySelector('#player audio');
    a.muted = true;
    await a.play();
    await new Promise((resolve) => a.addEventListener('timeupdate', resolve, { once: true }));
    return a.error && a.error.code;
  });
  assert.equal(heard, null);
  assert.ok(asked.includes(`${mediaPath}/renditions/audio.ogg`), `played: the sound is asked for (${asked})`);
  assert.ok(!asked.includes(`${mediaPath}/file`), 'and never the video');

  // Off again: the video player, with its picture.
  await setDataSaver(member, base, false);
  await member.goto(`${base}${mediaPath}`);
  await pages.check(member, 'recording, data saver off');
  assert.equal(await member.getAttribute('#player video source', 'src'), `${mediaPath}/file`);
  assert.equal(await member.getAttribute('#player video', 'poster'), `${mediaPath}/renditions/poster.jpg`);
  assert.ok(await member.locator('#player video track[srclang=es]').count() === 1);
  assert.doesNotMatch(await member.textContent('#player'), /Data saver is on/);

  pages.validateHtml();
});
