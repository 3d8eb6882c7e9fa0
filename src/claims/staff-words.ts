import { OCCUPATIONS } from '../values/occupations.js';

export { OCCUPATIONS };

/** The list as a pattern alternative: "(employees|staff|…)". */
export const OCCUPATION_WORDS = `(${OCCUPATIONS.join('|')})`;

/**
 * How a person's move to another company is said after their leaving ("left X to rejoin Y", "quit X
 * to take a job at Y", "left X to be lead anchor at Y", "left X and began a new job at Y"): the words
 * before the company gone to, as a pattern alternative's choices.
 */
export const MOVE_TO =
  'to join|to rejoin|to return to|to go back to|to work for|to work at|to work with|to take (up)? (a|an|the)? ~{0,3} (job|role|post|position) (at|with)|' +
  'to become _{0,4} (at|of)|to be _{0,4} (at|of)|to lead _{0,4} (at|of)|to head _{0,4} at|to run _{0,4} at|to (head|lead|run|oversee|chair|become)|' +
  // ("left Mitsubishi Electric and began a new job at Powerchip": a new job started after leaving)
  'and {begin|start|take|accept|take up} (a|an|the|his|her|their)? (new)? ~{0,2} (job|role|post|position|career) (at|with)';

// A company ending its people's employment, before their count: "terminated the employment of", "ended the contracts of",
// "disengaged", "retrenched" (a departure's cue, and no headcount of the people counted)
export const ENDED_EMPLOYMENT = '({terminate|end|disengage|discontinue} the (employment|appointments|appointment|services|contracts|jobs) of|{disengage}|{retrench}) (about|around|nearly|more than|over|some|up to|another|at least)?';

// People who enter a company, counted: hired when "employed" ("plans to employ 50,000 IT freshers"), no headcount
export const ENTRANTS = '(freshers|graduates|trainees|apprentices|interns|recruits|new hires|campus hires|school leavers)';

// A campus's placements: students taken on with pay, "recruited 10 students on a package of" — the verb, and what follows the count
// (one phrase for the hiring rule, which counts them, and the pay rule, which reads the package)
export const PLACEMENT_VERB = '{hire|recruit|select|pick|take on|onboard}';
export const PLACED_ON_PACKAGE = '(students|candidates|graduates|freshers) (on|with|at) (a|an|the)? ~{0,2} (package|packages|salary|salaries|pay|ctc|stipend)';

/** The last words of football clubs' names ("Kestrel Rovers", "Orrin United"): a move between two such is sport, no company's hire. */
export const CLUB_NAME_WORDS = 'United|City|FC|AFC|Rovers|Wanderers|Athletic|Albion|Town|County';

// Nouns that describe a company by its weight or trade ("Detroit heavyweight Ford"): in the gaps of both readers of joining
// (hiring/extract.ts, hiring/moves.ts)
export const WEIGHTY_NOUNS = 'heavyweight|powerhouse|titan|behemoth|conglomerate|automaker|carmaker|chipmaker|manufacturer';
