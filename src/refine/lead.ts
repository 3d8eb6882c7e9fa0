import type { Refiner } from './refiner.js';

/**
 * A round's lead investor is often named a sentence after the amount: "… a $2 billion funding
 * round … The round, led by growth investor Harbor Lane Capital, also included …".
 * A funding claim with no counterparty takes the lead named at the start of one of the next
 * three sentences.
 */

// "The round, led by growth investor Harbor Lane Capital", "The financing was led by Accel"
// ("The $10 million is being led by X": the amount stands for the round)
// ("According to reports, the upcoming funding round of SHEIN will be spearheaded by Mubadala": past an attribution that opens it)
const LED_BY = /^\W*(?:(?:[Aa]ccording to [^,.;]{1,40}|[Pp]eople familiar with [^,.;]{1,30} said|[A-Z][a-z]+ (?:said|reported)),? )?(?:The|This|That|Its|The new|The latest|the|this|its) (?:[a-z-]+ |Series [A-Z]\d? |Pre-[Ss]eries [A-Z] |Seed ){0,2}?(?:round|raise|raising|fundraise|fundraising|financing|funding|investment|deal|tranche|(?:US)?[$€£]\s?[\d.,]+(?: ?(?:million|billion|m|bn|mn))?)(?:\s|\b)[^.;]{0,40}?\b(?:was )?(?:co-)?(?:led|headed|spearheaded|anchored) by (?:(?:the|a|an|[a-z][\w-]*|U\.?S\.?|UK|EU) ){0,4}$/;
// "Greenoaks led the round", "Accel led the financing"
// ("Birchfield Capital led it; Alphabet and Nvidia both bought in": "it" is the round just told)
const LED_THE = /^ (?:co-)?led (?:the (?:[a-z-]+ )?(?:round|raise|raising|fundraise|financing|funding|investment)\b|it\s*(?:[;,.]|$|, with\b|and\b))/;

// Nothing, or words describing the investor, before it: "Pan-African venture capital firm Launch Africa Ventures led the round"
const INVESTOR_DESCRIPTION = /^\W*(?:(?:[A-Za-z][\w'’–-]* ){0,5}(?:firm|fund|investor|vc|backer|company|group|giant|house|arm|manager|bank|lender|insurer))? ?$/i;

export const leadFromNextSentence: Refiner = (ctx, claims) =>
  claims.map((c) => {
    if (c.type !== 'funding' || c.counterparty) return c;
    // (up to three sentences on, over sentences that tell no other amount: "… raised US$3.1 million in a seed round. Founded by
    // …, Sparkle provides … It is licensed … The seed round was led by Leadway Assurance")
    for (const next of [c.sentence.index + 1, c.sentence.index + 2, c.sentence.index + 3]) {
      const s = ctx.sentences[next];
      if (!s) break;
      if (next > c.sentence.index + 1 && (ctx.quantities.get(next - 1) ?? []).some((q) => q.kind === 'money')) break;
      for (const a of ctx.actors[next] ?? []) {
        if (a.entity === c.subject || a.via !== 'name') continue;
        const before = ctx.text.slice(s.start, a.start);
        if (LED_BY.test(before) || (INVESTOR_DESCRIPTION.test(before) && LED_THE.test(ctx.text.slice(a.end, a.end + 40)))) {
          return { ...c, counterparty: a.entity, reason: `${c.reason}, funding/lead-in-next-sentence` };
        }
      }
    }
    return c;
  });
