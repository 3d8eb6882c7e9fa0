import type { Actor } from '../entities/coreference.js';
import type { SentenceView } from './extractor.js';

/**
 * Whom a person named in a sentence works for, as the sentence ties them: by a title between the
 * two ("Orrin Bank chief executive Peter Lask", "Peter Lask, chairman and CEO of Orrin Bank",
 * "Peter Lask, the Orrin Bank boss"), or by a possessive ("Orrin Bank's Peter Lask"). A person
 * merely near a company ("Peter Lask said Orrin Bank…") has no employer here.
 */
export interface Employer {
  actor: Actor;
  /** The tie says the post is past ("the former Orrin Bank boss", "ex-Orrin Bank chief Peter Lask"). */
  former: boolean;
  /** A title ties the two (the company employs people: evidence it is one). */
  titled: boolean;
}

// The words of a title, each (a title of several: "CEO and Chairman", "chief exec", "group finance director")
const TITLE_WORD = /^(?:chief|executive|exec|officer|ceo|cfo|cto|coo|cio|cmo|chairman|chairwoman|chairperson|chair|president|vice|boss|founder|co-founder|cofounder|head|managing|director|md|deputy|senior|group|global|finance|financial|operating|technology|technical|investment|marketing|and|&|former|ex-|then|outgoing|incoming|new|longtime|long-time|veteran|top|star)$/i;
// The word that makes a run of title words a post someone holds
const TITLE_HEAD = /^(?:chief|executive|exec|officer|ceo|cfo|cto|coo|cio|cmo|chairman|chairwoman|chairperson|chair|president|boss|founder|co-founder|cofounder|head|director|md)$/i;
const PAST = /\b(?:former|then|outgoing)\b|\bex-/i;

function titleRun(gap: string): { ok: boolean; former: boolean } {
  const words = gap.trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6) return { ok: false, former: false };
  const ok = words.every((w) => TITLE_WORD.test(w)) && words.some((w) => TITLE_HEAD.test(w));
  return { ok, former: ok && PAST.test(gap) };
}

// After the person: ", chairman and CEO of X", ", the former chief executive at X", ", who runs X"
const TITLE_OF_AFTER = /^,\s+(?:(?:the|its|a)\s+)?((?:[\w&-]+\s+){0,5}?)(?:of|at)\s+(?:the\s+)?$/i;
const RUNS_AFTER = /^,?\s+who\s+(?:runs|ran|leads|led|heads|headed|founded|co-founded|chairs|chaired)\s+(?:the\s+)?$/i;
// ", the (former) X boss", ", X's chief executive"
const APPOSITION_LEAD = /^,\s+(?:(?:the|a|an)\s+)?((?:former|ex-|then|outgoing|longtime)\s+)?$/i;
// A role after a company's name: "the Kestrel Labs scientist", "Kestrel Labs' former chief executive" (the words
// between captured; also read by the person-move reader, src/claims/hiring/moves.ts)
export const ROLE_AFTER = /^(?:['’]s?)?\s+((?:[\w&-]+\s+){0,3}?)(?:chief executive|chief|ceo|cfo|cto|coo|chairman|chairwoman|president|boss|head|lead|leader|founder|co-founder|director|executive|officer|manager|engineer|researcher|scientist|partner|vp|veteran|alum|designer|developer)\b/i;

/** The person at [start, end)'s employer as the sentence ties them, if it does. */
export function employerOf(view: SentenceView, person: { start: number; end: number }): Employer | null {
  const { text } = view;
  let best: Employer | null = null;
  for (const a of view.actors) {
    if (a.entity.media || a.entity.investor || a.via !== 'name') continue;
    if (a.end <= person.start && person.start - a.end <= 60) {
      // "Orrin Bank chief exec Peter Lask", "Orrin Bank's Peter Lask", "ex-Orrin Bank CEO Peter Lask"
      const gap = text.slice(a.end, person.start);
      const pre = text.slice(Math.max(view.sentence.start, a.start - 12), a.start);
      const past = /\b(?:ex-|former\s+)$/i.test(pre);
      if (a.possessive && /^['’]?s?\s+$/.test(gap)) best = { actor: a, former: past, titled: false };
      else {
        const run = titleRun(gap.replace(/^['’]s?/, ''));
        if (run.ok && !/[,;()]/.test(gap)) best = { actor: a, former: past || run.former, titled: true };
      }
    } else if (a.start >= person.end && a.start - person.end <= 70) {
      const gap = text.slice(person.end, a.start);
      const of = TITLE_OF_AFTER.exec(gap);
      if (of && (titleRun(of[1]!).ok || /^(?:[\w-]+\s+){0,2}?(?:chief executive|chief|boss|head|founder|co-founder|chairman|chairwoman|president|director)\s+$/i.test(of[1]!))) {
        return best ?? { actor: a, former: PAST.test(gap), titled: true };
      }
      // "Denise Morrow of Brightwell", "Peter Lask at Orrin Bank": the company a name is given with
      if (/^\s+(?:of|at|from)\s+(?:the\s+)?$/i.test(gap)) return best ?? { actor: a, former: false, titled: false };
      if (RUNS_AFTER.test(gap)) return best ?? { actor: a, former: /\b(?:ran|led|headed|chaired)\b/.test(gap), titled: true };
      const lead = APPOSITION_LEAD.exec(gap);
      const role = lead && ROLE_AFTER.exec(text.slice(a.end, a.end + 50));
      if (lead && role && (!role[1] || titleRun(role[1]).ok || /^[\w&-]+\s+$/.test(role[1]))) {
        return best ?? { actor: a, former: !!lead[1] || PAST.test(role[1] ?? ''), titled: true };
      }
    }
  }
  return best;
}
