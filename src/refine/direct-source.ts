import type { RawClaim } from '../claims/extractor.js';
import type { Refiner } from './refiner.js';

/**
 * A person's move names where they come from: "Lucas Beyer, a former Google employee who had been with OpenAI since 2024,
 * recently quit the AI firm to join Meta" is a hire from OpenAI, the company left, not from Google, an employer before it. When a
 * sentence gives one hirer two sources, one of them the company quit or left and another named only as a former employer
 * ("a former X employee", "ex-X"), the former employer's claim goes.
 */
export const directSourceOnly: Refiner = (_ctx, claims) => {
  const drop = new Set<RawClaim>();
  const hires = claims.filter((c) => c.type === 'hiring' && c.counterparty);
  for (const c of hires) {
    const text = c.sentence.text;
    if (!LEFT.test(text)) continue;
    const siblings = hires.filter((o) => o !== c && o.sentence === c.sentence && o.subject === c.subject && o.counterparty !== c.counterparty);
    if (!siblings.length) continue;
    const names = [c.counterparty!.name, ...c.counterparty!.aliases];
    // (every mention of this source is a former employer's description)
    const mentions = names.flatMap((n) => [...text.matchAll(new RegExp(`(?<![\\w-])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g'))].map((m) => m.index!));
    if (mentions.length && mentions.every((i) => FORMER_BEFORE.test(text.slice(Math.max(0, i - 14), i)))) drop.add(c);
  }
  return drop.size ? claims.filter((c) => !drop.has(c)) : claims;
};

const LEFT = /\b(?:quit|quits|quitting|left|leaves|leaving|departed|departs|resigned from|exited)\b/;
const FORMER_BEFORE = /\b(?:former|ex-|onetime|one-time|erstwhile)\s*$/i;
