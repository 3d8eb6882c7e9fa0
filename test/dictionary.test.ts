// The English word list: found from its file, a few bytes a lookup, for the first words a run
// asks about, then from memory. Both ways must give the same answers.
import { describe, expect, it } from 'vitest';
import { isDictionaryWord } from '../src/entities/dictionary.js';

// Ordinary words from the start, middle and end of the sorted list, in mixed case
const WORDS = ['aa', 'Aah', 'Reality', 'talent', 'Pipeline', 'RUNWAY', 'zyzzyva', 'zzzs'];
// Coined names, and strings that sort around list words without being any of them
const NOT_WORDS = ['Quillmark', 'Zentrix', 'Stackwise', 'aaa', 'zzzz', 'talentt', 'a-b', ''];

describe('dictionary words', () => {
  it('knows ordinary words and not coined names, first from the file, then from memory', () => {
    // more distinct words than are searched in the file, so the list is read into memory
    // part-way; every answer is asked again at the end
    const filler = Array.from({ length: 260 }, (_, i) => `Qz${i.toString(36)}x`);
    const first = [...WORDS, ...NOT_WORDS].map(isDictionaryWord);
    for (const w of filler) expect(isDictionaryWord(w)).toBe(false);
    const again = [...WORDS.map((w) => w.toUpperCase()), ...NOT_WORDS.map((w) => w.toUpperCase())].map(isDictionaryWord);
    expect(first).toEqual([...WORDS.map(() => true), ...NOT_WORDS.map(() => false)]);
    expect(again).toEqual(first);
  });
});
