// A hire said fifteen common ways, each with five endings and with or without a wire dateline: every sentence
// gives Orrin Systems' hire from Vessel Labs (150 sentences). (The grid met a real failure: "…lured Vessel
// Labs' Dana Roe, the company said" read "Dana Roe, the company" as an apposition, a company.)
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const FORMS = [
  'Orrin Systems has hired Dana Roe from Vessel Labs',
  'Orrin Systems hired Dana Roe, a former Vessel Labs executive',
  'Orrin Systems has poached Dana Roe from rival Vessel Labs',
  'Dana Roe has left Vessel Labs to join Orrin Systems',
  'Dana Roe, who led engineering at Vessel Labs, is joining Orrin Systems',
  'Former Vessel Labs executive Dana Roe has joined Orrin Systems',
  "Orrin Systems has lured Vessel Labs' Dana Roe",
  'Orrin Systems appointed Dana Roe, previously at Vessel Labs, as chief technology officer',
  'Vessel Labs veteran Dana Roe is moving to Orrin Systems',
  'Orrin Systems has recruited 12 engineers from Vessel Labs',
  'Orrin Systems has hired a team of 12 engineers from Vessel Labs',
  'Dana Roe quit Vessel Labs for Orrin Systems',
  'Dana Roe, formerly of Vessel Labs, will join Orrin Systems as chief operating officer',
  'Orrin Systems named ex-Vessel Labs executive Dana Roe as its new chief financial officer',
  'Orrin Systems snapped up Dana Roe, who spent a decade at Vessel Labs',
];
const ENDINGS = ['.', ' in March.', ', the company said.', ', according to people familiar with the matter.', ' on Tuesday.'];
const OPENINGS = ['', 'LONDON (Reuters) - '];

describe('a hire said the common ways', () => {
  it.each(FORMS)('reads the hire in: %s …', (form) => {
    const missed: string[] = [];
    for (const opening of OPENINGS) for (const ending of ENDINGS) {
      const text = opening + form + ending;
      if (!extract(text).claims.some((c) => c.type === 'hiring' && c.subject === 'Orrin Systems' && c.counterparty === 'Vessel Labs')) missed.push(text);
    }
    expect(missed).toEqual([]);
  });
});

describe('a hire and the same move told again as a leaving', () => {
  it('gives the hire and no departure from the company left, a sentence later or three', () => {
    for (const between of ['', ' He starts in May. The unit has grown fast.']) {
      const text = `Kestrel Motor has hired Nathan Corwell from Orrin Devices to run its software arm.${between} Corwell, who left Orrin Devices in January, helped build its subscription business.`;
      const claims = extract(text).claims.map((c) => `${c.type} ${c.subject} ${c.counterparty ?? ''}`.trim());
      expect(claims).toEqual(['hiring Kestrel Motor Orrin Devices']);
    }
  });
  it('keeps a counted cut at the company left: job cuts are no one person\'s move', () => {
    const text = 'Kestrel Motor has hired Nathan Corwell from Orrin Devices. Orrin Devices will cut 400 jobs.';
    const claims = extract(text).claims.map((c) => `${c.type} ${c.subject} ${c.counterparty ?? ''} ${c.value?.amount ?? ''}`.trim());
    expect(claims).toEqual(['hiring Kestrel Motor Orrin Devices', 'departure Orrin Devices  400']);
  });
});

describe('people who leave for a rival named a sentence or two later', () => {
  it('gives the rival\'s hire from the company left, with the count, and no departure', () => {
    for (const between of ['', ' The loss of the team was acknowledged by Orrin Bank.']) {
      const text = `Six property bankers have defected from Orrin Bank to join a rival institution.${between} Two sources said the bankers were leaving to join Kestrel Bank, a unit of a Swiss group.`;
      const claims = extract(text).claims.map((c) => `${c.type} ${c.subject} ${c.counterparty ?? ''} ${c.value?.amount ?? ''}`.trim());
      expect(claims).toEqual(['hiring Kestrel Bank Orrin Bank 6']);
    }
  });
  it('gives the hire, not a departure, for people lost "to the competing … firm" the sentence named before', () => {
    const text = "Tarsel Partners is suing Cantor Halden's global and Hong Kong units over the loss of dozens of bankers to the competing New York firm.";
    const claims = extract(text).claims.map((c) => `${c.type} ${c.subject} ${c.counterparty ?? ''} ${c.value?.min ?? ''}`.trim());
    expect(claims).toEqual(['hiring Cantor Halden Tarsel Partners 24']);
  });
  it('keeps the departure where no later sentence names where they go', () => {
    const text = 'Six property bankers have defected from Orrin Bank to join a rival institution. Orrin Bank declined to comment.';
    const claims = extract(text).claims.map((c) => `${c.type} ${c.subject} ${c.counterparty ?? ''} ${c.value?.amount ?? ''}`.trim());
    expect(claims).toEqual(['departure Orrin Bank  6']);
  });
});
