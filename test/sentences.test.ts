// Sentence splitting (src/text/sentences.ts): where a full stop ends a sentence and where it ends only an abbreviation.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.js';

const split = (text: string) => splitSentences(text).map((s) => s.text);

describe('sentences', () => {
  it('ends a sentence at a full stop that lost its space after a bracket, a company\'s last word or its letters, but not inside a name', () => {
    expect(split('Kestrel received 143 billion won ($126.2 million).A total of 313 start-ups were funded.')).toEqual(['Kestrel received 143 billion won ($126.2 million).', 'A total of 313 start-ups were funded.']);
    expect(split('It came from Orrin Capital.Tessaly Brothers received 57 billion won.')).toEqual(['It came from Orrin Capital.', 'Tessaly Brothers received 57 billion won.']);
    expect(split('It came from private equity firm IMM.Quorvex Mobile ranked fourth.')).toEqual(['It came from private equity firm IMM.', 'Quorvex Mobile ranked fourth.']);
    expect(split('Infra.Market raised $83 million.')).toEqual(['Infra.Market raised $83 million.']);
  });

  it('keeps a company suffix, an honorific and an initial inside the sentence', () => {
    expect(split('Orrin Systems Corp. hired Mr. Reyes from J.P. Halvard last week.')).toEqual(['Orrin Systems Corp. hired Mr. Reyes from J.P. Halvard last week.']);
  });

  it('ends the sentence after a suffix when a new one plainly starts', () => {
    expect(split('Kestrel raised money from Orrin Corp. The company plans to hire.')).toEqual(['Kestrel raised money from Orrin Corp.', 'The company plans to hire.']);
  });

  it('ends it before a connective or an adverb and its comma ("Corp. Separately, …")', () => {
    expect(split('Investors included supplier Denso Corp. Separately, Quorvex AI said it raised ¥20 billion from Tessaly Inc. and banks.')).toEqual([
      'Investors included supplier Denso Corp.',
      'Separately, Quorvex AI said it raised ¥20 billion from Tessaly Inc. and banks.',
    ]);
  });

  it('ends it after a company\'s suffix before a name or a word that opens a sentence, not before a title or a ticker', () => {
    expect(split('Kestrel hired 12 engineers from Orrin Inc. Halvard poached three more. The firm was renamed Tessaly Corp. Former chief Dana Roe left.')).toEqual([
      'Kestrel hired 12 engineers from Orrin Inc.',
      'Halvard poached three more.',
      'The firm was renamed Tessaly Corp.',
      'Former chief Dana Roe left.',
    ]);
    expect(split('Orrin Inc. Chief Executive Dana Roe said Tessaly Corp. TSLA shares and Kestrel Co. Ltd. President Tom Reyes agreed.')).toEqual([
      'Orrin Inc. Chief Executive Dana Roe said Tessaly Corp. TSLA shares and Kestrel Co. Ltd. President Tom Reyes agreed.',
    ]);
  });

  it('keeps a currency abbreviation before its amount inside the sentence ("Rs. 500 crore", "Kshs. 3.8 billion")', () => {
    expect(split('Orrin Bank reported revenue of Rs. 500 crore. Tessaly earned Kshs. 3.8 billion. It grew by 5 per cent to Sh. 2 billion.')).toEqual([
      'Orrin Bank reported revenue of Rs. 500 crore.',
      'Tessaly earned Kshs. 3.8 billion.',
      'It grew by 5 per cent to Sh. 2 billion.',
    ]);
  });

  it('ends it after a round letter ("its Series B. Zentrix AI …")', () => {
    expect(split('Orrin AI led its Series B. Zentrix AI has also raised.')).toEqual(['Orrin AI led its Series B.', 'Zentrix AI has also raised.']);
  });

  it('keeps each row of a table that lost its cell marks a line of its own, not a heading, while wrapped prose joins', () => {
    const text = 'Bank 2020-21 2024-25 Net Change\nOrrin Bank 12,532 14,591 2,059 ▲ Growing\nKestrel Bank of Lagos 8,890 10,229 1,339\nHalvard Bank 2,46,353 2,36,221 –10,132';
    expect(splitSentences(text).map((s) => [s.text, s.kind])).toEqual([
      ['Bank 2020-21 2024-25 Net Change', 'heading'],
      ['Orrin Bank 12,532 14,591 2,059 ▲ Growing', 'body'],
      ['Kestrel Bank of Lagos 8,890 10,229 1,339', 'body'],
      ['Halvard Bank 2,46,353 2,36,221 –10,132', 'body'],
    ]);
    expect(split('Orrin Bank said its staff rose to 12,532 from 11,000 in the year\nand that it would hire 500 more in 2025.')).toEqual(['Orrin Bank said its staff rose to 12,532 from 11,000 in the year\nand that it would hire 500 more in 2025.']);
  });

  it('reads a very long line of figures that is no row in one way (a line of 3,000 figures two spaces apart, then words)', () => {
    const line = `Orrin ${'12  '.repeat(3000)}word x.`;
    const out = splitSentences(`${line}\n${line}`);
    // (prose, cut in pieces of the splitter's longest sentence; no piece a heading or a row)
    expect(new Set(out.map((s) => s.kind))).toEqual(new Set(['body']));
    expect(out.filter((s) => s.text.endsWith('word x.')).length).toBe(2);
  });

  it('in wire copy wrapped at a width, ends a short line before a capital where its author ended it (a heading), and goes on past an abbreviation at a line end', () => {
    const wrapped = [
      'Chief executives at British companies are coming under pressure from',
      'shareholders over salary and bonus payments that have risen sharply.',
      'KESTREL',
      'Kestrel shareholders voted against chief executive Tom Reyes in 2012,',
      'with nearly 60 percent opposing the plan as of Sept.',
      '30, the company said in a statement on its website on Friday.',
    ].join('\n');
    const out = splitSentences(wrapped);
    expect(out.map((s) => s.text)).toEqual([
      'Chief executives at British companies are coming under pressure from\nshareholders over salary and bonus payments that have risen sharply.',
      'KESTREL',
      'Kestrel shareholders voted against chief executive Tom Reyes in 2012,\nwith nearly 60 percent opposing the plan as of Sept.\n30, the company said in a statement on its website on Friday.',
    ]);
    expect(out[1]!.kind).toBe('heading');
  });

  it('goes on past a short line that ends mid-sentence on a capitalised word, into the rest of the name on the next line', () => {
    const wrapped = [
      'Bankers from Orvale Bank have been recruited by Kestrel Chartered, this',
      'publication can confirm. The Wire understands that at least 10 private',
      'bankers are joining Kestrel',
      'Chartered in Hong Kong. Some are joining from Orvale Bank, but it is',
      'unclear how many of them are coming from that bank, this publication',
      'has heard from people familiar with the moves at both banks.',
    ].join('\n');
    const out = splitSentences(wrapped);
    expect(out.map((s) => s.text)).toContain('The Wire understands that at least 10 private\nbankers are joining Kestrel\nChartered in Hong Kong.');
  });

  it('joins a name wrapped across lines in wire copy of short paragraphs and one-word section heads, whose short last lines do not make it look unwrapped', () => {
    const wrapped = [
      'BRENMOOR',
      'Brenmoor shareholders voted against chief executive Paula',
      "Okonjo's 4.1 million pound pay package in 2014, with nearly",
      '55 percent opposing the plan while the share price fell by a',
      'third.',
      'TALWICK',
      'Also in 2014, some 51 percent of Talwick shareholders rejected',
      'the pay package of chief executive Dan Moss. He resigned a',
      'few days later.',
      'ORVANE',
      'In 2011, 52.3 percent of Orvane shareholders vetoed the',
      "board's plan.",
    ].join('\n');
    const out = splitSentences(wrapped);
    expect(out.map((s) => s.text).slice(0, 3)).toEqual([
      'BRENMOOR',
      "Brenmoor shareholders voted against chief executive Paula\nOkonjo's 4.1 million pound pay package in 2014, with nearly\n55 percent opposing the plan while the share price fell by a\nthird.",
      'TALWICK',
    ]);
  });

  it('ends a bullet before a rule of dashes under it, which has no word to go on with', () => {
    const out = splitSentences('The plan:\n- Applied for a national charter in September 2025 to open in the US\n---\nWhat rivals miss:');
    expect(out.map((s) => s.text)).toContain('Applied for a national charter in September 2025 to open in the US');
  });

  it('joins a bullet wrapped onto the next line, but not the paragraph after a list', () => {
    expect(split('- Orrin committed $15.5 billion to build the largest supercomputer\nin Essex with Kestrel\n- Kestrel raised $155 million')).toEqual([
      'Orrin committed $15.5 billion to build the largest supercomputer\nin Essex with Kestrel',
      'Kestrel raised $155 million',
    ]);
    const paragraph = 'Kestrel, a UK cloud computing startup that emerged from stealth just over a year ago, has landed major partnerships with Orrin and Halvard.';
    expect(split(`- The company plans to deploy 350,000 GPUs by 2027 across many data centers\n${paragraph}`)).toEqual([
      'The company plans to deploy 350,000 GPUs by 2027 across many data centers',
      paragraph,
    ]);
  });

  it('parts a headline run into its story on one line at the word that opens the story, and leaves a name going on or a clause alone', () => {
    expect(splitSentences('The Halvard Post Plans Hundreds of Buyouts It wants to reduce its workforce by 240 people.').map((s) => [s.kind, s.text])).toEqual([
      ['heading', 'The Halvard Post Plans Hundreds of Buyouts'],
      ['body', 'It wants to reduce its workforce by 240 people.'],
    ]);
    expect(split('In London, Kestrel Bank and Orrin Capital said they would merge.')).toEqual(['In London, Kestrel Bank and Orrin Capital said they would merge.']);
    expect(split('The Kestrel Bank Group And Orrin Capital Partners Holdings said they would merge.')).toEqual(['The Kestrel Bank Group And Orrin Capital Partners Holdings said they would merge.']);
  });

  it('keeps a fact box of "Label: value" bullets one list across blank lines, and news items with blank lines between apart', () => {
    const box = splitSentences('We look at the figures:\n\n  • Engineers: 32\n\n  • Monthly active users: 450 million\n');
    expect(box.map((s) => s.text)).toEqual(['We look at the figures:', 'Engineers: 32', 'Monthly active users: 450 million']);
    expect(box[1]!.block).toBe(box[2]!.block);
    const items = splitSentences('In other news:\n\n• Corvane announced plans to cut 2,000 jobs.\n\n• About 300 people are expected to be let go.\n');
    expect(items[1]!.block).not.toBe(items[2]!.block);
  });

  it('goes on past a bracket closing a line when the next starts in lower case, in a wrapped paragraph after short lines of page furniture', () => {
    const text = [
      'Updated:Posted:',
      'On this page',
      'Last year The Halvard Times profiled a startup called Gamma (read their blog)',
      'that, at the time, had 50 million users supported by 27 people. As of November',
      'it had $100m in ARR and 52 employees.',
    ].join('\n');
    expect(split(text).slice(2)).toEqual([
      'Last year The Halvard Times profiled a startup called Gamma (read their blog)\nthat, at the time, had 50 million users supported by 27 people.',
      'As of November\nit had $100m in ARR and 52 employees.',
    ]);
  });
});
