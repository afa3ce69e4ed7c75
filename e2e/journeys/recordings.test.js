// Journey (issue 12): upload a short video with Spanish captions, seek,
// switch to audio. ffmpeg makes a few seconds of video with sound; the org
// admin, reading Minga in Spanish, uploads it through the community's
// recording form. A caption file that is not WebVTT is refused beside the
// field, in Spanish, with the recording and the language chosen kept; then
// Spanish WebVTT captions. The page plays it with the browser's own <video>
// and a Spanish <track>; seeking is served as byte ranges (206 with
// Content-Range). Once the background renditions are listed with their
// sizes, the sound-only version plays in an <audio> from a smaller file.
// The transcript lists the caption lines, each a link to its moment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startMinga, launchBrowser, newContext } from '../lib/harness.js';
import { pageChecker, signIn } from '../lib/pages.js';

const SLUG = 'financing-education';
const TITLE = 'Clase corta: presupuestos abiertos';
const SECONDS = 6;
const VTT_ES = `WEBVTT

00:00.000 --> 00:02.000
Bienvenidas a la clase.

00:02.000 --> 00:04.000
Leemos juntos el presupuesto.

00:04.000 --> 00:06.000
Gracias por venir.
`;
// SubRip, not WebVTT: numbered cues and commas in the times.
const SRT = `1
00:00:00,000 --> 00:00:02,000
Bienvenidas a la clase.
`;

let app;
let browser;
let pages;
let tmp;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-recordings-'));
  // A few seconds of test picture and a tone: H.264 and AAC in MP4.
  execFileSync('ffmpeg', [
    '-nostdin', '-y', '-v', 'error',
    '-f', 'lavfi', '-i', `testsrc=size=640x360:rate=15:duration=${SECONDS}`,
    '-f', 'lavfi', '-i', `sine=frequency=330:duration=${SECONDS}`,
    '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '28', '-pix_fmt', 'yuv420p',
    '-c:a', 'aac', '-b:a', '96k', '-shortest', '-movflags', '+faststart',
    path.join(tmp, 'clase.mp4'),
  ]);
  fs.writeFileSync(path.join(tmp, 'clase.es.vtt'), VTT_ES);
  fs.writeFileSync(path.join(tmp, 'clase.srt'), SRT);
  app = await startMinga({ demo: true });
  browser = await launchBrowser();
  pages = pageChecker(browser, 'recordings');
});

