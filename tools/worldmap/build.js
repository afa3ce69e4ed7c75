// Build step: Natural Earth 1:110m countries (npm `world-atlas`) -> a small
// JSON asset of projected SVG path strings for the server-rendered world
// choropleth. Output: crates/minga-web/src/capacity/world.json
//
//   cd tools/worldmap && npm ci && node build.js
//
// The output is deterministic: same inputs (package-lock.json) -> same bytes.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { geoEqualEarth, geoPath, geoArea } from "d3-geo";
import topojsonClient from "topojson-client";
import topojsonSimplify from "topojson-simplify";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, "..", "..", "crates", "minga-web", "src", "capacity", "world.json");

// Width of the viewBox in user units; height follows from the projection.
const WIDTH = 960;
// Padding (user units) on every side so outline strokes are not cut off.
const PAD = 2;
// Visvalingam simplification threshold: points whose effective triangle has a
// spherical area (steradians) below this are dropped. The projection is
// equal-area, so this is a fixed on-screen area: the whole sphere (4π sr)
// projects to about 407,000 px² at this width, so 4e-5 sr ≈ 1.3 px². Below
// that, detail is lost to the integer rounding anyway.
const MIN_WEIGHT = 4e-5;
// Antarctica adds a huge, uninformative strip at the bottom.
const DROP_IDS = new Set(["010"]);
// Decimal places kept in the output coordinates (0 = integer user units).
const DIGITS = 0;
const K = 10 ** DIGITS;

const atlasPkg = require("world-atlas/package.json");
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));

// 1. Simplify in topology space so shared borders stay shared (no gaps/overlaps).
const simplified = topojsonSimplify.simplify(
  topojsonSimplify.presimplify(topology, topojsonSimplify.sphericalTriangleArea),
  MIN_WEIGHT,
);

// 2. TopoJSON -> GeoJSON features; keep every feature with an id except Antarctica.
const features = topojsonClient
  .feature(simplified, simplified.objects.countries)
  .features.filter((f) => f.id != null && !DROP_IDS.has(String(f.id)))
  .map(fixWinding);

// 3. Equal Earth (equal-area, so the choropleth does not inflate high latitudes),
//    fitted to the width; geoPath does antimeridian clipping and resampling.
const collection = { type: "FeatureCollection", features };
const projection = geoEqualEarth().fitWidth(WIDTH - 2 * PAD, collection);
const [tx, ty] = projection.translate();
projection.translate([tx + PAD, ty + PAD]);
const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
const height = Math.ceil(y1 + PAD);
if (Math.abs(y0 - PAD) > 0.5) throw new Error(`unexpected top bound ${y0}`);

// 4. Project each feature into a compact path string with integer coordinates.
const countries = features
  .map((f) => ({ id: String(f.id), d: compactPath(f, projection) }))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

for (let i = 1; i < countries.length; i++) {
  if (countries[i].id === countries[i - 1].id) throw new Error(`duplicate id ${countries[i].id}`);
}
for (const c of countries) {
  if (!/^\d{3}$/.test(c.id)) throw new Error(`unexpected id ${JSON.stringify(c.id)}`);
}

const out = {
  source: `world-atlas@${atlasPkg.version} countries-110m, Natural Earth, simplified by tools/worldmap/build.js`,
  viewBox: `0 0 ${WIDTH} ${height}`,
  countries,
};
// One country per line: readable diffs, still compact.
const json =
  "{" +
  `"source":${JSON.stringify(out.source)},\n` +
  `"viewBox":${JSON.stringify(out.viewBox)},\n` +
  `"countries":[\n` +
  countries.map((c) => JSON.stringify(c)).join(",\n") +
  "\n]}\n";
JSON.parse(json); // sanity
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, json);

const empty = countries.filter((c) => c.d === "").map((c) => c.id);
console.error(
  `wrote ${OUT}: ${countries.length} countries, viewBox ${out.viewBox}, ` +
    `${Buffer.byteLength(json)} bytes, min weight ${MIN_WEIGHT} sr` +
    (empty.length ? `, empty paths: ${empty.join(" ")}` : ""),
);

// d3-geo treats a polygon whose (clockwise) exterior ring got reversed or
// collapsed by simplification as "the whole globe minus a sliver", which would
// paint over the entire map. Drop any polygon whose spherical area exceeds a
// hemisphere (no real country comes close).
function fixWinding(feature) {
  const g = feature.geometry;
  if (!g) return feature;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : null;
  if (!polys) return feature;
  const kept = polys.filter((rings) => geoArea({ type: "Polygon", coordinates: rings }) <= 2 * Math.PI);
  if (kept.length !== polys.length) {
    console.error(`note: ${feature.id}: dropped ${polys.length - kept.length} inverted polygon(s) after simplification`);
  }
  return { ...feature, geometry: { type: "MultiPolygon", coordinates: kept } };
}

// Render a feature through geoPath into a minimal SVG path: an absolute "M"
// per ring, then relative "l" steps between integer-rounded points, "z" to
// close. Consecutive duplicate points (after rounding) are removed and rings
// that collapse to fewer than three distinct points are dropped.
function compactPath(feature, projection) {
  const rings = [];
  let ring = null;
  const ctx = {
    moveTo(x, y) {
      ring = [];
      this.lineTo(x, y);
    },
    lineTo(x, y) {
      const p = [Math.round(x * K), Math.round(y * K)];
      const last = ring[ring.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    },
    closePath() {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
      if (ring.length >= 3 && twiceArea(ring) !== 0) rings.push(ring);
      ring = null;
    },
    arc() {
      throw new Error("unexpected point geometry");
    },
  };
  geoPath(projection, ctx)(feature);

  let d = "";
  for (const r of rings) {
    d += `M${fmt(r[0][0])} ${fmt(r[0][1])}l`;
    const nums = [];
    for (let i = 1; i < r.length; i++) {
      nums.push(r[i][0] - r[i - 1][0], r[i][1] - r[i - 1][1]);
    }
    d += joinNumbers(nums) + "z";
  }
  return d;
}

function twiceArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % n];
    s += x0 * y1 - x1 * y0;
  }
  return s;
}

// SVG number list: a space is needed only before non-negative numbers.
function joinNumbers(nums) {
  let s = "";
  for (let i = 0; i < nums.length; i++) {
    const t = fmt(nums[i]);
    s += i > 0 && nums[i] >= 0 ? " " + t : t;
  }
  return s;
}

// Integer in units of 1/K -> shortest decimal text ("0.5" -> ".5", "-0.5" -> "-.5").
function fmt(n) {
  if (K === 1) return String(n);
  return String(n / K).replace(/^(-?)0\./, "$1.");
}
