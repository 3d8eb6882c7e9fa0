import type { Actor } from '../../entities/coreference.js';
import type { Extractor, RawClaim, SentenceView } from '../extractor.js';
import { anyOf } from '../gate.js';
import { pickSubject } from '../slots.js';

/**
 * departure: people leave a company and no hiring company is named (when one is, the
 * sentence is a hiring claim). The company is the one left ("left Meta", "walked out of
 * Aurelian Bio", "an exodus … has hit Quillmark"), the owner of the people who leave
 * ("xAI's CFO departed", "15 of its 40 engineers have left"), or the subject that loses
 * them ("Meta … still losing researchers", "Sorrel saw 40 employees leave").
 */

// Who leaves: roles and people nouns ("chief scientist", "finance chief", "engineers", "co-founders")
const PEOPLE = /\b(?:researchers?|engineers?|scientists?|employees?|staff(?:ers)?|executives?|talent|people|leaders?|co-?founders?|founders?|team members?|workers|cfo|ceo|cto|coo|chief(?: \w+){0,2}(?: officer)?|\w+ chief|president|head of [\w ]+|vice president|general counsel|managers?|directors?|partners?|members of (?:its|the) (?:\w+ )?team)\b/;

// "left", "quit", "resigned", "departed", "walked out of", "stepped down from", "exodus of"
const LEAVE = /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|departures?|quit(?:s|ting)?|exit(?:s|ed|ing)?|resign(?:s|ed|ing)?|walk(?:s|ed|ing)? (?:out|away)|stepp(?:ed|ing) down|step(?:s)? down|exodus)\b/;
// "X lost five engineers", "Meta … still losing researchers", "Sorrel saw 40 employees leave"
const LOSE = /\b(?:los(?:e|es|ing)|lost|bleed(?:s|ing)?|shed(?:s|ding)?|saw)\b/;

// The company is named after the verb: "left Meta", "quit the company", "walked out of X", "has hit Quillmark"
const OBJECT_AFTER = /^(?: (?:out|away))?(?: (?:of|from))? (?:(?:the|its) )?$|^ (?:\w+ ){0,2}(?:hit|rocked|struck|hammered)\s+$/;
// A new employer is named: that is the hiring extractor's sentence
const NEW_EMPLOYER = /\b(?:to join|joining|joined|for rival|to rival|(?:left|leave|leaving|quit|departed) (?:\w+ ){0,4}?for|(?:lost|lose|loses|losing) (?:[\w-]+ ){0,4}?to)\s+(?:the |rival )?[A-Z]/;
const NOT_PEOPLE_LOSS = /\b(?:lost|los(?:e|es|ing)|shed(?:s|ding)?) (?:\$|money|ground|share|market|value|momentum|billions?|millions?|customers|users|a bid|the (?:lead|case|race|battle|deal)|its (?:lead|edge)|\d[\d,.]*(?:%| percent))/;
// Either verb
const ANY_VERB = anyOf([LEAVE, LOSE]);
// "from the left", "on the left": a direction, not a departure
const NOT_A_VERB = /\b(?:the|on|to|from) left\b/;

export const departure: Extractor = {
  type: 'departure',
  extract(view: SentenceView): RawClaim[] {
    const lower = view.lower;
    // (the verb first: most sentences have none, and it is the cheaper test)
    if (!ANY_VERB.test(lower)) return [];
    const leave = NOT_A_VERB.test(lower) ? null : LEAVE.exec(lower);
    const lose = LOSE.exec(lower);
    const verb = leave ?? lose;
    if (!verb) return [];
    const people = PEOPLE.exec(lower);
    if (!people && !view.names.some((n) => n.kind === 'person')) return [];
    if (NEW_EMPLOYER.test(view.sentence.text) || NOT_PEOPLE_LOSS.test(lower)) return [];
    const verbAt = view.sentence.start + verb.index;
    const verbEnd = verbAt + verb[0].length;
    const peopleAt = people ? view.sentence.start + people.index : verbAt;

    let company: { entity: Actor['entity']; via: RawClaim['subjectVia'] } | null = null;
    let reason = '';
    // 1. the company left: "left Meta", "walked out of Aurelian Bio", "has hit Quillmark"
    const after = view.actors.find((a) => a.start >= verbEnd && OBJECT_AFTER.test(view.text.slice(verbEnd, a.start).toLowerCase()));
    if (leave && after) [company, reason] = [{ entity: after.entity, via: after.via }, 'departure/left-company'];
    // 2. the people's owner: "xAI's CFO", "Kiteline AI's safety team", "15 of its 40 engineers"
    if (!company && people) {
      // ("xAI's CFO", or inside the people phrase: "engineers on Kiteline AI's safety team")
      const owner = [...view.actors].reverse().find((a) => a.possessive && a.end <= verbAt && ((a.end <= peopleAt && peopleAt - a.end <= 25) || (a.start >= peopleAt && a.start - peopleAt <= 30)));
      if (owner && leave) [company, reason] = [{ entity: owner.entity, via: owner.via }, 'departure/owner-of-people'];
    }
    // "Zentrix AI faces turmoil as Chief Financial Officer Dana Roe departed": an officer leaves the sentence's company
    if (!company && leave && people && /^(?:cfo|ceo|cto|coo|chief|president|vice president|general counsel|\w+ chief|head of)/.test(people[0])) {
      const picked = pickSubject(view, peopleAt, { topic: false });
      if (picked && picked.actor && !picked.actor.possessive) [company, reason] = [{ entity: picked.entity, via: picked.via }, 'departure/officer-left'];
    }
    // 3. the loser: "Meta … still losing researchers", "Sorrel Robotics saw 40 employees leave",
    //    "Tidewater AI has seen an exodus of about 30 researchers"
    const loss = lose ?? (leave && /^(?:exodus|departures?)$/.test(leave[0]) ? leave : null);
    if (!company && loss) {
      const picked = pickSubject(view, view.sentence.start + loss.index, { topic: loss === lose });
      if (picked) [company, reason] = [{ entity: picked.entity, via: picked.via }, 'departure/losing-people'];
    }
    if (!company) return [];
    // "15 of its 40 engineers have left": the part leaves, not the whole
    const near = view.quantities.filter((q) => q.kind === 'count' && (q.unit === 'people' || q.unit === null) && Math.abs(q.start - peopleAt) < 40);
    const count = near.find((q) => /^ of (?:its|the|their)\b/.test(view.text.slice(q.end, q.end + 10))) ?? near[0];
    return [
      {
        type: 'departure',
        subject: company.entity,
        counterparty: null,
        value: count ? { ...count, unit: 'people' } : null,
        sentence: view.sentence,
        reason,
        confidence: reason === 'departure/left-company' ? 0.78 : 0.72,
        subjectVia: company.via,
        cueAt: verbAt,
      },
    ];
  },
};
