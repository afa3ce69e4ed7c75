// Every page the router has, not only those a journey passes through: each
// GET route of e2e/routes.json (kept equal to the router by the Rust test
// crates/minga-web/tests/it/routes.rs), as each role that may see it, in
// English and Arabic, at 320 px: axe-core (WCAG 2.2 AA), no sideways scroll,
// the 50 KB first-load budget and the Nu Html Checker; as a role that may
// not, the refusal. Then the error pages: 403, 404, 410 (an unknown and a
// used invitation, a dead reset link), 422 and 401 with their forms
// re-rendered (weighed as the POST's response), and 429 (too many failed
// sign-ins; last, since it locks the address out).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMinga, launchBrowser, newContext, waitForMail, checkA11y, weigh } from '../lib/harness.js';
import { pageChecker, signIn } from '../lib/pages.js';

const table = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'routes.json'), 'utf8'));
const ROUTES = Object.entries(table.routes);
const ROLES = table.roles;
const LANGS = ['en', 'ar'];
const EMAIL = {
  member: 'member@demo.minga.test',
  org_admin: 'orgadmin@demo.minga.test',
  partner: 'partner@demo.minga.test',
  secretariat: 'secretariat@demo.minga.test',
};
const NARROW = { viewport: { width: 320, height: 640 } };

let app;
let browser;
let pages;
/** Values found in the demo data for the {names} in routes.json's URLs. */
const values = {};
/** "pattern role lang" of every page visit made, to prove the table was covered. */
const visited = new Set();

before(async () => {
  app = await startMinga({ demo: true });
  browser = await launchBrowser();
  pages = pageChecker(browser, 'routes');
});

after(async () => {
  pages?.saveWeights();
  await browser?.close();
  await app?.stop();
});

const url = (template) =>
  template.replace(/\{([a-z_]+)\}/g, (_, name) => {
    assert.ok(values[name] !== undefined, `routes.json uses {${name}}, which the journey does not know`);
    return values[name];
  });

async function pageAs(role) {
  const page = await (await newContext(browser, NARROW)).newPage();
  if (role !== 'anonymous') await signIn(page, app.baseUrl, EMAIL[role]);
  return page;
}

/** Switch the page's person (or visitor) to lang with the language form. */
async function switchLanguage(page, lang) {
  if (!page.url().startsWith(app.baseUrl)) await page.goto(`${app.baseUrl}/`);
  if ((await page.getAttribute('html', 'lang')) === lang) return;
  await page.click(`form.langs button[value=${lang}]`);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/**
 * Every check on a loaded page: its status, language and direction, axe,
 * the width at 320 px, the weight; keeps its source for the Nu checker.
 * Returns the problems found (an empty list when all is well).
 */
async function checkLoaded(page, label, lang, res, bytes, status = 200) {
  const problems = [];
  if (res.status() !== status) problems.push(`answered ${res.status()}, not ${status}`);
  const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  if (html.lang !== lang) problems.push(`lang="${html.lang}", not ${lang}`);
  if (html.dir !== (lang === 'ar' ? 'rtl' : 'ltr')) problems.push(`dir="${html.dir}" in ${lang}`);
  for (const v of await checkA11y(page)) {
    const at = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
    problems.push(`axe ${v.id} [${v.impact}]: ${v.help} at ${at}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`);
  }
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`scrolls sideways: ${overflow}px wider than a 320px screen`);
  try {
    pages.record(label, page.url(), await res.text(), bytes);
  } catch (e) {
    problems.push(e.message);
  }
  return problems.map((p) => `${label}: ${p}`);
}

/**
 * Load a GET page and check it. (Pages have no script: when 'load' fires,
 * the stylesheet and images are in, so there is no need to wait for the
 * network to stay idle.)
 */
async function visit(page, label, lang, path, status = 200) {
  const { bytes, result: res } = await weigh(page, () => page.goto(app.baseUrl + path, { waitUntil: 'load' }));
  return checkLoaded(page, label, lang, res, bytes, status);
}

/** Submit the page's form with a click and check the answer (weighed as the POST's response). */
async function submit(page, label, lang, button, status) {
  const { bytes, result } = await weigh(page, () =>
    Promise.all([page.waitForNavigation({ waitUntil: 'networkidle' }), page.click(button)]),
  );
  return checkLoaded(page, label, lang, result[0], bytes, status);
}

