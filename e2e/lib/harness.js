// Helpers for Minga's browser journeys (run by e2e/run with Node's built-in
// test runner).
//
//   const app = await startMinga();            // minga demo on a free port
//   const browser = await launchBrowser();     // Debian's /usr/bin/chromium
//   const context = await newContext(browser); // CSP bypassed for axe-core
//   const page = await context.newPage();
//   await page.goto(app.baseUrl + '/login');
//   await assertNoA11yViolations(page);
//   ...
//   await browser.close();
//   await app.stop();
//
// Environment (set by e2e/run):
//   MINGA_BIN  absolute path of the minga binary (default: ../target/debug/minga)
//   CHROMIUM   browser executable (default: /usr/bin/chromium)

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------
// The server under test
// ---------------------------------------------------------------------------

/**
 * Every server started by startMinga and not yet stopped ({proc, dataDir}):
 * killed, and its data dir removed, when the test process exits.
 */
const running = new Set();
process.on('exit', () => {
  for (const { proc, dataDir } of running) {
    try {
      proc.kill('SIGKILL');
    } catch {
      // already gone
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

/** A free TCP port on 127.0.0.1 (bound then released at once). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Path of the minga binary under test. */
export function mingaBin() {
  return process.env.MINGA_BIN || path.join(repoRoot, 'target', 'debug', 'minga');
}

/**
 * Start minga on a free loopback port with a fresh data directory.
 *
 * Runs `minga demo --listen 127.0.0.1:PORT --data-dir DIR` (or `serve` when
 * demo is false) plus extraArgs (e.g. ['--smtp-url', url]); without an SMTP
 * URL minga writes outgoing mail as .eml files into DIR/outbox/.
 * Resolves once GET /healthz answers 200.
 *
 * @returns {Promise<{baseUrl: string, dataDir: string, outboxDir: string,
 *   proc: import('node:child_process').ChildProcess, output: () => string,
 *   stop: () => Promise<void>}>}
 */
export async function startMinga({ demo = true, extraArgs = [], env = {}, timeoutMs = 60_000 } = {}) {
  const bin = mingaBin();
  if (!fs.existsSync(bin)) {
    throw new Error(`minga binary not found at ${bin} (set MINGA_BIN or run cargo build -p minga)`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const args = [demo ? 'demo' : 'serve', '--listen', `127.0.0.1:${port}`, '--data-dir', dataDir, ...extraArgs];

  // minga reads MINGA_* settings (MINGA_DATABASE_URL, MINGA_SMTP_URL, ...)
  // from its environment: drop any the caller's shell has, so a journey gets
  // exactly the settings it asks for via args and env.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MINGA_')));
  const proc = spawn(bin, args, {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const entry = { proc, dataDir };
  running.add(entry);
  // Do not let a forgotten stop() keep the test process alive: the server is
  // killed by the 'exit' handler above instead.
  proc.unref();
  proc.stdout.unref();
  proc.stderr.unref();

  // Keep the last 64 KiB of the server's output for error messages.
  let output = '';
  const keep = (chunk) => {
    output += chunk.toString();
    if (output.length > 65536) output = output.slice(-65536);
    if (process.env.MINGA_E2E_VERBOSE) process.stderr.write(chunk);
  };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);

  let exited = null;
  const exitPromise = new Promise((resolve) => {
    proc.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
    proc.on('error', (err) => {
      exited = { error: err };
      resolve();
    });
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exited) {
      proc.kill('SIGTERM');
      const timer = sleep(5000).then(() => 'timeout');
      if ((await Promise.race([exitPromise, timer])) === 'timeout') {
        proc.kill('SIGKILL');
        await exitPromise;
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    running.delete(entry);
  };

  // Poll /healthz until it answers 200, the process dies, or we time out.
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  for (;;) {
    if (exited) {
      await stop();
      const how = exited.error ? String(exited.error) : `code ${exited.code}, signal ${exited.signal}`;
      throw new Error(`minga exited before becoming healthy (${how}): ${bin} ${args.join(' ')}\n--- output ---\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) break;
      lastError = `GET /healthz answered ${res.status}`;
    } catch (err) {
      lastError = String(err?.cause?.code || err);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`minga did not become healthy within ${timeoutMs} ms (${lastError}): ${bin} ${args.join(' ')}\n--- output ---\n${output}`);
    }
    await sleep(100);
  }

  return {
    baseUrl,
    dataDir,
    outboxDir: path.join(dataDir, 'outbox'),
    proc,
    output: () => output,
    stop,
  };
}

// ---------------------------------------------------------------------------
// Outgoing mail (the file outbox: DATA_DIR/outbox/*.eml, RFC 5322 text)
// ---------------------------------------------------------------------------

/** Decode RFC 2047 encoded words (=?charset?B|Q?...?=) in a header value. */
export function decodeHeader(value) {
  // Whitespace between two adjacent encoded words is not part of the text.
  const joined = value.replace(/(\?=)\s+(=\?)/g, '$1$2');
  return joined.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, charset, enc, data) => {
    let bytes;
    if (enc.toLowerCase() === 'b') {
      bytes = Buffer.from(data, 'base64');
    } else {
      bytes = qpBytes(data.replace(/_/g, ' '));
    }
    return decodeCharset(bytes, charset);
  });
}

function decodeCharset(bytes, charset = 'utf-8') {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

/** Quoted-printable text to bytes (soft line breaks removed). */
function qpBytes(text) {
  const s = text.replace(/=\r?\n/g, '');
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(out);
}

/** Split raw message text into {headers (lower-case keys, unfolded), body}. */
function splitMessage(raw) {
  const m = /\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const headers = {};
  // Unfold continuation lines (starting with whitespace) first.
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const key = line.slice(0, i).trim().toLowerCase();
    if (!(key in headers)) headers[key] = line.slice(i + 1).trim();
  }
  return { headers, body };
}

function param(headerValue, name) {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(headerValue || '');
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Decode one (non-multipart) part's body according to its headers. */
function decodeBody(headers, body) {
  const cte = (headers['content-transfer-encoding'] || '').toLowerCase();
  const charset = param(headers['content-type'], 'charset') || 'utf-8';
  if (cte === 'base64') return decodeCharset(Buffer.from(body.replace(/\s+/g, ''), 'base64'), charset);
  if (cte === 'quoted-printable') return decodeCharset(qpBytes(body), charset);
  return body;
}

/** Collect {type, text} leaves of a possibly multipart message. */
function leaves(headers, body) {
  const type = (headers['content-type'] || 'text/plain').split(';')[0].trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = param(headers['content-type'], 'boundary');
    if (!boundary) return [];
    const parts = body.split(`--${boundary}`).slice(1);
    const out = [];
    for (const part of parts) {
      if (part.startsWith('--')) break; // closing delimiter
      const sub = splitMessage(part.replace(/^\r?\n/, ''));
      out.push(...leaves(sub.headers, sub.body));
    }
    return out;
  }
  return [{ type, text: decodeBody(headers, body) }];
}

/** Parse one RFC 5322 message into {to, subject, text, html, headers}. */
export function parseMail(raw) {
  const { headers, body } = splitMessage(raw);
  const parts = leaves(headers, body);
  const plain = parts.find((p) => p.type === 'text/plain');
  const html = parts.find((p) => p.type === 'text/html');
  return {
    to: decodeHeader(headers.to || ''),
    subject: decodeHeader(headers.subject || ''),
    text: (plain || html || { text: '' }).text,
    html: html ? html.text : undefined,
    headers,
  };
}

/**
 * All messages in DATA_DIR/outbox/ (oldest first), each as
 * {to, subject, text, html, headers, file}.
 */
export function readOutbox(dataDir) {
  const dir = path.join(dataDir, 'outbox');
  let names;
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.eml'));
  } catch (err) {
    if (err.code === 'ENOENT') return [];
    throw err;
  }
  const files = names.map((n) => {
    const file = path.join(dir, n);
    return { file, mtime: fs.statSync(file).mtimeMs };
  });
  files.sort((a, b) => a.mtime - b.mtime || a.file.localeCompare(b.file));
  return files.map(({ file }) => ({ ...parseMail(fs.readFileSync(file, 'utf8')), file }));
}

/**
 * Wait for a message matching predicate(msg) to appear in the outbox.
 * Resolves with the newest matching message; rejects after timeoutMs.
 */
export async function waitForMail(dataDir, predicate = () => true, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = readOutbox(dataDir).filter(predicate);
    if (found.length > 0) return found[found.length - 1];
    if (Date.now() > deadline) {
      const seen = readOutbox(dataDir)
        .map((m) => `  to=${m.to} subject=${m.subject}`)
        .join('\n');
      throw new Error(`no matching mail within ${timeoutMs} ms; outbox has:\n${seen || '  (nothing)'}`);
    }
    await sleep(100);
  }
}

// ---------------------------------------------------------------------------
// The browser
// ---------------------------------------------------------------------------

/** Launch Debian's Chromium headless (never a downloaded browser build). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * A new browser context. bypassCSP is on because checkA11y injects axe-core
 * as an inline script, which Minga's strict Content-Security-Policy would
 * otherwise block. (Journeys that test the CSP itself should create their
 * context with { bypassCSP: false }.)
 */
export function newContext(browser, opts = {}) {
  return browser.newContext({ bypassCSP: true, ...opts });
}

// ---------------------------------------------------------------------------
// Accessibility (axe-core)
// ---------------------------------------------------------------------------

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Run axe-core's WCAG 2.x A/AA rules on the page; returns the violations. */
export async function checkA11y(page) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  }
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations;
  }, AXE_TAGS);
}

/** Throw a readable error if axe-core finds any WCAG violation. */
export async function assertNoA11yViolations(page) {
  const violations = await checkA11y(page);
  if (violations.length === 0) return;
  const lines = violations.map((v) => {
    const targets = v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(', ');
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
    return `  - ${v.id} [${v.impact}]: ${v.help}\n      at ${targets}${more}\n      ${v.helpUrl}`;
  });
  throw new Error(`${violations.length} accessibility violation(s) on ${page.url()}:\n${lines.join('\n')}`);
}

// ---------------------------------------------------------------------------
// Page weight
// ---------------------------------------------------------------------------

/**
 * Navigate page to url and return the bytes transferred over the network for
 * the page and everything it pulls in (encodedDataLength: compressed bodies
 * plus headers, as Chromium's network panel counts them). The browser cache
 * is disabled for the measurement. Chromium sends
 * "Accept-Encoding: gzip, deflate, br, zstd" by default, so compression
 * counts. Pass a fresh page for a clean measurement.
 */
export async function pageWeight(page, url) {
  return (await weigh(page, () => page.goto(url, { waitUntil: 'networkidle' }))).bytes;
}

/**
 * Run action (a navigation: page.goto, a click that submits a form, ...) on
 * page and return {bytes, result}: the bytes transferred for the document
 * and everything it pulls in, counted as pageWeight counts them, and what
 * action resolved to. Wait in action until the page has loaded (networkidle).
 * A form's POST is weighed this way: its response is what the browser gets.
 */
export async function weigh(page, action) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  const onFinished = (e) => {
    bytes += e.encodedDataLength;
  };
  cdp.on('Network.loadingFinished', onFinished);
  let result;
  try {
    result = await action();
    await sleep(200); // let the last loadingFinished events arrive
  } finally {
    cdp.off('Network.loadingFinished', onFinished);
    await cdp.detach().catch(() => {});
  }
  return { bytes, result };
}
