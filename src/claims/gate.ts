import { testTree } from '../text/regex-tree.js';

/**
 * One expression that matches wherever any of `patterns` would: a claim type's gate, turning
 * away in one scan the sentences none of its rules can match. Every pattern opens with \b; the
 * gate puts one \b before one group of them, the same test, which V8 runs several times faster
 * than a \b on every branch. It is asked only whether it matches, so its words are a tree of their letters (testTree).
 */
export function anyOf(patterns: readonly RegExp[], flags = ''): RegExp {
  const bodies = patterns.map((re) => {
    if (!re.source.startsWith('\\b')) throw new Error(`gate: ${re} does not open with \\b`);
    return re.source.slice(2);
  });
  return testTree(new RegExp(`\\b(?:${bodies.join('|')})`, flags));
}