/** What a role that may not see a route gets. */
async function refusal(page, pattern, route, lang) {
  const target = url(route.refused.url || route.url);
  const res = await page.request.get(app.baseUrl + target, { maxRedirects: 0 });
  const want = route.refused.expect;
  const label = `${route.refused.role} ${lang} ${pattern} (refused)`;
  if (want === 'login' || want === 'home') {
    const loc = res.headers().location || '';
    const ok = res.status() === 303 && (want === 'login' ? loc.startsWith('/login?next=') : loc === '/');
    return ok ? [] : [`${label}: answered ${res.status()} ${loc}, not a redirect to ${want}`];
  }
  if (res.status() !== want) return [`${label}: answered ${res.status()}, not ${want}`];
  return [];
}

/** A route that is not an HTML page: its status and type. */
async function other(page, pattern, route, role, lang) {
  const res = await page.request.get(app.baseUrl + url(route.url), { maxRedirects: 0 });
  const type = res.headers()['content-type'] || '';
  const label = `${role} ${lang} ${pattern}`;
  const problems = [];
  if (res.status() !== 200) problems.push(`${label}: answered ${res.status()}`);
  if (route.kind === 'asset' && !type.startsWith('text/css')) problems.push(`${label}: served as ${type}`);
  if (route.kind === 'text' && (await res.text()).trim() !== 'ok') problems.push(`${label}: does not say ok`);
  if (route.kind === 'file' && /text\/html/.test(type)) problems.push(`${label}: a download served as ${type}`);
  return problems;
}

test('the route table is well formed', () => {
  for (const [pattern, r] of ROUTES) {
    assert.ok(['page', 'file', 'text', 'asset', undefined].includes(r.kind), `${pattern}: kind ${r.kind}`);
    assert.ok(r.see.length > 0 && r.see.every((role) => ROLES.includes(role)), `${pattern}: see ${r.see}`);
    if (r.refused === null) {
      assert.ok(r.why, `${pattern}: a page nobody is refused says why`);
    } else {
      assert.ok(ROLES.includes(r.refused.role), `${pattern}: refused role ${r.refused.role}`);
      assert.ok(r.refused.url || !r.see.includes(r.refused.role), `${pattern}: ${r.refused.role} both sees and is refused the same URL`);
      assert.ok([403, 404, 410, 'login', 'home'].includes(r.refused.expect), `${pattern}: expect ${r.refused.expect}`);
    }
  }
});

