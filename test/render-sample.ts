import type { Article, Claim, Evidence, Value } from '../src/schema.js';

/** Evidence for the `nth` occurrence of `phrase` in `text`, with real offsets, line and column. */
export function evidenceOf(text: string, phrase: string, nth = 0): Evidence {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`"${phrase}" not in sample text`);
  }
  const before = text.slice(0, start);
  const line = before.split('\n').length;
  const column = start - (before.lastIndexOf('\n') + 1) + 1;
  return { text: phrase, start, end: start + phrase.length, line, column };
}

export function money(amount: number | null, text: string, extra: Partial<Value> = {}): Value {
  return { amount, min: null, max: null, currency: 'USD', unit: null, approximate: false, text, ...extra };
}

export function count(amount: number, text: string, extra: Partial<Value> = {}): Value {
  return { amount, min: null, max: null, currency: null, unit: 'people', approximate: false, text, ...extra };
}

export const WIRE_TEXT = [
  'Zentrix Reasoning Lab valued at $12 billion with only ~140 employees',
  '',
  'SAN FRANCISCO — Zentrix Reasoning Lab, the startup founded by former OpenAI executive Mira Murati, is now valued at $12 billion, according to Bloomberg. The company has secured a multi-billion-dollar compute deal with Google Cloud for access to TPUs, people familiar with the matter said. It has hired about 20 researchers from OpenAI and Meta over the past six months, and its 東京 office 🚀 opens in spring.',
].join('\n');

function claim(partial: Omit<Claim, 'id' | 'confidence' | 'modality' | 'attribution' | 'counterparty'> & Partial<Claim>, n: number): Claim {
  return {
    id: `${partial.type}-zentrix-reasoning-lab-${n}`,
    counterparty: null,
    modality: 'asserted',
    attribution: null,
    confidence: 0.9,
    ...partial,
  };
}

export function wireArticle(withText = true): Article {
  const t = WIRE_TEXT;
  return {
    schemaVersion: 1,
    source: { name: 'fixtures/wire-story.txt', format: 'text', chars: t.length, sha256: 'abc123', title: 'Zentrix Reasoning Lab valued at $12 billion' },
    entities: [
      { name: 'Zentrix Reasoning Lab', kind: 'organization', aliases: ['TML'], mentions: 2 },
      { name: 'Google', kind: 'organization', aliases: ['Google Cloud'], mentions: 1 },
      { name: 'OpenAI', kind: 'organization', aliases: [], mentions: 2 },
    ],
    claims: [
      claim(
        {
          type: 'valuation',
          subject: 'Zentrix Reasoning Lab',
          value: money(12e9, '$12 billion'),
          modality: 'reported',
          attribution: 'Bloomberg',
          evidence: [
            evidenceOf(t, 'Zentrix Reasoning Lab valued at $12 billion with only ~140 employees'),
            evidenceOf(t, 'Zentrix Reasoning Lab, the startup founded by former OpenAI executive Mira Murati, is now valued at $12 billion, according to Bloomberg'),
          ],
          confidence: 0.93,
          reason: 'valuation/valued-at',
        },
        1,
      ),
      claim(
        {
          type: 'headcount',
          subject: 'Zentrix Reasoning Lab',
          value: count(140, '~140 employees', { approximate: true }),
          evidence: [evidenceOf(t, 'Zentrix Reasoning Lab valued at $12 billion with only ~140 employees')],
          confidence: 0.88,
          reason: 'headcount/with-n-employees',
        },
        1,
      ),
      claim(
        {
          type: 'compute_deal',
          subject: 'Zentrix Reasoning Lab',
          counterparty: 'Google',
          value: money(null, 'multi-billion-dollar', { min: 2e9, approximate: true }),
          modality: 'reported',
          attribution: 'people familiar with the matter',
          resource: 'tpu',
          evidence: [
            evidenceOf(
              t,
              'The company has secured a multi-billion-dollar compute deal with Google Cloud for access to TPUs, people familiar with the matter said.',
            ),
          ],
          confidence: 0.81,
          reason: 'compute_deal/deal-with-provider',
        },
        1,
      ),
      claim(
        {
          type: 'hiring',
          subject: 'Zentrix Reasoning Lab',
          counterparty: 'OpenAI',
          value: count(20, 'about 20 researchers', { approximate: true }),
          modality: 'hedged',
          evidence: [evidenceOf(t, 'It has hired about 20 researchers from OpenAI and Meta over the past six months, and its 東京 office 🚀 opens in spring.')],
          confidence: 0.42,
        },
        1,
      ),
    ],
    warnings: [],
    ...(withText ? { text: t } : {}),
  };
}

export const HOSTILE_TEXT =
  'Evil | Corp <script>alert(1)</script> raised $5 million "onload=alert(2) x=" from <b>Bad</b> & Co.\nEvil | Corp \u001b[31mhas 30 staff\u001b[0m.';

export function hostileArticle(): Article {
  const t = HOSTILE_TEXT;
  return {
    schemaVersion: 1,
    source: { name: 'evil<img src=x onerror=alert(3)>.html', format: 'html', chars: t.length, sha256: 'def456', title: '<script>alert("title")</script>' },
    entities: [{ name: 'Evil | Corp', kind: 'organization', aliases: [], mentions: 2 }],
    claims: [
      {
        id: 'funding-evil-corp-1',
        type: 'funding',
        subject: 'Evil | Corp',
        counterparty: '<b>Bad</b> & Co.',
        value: money(5e6, '$5 million'),
        modality: 'asserted',
        attribution: null,
        evidence: [evidenceOf(t, 'Evil | Corp <script>alert(1)</script> raised $5 million "onload=alert(2) x=" from <b>Bad</b> & Co.')],
        confidence: 0.7,
        round: null,
      },
      {
        id: 'headcount-evil-corp-1',
        type: 'headcount',
        subject: 'Evil | Corp',
        counterparty: null,
        value: count(30, '30 staff'),
        modality: 'negated',
        attribution: null,
        // Starts inside the funding evidence (partial overlap) and crosses a line break and a terminal escape.
        evidence: [evidenceOf(t, '& Co.\nEvil | Corp \u001b[31mhas 30 staff')],
        confidence: 0.55,
      },
    ],
    warnings: ['HTML input: <script> elements were removed'],
    text: t,
  };
}

export function emptyArticle(): Article {
  return {
    schemaVersion: 1,
    source: { name: '<stdin>', format: 'text', chars: 0, sha256: 'e3b0', title: null },
    entities: [],
    claims: [],
    warnings: ['input is empty'],
  };
}
