// Journey (issue 12): schedule an event and import its .ics. The Secretariat,
// reading Minga in Spanish, schedules an event in the public demo community
// in Bogotá's time: an event that ends before it starts is refused beside
// the field, in Spanish, keeping everything typed; then the right one. The
// event page shows the time in the reader's zone, named, and the organiser's.
// A member says they are going, downloads the event's .ics through the
// page's link (with their session, as the browser does) and imports it with
// Mozilla's iCalendar parser (ical.js): the summary, the start written in
// Bogotá's zone (TZID, with its VTIMEZONE) and read as the UTC instant
// typed, the event's page and its online link; the community's calendar
// feed holds it too. In Arabic the page is right-to-left with the
// title isolated. Every page checked (axe, 320 px, the Nu checker, weight).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import ICAL from 'ical.js';
import { startMinga, launchBrowser, newContext } from '../lib/harness.js';
import { pageChecker, signIn } from '../lib/pages.js';

const SLUG = 'financing-education';
// Commas and a semicolon: iCalendar TEXT escapes both, so the import proves
// they survive.
const TITLE = 'Presupuestos abiertos: escuelas, datos; y parlamentos';
const ONLINE = 'https://meet.example.org/presupuestos-abiertos';

let app;
let browser;
let pages;

before(async () => {
  app = await startMinga({ demo: true });
  browser = await launchBrowser();
  pages = pageChecker(browser, 'events');
});

after(async () => {
  pages?.saveWeights();
  await browser?.close();
  await app?.stop();
});

/** A day three weeks from now, as the date part of a datetime-local value. */
function dayAhead(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Parse an iCalendar text with ical.js; registers its VTIMEZONEs, if any. */
function importCalendar(text) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(tz);
  }
  return cal;
}

/** The instant of an ical.js time, in UTC (via its zone, however given). */
function instant(time) {
  return time.convertToZone(ICAL.Timezone.utcTimezone).toJSDate().toISOString();
}