test('demo values for the URLs', { timeout: 120_000 }, async () => {
  const base = app.baseUrl;
  const sec = await pageAs('secretariat');
  const admin = await pageAs('org_admin');
  const visitor = await (await newContext(browser)).newPage();

  // The org admin's own organisation, and one a visitor may not see.
  await admin.goto(`${base}/`);
  values.own_org = /\/orgs\/([a-z0-9-]+)\/edit/.exec(await admin.content())[1];
  values.stylesheet = await admin.getAttribute('link[rel=stylesheet]', 'href');
  await sec.goto(`${base}/orgs`);
  for (const href of await sec.locator('ul.cards a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    if ((await visitor.request.get(base + href)).status() === 404) {
      values.private_org = href.slice('/orgs/'.length);
      break;
    }
  }
  assert.ok(values.private_org, 'a members-only organisation on the first page of the directory');

  // A logo the org admin uploads (a 2 × 2 PNG); its variant's content-hash URL.
  await admin.goto(`${base}/orgs/${values.own_org}/edit`);
  await admin.setInputFiles('input[name=upload_picture]', {
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR42mM4oaGhEXWCAUIBACDUBMV6QGyiAAAAAElFTkSuQmCC', 'base64'),
  });
  await Promise.all([admin.waitForURL(/notice=notice-picture-saved/), admin.click('.picture button[type=submit]')]);
  values.picture = await admin.locator('img.face').first().getAttribute('src');

  // A person of the network, from a community's members.
  await admin.goto(`${base}/communities/digital-advocacy-lab/members`);
  values.person = /\/people\/([0-9a-f-]{36})/.exec(await admin.content())[1];

  // A round, and a file given as evidence.
  await sec.goto(`${base}/capacity/rounds`);
  values.round = /\/capacity\/rounds\/([0-9a-f-]{36})/.exec(await sec.content())[1];
  await admin.goto(`${base}/capacity/matches`);
  values.evidence_file = await admin.locator('a[href^="/files/"]').first().getAttribute('href');

  // A peer exchange the org admin asks for.
  const first = admin.locator('section.need-block ol.matches > li').first();
  await first.locator('summary').click();
  await first.locator('textarea[name=message]').fill('Could we learn from your work?');
  await Promise.all([admin.waitForURL(/\/capacity\/exchanges\/[0-9a-f-]+/), first.locator('button.primary').click()]);
  values.exchange = /\/capacity\/exchanges\/([0-9a-f-]+)/.exec(admin.url())[1];

  // The Secretariat writes in that exchange: the org admin, who asked, is notified.
  await sec.goto(`${base}/capacity/exchanges/${values.exchange}`);
  await sec.fill('textarea[name=body]', 'The Secretariat follows this exchange.');
  await Promise.all([
    sec.waitForURL(/notice=/),
    sec.locator('form[action$="/messages"] button[type=submit]').click(),
  ]);
  await admin.goto(`${base}/notifications`);
  values.notification = /\/notifications\/([0-9a-f-]{36})/.exec(await admin.content())[1];
  // A demo topic of the members' community and its opening post (the org admin's).
  await admin.goto(`${base}/communities/digital-advocacy-lab/topics`);
  values.topic = /\/communities\/digital-advocacy-lab\/topics\/([0-9a-f-]{36})/.exec(await admin.content())[1];
  await admin.goto(`${base}/communities/digital-advocacy-lab/topics/${values.topic}?page=1`);
  values.post = /\/communities\/digital-advocacy-lab\/posts\/([0-9a-f-]{36})/.exec(await admin.content())[1];
  // The demo's short recording (made at start when ffmpeg is installed),
  // once the worker has made its renditions.
  await admin.goto(`${base}/media`);
  const media = /\/media\/([0-9a-f-]{36})/.exec(await admin.content());
  assert.ok(media, 'the demo recording (ffmpeg must be installed for the demo to make it)');
  values.media = media[1];
  for (let i = 0; i < 60; i++) {
    if ((await admin.request.get(`${base}/media/${values.media}/renditions/audio.ogg`)).status() === 200) break;
    await admin.waitForTimeout(1000);
  }

  // The library's demo toolkit (public, in three languages), a resource
  // kept for members, and the demo chart once the worker made its preview.
  await admin.goto(`${base}/library`);
  const linkTo = async (page, text) => {
    const href = await page.locator('a', { hasText: text }).first().getAttribute('href');
    return /\/library\/([0-9a-f-]{36})/.exec(href)[1];
  };
  values.resource = await linkTo(admin, 'Financing education: a toolkit');
  values.members_resource = await linkTo(admin, 'enseignants contractuels');
  values.chart = await linkTo(admin, 'Who pays for schools?');
  for (let i = 0; i < 60; i++) {
    if ((await admin.request.get(`${base}/library/${values.chart}/pictures/en`)).status() === 200) break;
    await admin.waitForTimeout(1000);
  }

  // The demo's published practice, and the demo member's draft.
  const member = await pageAs('member');
  await member.goto(`${base}/practices`);
  values.practice = /\/practices\/([0-9a-f-]{36})/.exec(
    await member.locator('a', { hasText: 'Community radio to explain school budgets' }).first().getAttribute('href'))[1];
  await member.goto(`${base}/practices/ours`);
  values.draft_practice = /\/practices\/([0-9a-f-]{36})/.exec(
    await member.locator('a', { hasText: 'Budget hearings in local languages' }).first().getAttribute('href'))[1];
  // The demo's learning initiative led by the member's coalition (closed
  // to partners), and an objective of the strategy.
  await member.goto(`${base}/kel`);
  values.initiative = /\/kel\/initiatives\/([0-9a-f-]{36})/.exec(
    await member.locator('a', { hasText: 'Peer review of education budget trackers' }).first().getAttribute('href'))[1];
  await member.context().close();
  await sec.goto(`${base}/kel`);
  values.consultation = /\/kel\/consultations\/([0-9a-f-]{36})/.exec(
    await sec.locator('a', { hasText: 'Consultation on the Learning Hub discussion paper' }).first().getAttribute('href'))[1];
  values.draft_consultation = /\/kel\/consultations\/([0-9a-f-]{36})/.exec(
    await sec.locator('a', { hasText: 'How the Secretariat reports to members' }).first().getAttribute('href'))[1];
  values.objective = /\/kel\/objectives\/([0-9a-f-]{36})/.exec(
    await sec.locator('a[href$="/edit"][href^="/kel/objectives/"]').first().getAttribute('href'))[1];

  // An invitation and a password-reset link, from the outbox.
  await sec.goto(`${base}/orgs/${values.own_org}/invite`);
  await sec.fill('input[name=email]', 'routes.check@example.org');
  await sec.click('button[type=submit].primary');
  await sec.waitForSelector('.notice');
  const invitation = await waitForMail(app.dataDir, (m) => m.to.includes('routes.check@example.org'));
  values.invite_token = /\/invite\/([^\s"<>]+)/.exec(invitation.text)[1];
  await visitor.goto(`${base}/password/forgot`);
  await visitor.fill('input[name=email]', EMAIL.member);
  await visitor.click('button[type=submit].primary');
  const reset = await waitForMail(app.dataDir, (m) => m.to.includes(EMAIL.member) && /\/password\/reset\//.test(m.text));
  values.reset_token = /\/password\/reset\/([^\s"<>]+)/.exec(reset.text)[1];

  // An event of the public demo community, and one of the members-only one.
  const eventIn = async (slug) => {
    await sec.goto(`${base}/communities/${slug}/events`);
    return /\/communities\/[a-z0-9-]+\/events\/([0-9a-f-]{36})/.exec(await sec.content())[1];
  };
  values.public_event = await eventIn('financing-education');
  values.private_event = await eventIn('digital-advocacy-lab');

  for (const p of [sec, admin, visitor]) await p.context().close();
});

for (const role of ROLES) {
  test(`every route as ${role}, in English and Arabic`, { timeout: 600_000 }, async () => {
    assert.ok(values.own_org, 'the demo values were found');
    const page = await pageAs(role);
    const problems = [];
    for (const lang of LANGS) {
      await switchLanguage(page, lang);
      for (const [pattern, route] of ROUTES) {
        if (route.see.includes(role)) {
          visited.add(`${pattern} ${role} ${lang}`);
          if (route.kind && route.kind !== 'page') {
            problems.push(...(await other(page, pattern, route, role, lang)));
          } else {
            problems.push(...(await visit(page, `${role} ${lang} ${pattern}`, lang, url(route.url))));
          }
        }
        if (route.refused?.role === role) {
          visited.add(`${pattern} ${role} ${lang} refused`);
          problems.push(...(await refusal(page, pattern, route, lang)));
        }
      }
    }
    await page.context().close();
    assert.deepEqual(problems, []);
  });
}

test('every route of the table was visited by each role named', () => {
  const missing = [];
  for (const [pattern, route] of ROUTES) {
    for (const lang of LANGS) {
      for (const role of route.see) if (!visited.has(`${pattern} ${role} ${lang}`)) missing.push(`${pattern} ${role} ${lang}`);
      if (route.refused && !visited.has(`${pattern} ${route.refused.role} ${lang} refused`)) missing.push(`${pattern} ${route.refused.role} ${lang} refused`);
    }
  }
  assert.deepEqual(missing, []);
});

test('error pages: 403, 404, 410, 422 and 401 with the form, in English and Arabic', { timeout: 300_000 }, async () => {
  const problems = [];
  const visitor = await pageAs('anonymous');
  const admin = await pageAs('org_admin');

  // The invitation is used once: its link then answers 410.
  const invitee = await (await newContext(browser, NARROW)).newPage();
  await invitee.goto(`${app.baseUrl}/invite/${values.invite_token}`);
  await invitee.fill('input[name=name]', 'Route Checker');
  await invitee.fill('input[name=password]', 'a long enough password');
  await invitee.fill('input[name=password_confirm]', 'a long enough password');
  await Promise.all([invitee.waitForURL((u) => u.pathname === '/'), invitee.click('button[type=submit].primary')]);
  await invitee.context().close();

  for (const lang of LANGS) {
    await switchLanguage(visitor, lang);
    await switchLanguage(admin, lang);
    problems.push(...(await visit(visitor, `error ${lang} 404`, lang, '/no-such-page', 404)));
    problems.push(...(await visit(visitor, `error ${lang} 404 private profile`, lang, `/orgs/${values.private_org}`, 404)));
    problems.push(...(await visit(admin, `error ${lang} 403`, lang, '/capacity/rounds', 403)));
    problems.push(...(await visit(visitor, `error ${lang} 410 used invitation`, lang, `/invite/${values.invite_token}`, 410)));
    problems.push(...(await visit(visitor, `error ${lang} 410 unknown invitation`, lang, '/invite/no-such-invitation', 410)));
    problems.push(...(await visit(visitor, `error ${lang} 410 reset link`, lang, '/password/reset/no-such-link', 410)));

    // 422: the organisation's form without a name (the browser's own check
    // turned off, as an old browser or a script would send it).
    await admin.goto(`${app.baseUrl}/orgs/${values.own_org}/edit`);
    await admin.fill('input[name=name]', '');
    await admin.$eval('input[name=name]', (i) => {
      i.form.noValidate = true;
    });
    problems.push(...(await submit(admin, `error ${lang} 422 POST organisation form`, lang, 'main button[type=submit].primary', 422)));
    if ((await admin.locator('input[name=name][aria-invalid=true]').count()) !== 1) {
      problems.push(`error ${lang} 422: the form is not re-rendered with the name marked invalid`);
    }

    // 401: a wrong password, the sign-in form again with the email kept.
    await visitor.goto(`${app.baseUrl}/login`);
    await visitor.fill('input[name=email]', EMAIL.partner);
    await visitor.fill('input[name=password]', 'not the password');
    problems.push(...(await submit(visitor, `error ${lang} 401 POST sign-in`, lang, 'main button[type=submit].primary', 401)));
    if ((await visitor.inputValue('input[name=email]')) !== EMAIL.partner) problems.push(`error ${lang} 401: the email is not kept`);
  }
  await visitor.context().close();
  await admin.context().close();
  assert.deepEqual(problems, []);
});

test('a round being prepared (a draft and its list), in English and Arabic', { timeout: 120_000 }, async () => {
  const problems = [];
  const sec = await pageAs('secretariat');
  await sec.goto(`${app.baseUrl}/capacity/rounds`);
  const ids = [...(await sec.content()).matchAll(/\/capacity\/rounds\/([0-9a-f-]{36})/g)].map((m) => m[1]);
  let draft;
  for (const id of ids) {
    const res = await sec.request.get(`${app.baseUrl}/capacity/rounds/${id}`);
    if ((await res.text()).includes(`/capacity/rounds/${id}/open`)) {
      draft = id;
      break;
    }
  }
  assert.ok(draft, 'the demo has a round being prepared');
  for (const lang of LANGS) {
    await switchLanguage(sec, lang);
    problems.push(...(await visit(sec, `draft round ${lang}`, lang, `/capacity/rounds/${draft}`, 200)));
  }
  await switchLanguage(sec, 'en');
  await sec.context().close();
  assert.deepEqual(problems, []);
});

test('error page 429: too many failed sign-ins, in English and Arabic', { timeout: 120_000 }, async () => {
  // Last: it locks this server's address out of signing in for 15 minutes.
  const problems = [];
  const visitor = await pageAs('anonymous');
  const tries = async (email = 'nobody@example.org') => {
    await visitor.goto(`${app.baseUrl}/login`);
    await visitor.fill('input[name=email]', email);
    await visitor.fill('input[name=password]', 'a wrong password');
  };
  // 30 failed sign-ins per address are allowed in 15 minutes (the journeys
  // before this one used some of them); then every attempt is refused. Five
  // per account, so no account's wait (its own brake, of a few seconds)
  // makes the count depend on timing.
  let limited = false;
  for (let i = 0; i < 31 && !limited; i++) {
    await tries(`nobody${Math.floor(i / 5)}@example.org`);
    const [res] = await Promise.all([visitor.waitForNavigation(), visitor.click('main button[type=submit].primary')]);
    assert.ok([401, 429].includes(res.status()), `failed sign-in ${i + 1} answers ${res.status()}`);
    limited = res.status() === 429;
  }
  assert.ok(limited, 'the address is refused within 31 failed sign-ins');
  for (const lang of LANGS) {
    await switchLanguage(visitor, lang);
    await tries();
    problems.push(...(await submit(visitor, `error ${lang} 429 POST sign-in`, lang, 'main button[type=submit].primary', 429)));
  }
  await visitor.context().close();
  assert.deepEqual(problems, []);
});

test('every page visited is valid HTML (Nu Html Checker)', { timeout: 300_000 }, () => {
  pages.validateHtml();
});
