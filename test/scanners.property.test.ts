// The hand-written scanners that replaced regular expressions on hot paths must read exactly
// what the expressions they replaced would: checked here against those expressions, on random
// text mixing Latin letters, accents, other scripts, apostrophes, joiners and digits.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../src/entities/organizations.js';
import { countFunctionWords, ENGLISH_FUNCTION_WORDS, looksEnglish } from '../src/input/language.js';
import { readQuantities } from '../src/values/index.js';

// Pieces real text is made of, weighted toward the cases the scanners branch on.
const PIECES = [
  'a', 'Z', 'é', 'É', 'ß', 'ﬁ', 'ª', 'ǅ', 'Ω', 'ж', 'Д', '中', 'ق', '\u0301', '\u0308', '𝐀', '𐞀', '😀',
  '0', '7', '.', '-', "'", '’', 's', 'S', '&', '+', '_', ' ', '\u00a0', '\n', ',', '(', 'x', 'AI', 'eB',
  'the', 'and', 'Of', 'THE', "don't", 'company’s', 'Meta', 'co-founder', 'Coca-Cola', 'Amazon.com',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('name tokens', () => {
  // The definition: Latin-script words, joined by "." or "-" before a letter or digit (not by a full stop
  // glued between two sentences, "Motors.Tesla": a lower-case letter, then a capital and a lower-case one), and by an
  // apostrophe only in a final "'s"; capitalised: a capital start, a camel-case start of up to
  // four lower-case letters ("easyJet"), or digits then a capital ("23andMe", "7-Eleven"), unless a
  // hyphen precedes a lower-case part that describes ("California-based") rather than
  // completes a name ("Ji-won": four letters or fewer, not a describing word).
  const TOKEN = /[\p{sc=Latin}0-9](?:[\p{sc=Latin}\p{M}0-9&+]|-(?=[\p{sc=Latin}0-9])|(?<![a-z])\.(?=[\p{sc=Latin}0-9])|\.(?![A-Z][a-z])(?=[\p{sc=Latin}0-9])|'(?=s\b))*/gu;
  const DESCRIBING = /^(?:led|run|born|bred|made|wide|like|free|only|area|era|size|type|hit|bound|held|set|up|in|on|off|out|for|to)$/;
  const nameTail = (w: string) => {
    if (!/-\p{Ll}/u.test(w)) return true;
    const tail = w.slice(w.indexOf('-') + 1);
    return tail.length <= 4 && !DESCRIBING.test(tail) && !tail.includes('-');
  };
  const capStart = (w: string) => /^\p{Lu}/u.test(w) || /^[a-z]{1,4}[A-Z]/.test(w);
  // ("23andMe", "7-Eleven", "1Password": digits, then letters with a capital)
  const digitName = (w: string) => /^\d+(?:-\d+)*(?:[a-z]+[A-Z]|-[A-Z][a-z]|[A-Z][a-z]{2,})|^\d(?!(?:million|billion|thousand|trillion|hundred|percent|crore|lakhs?|months?|years?|weeks?|minutes?|seconds?|hours?|metres?|meters?|miles|tonnes?|times)\b)[a-z]{5,}$/.test(w);
  // (digits right after a digit and a thousands separator continue a number: "1,085-Rs" starts no name)
  const inNumber = (s: string, i: number) => i > 1 && /[,.]/.test(s[i - 1]!) && /\d/.test(s[i - 2]!) && /\d/.test(s[i]!);
  // (a word joined to an underscore is a file's or a handle's name: "BT_20180314.jpg" is no capitalised word)
  const underscored = (s: string, i: number, j: number) => s[j] === '_' || (i > 0 && s[i - 1] === '_');
  const reference = (s: string, base: number) =>
    [...s.matchAll(TOKEN)].map((m) => ({
      start: base + m.index,
      end: base + m.index + m[0].length,
      text: m[0],
      cap: !inNumber(s, m.index) && !underscored(s, m.index, m.index + m[0].length) && (digitName(m[0]) || (capStart(m[0]) && nameTail(m[0]))),
    }));

  it('match the regular expression that defines them, offsets included', () => {
    fc.assert(fc.property(text, fc.nat(1000), (s, base) => {
      const words = tokenize(s, base).map((t) => ({ start: t.start, end: t.end, text: t.text, cap: t.cap }));
      expect(words).toEqual(reference(s, base));
    }), { numRuns: 3000 });
  });

  it('split a sentence as a reader would', () => {
    const words = tokenize("Zentrix AI's co-founder left Coca-Cola and Amazon.com for xAI — HP’s loss.", 100);
    expect(words.map((w) => [w.text, w.cap])).toEqual([
      ["Zentrix", true], ["AI's", true], ['co-founder', false], ['left', false], ['Coca-Cola', true], ['and', false],
      ['Amazon.com', true], ['for', false], ['xAI', true], ['HP', true], ['s', false], ['loss', false],
    ]);
    expect(words[0]).toMatchObject({ start: 100, end: 107 });
  });
});

describe('English guess', () => {
  const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

  it('counts the words the regular expression finds, and the function words among them', () => {
    fc.assert(fc.property(text, (s) => {
      const words = [...s.matchAll(WORD)].map((m) => m[0]);
      expect(countFunctionWords(s)).toEqual({
        words: words.length,
        english: words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())).length,
      });
    }), { numRuns: 3000 });
  });

  it('judges prose by its function words', () => {
    const english = 'The company said that it was raising money from its investors, and that the round would close by the end of the year, according to people familiar with the plans for the business.';
    const french = "L'entreprise a déclaré mardi qu'elle levait des fonds auprès de ses investisseurs historiques, et que le tour de table serait bouclé d'ici la fin de l'année, selon plusieurs personnes proches du dossier citées par la presse économique.";
    expect(countFunctionWords(english)).toEqual({ words: 33, english: 24 });
    expect(looksEnglish(english)).toBe(true);
    expect(looksEnglish(french)).toBe(false);
    expect(looksEnglish('Too short to judge.')).toBeNull();
  });
});

describe('quantity reader jumping ahead', () => {
  const NEWS = [
    'about', 'in the neighbourhood of', 'between', 'from', 'to', 'and', 'US$', '$', '€', 'Rs.', 'a', 'an',
    'couple of', 'several', 'few', 'hundred', 'dozen', 'hundreds', 'tens of', 'millions', 'billion', 'bn',
    'seven-figure', 'low', 'multi-billion-dollar', 'handful', 'scores of', 'May', 'Jan.', '22', '2025',
    '1,200', '3.5', 'employees', 'staff', 'the', 'company', 'said', 'raised', 'valued', 'at', 'over', 'years',
    'more than', 'up to', 'or more', '-', '–', 'per', 'year', 'one', 'twenty', 'five', 'k', 'GPT-4', 'H100',
  ];
  const sentence = fc.array(fc.constantFrom(...NEWS), { maxLength: 60 }).map((w) => w.join(' '));

  it('reads the same amounts as trying every token', () => {
    fc.assert(fc.property(sentence, (s) => {
      expect(readQuantities(s)).toEqual(readQuantities(s, false));
    }), { numRuns: 3000 });
  });
});
