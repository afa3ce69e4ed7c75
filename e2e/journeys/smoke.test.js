// Smoke journey: minga demo starts, answers /healthz, and serves a login form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMinga, launchBrowser, newContext } from '../lib/harness.js';

let app;
let browser;

before(async () => {
  app = await startMinga({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

test('healthz answers 200', { timeout: 60_000 }, async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const res = await page.goto(`${app.baseUrl}/healthz`);
  assert.equal(res.status(), 200);
  await context.close();
});

test('login page has email and password fields', { timeout: 60_000 }, async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const res = await page.goto(`${app.baseUrl}/login`);
  assert.equal(res.status(), 200);
  assert.equal(await page.locator('input[name=email]').count(), 1, 'one input[name=email]');
  assert.equal(await page.locator('input[name=password]').count(), 1, 'one input[name=password]');
  await context.close();
});
