import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { actorAfter, after, before, pickSubject } from '../slots.js';

/**
 * headcount: how many people work at a company. The amount must count people
 * (employees, staff, researchers, "250-person", "3,000-strong") or follow a headcount
 * word ("a workforce of 46,000"); amounts that a hiring, layoff or loss verb governs are
 * flows, not the size of the company.
 */

interface Rule {
  reason: string;
  confidence: number;
  test: (pre: string, post: string, unit: string | null, noun: string) => boolean;
}

const PEOPLE_NOUNS = /^(?:employees?|staff(?:ers)?|workers?|people|persons?|researchers?|engineers?|scientists?|team members?|full-time (?:employees|staff|workers)|personnel|headcount|strong|person|member)$/;

const RULES: Rule[] = [
  // "a workforce of 46,000", "headcount of 215,500", "headcount stood at 212", "a staff of 40", "employs around 48,000 people"
  {
    reason: 'headcount/workforce-of',
    confidence: 0.9,
    test: (pre) => /\b(?:headcount|workforce|employee count|employment|staff|staff size|team size|payroll|employees number(?:ed)?)(?: [\w-]+){0,3}? (?:of|at|to|was|is|stood at|stands at|reached|totaled|totalled|totals|total|rose to|fell to|grew to|dropped to|shrank to|swelled to|peaked at|hit|numbered|numbers|near|nearly|about|around|roughly|some)\s*$|\b(?:employs|employed|employing)\s*$/.test(pre),
  },
  // "Engineers: 32", "Employees - 1,200" in a fact box; "| Employees |" column in a table
  { reason: 'headcount/label', confidence: 0.85, test: (pre) => /(?:^|[.;|•]\s*)\W*(?:employees|engineers|staff|headcount|team size|workforce|people|employees \(\w+\))\s*[:-]\s*$/.test(pre) },
  // "140 employees", "a 250-person team", "3,000-strong workforce", "160 AI researchers"
  { reason: 'headcount/people-count', confidence: 0.85, test: (_pre, _post, unit, noun) => unit === 'people' && PEOPLE_NOUNS.test(noun.replace(/^(?:[\w-]+ ){0,3}/, '')) },
  // "…has 320 employees; its rival Halvard Robotics has about 1,100": a bare count after "has" beside staff words
  { reason: 'headcount/has-count', confidence: 0.7, test: (pre, _post, unit, _noun) => unit === null && /\b(?:has|had|have|employs|with)\s*$/.test(pre) },
];

// "Meta took four scientists and 12 engineers": the count is one item of a flow's list
const FLOW_IN_CLAUSE = /\b(?:hired|hires|hiring|poached|poaching|took|takes|recruited|recruiting|lured|laid off|lays off|cut|cutting|lost|losing|added|adding|brought on)(?: [\w,-]+){1,6} and\s*$/;

const EARLIER_FIGURE: Rule = { reason: 'headcount/up-from', confidence: 0.75, test: () => true };

// The amount is a flow, not a size: "hired 300 engineers", "laid off 200 employees", "cut 700 jobs"
const FLOW_BEFORE = /\b(?:hir(?:e|es|ed|ing)|poach(?:es|ed|ing)?|recruit(?:s|ed|ing)?|lur(?:e|es|ed|ing)|laid off|lay(?:ing)? off|lays off|layoffs? of|cut(?:s|ting)?|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|fir(?:e|es|ed|ing)|los(?:e|es|ing)|lost|add(?:s|ed|ing)?|onboard(?:s|ed|ing)?|let go|furlough(?:s|ed|ing)?|affect(?:s|ed|ing)?|impact(?:s|ed|ing)?|reduc(?:e|es|ed|ing)(?: (?:its|the) (?:workforce|headcount|staff))? by|trim(?:s|med|ming)?(?: (?:its|the) (?:workforce|headcount|staff))? by|another|an additional|additional|new|extra|more|bring on|brought on|welcom(?:e|ed|es)|train(?:s|ed|ing)?)\s*$/;
const FLOW_AFTER = /^ (?:(?:were|are|will be|would be|have been|had been|being|to be|could be) (?:laid off|cut|let go|fired|affected|impacted|eliminated|furloughed|hired|added)|(?:who|that) (?:were|are|will be|have been|had been) (?:laid off|let go|hired|fired|affected)|(?:left|quit|departed|joined|signed|walked|resigned|threatened|will join|could join|have joined)|from\b|at (?:other|rival)\b|(?:in|over) the (?:next|coming|past)\b)/;
// "a four-person board", "a 12-person delegation": people, but not a company's staff
// "two of the people said", "three people briefed on the talks": sources, not staff
const SOURCES_AFTER = /^ (?:of (?:the|those) people )?(?:said|say|says|told|briefed|familiar|with (?:knowledge|direct knowledge)|close to|who (?:spoke|asked|declined|requested|were not)|who have|speaking|involved in the (?:talks|deal|discussions))\b/;
const NOT_STAFF_AFTER = /^ (?:[\w-]+ )?(?:board|panel|committee|council|jury|delegation|crew|family|families|audience|attendees|visitors|fans|customers|users|students|patients|players|drivers|riders|households)\b/;

