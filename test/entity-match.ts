import type { EntityExample } from '../src/entities/corpus.js';
import type { TypedMention } from '../src/entities/index.js';

/**
 * Compare an entity corpus line (src/entities/corpus.ts) with the mentions typeMentions gave:
 * the rules are the ones documented in the corpus's header.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The span of the `occurrence`-th whole-word occurrence of `surface` in `text`. */
export function spanOf(text: string, surface: string, occurrence = 1): { start: number; end: number } | null {
  let seen = 0;
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    const end = at + surface.length;
    // "Meta" is not found inside "Metaverse", nor "Gamma" inside "Gammas"
    if ((at > 0 && WORD_CHAR.test(text[at - 1]!)) || (end < text.length && WORD_CHAR.test(text[end]!))) continue;
    if (++seen === occurrence) return { start: at, end };
  }
  return null;
}

const POSSESSIVE = /^['’]s\b/;

/**
 * Whether a mention covers exactly the span, give or take a legal suffix's final dot
 * ("Halvard Robotics Inc." / "Halvard Robotics Inc") and a possessive "'s" after it.
 */
function coversExactly(text: string, m: TypedMention, span: { start: number; end: number }): boolean {
  if (m.start !== span.start) return false;
  if (m.end === span.end) return true;
  if (m.end === span.end - 1 && text[m.end] === '.') return true;
  if (m.end === span.end + 1 && text[span.end] === '.') return true;
  return m.end === span.end + 2 && POSSESSIVE.test(text.slice(span.end));
}

const show = (m: TypedMention) => `"${m.surface}" ${m.kind}`;

/** What is wrong with the mentions of a line: one message per broken expectation ([] when right). */
export function entityProblems(ex: EntityExample, mentions: TypedMention[]): string[] {
  const out: string[] = [];
  for (const m of mentions) if (ex.text.slice(m.start, m.end) !== m.surface) out.push(`mention "${m.surface}" does not match its span`);
  for (const [surface, kind, occurrence] of ex.expect) {
    const span = spanOf(ex.text, surface, occurrence);
    if (!span) {
      out.push(`"${surface}" is not in the text`);
      continue;
    }
    const overlapping = mentions.filter((m) => m.start < span.end && m.end > span.start);
    if (kind === 'organization') {
      if (!overlapping.some((m) => m.kind === 'organization' && coversExactly(ex.text, m, span))) {
        out.push(`"${surface}" not typed organization (${overlapping.length ? `got ${overlapping.map(show).join(', ')}` : 'no mention'})`);
      }
      continue;
    }
    const org = overlapping.find((m) => m.kind === 'organization');
    if (org) out.push(`"${surface}" (${kind}) overlapped by organization "${org.surface}"`);
    const exact = overlapping.find((m) => coversExactly(ex.text, m, span));
    if (exact && exact.kind !== kind && exact.kind !== 'organization') out.push(`"${surface}" typed ${exact.kind}, not ${kind}`);
  }
  return out;
}
