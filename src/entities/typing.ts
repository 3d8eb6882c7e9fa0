import { addEvidence, kindOf, looksLikeFirstName, noEvidence, type Evidence, type Kind } from './evidence.js';
import { isDemonym, isKnownPlace, KNOWN_BY_KEY } from './gazetteer.js';

/**
 * What each name of an article is, decided by the evidence of all its mentions together:
 * "Roddick" is a person because "Andy Roddick" is; "Visium" an organisation because
 * "Visium Asset Management" is; a name nothing speaks for stays unknown (null), and the
 * caller decides what an unknown name may do.
 */

export interface Typed {
  /** Name key (lower case, no legal suffix or possessive): mentions with one key are one name. */
  key: string;
  evidence: Evidence;
  /** Set for a mention whose own context settles it whatever the article says ("(NASDAQ: X)"). */
  forced?: Kind;
}

// The cues of a name's own words — its look — the kind each speaks for, and their points (evidence.ts): a person's first
// name or known surname, an event's last word ("Day", "Cup", "Awards")
const LOOK: ReadonlyArray<[string, 'person' | 'other', number]> = [['first-name', 'person', 2], ['last-name', 'person', 1], ['event', 'other', 2]];
// A company described as one ("carrier Emirates", "Emirates, the world's largest airline") whose name is a place's: the place's
// look is one fact too, not one for each mention (a country an article names often stays a place: "India's biggest carmaker")
const DESCRIBED_AS_COMPANY = new Set(['cue-before', 'apposition', 'based-before']);

// A family name then a hyphenated given name, as Korean names are romanised: "chung mong-koo", "lee jae-hyun"
const FAMILY_FIRST = /^[a-z]+ [a-z]+-[a-z]+$/;

/** The kind of each key; null where the evidence says nothing. */
export function decideKinds(mentions: readonly Typed[]): Map<string, Kind | null> {
  const byKey = new Map<string, Evidence>();
  for (const m of mentions) {
    if (m.forced) continue;
    let e = byKey.get(m.key);
    if (!e) byKey.set(m.key, (e = noEvidence()));
    addEvidence(e, m.evidence);
  }
  // A name's look — a first name, a known surname, an event's last word — is one fact about the name, however often it is
  // mentioned: counted once, so what the sentences say of a company named like a person ("Sierra Jasper, which operates 180
  // data centres", "owner Leon") or like an event ("Jones Day" named five times) is not outvoted by its mention count
  for (const e of byKey.values()) {
    for (const [cue, kind, points] of LOOK) {
      const n = e.why.filter((w) => w === cue).length;
      if (n > 1) e[kind] -= points * (n - 1);
    }
    const places = e.why.filter((w) => w === 'place-word').length;
    if (places > 1 && e.why.some((w) => DESCRIBED_AS_COMPANY.has(w))) e.place -= 3 * (places - 1);
  }
  const kinds = new Map<string, Kind | null>();
  for (const [key, e] of byKey) kinds.set(key, kindOf(e));

  // A lone word borrows the kind of the longer name it belongs to: "Roddick" of "Andy Roddick"
  // (a person's last word), "Visium" of "Visium Asset Management" (an organisation's first).
  const longer = [...kinds.entries()].filter(([k, kind]) => kind && k.includes(' '));
  for (const [key, kind] of kinds) {
    if (key.includes(' ')) continue;
    const e = byKey.get(key)!;
    const asLastOfPerson = longer.some(([k, kd]) => kd === 'person' && k.endsWith(' ' + key));
    const asFirstOfOrg = longer.some(([k, kd]) => kd === 'org' && k.startsWith(key + ' '));
    const asFirstOfPerson = longer.some(([k, kd]) => kd === 'person' && k.startsWith(key + ' '));
    // ("Chung" of "Chung Mong-koo": a name written family name first, its given name hyphenated as Korean ones are)
    const asFamilyFirst = longer.some(([k, kd]) => kd === 'person' && FAMILY_FIRST.test(k) && k.startsWith(key + ' '));
    // (a word's own strong evidence — "Mr Ebbers", "carmaker Fiat" — is kept)
    // (an owner's "'s" is no strong evidence here: a person owns earnings and shares too — "Kwon's 2017 earnings")
    const ownerPoints = e.why.filter((w) => w === 'possession').length * 2;
    if ((asLastOfPerson || asFamilyFirst) && e.org - ownerPoints < 3) kinds.set(key, 'person');
    // ("Malcolm will not be replaced" after "Malcolm Warne's departure": a first name alone after the person named in full, no
    // company's own evidence for it)
    else if (asFirstOfPerson && !asFirstOfOrg && e.org - ownerPoints < 3 && looksLikeFirstName(key.charAt(0).toUpperCase() + key.slice(1))) kinds.set(key, 'person');
    else if (asFirstOfOrg && !asFirstOfPerson && e.person < 3 && (kind === null || kind === 'org' || e.org >= Math.max(e.person, e.place))) kinds.set(key, 'org');
  }
  // A full name nothing else types is a person's when its last word alone is one by evidence of its own: "Chanda Kochhar
  // received Rs 5 crore" … "Ms Kochhar said" (a title or an honorific before the surname; a company is shortened to its first word)
  for (const [key, kind] of kinds) {
    const words = key.split(' ');
    if (words.length < 2 || words.length > 3 || kind === 'person' || KNOWN_BY_KEY.has(key)) continue;
    const e = byKey.get(key)!;
    const last = byKey.get(words[words.length - 1]!);
    if (last && last.person >= 3 && last.org < 2 && e.org < 2 && e.place === 0 && e.other === 0 && e.work === 0) kinds.set(key, 'person');
  }
  // A shorter name of several words borrows an organisation's kind from the longer name it opens, over
  // a first name's look ("Blu Smart" after "Blu Smart Mobility Pvt. Ltd"; not "Dana Roe" of "Dana Roe Foundation"
  // when "Dana Roe" has evidence of its own beyond the first name)
  for (const [key, kind] of kinds) {
    if (!key.includes(' ') || kind === 'org') continue;
    const e = byKey.get(key)!;
    // (only a first name's look and "said" speak for a person: a company says things too)
    // (a known surname is the name's look too: "Morgan Lewis" of "Morgan Lewis & Bockius")
    const weakPerson = e.person - (e.why.includes('first-name') ? 2 : 0) - (e.why.includes('last-name') ? 1 : 0) - (e.why.includes('said') ? 1 : 0) <= 0;
    if (!weakPerson || e.place > 0) continue;
    if (longer.some(([k, kd]) => kd === 'org' && k.startsWith(key + ' '))) kinds.set(key, 'org');
  }
  // A people's adjective is never a company ("Colombian" of "Colombian Delivery Startup Rappi", "Latin American"); a country's
  // name is a place unless a company is said to bear it ("carrier Emirates"), whatever it owns ("Colombia's government"), and
  // where the evidence is even (an unknown name is otherwise taken for a company)
  for (const [key, kind] of kinds) {
    if ((kind !== 'org' && kind !== null) || KNOWN_BY_KEY.has(key)) continue;
    if (isDemonym(key)) kinds.set(key, 'other');
    else if (kind === null && isKnownPlace(key) && !byKey.get(key)?.why.some((w) => DESCRIBED_AS_COMPANY.has(w))) kinds.set(key, 'place');
  }
  return kinds;
}
