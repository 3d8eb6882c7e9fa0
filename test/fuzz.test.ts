import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type Article } from '../src/index.js';
import { Article as ArticleSchema } from '../src/schema.js';

/**
 * Whatever comes in, `extract` returns a valid article: it does not throw, every evidence
 * span slices the text it quotes, every number is finite, and the same input gives the
 * same output. Bounded (short inputs, ~200 runs) so the suite stays fast; a failure prints
 * the shrunk input and the seed to replay it with.
 */

const FORMATS = ['text', 'markdown', 'html'] as const;

/** Every property an article must have for any input. */
function checkArticle(input: string, format: (typeof FORMATS)[number]): Article {
  const article = extract(input, { format, withText: true });
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) throw new Error(`not an Article: ${parsed.error.message}`);
  const text = article.text!;
  expect(article.source.chars).toBe(text.length);
  for (const claim of article.claims) {
    expect(claim.evidence.length).toBeGreaterThan(0);
    for (const e of claim.evidence) {
      expect(e.start).toBeLessThanOrEqual(e.end);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(Number.isFinite(claim.confidence)).toBe(true);
    if (claim.value) {
      for (const n of [claim.value.amount, claim.value.min, claim.value.max]) if (n !== null) expect(Number.isFinite(n)).toBe(true);
      if (claim.value.min !== null && claim.value.max !== null) expect(claim.value.min).toBeLessThanOrEqual(claim.value.max);
    }
  }
  return article;
}

/** Random bytes read the ways an input can arrive: UTF-8 with replacement, Latin-1. */
const bytes = fc.uint8Array({ maxLength: 300 }).chain((b) =>
  fc.constantFrom(Buffer.from(b).toString('utf8'), Buffer.from(b).toString('latin1')),
);

/** The pieces of business news: names, money, triggers, markup and odd whitespace. */
const NAMES = ['Acme Robotics', 'Thinking Machines Lab', 'TML', 'Parallax Reasoning Labs (PRL)', 'Google', 'Nvidia', 'OpenAI', 'Meta', 'the company', 'The startup', 'it', 'Acme’s', 'xAI', 'Zentrix AI Inc.'];
const AMOUNTS = [
  '$12 billion', '$1.5 bln', '€62\u00a0million', 'US$1.2bn', '£300m', '~140', 'about 2,000', '10–12', '$10-$12 billion', 'seven-figure',
  'multi-billion-dollar', '1,000,000,000,000,000,000,000 dollars', '9'.repeat(40), '0.0000001', '1e309', '-$5 million', '50%', '140 employees',
];
const TRIGGERS = [
  'valued at', 'raised', 'in a Series B round led by', 'employs', 'employees', 'hired', 'from', 'poached', 'left', 'signed a cloud deal with',
  'GPUs', 'annualized revenue', 'users', 'according to people familiar with the matter', 'has not raised', 'may', 'if', 'denied',
];
const NOISE = [
  '. ', '.', ',', ';', ':', '\n', '\r\n', '\r', '\n\n', '\t', '\u00a0', '\u2009', '\u200b', '\ufeff', '• ', '- ', '* ', '1. ', '# ', '> ', '| ', ' |',
  '“', '”', '‘', '’', '"', "'", '—', '–', '…', '(', ')', '[', '](http://x)', '**', '_', '<p>', '</p>', '<br>', '<li>', '&amp;', '&nbsp;', '<!--',
  '😀', 'e\u0301', '\u202e',
];

/** Between the words of a clause: mostly a space, sometimes NBSP, a quote, a line break. */
const gap = fc.constantFrom(' ', ' ', ' ', ' ', '\u00a0', ' “', '” ', '\r\n', '\n', ' **', '** ');

/** "Acme Robotics valued at $12 billion": the shape that makes claims, with odd gaps. */
const clause = fc
  .tuple(fc.constantFrom(...NAMES), gap, fc.constantFrom(...TRIGGERS), gap, fc.constantFrom(...AMOUNTS, ...NAMES), fc.constantFrom('.', '. ', '.\r\n', '\n\n', ''))
  .map((p) => p.join(''));

const fragments = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: clause },
      { weight: 4, arbitrary: fc.constantFrom(...NAMES, ...AMOUNTS, ...TRIGGERS, ...NOISE) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { maxLength: 25 },
  )
  .chain((parts) => fc.constantFrom(parts.join(' '), parts.join('')));

describe('extract() on any input', () => {
  it('random bytes: a valid article with sound spans', () => {
    fc.assert(
      fc.property(bytes, fc.constantFrom(...FORMATS), (input, format) => {
        checkArticle(input, format);
      }),
      { numRuns: 200 },
    );
  });

  it('random news-like fragments: a valid article with sound spans, the same on a second run', () => {
    let withClaims = 0;
    fc.assert(
      fc.property(fragments, fc.constantFrom(...FORMATS), (input, format) => {
        const first = checkArticle(input, format);
        expect(extract(input, { format, withText: true })).toEqual(first);
        if (first.claims.length) withClaims++;
      }),
      { numRuns: 200 },
    );
    // Not vacuous: some of the inputs do produce claims whose spans were checked. (About one
    // input in eleven does — 14 to 26 of 200 over fifteen seeds — so three or more holds for
    // all but about one seed in 100,000; a higher bar failed on an unlucky seed.)
    expect(withClaims).toBeGreaterThanOrEqual(3);
  });

  it('a news-like article built from whole sentences: sound spans in all three formats', () => {
    const sentence = fc
      .tuple(
        fc.constantFrom('Acme Robotics', 'The company', 'Zentrix AI', 'It'),
        fc.constantFrom('was valued at', 'raised', 'employs', 'hired 30 engineers from', 'signed a $2 billion deal with', 'has not raised'),
        fc.constantFrom('$12 billion', '€62\u00a0million', 'about 140 people', 'Google', 'Meta', 'seven-figure packages', '$10–12 billion'),
        fc.constantFrom('.', ', according to people familiar with the matter.', ', the company said.', '.\r\n', '.\n\n'),
      )
      .map((p) => p.join(' ').replace(' .', '.').replace(' ,', ','));
    let withClaims = 0;
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.constantFrom(...FORMATS), (sentences, format) => {
        const input = format === 'html' ? sentences.map((s) => `<p>${s}</p>`).join('\n') : sentences.join(' ');
        if (checkArticle(input, format).claims.length) withClaims++;
      }),
      { numRuns: 100 },
    );
    expect(withClaims).toBeGreaterThan(30);
  });
});
