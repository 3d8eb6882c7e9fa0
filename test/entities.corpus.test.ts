// The entity corpus is the spec (Duckling style): every line of src/entities/corpus.ts is one
// test of typeMentions. How an expectation is read is documented in the corpus's header.
import { describe, expect, it } from 'vitest';
import { corpus } from '../src/entities/corpus.js';
import { typeMentions } from '../src/entities/index.js';
import { ENTITIES_BACKLOG } from './entities.backlog.js';
import { entityProblems, spanOf } from './entity-match.js';

describe('entity corpus', () => {
  const passing = corpus.filter((ex) => !(ex.text in ENTITIES_BACKLOG));
  const backlog = corpus.filter((ex) => ex.text in ENTITIES_BACKLOG);

  it.each(passing.map((ex) => [ex.text, ex] as const))('types: %s', (_text, ex) => {
    expect(entityProblems(ex, typeMentions(ex.text))).toEqual([]);
  });

  // Known failures (test/entities.backlog.ts): these must still fail, so a fix is noticed.
  if (backlog.length) {
    it.fails.each(backlog.map((ex) => [ex.text, ex] as const))('backlog, does not yet type: %s', (_text, ex) => {
      expect(entityProblems(ex, typeMentions(ex.text))).toEqual([]);
    });
  }
});

describe('entity corpus: the corpus itself', () => {
  it('keeps at least 120 lines', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(120);
  });

  it('has a note and an expectation on every line, and no line twice', () => {
    expect(corpus.filter((ex) => !ex.note || ex.expect.length === 0).map((ex) => ex.text)).toEqual([]);
    expect(new Set(corpus.map((ex) => ex.text)).size).toBe(corpus.length);
  });

  it('finds every expected surface as a whole word of its text', () => {
    const missing = corpus.flatMap((ex) =>
      ex.expect.filter(([s, , n]) => !spanOf(ex.text, s, n)).map(([s]) => `${s} in: ${ex.text}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists in the backlog only lines of the corpus', () => {
    const texts = new Set(corpus.map((ex) => ex.text));
    expect(Object.keys(ENTITIES_BACKLOG).filter((t) => !texts.has(t))).toEqual([]);
  });
});
