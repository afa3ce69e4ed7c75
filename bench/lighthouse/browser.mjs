// Helpers for bench/lighthouse/run, through puppeteer-core (a dependency of
// Lighthouse) and a Chromium listening for the DevTools protocol.
//
//   node browser.mjs cookies CDP_PORT ORIGIN 'a=1; b=2'
//       put these cookies in the browser's jar for ORIGIN (a browser that
//       has signed in and has the stylesheet's cookie)
//   node browser.mjs lcp CDP_PORT URL 'a=1; b=2'
//       open URL in a fresh context with these cookies, 360x740 at 2x, and
//       print the largest contentful paint's element, its size and its text
//       (Lighthouse 12.2's own LCP-element audit fails on this Chromium)
import puppeteer from 'puppeteer-core';

const [cmd, port, url, cookieHeader = ''] = process.argv.slice(2);
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
const cookies = cookieHeader
  .split(';')
  .map((c) => c.trim())
  .filter(Boolean)
  .map((c) => {
    const i = c.indexOf('=');
    return { name: c.slice(0, i), value: c.slice(i + 1), url: new URL(url).origin };
  });

try {
  if (cmd === 'cookies') {
    const page = await browser.newPage();
    if (cookies.length) await page.setCookie(...cookies);
    await page.close();
  } else if (cmd === 'lcp') {
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 2, isMobile: true });
    if (cookies.length) await page.setCookie(...cookies);
    await page.goto(url, { waitUntil: 'load' });
    const lcp = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list) => {
            const e = list.getEntries().at(-1);
            const el = e.element;
            const tag = el
              ? el.tagName.toLowerCase() +
                (el.id ? `#${el.id}` : '') +
                (el.className && typeof el.className === 'string'
                  ? '.' + el.className.trim().split(/\s+/).join('.')
                  : '')
              : '?';
            const text = el ? (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60) : '';
            resolve({ tag, size: e.size, text, top: el ? Math.round(el.getBoundingClientRect().top) : null });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    console.log(`${lcp.tag} (${Math.round(lcp.size)} px², top ${lcp.top} px): "${lcp.text}"`);
    await ctx.close();
  }
} finally {
  await browser.disconnect();
}
