// Expressions asked only whether they match are asked as trees of their letters (src/text/regex-tree.ts): the claim
// types' gates (src/claims/gate.ts anyOf), the candidate gate's cue expressions (src/spot/candidates.ts oneOf) and the
// coreference's head nouns. A tree must match a text exactly where its expression does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.js';
import { askedTrees, INTERPRETED_REGEXPS, testTree, testTreeSource } from '../src/text/regex-tree.js';
import { sharedData } from './shared-data.js';

// (trees are asked for only where the CLI has V8 interpret regular expressions; the modules that ask load after this)
(globalThis as Record<symbol, unknown>)[INTERPRETED_REGEXPS] = true;
await import('../src/entities/coreference.js');
const { EXTRACTORS } = await import('../src/pipeline.js');
const { candidateGate } = await import('../src/spot/candidates.js');
candidateGate(EXTRACTORS);
const askedAtLoad = askedTrees();
const asked = askedAtLoad.map(([key, tree]) => {
  const at = key.indexOf('/');
  return { flags: key.slice(0, at), source: key.slice(at + 1), tree };
});

const sameOn = (re: RegExp, tree: RegExp, texts: Iterable<string>) => {
  for (const t of texts) expect(tree.test(t), `${re.source.slice(0, 80)}… on "${t}"`).toBe(re.test(t));
};

describe('testTree', () => {
  it('spells out letters, classes and groups, each optional, and puts them together by their first letters', () => {
    expect(testTreeSource('\\b(?:hir(?:e|ing)|hold)s?\\b')).toBe('\\bh(?:ir(?:e(?:\\b|s\\b)|ing(?:\\b|s\\b))|old(?:\\b|s\\b))');
    expect(testTreeSource('cat|car|dog')).toBe('(?:ca(?:t|r)|dog)');
    // (the letters of one word: after a space the rest is kept as written)
    expect(testTreeSource('data[ -]?cent(?:er|re)')).toBe('data(?: cent(?:er|re)|-cent(?:er|re)|cent(?:er|re))');
    // (a long rest is not copied to each choice before it)
    expect(testTreeSource('\\b(?:tak(?:e|es)|took) (?:a|the) (?:new )?(?:role|job|post)')).toBe('\\bt(?:ak(?:e|es)|ook) (?:a|the) (?:new )?(?:role|job|post)');
  });

  it('keeps as written what is not letters: a look-ahead, a repeat, a capturing group, a back-reference', () => {
    expect(testTreeSource('\\bjoin(?= [A-Z])|\\bjump\\w+')).toBe('\\bj(?:oin(?= [A-Z])|ump\\w+)');
    expect(testTreeSource('(a)\\1|ab')).toBe('(a)\\1|ab');
    expect(testTree(/ab|ac/g).source).toBe('ab|ac');
    // (and nothing where V8 compiles expressions to machine code)
    (globalThis as Record<symbol, unknown>)[INTERPRETED_REGEXPS] = false;
    expect(testTree(/ab|ac/).source).toBe('ab|ac');
    (globalThis as Record<symbol, unknown>)[INTERPRETED_REGEXPS] = true;
    expect(testTree(/ab|ac/).source).toBe('a(?:b|c)');
  });

  it('matches where the expression does, on random strings of its words', () => {
    const cases = [/\b(?:hir(?:e|es|ed|ing)|hold|hol)s?\b/, /cat|car|ca(?=t)|dog\b|[dD]o-?g/i, /\b(?:a|ab|abc)(?: (?:x|xy)\b)?|\bb+/];
    for (const re of cases) {
      const tree = testTree(re);
      const words = [...new Set(re.source.match(/[a-z]+/gi) ?? [])];
      fc.assert(fc.property(fc.array(fc.constantFrom(...words, ' ', '-', 'x', 'S', '.'), { maxLength: 8 }), (parts) => tree.test(parts.join('')) === re.test(parts.join(''))), { numRuns: 2000 });
    }
  });

  it('is asked for the gates and the head nouns, and each tree matches where its expression does', () => {
    expect(asked.length).toBeGreaterThanOrEqual(4);
    for (const { flags, source, tree } of asked) {
      const re = new RegExp(source, flags);
      const t = new RegExp(tree, flags);
      // (random strings of the expression's words, spaces and a capital)
      const words = [...new Set(source.match(/[a-z]+/gi) ?? [])];
      fc.assert(fc.property(fc.array(fc.constantFrom(...words, ' ', ' ', ', ', 'Orrin', '’s', '-'), { maxLength: 10 }), (parts) => t.test(parts.join('')) === re.test(parts.join(''))), { numRuns: 1500 });
      const dir = join(import.meta.dirname, '..', 'fixtures');
      for (const f of readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f) && f !== 'README.md')) {
        const sentences = splitSentences(readFileSync(join(dir, f), 'utf8')).map((s) => s.text);
        sameOn(re, t, [...sentences, ...sentences.map((s) => s.toLowerCase())]);
      }
    }
  });

  const bbc = sharedData('corpus/bbc/business', 'the trees on bbc/business');
  it.skipIf(!bbc)('each tree matches where its expression does on every sentence of bbc/business', () => {
    const sentences = readdirSync(bbc!).flatMap((f) => splitSentences(readFileSync(join(bbc!, f), 'utf8')).map((s) => s.text));
    for (const { flags, source, tree } of asked) {
      const re = new RegExp(source, flags);
      const t = new RegExp(tree, flags);
      let differ = 0;
      for (const s of [...sentences, ...sentences.map((x) => x.toLowerCase())]) if (re.test(s) !== t.test(s)) differ++;
      expect(differ, source.slice(0, 80)).toBe(0);
    }
  });

  const built = new URL('../dist/text/regex-trees.json', import.meta.url);
  it.skipIf(!existsSync(built))('the built file (dist/text/regex-trees.json) holds the trees these modules ask for', () => {
    expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(askedAtLoad);
  });
});
