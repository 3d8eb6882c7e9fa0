// The spot gate is built from the extractors' own cues (src/spot/candidates.ts): a sentence with no amount reaches
// the extractors when some rule's required words are all in it, or a hand-written extractor's verbs are.
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../src/pipeline.js';
import { candidateGate, oneOf } from '../src/spot/candidates.js';
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
