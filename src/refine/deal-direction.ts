import type { RawClaim } from '../claims/extractor.js';
import type { Quantity } from '../values/index.js';
import type { Refiner } from './refiner.js';
import { ENERGY_NAME, TENANT_AFTER } from '../claims/compute-deal/extract.js';

/**
 * One compute deal read both ways in an article — "Cipher Mining secured a $5.5 billion lease with
 * Amazon Web Services" (a two-sided deal, read with the subject as the customer) and "the deal
 * requires Cipher to provide space and power for AWS" (a verb that says who provides) — is the
 * way the verb says. The two-sided readings of the pair give way; the deal's amount, if only they
 * carried it, goes to the first claim the verb made.
 */
const SAID_BY_VERB = 'compute_deal/provider-supplies';

export const dealDirectionByVerb: Refiner = (_ctx, claims) => {
  const byVerb = claims.filter((c) => c.type === 'compute_deal' && c.counterparty && c.reason === SAID_BY_VERB);
  if (!byVerb.length) return claims;
  const verbFor = (c: RawClaim) => (c.type === 'compute_deal' && c.reason !== SAID_BY_VERB && c.counterparty ? byVerb.filter((v) => v.subject === c.counterparty && v.counterparty === c.subject) : []);
  const dropped = new Set<RawClaim>();
  const amounts = new Map<RawClaim, Quantity>();
  for (const c of claims) {
    const readings = verbFor(c);
    if (!readings.length) continue;
    dropped.add(c);
    const target = readings.find((v) => !v.value && !amounts.has(v));
    if (c.value && target) amounts.set(target, c.value);
  }
  return claims.filter((c) => !dropped.has(c)).map((c) => (amounts.has(c) ? { ...c, value: amounts.get(c)! } : c));
};

/**
 * Power flows from the energy company: "Harwick Cloud and Orvale Energy signed a 10-year PPA to power a data centre campus" is
 * Harwick Cloud's power from Orvale Energy, whichever name the reading put first. A power deal whose subject is named as an
 * energy company and whose other side is not is turned round.
 */
export const powerFromEnergyCompany: Refiner = (_ctx, claims) =>
  claims.map((c) => (c.type === 'compute_deal' && c.resource === 'power' && c.counterparty && ENERGY_NAME.test(c.subject.name) && !ENERGY_NAME.test(c.counterparty.name) ? { ...c, subject: c.counterparty, counterparty: c.subject } : c));

/**
 * The tenant of a data centre is its customer: "du is collaborating with Microsoft to build a $545 million data center. Microsoft
 * will be the primary tenant of the center" — a two-sided deal read with the builder as the customer (the other side is known to
 * sell compute) is turned round where the article names that other side the facility's tenant.
 */
// ("Microsoft will be the primary tenant", "will have Microsoft as the main tenant", "with Microsoft as its anchor tenant")
export const tenantIsCustomer: Refiner = (ctx, claims) => {
  const tenants = new Set(ctx.actors.flat().filter((a) => a.via === 'name' && TENANT_AFTER.test(ctx.text.slice(a.end, a.end + 50))).map((a) => a.entity));
  if (!tenants.size) return claims;
  return claims.map((c) => (c.type === 'compute_deal' && c.counterparty && c.reason !== SAID_BY_VERB && tenants.has(c.counterparty) && !tenants.has(c.subject) ? { ...c, subject: c.counterparty, counterparty: c.subject } : c));
};
