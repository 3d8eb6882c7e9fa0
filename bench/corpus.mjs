// The benchmark corpus: the team's fixture articles, replicated and varied so that no two
// articles are the same text (paragraphs shuffled, company names swapped, amounts changed).
// Deterministic: the same seed gives byte-identical files.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded PRNG, so the corpus is the same on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Names the fixtures use (as newsfacts reports them), longest first so "Google DeepMind"
// is swapped before "Google".
const FIXTURE_NAMES = [
  'Parallax Reasoning Labs', 'Fenwick Ridge Capital', 'Google DeepMind', 'Brightwater Compute', 'Aldermoor Partners',
  'Kaskade Intelligence', 'Oderbruch Partners', 'Pellucid Security', 'Harrowgate Capital', 'Tillerman Health',
  'Sundial Ventures', 'Kestrel Dynamics', 'Lakemont Partners', 'Halberd Ventures', 'Caraway Capital', 'Kaltern Ventures',
  'Ironbark Growth', 'Ondine Robotics', 'Corbel Capital', 'Kelvra Systems', 'Tavira Systems', 'Ardent Fusion',
  'Meridian Loop', 'Okapi Freight', 'Glasswing Bio', 'Mirelight AI', 'Osmund Labs', 'Orrery Bio', 'Fennick AI',
  'Quarry AI', 'Anthropic', 'CoreWeave', 'Coldvane', 'Hullwise', 'Brindle', 'Lumarc',
];
// Invented replacements: two-word names, so aliases like "Parallax" → first word still read.
const POOL_FIRST = ['Norvale', 'Quillbright', 'Tessaline', 'Vantor', 'Ebbrook', 'Solvane', 'Marrow', 'Cindral', 'Halvex', 'Ostrava',
  'Pinemark', 'Lirio', 'Denholm', 'Zephyr', 'Karst', 'Wrenfield', 'Tamsin', 'Obelle', 'Ravel', 'Sitka', 'Umber', 'Faldo', 'Grisette', 'Yarrow'];
const POOL_SECOND = ['Systems', 'Labs', 'Capital', 'Ventures', 'Robotics', 'Compute', 'Health', 'Partners', 'AI', 'Dynamics', 'Networks', 'Bio'];

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const NAME_RE = new RegExp(`\\b(?:${FIXTURE_NAMES.map(escapeRe).join('|')})\\b`, 'g');
// "$1.5 billion", "210 people", "18 bln", "2,400": a number with optional decimals/commas.
const NUMBER_RE = /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w.]*\d)/g;

function vary(text, rand) {
  // Headline (first paragraph) stays first; the body's paragraphs are shuffled.
  const paras = text.split(/\n{2,}/);
  const head = paras.shift();
  for (let i = paras.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [paras[i], paras[j]] = [paras[j], paras[i]];
  }
  // Each fixture name → one invented name for the whole article (same name, same company).
  const swap = new Map();
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const swapped = [head, ...paras].join('\n\n').replace(NAME_RE, (name) => {
    if (!swap.has(name)) swap.set(name, rand() < 0.25 ? name : `${pick(POOL_FIRST)} ${pick(POOL_SECOND)}`);
    return swap.get(name);
  });
  // Amounts and counts move by ×0.5…×3, keeping their shape (decimals stay decimals; years stay).
  return swapped.replace(NUMBER_RE, (m, int, dec) => {
    const n = Number(int.replace(/,/g, ''));
    if (n >= 1900 && n <= 2100 && !dec) return m; // a year
    const f = 0.5 + rand() * 2.5;
    if (dec) return (n * f).toFixed(dec.length - 1);
    const v = Math.max(1, Math.round(n * f));
    return int.includes(',') ? v.toLocaleString('en-US') : String(v);
  });
}

/** The fixture articles (text and markdown; fixtures/README.md is documentation, not an article). */
export function baseArticles(root) {
  const dir = join(root, 'fixtures');
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
    .sort()
    .map((f) => ({ name: f, format: f.endsWith('.md') ? 'markdown' : 'text', text: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * At least `minBytes` of varied articles, written to `dir` (one file each) and returned.
 * Article i is a variation of fixture i mod n, so every fixture is equally represented.
 */
export function buildCorpus(root, dir, { minBytes = 2 * 1024 * 1024, seed = 7, count = Infinity } = {}) {
  const base = baseArticles(root);
  const rand = rng(seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const articles = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes && i < count; i++) {
    const b = base[i % base.length];
    const text = vary(b.text, rand);
    const name = `${String(i).padStart(5, '0')}-${b.name}`;
    writeFileSync(join(dir, name), text);
    articles.push({ name, format: b.format, text });
    bytes += Buffer.byteLength(text);
  }
  return { articles, bytes };
}

/**
 * `count` small articles (one to three paragraphs of a varied fixture, ~1 KB), for the
 * many-files memory run: what a clippings folder of short wire items looks like.
 */
export function buildSmallFiles(root, dir, { count = 10000, seed = 11 } = {}) {
  const base = baseArticles(root).filter((b) => b.format === 'text');
  const rand = rng(seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const paras = vary(base[i % base.length].text, rand).split(/\n{2,}/);
    const text = paras.slice(0, 1 + Math.floor(rand() * 3)).join('\n\n') + '\n';
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { count, bytes };
}
