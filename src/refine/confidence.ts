import type { RawClaim } from '../claims/extractor.js';

/**
 * A claim's confidence: the rule's own, less what makes it shakier — a subject found by
 * reference rather than by name, a hedge — plus a little for each repeat that agrees.
 */
export function confidenceOf(group: RawClaim[]): number {
  const scores = group.map((c) => {
    let s = c.confidence;
    if (c.subjectVia === 'anaphor') s -= 0.05;
    if (c.subjectVia === 'topic') s -= 0.1;
    if (c.modality === 'hedged' || c.modality === 'conditional') s -= 0.08;
    if (c.modality === 'negated') s -= 0.05;
    return s;
  });
  const best = Math.max(...scores);
  const support = Math.min(0.06, 0.03 * (group.length - 1));
  return Math.round(Math.min(0.99, Math.max(0.05, best + support)) * 100) / 100;
}
