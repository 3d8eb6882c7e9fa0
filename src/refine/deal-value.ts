import type { RawClaim } from '../claims/extractor.js';
import type { Refiner } from './refiner.js';

/**
 * A compute deal's money is often told a sentence later, of "the deal": "Halvard Labs has agreed to buy
 * computing capacity from Orbital Cloud. The deal is worth $12 billion over five years." A compute_deal
 * claim with no money takes the amount the next sentence gives its deal, when that sentence opens on the
 * deal ("The contract, which runs to 2030, is valued at") and no claim of that sentence owns the amount.
 * The two sentences are the claim's evidence. A headline that names both sides and one amount of a deal gives it
 * too (headlineDealValue below).
 */

// "The deal is worth", "The five-year contract, signed in March, was valued at about", "The agreement could be worth more than"
// ("The deal will be valid for a couple of years, and is allegedly worth north of": a first predicate, then "and" the worth)
const DEAL_WORTH = /^\W*(?:The|This|That|Its|Their|The new|The latest) (?:[\w-]+ ){0,3}?(?:deal|contract|agreement|pact|partnership|commitment|arrangement|transaction)(?:,[^,.;]{1,80},| (?:will|would|is|was|runs|run|lasts|last|covers|cover|spans|span)\b[^,.;]{1,60},? and)? (?:(?:is|was|are|were|could be|would be|will be|may be|might be|is said to be|was said to be|is reported to be|is expected to be|is estimated to be|is thought to be)(?: (?:reportedly|potentially|collectively|allegedly|understood to be))? )?(?:worth|valued at|estimated at)\b[^.;]{0,30}$/;

// "Valued at up to $14 billion, the multi-year contract marks…": the worth opening the sentence, the deal its subject
const WORTH_OPENING = /^\W*(?:Valued at|Worth|Estimated at)(?: (?:up to|about|around|nearly|more than|some|as much as|roughly|an estimated))?\s*$/;
const DEAL_AFTER = /^,? (?:the|this|that|its) (?:[\w-]+ ){0,3}?(?:deal|contract|agreement|pact|partnership|commitment|arrangement)\b/i;

export const dealValueInNextSentence: Refiner = (ctx, claims) => {
  const owned = new Set(claims.flatMap((c) => (c.value ? [c.value.start] : [])));
  const added: RawClaim[] = [];
  for (const c of claims) {
    if (c.type !== 'compute_deal' || c.value?.kind === 'money' || !c.counterparty) continue;
    const next = ctx.sentences[c.sentence.index + 1];
    if (!next) continue;
    const money = (ctx.quantities.get(next.index) ?? []).find((q) => q.kind === 'money' && !owned.has(q.start));
    if (!money || !(DEAL_WORTH.test(ctx.text.slice(next.start, money.start)) || (WORTH_OPENING.test(ctx.text.slice(next.start, money.start)) && DEAL_AFTER.test(ctx.text.slice(money.end, money.end + 60))))) continue;
    // (a sentence about another deal names its own sides: "The deal with Quenby is worth")
    if ((ctx.actors[next.index] ?? []).some((a) => a.start < money.start && a.via === 'name')) continue;
    owned.add(money.start);
    added.push({ ...c, value: money, sentence: next, cueAt: money.start, reason: `${c.reason}, compute_deal/value-in-next-sentence` });
  }
  for (const c of claims) {
    if (c.type !== 'compute_deal' || c.value?.kind === 'money' || !c.counterparty || added.some((a) => a.subject === c.subject && a.counterparty === c.counterparty)) continue;
    const headline = headlineDealValue(ctx, c, owned);
    if (!headline) continue;
    owned.add(headline.money.start);
    added.push({ ...c, value: headline.money, sentence: headline.sentence, cueAt: headline.money.start, reason: `${c.reason}, compute_deal/value-in-headline` });
  }
  return added.length ? [...claims, ...added] : claims;
};

// "… Soar on Massive $7 Billion AI Infrastructure Agreement": an amount that a deal word follows closely
const DEAL_AFTER_AMOUNT = /^(?:\s+[\w-]+){0,4}?\s+(?:deal|contract|agreement|pact|partnership|lease|leases)\b/i;

/**
 * "Applied Digital and CoreWeave Soar on Massive $7 Billion AI Infrastructure Agreement" over a body that tells the deal without
 * its worth: a headline naming both sides and one amount of a deal is that deal's money.
 */
function headlineDealValue(ctx: Parameters<Refiner>[0], c: RawClaim, owned: Set<number>): { money: NonNullable<RawClaim['value']>; sentence: RawClaim['sentence'] } | null {
  for (const h of ctx.sentences) {
    if (h.index >= c.sentence.index) break;
    if (h.kind !== 'heading') continue;
    const names = (ctx.actors[h.index] ?? []).filter((a) => a.via === 'name');
    if (!names.some((a) => a.entity === c.subject) || !names.some((a) => a.entity === c.counterparty)) continue;
    const money = (ctx.quantities.get(h.index) ?? []).filter((q) => q.kind === 'money');
    if (money.length !== 1 || owned.has(money[0]!.start) || !DEAL_AFTER_AMOUNT.test(ctx.text.slice(money[0]!.end, money[0]!.end + 60))) continue;
    return { money: money[0]!, sentence: h };
  }
  return null;
}
