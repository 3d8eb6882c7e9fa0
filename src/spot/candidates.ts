import type { Sentence } from '../text/sentences.js';

/**
 * The cheap pass: a sentence can hold a claim only if it has a number, a magnitude word
 * or a trigger word for the claim types without amounts (hiring, compute deals,
 * departures). Only candidates go on to quantity reading and the extractors.
 */

// "$12 billion", "140", "seven-figure", "a dozen", "hundreds of", "millions"
const AMOUNT = /[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|handful|half|figure|multi-(?:million|billion))\b/i;
// Claims that need no amount: "recruiting from Meta", "cloud deal with Google", "leaving Meta"
const TRIGGER = /\b(?:hir(?:e|es|ed|ing)|recruit|poach|pluck|lur(?:e|ed|ing)|join|joins|joined|joining|defect|brought on|talent|cloud|gpus?|tpus?|compute|computing|chips?|data[ -]?cent(?:er|re)s?|azure|aws|web services|supercomputer|power purchase|electricity|nuclear|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|infrastructure|capacity|hosting|offers|customers|clients|tenants|leav(?:e|es|ing)|left|depart|exit|quit|resign|exodus|walk(?:s|ed|ing)? (?:out|away)|step(?:s|ped|ping)? down|ousts?|ousted|appoint(?:s|ed|ing|ment)?|nam(?:es|ed|ing)|mov(?:e|es|ed|ing) (?:from|to|over)|woo(?:s|ed|ing)?|(?:came|comes) from|tapped|snag(?:s|ged)?|brought in|bring(?:s|ing)? (?:in|on)|sign(?:s|ed|ing)? on|land(?:s|ed)|team (?:now |also )?includ|previously|formerly|worked (?:at|for)|(?:years|decades) (?:at|with)|gone to|alumni|fired|sack(?:s|ed)?|dismiss(?:es|ed)?|part(?:s|ed|ing)? (?:ways|company)|los(?:e|es|ing)|lost|valu(?:ed|ation)|raised|funding|workforce|headcount|layoffs?|laid off|lay(?:s|ing)? off|redundan|job cuts|(?:a|one) (?:third|quarter|fifth|tenth) of)/i;

/** Is this sentence worth the expensive stages? */
export function isCandidate(sentence: Sentence): boolean {
  return AMOUNT.test(sentence.text) || TRIGGER.test(sentence.text);
}
