// Reads bench/lighthouse/run's Lighthouse reports and prints the Markdown
// table (and, for any page whose largest paint is at or over the limit, what
// Lighthouse says about it).
//
//   node summarise.mjs OUT_DIR LIMIT_MS < pages.tsv
//
// pages.tsv: one line per page: index, label, reader, path (tab-separated).
// Reports are OUT_DIR/p{index}-{first,repeat,before}.report.json.
import { readFileSync, existsSync } from 'node:fs';

const [outDir, limitArg] = process.argv.slice(2);
const limit = Number(limitArg || 1600);
const modes = ['first', 'repeat', 'before'];
const pages = readFileSync(0, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => {
    const [i, label, reader, path] = l.split('\t');
    return { i, label, reader, path };
  });

const fmt = (n) => Math.round(n).toLocaleString('en-US');

function read(page, mode) {
  const f = `${outDir}/p${page.i}-${mode}.report.json`;
  if (!existsSync(f)) return null;
  const r = JSON.parse(readFileSync(f, 'utf8'));
  const a = r.audits;
  const reqs = (a['network-requests']?.details?.items || []).map((q) => ({
    url: q.url.replace(/^https?:\/\/[^/]+/, ''),
    type: q.resourceType,
    priority: q.priority,
    bytes: q.transferSize,
    start: q.networkRequestTime,
    end: q.networkEndTime,
    status: q.statusCode,
  }));
  const lcpEl = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  const phases = a['largest-contentful-paint-element']?.details?.items?.[1]?.items || [];
  const path = new URL(r.finalDisplayedUrl || r.finalUrl).pathname;
  return {
    lcp: a['largest-contentful-paint']?.numericValue,
    fcp: a['first-contentful-paint']?.numericValue,
    score: r.categories.performance.score,
    bytes: a['total-byte-weight']?.numericValue,
    lcpEl: lcpEl
      ? `${lcpEl.nodeLabel} — \`${(lcpEl.snippet || '').slice(0, 80)}\``
      : existsSync(`${outDir}/p${page.i}-lcp.txt`)
        ? readFileSync(`${outDir}/p${page.i}-lcp.txt`, 'utf8').trim()
        : '?',
    benchmark: r.environment?.benchmarkIndex,
    ttfb: a['metrics']?.details?.items?.[0]?.timeToFirstByte,
    phases: phases.map((p) => `${p.phase} ${fmt(p.timing)} ms`).join(', '),
    reqs,
    redirected: path !== page.path.split('?')[0],
    error: r.runtimeError?.message || r.runWarnings?.join('; '),
  };
}

const rows = [];
const slow = [];
const odd = [];
for (const p of pages) {
  const m = Object.fromEntries(modes.map((k) => [k, read(p, k)]));
  const cell = (x) =>
    x && x.lcp != null
      ? [`${fmt(x.lcp)}`, `${fmt(x.fcp)}`, x.score.toFixed(2), fmt(x.bytes)]
      : ['–', '–', '–', '–'];
  rows.push(
    `| ${p.label} | ${p.reader} | ${[...cell(m.first), ...cell(m.repeat), ...cell(m.before)].join(' | ')} |`,
  );
  for (const k of ['first', 'repeat']) {
    const x = m[k];
    if (!x) continue;
    if (x.redirected) odd.push(`- ${p.label} (${p.reader}, ${k}): ended on another page than ${p.path}`);
    if (x.lcp >= limit) slow.push({ p, k, x });
  }
}

const out = [];
out.push(
  '| page | reader | first LCP ms | first FCP ms | first score | first bytes | repeat LCP ms | repeat FCP ms | repeat score | repeat bytes | before LCP ms | before FCP ms | before score | before bytes |',
);
out.push('| --- | --- |' + ' ---: |'.repeat(12));
out.push(...rows);
out.push('');
if (odd.length) out.push('Runs that did not stay on their page:', '', ...odd, '');
if (slow.length) {
  out.push(`Pages whose largest paint is ${fmt(limit)} ms or more:`, '');
  for (const { p, k, x } of slow) {
    out.push(
      `- ${p.label} (${p.reader}, ${k} visit): LCP ${fmt(x.lcp)} ms, FCP ${fmt(x.fcp)} ms, simulated first byte ${fmt(x.ttfb)} ms; element ${x.lcpEl}`,
    );
    for (const q of x.reqs) {
      out.push(
        `  - ${q.url} (${q.type}, ${q.priority}, ${fmt(q.bytes)} bytes, observed ${q.start?.toFixed(0)}–${q.end?.toFixed(0)} ms)`,
      );
    }
  }
  out.push('');
} else {
  out.push(`Every first and repeat visit's largest paint is under ${fmt(limit)} ms.`, '');
}
const elements = pages
  .map((p) => {
    const x = read(p, 'first');
    return x ? `- ${p.label} (${p.reader}): ${x.lcpEl}` : null;
  })
  .filter(Boolean);
out.push('The largest paint on a first visit:', '', ...elements, '');
const bench = pages.flatMap((p) => modes.map((k) => read(p, k)?.benchmark)).filter(Boolean);
if (bench.length)
  out.push(
    `Lighthouse's CPU benchmark index on this machine: ${fmt(Math.min(...bench))}–${fmt(Math.max(...bench))} (the 4x slowdown multiplies the CPU time observed here).`,
    '',
  );
console.log(out.join('\n'));