test('events: schedule in another zone, RSVP, import the .ics', { timeout: 240_000 }, async () => {
  const base = app.baseUrl;
  const day = dayAhead(21);
  // America/Bogota is UTC−5 all year (no summer time): 10:00 there is 15:00 UTC.
  const startUtc = `${day}T15:00:00.000Z`;
  const endUtc = `${day}T16:30:00.000Z`;

  // The Secretariat reads Minga in Spanish.
  const sec = await (await newContext(browser)).newPage();
  await signIn(sec, base, 'secretariat@demo.minga.test');
  await sec.click('form.langs button[value=es]');
  await sec.waitForFunction(() => document.documentElement.lang === 'es');
  await sec.goto(`${base}/communities/${SLUG}`);
  await Promise.all([sec.waitForURL(/\/events\/new$/), sec.click(`a[href="/communities/${SLUG}/events/new"]`)]);
  await pages.check(sec, 'new event (es)');

  // An event that ends before it starts.
  const form = `form[action="/communities/${SLUG}/events"]`;
  await sec.fill('input[name=title]', TITLE);
  await sec.fill('textarea[name=description]', 'Leemos **juntos** los presupuestos de educación.');
  await sec.selectOption('select[name=time_zone]', 'America/Bogota');
  await sec.fill('input[name=starts]', `${day}T10:00`);
  await sec.fill('input[name=ends]', `${day}T09:00`);
  await sec.fill('input[name=online_url]', ONLINE);
  await sec.fill('input[name=capacity]', '25');
  const refused = await pages.checkSubmit(sec, 'new event with errors (es)', () => sec.click(`${form} button.primary`));
  assert.equal(refused.status(), 422);
  assert.equal((await sec.textContent('#e-ends')).trim(), 'El evento debe terminar después de empezar.');
  assert.equal(await sec.getAttribute('#f-ends', 'aria-invalid'), 'true');
  assert.ok(await sec.locator('a[href="#f-ends"]').count() >= 1, 'the summary links to the field');
  // Everything typed is kept.
  assert.equal(await sec.inputValue('input[name=title]'), TITLE);
  assert.equal(await sec.inputValue('textarea[name=description]'), 'Leemos **juntos** los presupuestos de educación.');
  assert.equal(await sec.inputValue('select[name=time_zone]'), 'America/Bogota');
  assert.equal(await sec.inputValue('input[name=starts]'), `${day}T10:00`);
  assert.equal(await sec.inputValue('input[name=ends]'), `${day}T09:00`);
  assert.equal(await sec.inputValue('input[name=online_url]'), ONLINE);
  assert.equal(await sec.inputValue('input[name=capacity]'), '25');

  // The right end.
  await sec.fill('input[name=ends]', `${day}T11:30`);
  await Promise.all([sec.waitForURL(/\/events\/[0-9a-f-]{36}\?notice=/), sec.click(`${form} button.primary`)]);
  const eventPath = new URL(sec.url()).pathname;
  const eventId = eventPath.split('/').pop();
  await pages.check(sec, 'event (es)');
  assert.equal(await sec.textContent('h1 bdi'), TITLE);
  // The Secretariat's zone is Africa/Johannesburg (UTC+2): 17:00–18:30 there;
  // the organiser's time, in Bogotá, is given too.
  const when = await sec.textContent('dl.facts dd');
  assert.match(when, /17:00–18:30 \(Africa\/Johannesburg\)/);
  assert.match(when, /Hora de quien organiza: .*10:00–11:30 \(America\/Bogota\)/);
  assert.match(await sec.innerHTML('.prose'), /<strong>juntos<\/strong>/);

  // A member (in Nairobi, UTC+3) finds it in the community and goes.
  const member = await (await newContext(browser)).newPage();
  await signIn(member, base, 'member@demo.minga.test');
  await member.goto(`${base}/communities/${SLUG}`);
  await Promise.all([member.waitForURL((u) => u.pathname === eventPath), member.click(`a[href="${eventPath}"]`)]);
  await pages.check(member, 'event');
  assert.match(await member.textContent('dl.facts dd'), /18:00–19:30 \(Africa\/Nairobi\)/);
  await Promise.all([member.waitForURL(/#rsvp-h$/), member.click('form[action$="/rsvp"] button[value=yes]')]);
  await pages.check(member, 'event, going');
  assert.ok(await member.locator('form[action$="/rsvp"] button[value=no]').isVisible(), 'the member may now withdraw');
  assert.ok(await member.locator('#going-h ~ ul.chips a', { hasText: 'Mateo Member' }).count() === 1, 'the member is listed as going');
  assert.match(await member.textContent('dl.facts'), /24/, 'one of 25 places is taken');

  // The .ics, downloaded through the page's link with the member's session.
  const [download] = await Promise.all([member.waitForEvent('download'), member.click(`a[href="${eventPath}.ics"]`)]);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  // Written in the organiser's zone (10:00 in Bogotá), which the file
  // defines in a VTIMEZONE.
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  assert.match(unfolded, new RegExp(`^DTSTART;TZID=America/Bogota:${day.replaceAll('-', '')}T100000\r$`, 'm'));
  assert.match(unfolded, new RegExp(`^DTEND;TZID=America/Bogota:${day.replaceAll('-', '')}T113000\r$`, 'm'));
  const cal = importCalendar(ics);
  assert.deepEqual(cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')), ['America/Bogota']);
  const vevents = cal.getAllSubcomponents('vevent');
  assert.equal(vevents.length, 1);
  const ev = new ICAL.Event(vevents[0]);
  assert.equal(ev.summary, TITLE);
  assert.equal(ev.startDate.zone.tzid, 'America/Bogota');
  assert.equal(instant(ev.startDate), startUtc);
  assert.equal(instant(ev.endDate), endUtc);
  assert.equal(ev.location, ONLINE);
  assert.equal(vevents[0].getFirstPropertyValue('url'), `${base}${eventPath}`);
  assert.match(ev.description, /juntos/);
  assert.equal(vevents[0].getFirstPropertyValue('status'), 'CONFIRMED');
  assert.ok(ev.uid.startsWith(eventId), `the UID ${ev.uid} names the event`);

  // The community's feed holds the same event.
  const feedRes = await member.context().request.get(`${base}/communities/${SLUG}/calendar.ics`);
  assert.equal(feedRes.status(), 200);
  assert.match(feedRes.headers()['content-type'], /^text\/calendar/);
  const feed = importCalendar(await feedRes.text());
  const inFeed = feed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).find((e) => e.uid === ev.uid);
  assert.ok(inFeed, 'the community feed holds the event');
  assert.equal(inFeed.summary, TITLE);
  assert.equal(instant(inFeed.startDate), startUtc);

  // In Arabic: right-to-left, the (Spanish) title isolated.
  await member.click('form.langs button[value=ar]');
  await member.waitForFunction(() => document.documentElement.lang === 'ar');
  await member.goto(`${base}${eventPath}`);
  await pages.check(member, 'event (ar)');
  assert.equal(await member.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await member.textContent('h1 > bdi'), TITLE);
  assert.match(await member.textContent('dl.facts dd'), /\(Africa\/Nairobi\)/);

  pages.validateHtml();
});
