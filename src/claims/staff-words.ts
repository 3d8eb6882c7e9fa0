/**
 * The people an organisation pays, named by their work: one list for every claim type and
 * refiner that asks "is this about an employer's people?" (pay, staff numbers, hires, cuts).
 * Plural nouns of paid work only: "people", "talent" or "players" say nothing of an employer.
 */
export const OCCUPATIONS = [
  'employees', 'staff', 'staffers', 'personnel', 'workers', 'engineers', 'researchers', 'scientists', 'developers',
  'programmers', 'coders', 'designers', 'physicists', 'roboticists', 'analysts', 'associates', 'bankers', 'traders',
  'consultants', 'specialists', 'salespeople', 'technicians', 'managers', 'executives', 'directors', 'lawyers',
  'nurses', 'doctors', 'teachers', 'pilots', 'drivers', 'couriers', 'cashiers', 'baristas', 'clerks', 'miners',
  'journalists', 'contractors', 'operatives', 'labourers', 'laborers', 'graduates', 'apprentices', 'trainees',
  'interns', 'hires', 'recruits', 'freshers', 'solicitors', 'barristers', 'accountants', 'auditors', 'actuaries',
  'underwriters', 'tellers', 'pharmacists', 'paramedics', 'carers', 'cleaners', 'warehouse workers', 'cabin crew',
] as const;

/** The list as a pattern alternative: "(employees|staff|…)". */
export const OCCUPATION_WORDS = `(${OCCUPATIONS.join('|')})`;