after(async () => {
  pages?.saveWeights();
  await browser?.close();
  await app?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Every response the page gets for a URL whose path starts with prefix. */
function recordResponses(page, prefix) {
  const seen = [];
  page.on('response', (res) => {
    const u = new URL(res.url());
    if (u.pathname.startsWith(prefix)) {
      seen.push({ path: u.pathname, status: res.status(), headers: res.headers(), range: res.request().headers().range });
    }
  });
  return seen;
}

/** Wait (bounded) until fn() is true, polling; fails with what() after the timeout. */
async function until(fn, what, timeoutMs = 30_000, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await fn()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** "bytes START-END/TOTAL" as numbers. */
function contentRange(value) {
  const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(value || '');
  assert.ok(m, `a Content-Range like bytes a-b/n, not ${value}`);
  return { start: Number(m[1]), end: Number(m[2]), total: Number(m[3]) };
}

test('recordings: upload, captions, seek, renditions, audio, transcript', { timeout: 300_000 }, async () => {
  const base = app.baseUrl;
  const videoBytes = fs.statSync(path.join(tmp, 'clase.mp4')).size;

  const admin = await (await newContext(browser)).newPage();
  await signIn(admin, base, 'orgadmin@demo.minga.test');
  await admin.click('form.langs button[value=es]');
  await admin.waitForFunction(() => document.documentElement.lang === 'es');
  await admin.goto(`${base}/communities/${SLUG}`);
  await Promise.all([admin.waitForURL(/\/media\/new\?community=/), admin.click(`a[href="/media/new?community=${SLUG}"]`)]);
  await pages.check(admin, 'new recording (es)');

  // The recording, with a description and chapters.
  await admin.fill('input[name=title]', TITLE);
  await admin.fill('textarea[name=description]', 'Seis segundos de prueba con un tono.');
  await admin.fill('textarea[name=chapters]', '0:00 Inicio\n0:04 Cierre');
  await admin.setInputFiles('input[name=upload_media]', path.join(tmp, 'clase.mp4'));
  await Promise.all([admin.waitForURL(/\/media\/[0-9a-f-]{36}$/), admin.click('form[enctype="multipart/form-data"] button.primary')]);
  const mediaPath = new URL(admin.url()).pathname;
  await pages.check(admin, 'recording (es)');
  assert.equal(await admin.textContent('h1'), TITLE);
  assert.equal(await admin.getAttribute('video source', 'src'), `${mediaPath}/file`);

  // A SubRip file is not WebVTT: refused beside the field, in Spanish; the
  // recording stays and the language chosen is kept.
  const captionForm = `form[action="${mediaPath}/captions"]`;
  await admin.selectOption(`${captionForm} select[name=caption_lang]`, 'es');
  await admin.setInputFiles(`${captionForm} input[name=upload_caption]`, path.join(tmp, 'clase.srt'));
  const refused = await pages.checkSubmit(admin, 'captions refused (es)', () => admin.click(`${captionForm} button`));
  assert.equal(refused.status(), 422);
  assert.equal(
    (await admin.textContent('#e-upload_caption')).trim(),
    'Esto no es un archivo WebVTT: su primera línea debe ser WEBVTT (línea 1).',
  );
  assert.equal(await admin.getAttribute('#f-upload_caption', 'aria-invalid'), 'true');
  assert.equal(await admin.inputValue(`${captionForm} select[name=caption_lang]`), 'es');
  assert.equal(await admin.textContent('h1'), TITLE, 'the recording is still there');
  assert.equal(await admin.locator('video track').count(), 0, 'no captions were added');

  // Spanish WebVTT captions.
  await admin.setInputFiles(`${captionForm} input[name=upload_caption]`, path.join(tmp, 'clase.es.vtt'));
  await Promise.all([admin.waitForURL((u) => u.pathname === mediaPath), admin.click(`${captionForm} button`)]);
  await pages.check(admin, 'recording with captions (es)');
  const track = admin.locator('video track[srclang=es]');
  assert.equal(await track.count(), 1);
  assert.equal(await track.getAttribute('kind'), 'captions');
  assert.equal(await track.getAttribute('src'), `${mediaPath}/captions/es.vtt`);
  assert.equal(await track.getAttribute('default'), '', 'Spanish captions are on for a Spanish reader');
  const vtt = await admin.context().request.get(`${base}${mediaPath}/captions/es.vtt`);
  assert.match(vtt.headers()['content-type'], /^text\/vtt/);
  assert.match(await vtt.text(), /Leemos juntos el presupuesto/);

  // Seek: play, jump to second 4; the bytes come as ranges.
  const fileResponses = recordResponses(admin, `${mediaPath}/file`);
  const played = await admin.evaluate(async () => {
    const v = document.querySelector('video');
    v.muted = true;
    await v.play();
    await new Promise((resolve) => {
      v.addEventListener('seeked', resolve, { once: true });
      v.currentTime = 4;
    });
    await new Promise((resolve) => v.addEventListener('timeupdate', resolve, { once: true }));
    return { time: v.currentTime, error: v.error && v.error.code, cues: v.textTracks.length && v.textTracks[0].language };
  });
  assert.equal(played.error, null);
  assert.ok(played.time >= 4, `the video plays from second 4 (at ${played.time})`);
  assert.equal(played.cues, 'es');
  await until(() => fileResponses.some((r) => r.status === 206), () => `a 206 in ${JSON.stringify(fileResponses)}`);
  const partial = fileResponses.find((r) => r.status === 206);
  assert.ok(partial.range, 'the player asked for a range');
  assert.equal(contentRange(partial.headers['content-range']).total, videoBytes);
  assert.equal(partial.headers['accept-ranges'], 'bytes');
  // A range in the middle of the file, as a seek asks for it.
  const middle = await admin.evaluate(async (src) => {
    const r = await fetch(src, { headers: { Range: 'bytes=1000-1999' } });
    return { status: r.status, range: r.headers.get('content-range'), length: (await r.arrayBuffer()).byteLength };
  }, `${mediaPath}/file`);
  assert.deepEqual(middle, { status: 206, range: `bytes 1000-1999/${videoBytes}`, length: 1000 });

  // The renditions, made by ffmpeg in the background, are listed with their sizes.
  await until(
    async () => {
      await admin.goto(`${base}${mediaPath}`);
      return (await admin.locator(`a[href="${mediaPath}/renditions/audio.ogg"]`).count()) > 0 &&
        (await admin.locator(`a[href="${mediaPath}/renditions/small.mp4"]`).count()) > 0;
    },
    async () => `renditions on ${await admin.textContent('#player')}`,
    90_000,
    1000,
  );
  await pages.check(admin, 'recording with renditions (es)');
  const downloads = await admin.locator('#downloads-h + ul a').allTextContents();
  for (const label of ['Solo sonido', 'Vídeo pequeño', 'Tal como se subió', 'Imagen fija']) {
    assert.ok(downloads.some((d) => d.startsWith(label) && /\d/.test(d)), `${label} is listed with its size: ${downloads}`);
  }
  assert.equal(await admin.getAttribute('video', 'poster'), `${mediaPath}/renditions/poster.jpg`);

  // Switch to sound only: an <audio> plays the Opus file, smaller than the video.
  const audioResponses = recordResponses(admin, `${mediaPath}/renditions/audio.ogg`);
  await Promise.all([admin.waitForURL(/\?play=audio#player$/), admin.click(`#player a[href^="${mediaPath}?play=audio"]`)]);
  await pages.check(admin, 'recording, sound only (es)');
  assert.equal(await admin.locator('#player video').count(), 0);
  assert.equal(await admin.getAttribute('#player audio source', 'src'), `${mediaPath}/renditions/audio.ogg`);
  assert.equal(await admin.getAttribute('#player audio source', 'type'), 'audio/ogg');
  assert.ok(await admin.locator('#player strong[aria-current=true]', { hasText: 'Reproducir solo el sonido' }).count() === 1);
  const heard = await admin.evaluate(async () => {
    const a = document.querySelector('#player audio');
    a.muted = true;
    await a.play();
    await new Promise((resolve) => a.addEventListener('timeupdate', resolve, { once: true }));
    return { time: a.currentTime, error: a.error && a.error.code, src: a.currentSrc };
  });
  assert.equal(heard.error, null);
  assert.equal(new URL(heard.src).pathname, `${mediaPath}/renditions/audio.ogg`);
  await until(() => audioResponses.some((r) => r.status === 206 || r.status === 200), () => JSON.stringify(audioResponses));
  const audio = audioResponses.find((r) => r.status === 206 || r.status === 200);
  const audioBytes = audio.status === 206 ? contentRange(audio.headers['content-range']).total : Number(audio.headers['content-length']);
  assert.equal(audio.headers['content-type'], 'audio/ogg');
  assert.ok(audioBytes > 0 && audioBytes < videoBytes, `the sound (${audioBytes} B) is lighter than the video (${videoBytes} B)`);

  // The transcript: each caption line a link to its moment.
  await admin.goto(`${base}${mediaPath}`);
  await Promise.all([admin.waitForURL(/\/transcript$/), admin.click(`a[href="${mediaPath}/transcript"]`)]);
  await pages.check(admin, 'transcript (es)');
  assert.equal(await admin.getAttribute('ol.transcript', 'lang'), 'es');
  const lines = admin.locator('ol.transcript li');
  assert.deepEqual(await lines.allTextContents(), ['0:00 Bienvenidas a la clase.', '0:02 Leemos juntos el presupuesto.', '0:04 Gracias por venir.']);
  const moment = lines.nth(1).locator('a');
  assert.equal(await moment.getAttribute('href'), `${mediaPath}?t=2#player`);
  await Promise.all([admin.waitForURL(/\?t=2#player$/), moment.click()]);
  assert.equal(await admin.getAttribute('video source', 'src'), `${mediaPath}/file#t=2`);

  pages.validateHtml();
});
