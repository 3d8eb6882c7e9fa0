import type { ClaimType } from '../schema.js';

/** One line per claim type, for `newsfacts types` and the README. */
export const CLAIM_TYPE_INFO: Record<ClaimType, { core: boolean; summary: string; example: string }> = {
  valuation: { core: true, summary: 'what a company is valued at (money)', example: 'Zentrix AI was valued at $4 billion' },
  headcount: { core: true, summary: 'how many people work at a company (count, unit "people")', example: 'the startup employs about 140 people' },
  compute_deal: { core: true, summary: 'a company gets compute from a provider (resource cloud|gpu|tpu|datacenter|chips|power; money if stated)', example: 'signed a $2 billion cloud contract with Google' },
  hiring: { core: true, summary: 'a company hires people from another company (one claim per pair; count if stated)', example: 'has hired researchers from Meta and OpenAI' },
  funding: { core: false, summary: 'money a company raises (round; lead investor as counterparty, others in investors)', example: 'raised $200 million in a Series C led by Accel' },
  revenue: { core: false, summary: 'what a company earns (period: annualized, quarterly, a year)', example: 'annualized revenue passed $100 million' },
  compensation: { core: false, summary: 'what an employer pays a person', example: 'offering seven-figure pay packages' },
  user_count: { core: false, summary: 'users, customers or subscribers of a company or its product', example: '75 million daily active users' },
  departure: { core: false, summary: 'people leave a company and no hiring company is named', example: 'researchers are leaving the company' },
};