export const headcount: Extractor = {
  type: 'headcount',
  extract(view: SentenceView): RawClaim[] {
    const claims: RawClaim[] = [];
    for (const q of view.quantities) {
      if (q.kind !== 'count') continue;
      const pre = before(view, q.start);
      const post = after(view, q.end);
      const noun = (q.noun ?? '').toLowerCase();
      let rule = RULES.find((r) => r.test(pre, post, q.unit, noun));
      // "has about 1,100" counts people only where the sentence talks of staff
      if (rule?.reason === 'headcount/has-count' && !/\b(?:employees|staff|workers|people|engineers|researchers|headcount|workforce)\b/.test(view.lower)) rule = undefined;
      // "headcount has grown to 900, up from 300"
      // "headcount has grown to 900, up from 300", "dropped to 41,000 … from its peak of 48,000"
      if (!rule && /\b(?:(?:up|down|rising|falling|grown|shrunk) from|(?:its|a|the) (?:peak|high|low|record) of)\s*$/.test(pre) && /\b(?:headcount|workforce|employees|staff|employment)\b/.test(view.lower)) rule = EARLIER_FIGURE;
      if (!rule) continue;
      if (FLOW_BEFORE.test(pre) || FLOW_AFTER.test(post) || NOT_STAFF_AFTER.test(post) || SOURCES_AFTER.test(post) || /\b(?:by|according to|told)\s+$/.test(pre)) continue;
      if (q.unit && q.unit !== 'people') continue;
      // "a handful of mechanical engineers", "dozens of workers": vague few are not a payroll
      if (q.rule?.startsWith('vague') && (q.max ?? Infinity) < 1000) continue;
      // "a billion people worldwide", "billions of people": a population, not a payroll
      if ((q.amount ?? q.min ?? 0) > 5_000_000) continue;
      // "Meta took four scientists and 12 engineers": a flow verb earlier in the clause
      if (FLOW_IN_CLAUSE.test(pre) && !/\b(?:employs|headcount|workforce|staff of|employees number)\b/.test(pre)) continue;
      // "200 of its 2,600 employees": the first amount is a part
      if (/^ of (?:its|the|their|[a-z]+'s) /.test(post)) continue;
      // "140 employees at Meta", "engineers working at TML"
      let picked = null;
      const atAfter = /^ (?:who )?(?:[\w-]+ ){0,2}?(?:at|of|for|in) /.exec(post);
      if (atAfter) {
        const obj = actorAfter(view, q.end + atAfter[0].length, 25);
        if (obj && !view.actors.some((a) => a.end <= q.start && a.possessive && q.start - a.end <= 12)) picked = { entity: obj.entity, via: obj.via, actor: obj };
      }
      // "At Zentrix, with 90 people…" — a place-like "at X" opening the sentence
      picked ??= pickSubject(view, q.start, { allowSlot: /^(?:.*\b)?(?:at|with) (?:the )?$|^at $/ });
      if (!picked) continue;
      claims.push({
        type: 'headcount',
        subject: picked.entity,
        counterparty: null,
        value: q.unit ? q : { ...q, unit: 'people' },
        sentence: view.sentence,
        reason: rule.reason,
        confidence: rule.confidence,
        subjectVia: picked.via,
        cueAt: q.start,
      });
    }
    return claims;
  },
};
