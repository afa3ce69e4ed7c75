// Journey (issue 5): the Secretariat opens a mapping round; a Southern
// coalition fills and submits its capacity profile with a need for digital
// advocacy and a file as evidence (a file over the limit is refused without
// losing what was typed); the map shows a need it did not show before; the matches page proposes a Northern
// coalition with reasons; an exchange is requested, accepted and completed.
// Issue 11: the exchange page names who asked and answered and lists the
// people of both sides with their emails; the two sides write to each other
// in its thread (an empty message is refused beside the field) and are
// emailed; a second request is withdrawn after a confirmation, its helper is
// told, and the Secretariat finds it in the network's filtered list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMinga, launchBrowser, newContext, waitForMail } from '../lib/harness.js';
import { pageChecker, signIn } from '../lib/pages.js';

let app;
let browser;
let pages;

before(async () => {
  // A 1 MB upload limit, so the journey can try a file that is too large.
  app = await startMinga({ demo: true, extraArgs: ['--max-upload-mb', '1'] });
  browser = await launchBrowser();
  pages = pageChecker(browser, 'capacity');
});

after(async () => {
  pages?.saveWeights();
  await browser?.close();
  await app?.stop();
});

test('map of capacities: round, profile, map, matches, exchange', { timeout: 240_000 }, async () => {
  const base = app.baseUrl;
  // The Secretariat opens a round for the Global South.
  const sec = await (await newContext(browser)).newPage();
  await signIn(sec, base, 'secretariat@demo.minga.test');
  await sec.goto(`${base}/capacity/rounds`);
  await pages.check(sec, 'rounds');
  await sec.fill('input[name=title_en]', 'Capacity mapping, journey test');
  // A title for Arabic readers too (its fold is opened to type it).
  await sec.click('summary[lang=ar]');
  await sec.fill('input[name=title_ar]', 'رسم خريطة القدرات، اختبار');
  const deadline = new Date(Date.now() + 20 * 86400e3).toISOString().slice(0, 10);
  await sec.fill('input[name=deadline]', deadline);
  await sec.selectOption('select[name=group]', 'south');
  await Promise.all([sec.waitForURL(/\/capacity\/rounds\/[0-9a-f-]+/), sec.click('form[action="/capacity/rounds"] button.primary')]);
  // A draft first: its list is checked before anyone is asked.
  await pages.check(sec, 'round draft');
  assert.match(await sec.textContent('main'), /not open yet/);
  assert.ok((await sec.locator('form[action$="/remove"]').count()) > 0, 'the draft lists its organisations');
  await Promise.all([sec.waitForURL(/notice=notice-round-opened/), sec.click('form[action$="/open"] button.primary')]);
  await pages.check(sec, 'round progress');
  assert.match(await sec.textContent('h1'), /journey test/);
  await waitForMail(app.dataDir, (m) => m.subject.includes('journey test') && m.to.includes('orgadmin@demo.minga.test'));

  // The Southern coalition's admin fills and submits the profile. Before it
  // does, nobody in the demo needs help with youth engagement (the demo's
  // needs are all in five other items), so the map of that need is blank.
  const coalition = await (await newContext(browser)).newPage();
  await signIn(coalition, base, 'orgadmin@demo.minga.test');
  const youthNeedMap = `${base}/capacity/world?measure=need&item=youth-engagement`;
  const colouredCountries = 'svg path.h1, svg path.h2, svg path.h3, svg path.h4, svg path.h5';
  await coalition.goto(youthNeedMap);
  assert.match(await coalition.textContent('#world-h'), /Youth and student engagement/);
  assert.equal(await coalition.locator(colouredCountries).count(), 0, 'no country has the need yet');
  assert.match(await coalition.textContent('main'), /No organisation has this yet\./);
  await coalition.goto(`${base}/capacity/profile`);
  await pages.check(coalition, 'capacity profile');
  const coalitionName = (await coalition.textContent('main p.meta bdi')).trim();
  await coalition.selectOption('select[name=need_youth-engagement]', 'medium');
  await coalition.fill('input[name=needdesc_youth-engagement]', 'Bringing student unions into our campaigns');
  await coalition.check('input[name=level_digital-advocacy][value="0"]');
  await coalition.selectOption('select[name=need_digital-advocacy]', 'high');
  await coalition.fill('input[name=needdesc_digital-advocacy]', 'Running social media campaigns on education budgets');
  await coalition.check('input[name=level_teachers][value="3"]');
  await coalition.fill('textarea[name=evidence_teachers]', 'We co-founded the national teachers forum.');
  await coalition.check('input[name=share_teachers]');
  // Evidence as files: one too large, one fine. The large one is refused
  // beside its input; the other file and everything typed are kept.
  const report = Buffer.from('%PDF-1.4\n% teachers forum report\n');
  // Evidence is judged by its first bytes: the video starts as an MP4 does.
  const video = Buffer.alloc(1_100_000, 1);
  Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42\0\0\0\0mp42isom')]).copy(video);
  await coalition.setInputFiles('input[name=upload_teachers]', [
    { name: 'forum-report.pdf', mimeType: 'application/pdf', buffer: report },
    { name: 'forum-video.mp4', mimeType: 'video/mp4', buffer: video },
  ]);
  const refused = await pages.checkSubmit(coalition, 'capacity profile (file too large)', () =>
    coalition.click('button[name=action][value=submit]'),
  );
  assert.equal(refused.status(), 422);
  await coalition.waitForSelector('.alert');
  assert.match(await coalition.textContent('main'), /forum-video\.mp4.+larger than 1 MB/);
  assert.equal(await coalition.inputValue('textarea[name=evidence_teachers]'), 'We co-founded the national teachers forum.');
  assert.equal(await coalition.inputValue('input[name=needdesc_digital-advocacy]'), 'Running social media campaigns on education budgets');
  assert.ok(await coalition.isChecked('input[name=file_teachers]'), 'the good file stays attached');
  await coalition.click('button[name=action][value=submit]');
  await coalition.waitForSelector('.notice');
  assert.match(await coalition.textContent('main'), /Submitted/);
  const evidenceHref = await coalition.locator('a', { hasText: 'forum-report.pdf' }).first().getAttribute('href');
  const evidence = await coalition.request.get(`${base}${evidenceHref}`);
  assert.equal(evidence.status(), 200);
  assert.deepEqual(Buffer.from(await evidence.body()), report);

  // The map shows the new need: one country coloured, the coalition's, and
  // its drill-down names the coalition and what it asked for.
  await coalition.goto(youthNeedMap);
  await pages.check(coalition, 'map of capacities');
  const coloured = coalition.locator(colouredCountries);
  assert.equal(await coloured.count(), 1, 'exactly one country has the need now');
  assert.match(await coloured.locator('title').textContent(), /^Kenya: 1$/);
  const rows = coalition.locator('section[aria-labelledby=world-h] tbody tr');
  assert.equal(await rows.count(), 1);
  // (The table sits in a closed <details>: follow its link.)
  const drill = await rows.first().locator('a').getAttribute('href');
  assert.match(drill, /\/capacity\/orgs\?/);
  await coalition.goto(new URL(drill, coalition.url()).href);
  const cards = coalition.locator('ul.cards > li');
  assert.equal(await cards.count(), 1);
  assert.equal((await cards.first().locator('h2').textContent()).trim(), coalitionName);
  assert.match(await cards.first().textContent(), /Bringing student unions into our campaigns/);

  // On a 320 px phone every column of every heat table is on screen (the
  // North's numbers sit in "Europe and North America", the last column), in
  // English and in Arabic.
  const phone = await (await newContext(browser, { viewport: { width: 320, height: 640 } })).newPage();
  await signIn(phone, base, 'secretariat@demo.minga.test');
  // (Arabic first: a signed-in reader's language choice is remembered.)
  for (const lang of ['ar', 'en']) {
    await phone.goto(`${base}/capacity?measure=need&lang=${lang}`);
    const tables = await phone.$$eval('table.heat', (ts) => ts.map((t) => [t.closest('.scroll').clientWidth, t.closest('.scroll').scrollWidth, t.querySelectorAll('thead th').length]));
    assert.ok(tables.length > 0, 'heat tables are shown');
    for (const [client, scroll, columns] of tables) {
      assert.ok(scroll <= client, `${lang}: a heat table of ${columns - 1} regions is ${scroll - client}px wider than its 320 px screen`);
    }
  }
  await phone.context().close();

  // The matches page proposes a Northern coalition with reasons.
  await coalition.goto(`${base}/capacity/matches`);
  await pages.check(coalition, 'peer matches');
  const block = coalition.locator('section.need-block', { hasText: 'Digital advocacy' });
  const first = block.locator('ol.matches > li').first();
  assert.match(await first.textContent(), /Europe and North America/);
  assert.match(await first.textContent(), /Rates itself/);
  const helperName = (await first.locator('h3').textContent()).trim();
  await first.locator('summary').click();
  await first.locator('textarea[name=message]').fill('Could we learn how you plan online campaigns?');
  await Promise.all([coalition.waitForURL(/\/capacity\/exchanges\//), first.locator('button.primary').click()]);
  await pages.check(coalition, 'exchange (requested)');
  const exchangeUrl = coalition.url().split('?')[0];

  // The helper's admin, found on its profile, accepts, and later completes.
  await sec.goto(`${base}/orgs?q=${encodeURIComponent(helperName.slice(0, 12))}`);
  await sec.locator('ul.cards a', { hasText: helperName.slice(0, 12) }).first().click();
  const adminRow = sec.locator('tr', { hasText: 'Organisation admin' }).first();
  const helperEmail = (await adminRow.locator('a[href^="mailto:"]').textContent()).trim();
  // In the helper admin's own language: match on the link, not the words.
  await waitForMail(app.dataDir, (m) => m.to.includes(helperEmail) && m.text.includes(exchangeUrl.replace(base, '')));
  const helper = await (await newContext(browser)).newPage();
  await signIn(helper, base, helperEmail);
  await helper.goto(exchangeUrl);
  await helper.fill('textarea[name=text]', 'Yes, gladly: let us meet next week.');
  await helper.click('button[name=step][value=accept]');
  await helper.waitForSelector('.notice');

  // Who asked and who answered, and how to reach the people of both sides.
  await coalition.goto(exchangeUrl);
  const people = coalition.locator('section[aria-labelledby=people-h]');
  assert.ok(await people.locator(`a[href="mailto:${helperEmail}"]`).count() >= 1, 'the helper admin is a contact');
  assert.ok(await people.locator('a[href="mailto:orgadmin@demo.minga.test"]').count() >= 1, 'the requester is a contact');
  assert.match(await coalition.textContent('dl.facts'), /Asked by/);
  assert.match(await coalition.textContent('dl.facts'), /Answered by/);

  // The thread: an empty message is refused beside the field, then the
  // coalition writes (Markdown) and the helper is emailed with a link back.
  const emptyMessage = await pages.checkSubmit(coalition, 'exchange (empty message)', () =>
    coalition.click('form[action$="/messages"] button.primary'),
  );
  assert.equal(emptyMessage.status(), 422);
  assert.ok(await coalition.isVisible('#e-body'));
  await coalition.fill('textarea[name=body]', 'Thank you! Our **campaign calendar** is attached to our profile.');
  await coalition.click('form[action$="/messages"] button.primary');
  await coalition.waitForSelector('.notice');
  await pages.check(coalition, 'exchange (thread)');
  assert.equal(await coalition.locator('ol.thread > li').count(), 1);
  assert.equal(await coalition.textContent('ol.thread div.prose strong'), 'campaign calendar');
  await waitForMail(app.dataDir, (m) => m.to.includes(helperEmail) && m.text.includes('campaign calendar') && m.text.includes(exchangeUrl.replace(base, '')));
  // The helper answers in the thread; the coalition reads both, oldest first.
  await helper.goto(exchangeUrl);
  await helper.fill('textarea[name=body]', 'Great, we will look at it before Tuesday.');
  await helper.click('form[action$="/messages"] button.primary');
  await helper.waitForSelector('.notice');
  await waitForMail(app.dataDir, (m) => m.to.includes('orgadmin@demo.minga.test') && m.text.includes('before Tuesday'));
  await coalition.goto(exchangeUrl);
  const thread = coalition.locator('ol.thread > li');
  assert.equal(await thread.count(), 2);
  assert.match(await thread.nth(0).textContent(), /campaign calendar/);
  assert.match(await thread.nth(1).textContent(), /before Tuesday/);
  assert.equal(await thread.nth(1).locator('div.prose').getAttribute('dir'), 'auto');
  await helper.fill('textarea[name=text]', 'We shared our campaign planning template and learnt about their budget work.');
  await helper.setInputFiles('input[name=upload]', {
    name: 'campaign-template.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% template\n'),
  });
  await helper.click('button[name=step][value=complete]');
  await helper.waitForSelector('.notice');

  // The coalition records what it learnt.
  await coalition.goto(exchangeUrl);
  assert.match(await coalition.textContent('main'), /Completed/);
  await coalition.fill('textarea[name=text]', 'We planned our first online campaign with their template.');
  await coalition.click('button[name=step][value=outcome]');
  await coalition.waitForSelector('.notice');
  await pages.check(coalition, 'exchange (completed)');
  assert.match(await coalition.textContent('main'), /first online campaign/);
  // What the exchange produced is there for the coalition to download.
  const template = coalition.locator('a', { hasText: 'campaign-template.pdf' });
  const got = await coalition.request.get(`${base}${await template.getAttribute('href')}`);
  assert.equal(got.status(), 200);

  // A second request, to the next match, withdrawn after a confirmation:
  // its helper is told, and the Secretariat finds it in the network's list.
  await coalition.goto(`${base}/capacity/matches`);
  const second = coalition.locator('section.need-block', { hasText: 'Digital advocacy' }).locator('ol.matches > li').nth(1);
  const secondName = (await second.locator('h3').textContent()).trim();
  await second.locator('summary').click();
  await second.locator('textarea[name=message]').fill('Could you also tell us about your volunteers?');
  await Promise.all([coalition.waitForURL(/\/capacity\/exchanges\//), second.locator('button.primary').click()]);
  const secondUrl = coalition.url().split('?')[0];
  await coalition.locator('details.confirm summary').click();
  await pages.check(coalition, 'exchange (confirm withdrawal)');
  await coalition.click('button[name=step][value=withdraw]');
  await coalition.waitForSelector('.notice');
  assert.match(await coalition.textContent('main p .tag'), /Withdrawn/);
  assert.equal(await coalition.locator('button[name=step][value=withdraw]').count(), 0);
  // Told in its admins' own language: match on the link, not the words.
  // (The request's email carries its message; the withdrawal's does not.)
  await waitForMail(app.dataDir, (m) => m.text.includes(secondUrl.replace(base, '')) && !m.text.includes('volunteers'));
  await sec.goto(`${base}/capacity/exchanges?status=withdrawn`);
  await pages.check(sec, 'network exchanges (withdrawn)');
  const listed = sec.locator('ul.cards > li');
  assert.equal(await listed.count(), 1);
  assert.ok((await listed.first().textContent()).includes(secondName.slice(0, 12)), 'the list names the organisation asked');
  assert.equal(await listed.first().locator('a').getAttribute('href'), secondUrl.replace(base, ''));

  // And the map in Arabic, right to left.
  await coalition.click('form.langs button[value=ar]');
  await coalition.waitForFunction(() => document.documentElement.dir === 'rtl');
  await coalition.goto(`${base}/capacity`);
  await pages.check(coalition, 'map of capacities (Arabic)');
});

test('every capacity page visited is valid HTML', { timeout: 120_000 }, () => {
  pages.validateHtml();
});
