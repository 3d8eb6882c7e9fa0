import type { Modality } from '../schema.js';
import type { Refiner } from './refiner.js';

/**
 * Modality and attribution of each claim, from the words of its sentence: who says so
 * (reported), whether it is only a possibility (hedged), depends on a condition
 * (conditional) or is denied (negated). Negation and condition must sit near the cue.
 */

interface Cue {
  modality: Modality;
  pattern: RegExp;
  /** Only within this many characters before / after the cue (else anywhere in the sentence). */
  near?: [number, number];
}

const CUES: Cue[] = [
  // "denied a report that it had raised", "has not raised", "did not hire", "no longer uses"
  { modality: 'negated', pattern: /\b(?:denie[sd]|deny|denying|refuted|dismissed (?:reports?|claims?)|has not|have not|had not|hasn't|haven't|hadn't|did not|didn't|does not|doesn't|is not|isn't|was not|wasn't|never|no longer|not yet|has yet to|have yet to|no agreement|no deal|without (?:any )?(?:deal|agreement)|unsuccessful(?:ly)?|failed (?:attempt|bid|effort)|in vain|(?:chose|chooses|choose|decided|decides|opted|opts|elected) not to|(?:declined|declines|refused|refuses) to|walked away from|pulled out of|called off|(?:scrapped|abandoned|cancell?ed|shelved) (?:its |their |the |a |an )?(?:plans?|proposals?|deal|agreement|contract|order|round|offering|ipo|listing)\b)\b/, near: [70, 25] },
  // "if the round closes", "unless regulators object", "should the deal close"
  { modality: 'conditional', pattern: /(?:^|[^a-z])(?:if|unless|provided that|assuming|should the|in the event)\b(?! anything| not\b)/, near: [90, 90] },
  // "in talks to raise", "could value", "is expected to", "plans to", "would value", "appears to"
  { modality: 'hedged', pattern: /\b(?:in (?:early |advanced |late-stage |preliminary )?(?:talks|discussions|negotiations)|could|may|might|would|is expected to|are expected to|expects? to|expects? (?:[\w-]+ ){1,3}to|expected to|threaten(?:s|ed|ing)? to|(?:had|has|have) been expected|(?:was|were|is|are) expected|plans? to|planning to|aims? to|aiming to|seeks? to|seeking|looking to|considering|weighing|exploring|potential(?:ly)?|possibl[ey]|likely|appears? to|seems? to|suggests?|is said to|are said to|target(?:s|ing|ed)?|eyes|eyeing|set to|poised to|on (?:track|course|pace) to|nearing|is raising|are raising|is seeking|is trying to|(?:is|are) working to|wants? to|in the process of|hopes? to|proposed|rumou?red|speculat\w+|estimated)\b/, near: [70, 40] },
  // "according to people familiar with the matter", "reportedly", "Bloomberg reported", "-sources"
  { modality: 'reported', pattern: /\b(?:according to|reportedly|people familiar|person familiar|sources? (?:said|say|says|told|familiar|close|with knowledge)|people (?:close to|with knowledge)|(?:was|were|it was|first) reported|(?:is|are|was|were) (?:widely )?reported to|(?:is|are|was|were) understood to|reported by|reports? (?:said|say|says)|(?:reported|reports) (?:that|on|last|this|earlier)|told (?:the )?[a-z]+|(?:people|persons?|sources?|insiders?|officials?)(?: familiar with [\w ]+)? (?:said|say|says|told))\b|-sources?$/ },
];

// Not a hedge or negation of the claim itself: "not only", "not just", "not exclusively", "terms were not disclosed"
const FALSE_NEGATION = /\b(?:not (?:only|just|exclusively|merely|simply|disclosed|announced|formally|publicly|been (?:formally |publicly )?(?:announced|disclosed)|immediately|clear)|no (?:longer than|more than|less than|fewer than)|(?:declined|declines|refused|refuses) to (?:comment|disclose|say|name|give|reveal|confirm|specify|elaborate|respond|provide|break down|answer))\b/;
const REPORTING_VERB = /\b(?:reported|reports|according to|reportedly|familiar with|sources?|(?:people|person|insiders?|officials?) (?:said|say|says|told))\b/;

// Who the claim comes from: "according to a person familiar with the matter", "according to Bloomberg"
const ACCORDING_TO = /\baccording to ((?:an? |the )?(?:[A-Za-z][\w.&'-]*(?: |$)){1,8}?)(?=[,.;)]|$| who| which| that| in | on )/i;
const PEOPLE_FAMILIAR = /\b((?:people|a person|persons|sources|a source|one person|two people|three people|those) (?:familiar|close|with knowledge|briefed)(?: with| to)?(?: the| its)?(?: matter| situation| talks| deal| plans| company| negotiations| discussions)?)/i;
const OUTLET_REPORTED = /\b((?:The )?(?:[A-Z][\w.&'-]*)(?: [A-Z][\w.&'-]*){0,4}) (?:reported|reports|said in a report|first reported)\b/;
const REPORTED_BY = /\breported by ((?:the )?[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4})/;

function attributionOf(sentence: string): string | null {
  const acc = ACCORDING_TO.exec(sentence);
  if (acc) return acc[1]!.trim().replace(/ (?:who|which|that)$/, '').replace(/[.,;:]+$/, '');
  const fam = PEOPLE_FAMILIAR.exec(sentence);
  if (fam) return fam[1]!.trim();
  const by = REPORTED_BY.exec(sentence);
  if (by) return by[1]!.trim();
  const outlet = OUTLET_REPORTED.exec(sentence);
  if (outlet && !/^(?:It|The company|The startup|He|She|They|We)$/.test(outlet[1]!)) return outlet[1]!.trim();
  if (/\breportedly\b/i.test(sentence)) return null;
  if (/-sources?$/i.test(sentence.trim())) return 'sources';
  return null;
}

const COMPARED_ESTIMATE = /\b(?:vs\.?|versus|beat(?:ing|s)?|miss(?:ed|ing|es)?|above|below|ahead of|top(?:ped|ping|s)?|than|against|exceed(?:ed|ing|s)?) (?:the |analysts'? |market |consensus |wall street |average )*(?:estimates?|forecasts?|expectations?)\b/g;

export const assignModality: Refiner = (_ctx, claims) =>
  claims.map((c) => {
    const s = c.sentence;
    // ("May's yearly sales": a capitalised May inside a sentence is a name or a month, not a hedge)
    const lower = s.text.replace(/(?<=\S )May\b/g, 'Mxy').toLowerCase();
    const cue = c.cueAt - s.start;
    let modality: Modality = 'asserted';
    for (const rule of CUES) {
      const [back, fwd] = rule.near ?? [Infinity, Infinity];
      let from = Math.max(0, cue - back);
      let to = Math.min(lower.length, cue + fwd);
      // a hedge belongs to its own clause: "possibly the best business: Tavira's 1,200 customers"
      if (rule.modality === 'hedged') {
        const head = lower.slice(from, cue);
        const cut = Math.max(head.lastIndexOf(': '), head.lastIndexOf('; '), head.lastIndexOf(' - '));
        if (cut >= 0) from += cut + 2;
        // ("… a turnover of £392.1m and experts suggest…": another speaker's clause)
        // ("Zentrix AI, now valued at $10 billion, plans to list", "X, which has 5,000 staff, said it would…": the apposition ends before the main verb)
        const tail = lower.slice(cue, to).search(/[;:] | - |,? (?:while|whereas|but|although) |,? and (?:[a-z]+ ){1,2}(?:suggest|say|believe|think|expect|predict|warn|argue|note)s?\b|, (?=(?:said|says|told|announced|added|plans?|planning|aims?|expects?|hopes?|seeks?|wants?|is|was|are|were|will|would|could|may|might|has|had|have)\b)/);
        if (tail >= 0) to = cue + tail;
      }
      // ("sales DKK 83,296 million vs. estimate", "beat estimates": an estimate compared with, not a hedge)
      const window = lower.slice(from, to).replace(COMPARED_ESTIMATE, '');
      if (rule.modality === 'reported') {
        if (!REPORTING_VERB.test(lower) && !/-sources?$/.test(lower.trim())) continue;
        if (!rule.pattern.test(lower)) continue;
      } else {
        if (!rule.pattern.test(window)) continue;
        if (rule.modality === 'negated' && FALSE_NEGATION.test(window) && !/\bden(?:ie[sd]|y)\b/.test(window)) continue;
      }
      modality = rule.modality;
      break;
    }
    // "the company denied" anywhere negates the claim it denies
    if (modality !== 'negated' && /\bden(?:ied|ies|y)\b/.test(lower)) modality = 'negated';
    // (set on the raw claim the extractor made, which nothing else holds: no copy of each claim)
    c.modality = modality;
    c.attribution = modality === 'reported' || modality === 'hedged' ? attributionOf(s.text) : null;
    return c;
  });
