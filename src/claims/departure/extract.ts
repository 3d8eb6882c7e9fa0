import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { actorAfter, pickSubject } from '../slots.js';

/**
 * departure: people leave a company and no hiring company is named (when one is, the
 * sentence is a hiring claim). "Researchers are leaving Meta", "xAI's CFO departed",
 * "Meta … still losing researchers", "lost 25 engineers".
 */

const PEOPLE = /\b(?:researchers?|engineers?|scientists?|employees?|staff(?:ers)?|executives?|talent|people|leaders?|co-?founders?|founders?|team members?|workers|cfo|ceo|cto|coo|chief \w+ officer|president|head of [\w ]+|vice president|general counsel|members of (?:its|the) (?:\w+ )?team)\b/;

interface Rule {
  reason: string;
  confidence: number;
  /** The left company is the object after the verb ("leaving Meta", "departed xAI"). */
  verb: RegExp;
  objectIsCompany: boolean;
}

const RULES: Rule[] = [
  // "Researchers Are Leaving Meta", "departed xAI", "quit OpenAI", "exited the company"
  { reason: 'departure/left-company', confidence: 0.75, verb: /(?<!\bthe )\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|quit(?:s|ting)?|exit(?:s|ed|ing)?|walk(?:s|ed|ing)? (?:away )?from|resign(?:s|ed|ing)? from|stepp(?:ed|ing) down from)\b(?= )/, objectIsCompany: true },
  // "Meta … still losing researchers", "xAI's CFO has departed", "an exodus of staff"
  { reason: 'departure/losing-people', confidence: 0.72, verb: /\b(?:los(?:e|es|ing)|lost|bleed(?:s|ing)?|shed(?:s|ding)?|exodus of|departures? of|(?:has|have|had) (?:departed|left|resigned|quit|exited))\b/, objectIsCompany: false },
];

// A new employer is named: that is hiring, not a departure
const FOR_NEW_EMPLOYER = /\b(?:to join|for|to|joining|joined|join)\s+(?:rival |the )?[A-Z]/;
const NOT_PEOPLE_LOSS = /\b(?:lost|los(?:e|es|ing)) (?:\$|money|ground|share|market|value|momentum|billions?|millions?|customers|users|a bid|the|its (?:lead|edge))/;

export const departure: Extractor = {
  type: 'departure',
  extract(view: SentenceView): RawClaim[] {
    const lower = view.sentence.text.toLowerCase();
    if (!PEOPLE.test(lower) && !view.names.some((n) => n.kind === 'person')) return [];
    for (const rule of RULES) {
      const m = rule.verb.exec(lower);
      if (!m) continue;
      if (NOT_PEOPLE_LOSS.test(lower.slice(m.index))) continue;
      const verbAt = view.sentence.start + m.index;
      const rest = view.sentence.text.slice(m.index + m[0].length);
      if (FOR_NEW_EMPLOYER.test(rest.slice(0, 60)) && view.actors.some((a) => a.start > verbAt + m[0].length)) {
        // "left Google to join Meta": the hiring extractor's job
        if (!rule.objectIsCompany || /\b(?:to join|joining|for)\b/.test(rest)) continue;
      }
      const picked = rule.objectIsCompany
        ? (() => {
            const obj = actorAfter(view, verbAt + m[0].length, 12);
            return obj ? { entity: obj.entity, via: obj.via, actor: obj } : null;
          })()
        : pickSubject(view, verbAt);
      if (!picked) continue;
      const count = view.quantities.find((q) => q.kind === 'count' && q.unit === 'people' && Math.abs(q.start - verbAt) < 40);
      return [
        {
          type: 'departure',
          subject: picked.entity,
          counterparty: null,
          value: count ?? null,
          sentence: view.sentence,
          reason: rule.reason,
          confidence: rule.confidence,
          subjectVia: picked.via,
          cueAt: verbAt,
        },
      ];
    }
    return [];
  },
};
