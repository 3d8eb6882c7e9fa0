import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { sharedData } from './shared-data.js';

/**
 * Confidence must mean something: on the dev set of real articles (../shared/devset, beside the
 * project; skipped where absent), claims at or above 0.8 are right more often than those below.
 * "Right" follows the dev-set scorer: same type, subject and counterparty by name or alias (word
 * prefix allowed), value within 2% or inside the found range.
 */
const dir = sharedData('devset', 'confidence on the dev set (test/confidence.test.ts)') ?? '';
const hasDevset = dir !== '';

interface GoldValue { amount?: number; min?: number; max?: number; currency?: string }
interface Gold { entities?: Record<string, string[]>; claims: Array<{ type: string; subject: string; counterparty?: string; value?: GoldValue }> }

const SUFFIX = /\b(inc|corp|corporation|ltd|llc|co|plc|sa|ag|gmbh|limited|holdings)\b/g;
const norm = (s: string | null | undefined) =>
  String(s ?? '').toLowerCase().replace(/['’]s\b/g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(SUFFIX, ' ').replace(/^\s*the\s+/, '').replace(/\s+/g, ' ').trim();
const near = (x: number | null | undefined, y: number) => x != null && Math.abs(x - y) <= 0.02 * Math.max(Math.abs(y), 1e-9);

function valueOk(p: { amount: number | null; min: number | null; max: number | null; currency: string | null } | null, g?: GoldValue): boolean {
  if (!g) return true;
  if (!p) return false;
  if (g.currency && p.currency && g.currency !== p.currency) return false;
  if (g.amount != null) return near(p.amount, g.amount) || (p.min != null && p.max != null && p.min <= g.amount && g.amount <= p.max);
  if ((g.min == null || near(p.min, g.min)) && (g.max == null || near(p.max, g.max)) && (p.min != null || p.max != null)) return true;
  return p.amount != null && (g.min == null || p.amount >= g.min * 0.98) && (g.max == null || p.amount <= g.max * 1.02);
}

describe.skipIf(!hasDevset)('confidence on the dev set', () => {
  it('claims at or above 0.8 are right more often than claims below', () => {
    const tally = { high: { right: 0, all: 0 }, low: { right: 0, all: 0 } };
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
      const canon = new Map<string, string>();
      for (const [name, aliases] of Object.entries(gold.entities ?? {})) for (const a of [name, ...aliases]) canon.set(norm(a), name);
      const same = (p: string | null, g: string) => {
        if (!p) return false;
        const a = norm(canon.get(norm(p)) ?? p);
        const b = norm(canon.get(norm(g)) ?? g);
        return a === b || `${a} `.startsWith(`${b} `) || `${b} `.startsWith(`${a} `);
      };
      const article = extract(readFileSync(join(dir, f.replace('.gold.json', '.txt')), 'utf8'));
      for (const c of article.claims) {
        const right = gold.claims.some((g) => g.type === c.type && same(c.subject, g.subject) && (!g.counterparty || same(c.counterparty, g.counterparty)) && valueOk(c.value, g.value));
        const bucket = c.confidence >= 0.8 ? tally.high : tally.low;
        bucket.all++;
        if (right) bucket.right++;
      }
    }
    expect(tally.high.all).toBeGreaterThan(20);
    expect(tally.low.all).toBeGreaterThan(0);
    expect(tally.high.right / tally.high.all).toBeGreaterThan(tally.low.right / tally.low.all);
  });
});
