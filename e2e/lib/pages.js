// Checks every journey runs on each page it visits: axe (WCAG 2.2 AA), no
// sideways scrolling at 320 px, the 50 KB first-load budget, and the page's
// source kept for the Nu Html Checker at the end of the journey.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { assertNoA11yViolations, pageWeight, weigh } from './harness.js';

const BUDGET = 50 * 1024;
const LOGS = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'target', 'test-logs');

export function pageChecker(browser, journey) {
  const htmlDir = path.join(LOGS, 'html', journey);
  fs.rmSync(htmlDir, { recursive: true, force: true });
  fs.mkdirSync(htmlDir, { recursive: true });
  const weights = [];
  let count = 0;

  async function fitsNarrowScreen(page, label) {
    const size = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.setViewportSize(size);
    assert.ok(overflow <= 0, `${label} is ${overflow}px wider than a 320px screen`);
  }

  async function check(page, label) {
    await assertNoA11yViolations(page);
    await fitsNarrowScreen(page, label);
    const source = await page.evaluate(() => fetch(location.href, { credentials: 'same-origin' }).then((r) => r.text()));
    const weigher = await browser.newContext();
    await weigher.addCookies(await page.context().cookies());
    const bytes = await pageWeight(await weigher.newPage(), page.url());
    await weigher.close();
    record(label, page.url(), source, bytes);
  }

  /**
   * Submit a form with action (e.g. () => page.click('button.primary')) and
   * check the page that comes back like check() does, except that the weight
   * and the source are those of the POST's own response: a form re-rendered
   * with its errors has no GET of its own to weigh. Returns the response.
   */
  async function checkSubmit(page, label, action) {
    const { bytes, result } = await weigh(page, () => Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]));
    const res = result[0];
    await assertNoA11yViolations(page);
    await fitsNarrowScreen(page, label);
    record(label, page.url(), await res.text(), bytes);
    return res;
  }

  /**
   * Keep a page's source for the Nu Html Checker and its weight (measured by
   * the caller, e.g. with harness.weigh) for page-weights-JOURNEY.json;
   * throws if the weight is over the budget.
   */
  function record(label, url, source, bytes) {
    count += 1;
    fs.writeFileSync(path.join(htmlDir, `${String(count).padStart(3, '0')}-${label.replace(/[^a-z0-9]+/gi, '-')}.html`), source);
    weights.push({ page: label, url: new URL(url).pathname, bytes });
    assert.ok(bytes <= BUDGET, `${label} weighs ${bytes} bytes, over the ${BUDGET} budget`);
  }

  function saveWeights() {
    fs.writeFileSync(path.join(LOGS, `page-weights-${journey}.json`), JSON.stringify(weights, null, 2));
  }

  function validateHtml() {
    const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
    const files = fs.readdirSync(htmlDir).map((f) => path.join(htmlDir, f));
    assert.ok(files.length > 0, 'no page was saved');
    let report = { messages: [] };
    try {
      execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { stdio: 'pipe' });
    } catch (e) {
      report = JSON.parse(e.stderr.toString());
    }
    const errors = report.messages.filter((m) => m.type === 'error');
    assert.deepEqual(errors.map((m) => `${path.basename(m.url)}:${m.lastLine}: ${m.message}`), []);
  }

  return { check, checkSubmit, record, fitsNarrowScreen, saveWeights, validateHtml };
}

export async function signIn(page, baseUrl, email, password = 'minga-demo') {
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('button[type=submit].primary')]);
}
