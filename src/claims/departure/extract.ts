import { ruleExtractor } from '../rules.js';
import { RULES } from './rules.js';

// No company sheds a million jobs at once: counts that large are an economy's or an industry's
// ("a net loss of 800,000 jobs", "27 million jobs could be lost in textiles").
const MAX_DEPARTURES = 300_000;

/** departure: the rules in ./rules.ts; counts of people, and only counts one company could cut. */
export const departure = ruleExtractor('departure', RULES, {
  countUnit: 'people',
  // "At Halvard Robotics, 650 positions will be cut": the company the sentence opens at (not where its analysts work: "Analysts at
  // Jefferies said: '…the departure of…'")
  // ("A call center of the US company TTEC will eliminate 212 positions": a site or unit "of" the company opening the clause)
  pick: { allowSlot: /^(?:.*\b)?(?<!\b(?:analysts?|economists?|strategists?|experts?|observers|commentators|brokers?) )at (?:the )?$|^(?:.*, )?\W*(?:a|an|the|its)? ?(?:[\w-]+ )?(?:plant|factory|site|unit|subsidiary|office|branch|division|call cent(?:er|re)|contact cent(?:er|re)|operation|arm|mine|store|warehouse|facility|plants|factories|offices|branches|stores) of (?:the )?(?:[A-Z]{2,3} |[A-Z][a-z]+ )?(?:[a-z-]+ ){0,2}$/ },
  plausible: (q) => (q.amount ?? q.min ?? 0) <= MAX_DEPARTURES,
});
