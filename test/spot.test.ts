// The spot gate is built from the extractors' own cues (src/spot/candidates.ts): a sentence with no amount reaches
// the extractors when some rule's required words are all in it, or a hand-written extractor's verbs are.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../src/pipeline.js';
import { candidateGate, oneOf, phrasesOf } from '../src/spot/candidates.js';
import { splitSentences } from '../src/text/sentences.js';

const gate = candidateGate(EXTRACTORS);
const admits = (text: string) => splitSentences(text).map((s) => gate(s));

describe('spot gate', () => {
  it('admits a sentence without an amount whose words a rule needs, though the hand list lacks them', () => {
    // ('pulled in' is a verb of the hiring extractor only; 'acquired … team' is the words of hiring/acquired-team-of)
    expect(admits('Over the past month, Tessaly Labs has pulled in senior researchers from Orrin AI and Kestrel Labs.')).toEqual([true]);
    expect(admits('Zentrix AI acquired Copperleaf Labs’ team but not its technology.')).toEqual([true]);
  });

  it('turns away sentences with no amount and no cue of any claim type', () => {
    expect(admits('The weather in Paris was mild. Fans sang in the stands.')).toEqual([false, false]);
  });

  it('asks for a name where every rule needing those words needs a person or a named party', () => {
    // (a verb of hiring with no capitalised word after the first: no company named to hire from)
    expect(admits('they pulled in a big crowd from the villages.')).toEqual([false]);
    expect(admits('they pulled in a big crowd from Orrin Town.')).toEqual([true]);
  });

  it('admits every sentence with a number', () => {
    expect(admits('It rained on 3 days.')).toEqual([true]);
  });
});

describe('oneOf', () => {
  const texts = ['', 'aaa', 'a b', 'ab', 'xa', 'the b.', 'Ab', 'bb', 'ca cb'];
  const same = (res: RegExp[]) => {
    // (copies for the answers expected: a global expression's test moves its lastIndex)
    const any = oneOf(res);
    const each = res.map((re) => new RegExp(re));
    for (const t of texts) expect(any(t), `${res.join(' ')} on "${t}"`).toBe(each.some((re) => re.test(t)));
  };

  it('answers as any of the expressions would, joined or not', () => {
    same([]);
    same([/\bb\b/]);
    same([/\bb\b/, /^a(?=b)/, /x|c(?!a)/]);
    same([/\bB\b/i, /^a(?=b)/i]);
    // (not joinable: other flags, a global one, a back-reference, a named group)
    same([/\bB\b/i, /^a(?=b)/]);
    same([/a/g, /b/g]);
    same([/(a)\1/, /(b)\1/]);
    same([/(?<x>a)b/, /(?<x>b)b/]);
  });
});

describe('the gate\'s trigger phrases', () => {
  // The expressions the gate ran before its trigger words were looked up by their first letters: with no extractor, the gate
  // must admit exactly the sentences these admitted.
  const AMOUNT = /[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|handful|half|figure|multi-(?:million|billion))\b/;
  const TRIGGER = /\b(?:hir(?:e|es|ed|ing)|recruit|poach|pluck|lur(?:e|ed|ing)|join|joins|joined|joining|defect|brought on|talent|cloud|gpus?|tpus?|compute|computing|chips?|data[ -]?cent(?:er|re)s?|azure|aws|web services|supercomputer|power purchase|electricity|nuclear|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|infrastructure|capacity|hosting|offers|customers|clients|tenants|leav(?:e|es|ing)|left|depart|exit|quit|resign|exodus|walk(?:s|ed|ing)? (?:out|away)|step(?:s|ped|ping)? down|ousts?|ousted|appoint(?:s|ed|ing|ment)?|nam(?:es|ed|ing)|mov(?:e|es|ed|ing) (?:from|to|over)|woo(?:s|ed|ing)?|(?:came|comes) from|tapped|snag(?:s|ged)?|brought in|bring(?:s|ing)? (?:in|on)|sign(?:s|ed|ing)? on|land(?:s|ed)|team (?:now |also )?includ|previously|formerly|worked (?:at|for)|(?:years|decades) (?:at|with)|gone to|alumni|fired|sack(?:s|ed)?|dismiss(?:es|ed)?|part(?:s|ed|ing)? (?:ways|company)|los(?:e|es|ing)|lost|valu(?:ed|ation)|raised|funding|workforce|headcount|layoffs?|laid off|lay(?:s|ing)? off|redundan|job cuts|(?:a|one) (?:third|quarter|fifth|tenth) of)/;
  const bare = candidateGate([]);
  const before = (text: string) => AMOUNT.test(text.toLowerCase()) || TRIGGER.test(text.toLowerCase());
  const check = (text: string) => expect(bare({ text } as never), JSON.stringify(text)).toBe(before(text));

  const phrases = phrasesOf(TRIGGER.source.slice('\\b(?:'.length, -1));
  const amountWords = phrasesOf(AMOUNT.source.slice('[0-9]|\\b(?:'.length, -'\\b'.length - 1));

  it('admits what the expressions admitted, for each of its phrases, before and after any character', () => {
    expect(phrases.length).toBe(181);
    expect(amountWords.length).toBe(36);
    const around = ['', ' ', 'x', 'X', '_', '-', '’', "'", 'é', 'É', '3', 'co-', 'naïve', '(', 'İ'];
    for (const p of [...phrases, ...amountWords]) {
      for (const b of around) for (const a of ['', 's', ' x', '_', 'é', '.']) check(`${b}${p}${a}`);
      check(p.slice(0, -1));
      check(p.toUpperCase());
      check(`${p.slice(0, 1)} ${p.slice(1)}`);
    }
  });

  it('admits what the expressions admitted on any string of its letters', () => {
    const chars = [...new Set([...phrases.join(''), ...amountWords.join(''), '_', 'é', '’', "'", '-', 'A', 'L', ' '])];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...chars), fc.constantFrom(...phrases, ...amountWords)), { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      return bare({ text } as never) === before(text);
    }), { numRuns: 3000 });
  });

  it('admits what the expressions admitted on every sentence of the fixtures', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures');
    for (const f of readdirSync(dir).filter((f) => !f.endsWith('.json'))) for (const s of splitSentences(readFileSync(join(dir, f), 'utf8'))) check(s.text);
  });
});
