/**
 * The people an organisation pays, named by their work: one list for every claim type and
 * refiner that asks "is this about an employer's people?" (pay, staff numbers, hires, cuts),
 * and for the count reader, to which each is a noun of people ("500 pilots"). It lives with the
 * values so that the values layer needs nothing from the claims layer.
 * Plural nouns of paid work only: "people", "talent" or "players" say nothing of an employer.
 */
export const OCCUPATIONS = [
  'employees', 'staff', 'staffers', 'personnel', 'workers', 'engineers', 'researchers', 'scientists', 'developers',
  'programmers', 'coders', 'designers', 'physicists', 'roboticists', 'analysts', 'associates', 'bankers', 'traders',
  'consultants', 'specialists', 'salespeople', 'technicians', 'managers', 'executives', 'directors', 'lawyers', 'attorneys', 'paralegals',
  'advisers', 'advisors', 'brokers', 'economists', 'dealmakers',
  'nurses', 'doctors', 'teachers', 'pilots', 'captains', 'first officers', 'co-pilots', 'drivers', 'couriers', 'cashiers', 'baristas', 'clerks', 'miners',
  'journalists', 'contractors', 'operatives', 'labourers', 'laborers', 'graduates', 'apprentices', 'trainees',
  'aviators', 'flight attendants', 'interns', 'hires', 'recruits', 'freshers', 'solicitors', 'barristers', 'accountants', 'auditors', 'actuaries',
  'underwriters', 'tellers', 'pharmacists', 'paramedics', 'carers', 'cleaners', 'warehouse workers', 'cabin crew',
  'crew members', 'staff members', 'team members', 'attendants', 'mechanics', 'machinists', 'welders', 'electricians', 'chefs', 'cooks', 'waiters', 'caregivers',
  'temps', 'colleagues', 'laterals', 'professionals', 'surgeons', 'editors', 'reporters', 'architects', 'dentists', 'midwives', 'bus drivers', 'train drivers', 'truckers', 'ftes', 'full-time equivalents',
] as const;
